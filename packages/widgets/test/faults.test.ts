// Faults of the network and of the server behind `src`: each ends in the error state (role="alert"
// with the SDK's message) and one kf-error whose code says which fault it was. The answers come
// from tests/browser/hostile-server.mjs: /__hard/faults/*, a port where nothing listens, and a
// second origin that sends no CORS headers.
import { expect, oneEvent } from '@open-wc/testing';
import { defineAll } from '../src/shared/define-all.js';
import { lazyOptions } from '../src/shared/lazy.js';

defineAll();
lazyOptions.enabled = false;

interface Ports {
  readonly noCors: number;
  readonly closed: number;
}

const unhandled: string[] = [];
addEventListener('unhandledrejection', (e) => unhandled.push(String(e.reason)));

/** Mounts each element with `src` and returns what each showed and every kf-error it sent. */
async function failWith(src: string, tags = ['kf-kpi', 'kf-figure', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard']) {
  const out: { tag: string; codes: string[]; message: string; alert: string; busy: boolean }[] = [];
  for (const tag of tags) {
    const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
    if (!['kf-timeline', 'kf-dashboard'].includes(tag)) el.setAttribute('indicator', 'fortune-500-companies');
    el.setAttribute('src', src);
    const codes: string[] = [];
    let message = '';
    el.addEventListener('kf-error', (e) => {
      const { detail } = e as CustomEvent<{ code: string; message: string }>;
      codes.push(detail.code);
      message = detail.message;
    });
    const first = oneEvent(el, 'kf-error');
    document.body.append(el);
    await first;
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(r));
    const root = el.shadowRoot!;
    out.push({ tag, codes, message, alert: root.querySelector('[role="alert"]')?.textContent ?? '', busy: !!root.querySelector('[aria-busy="true"]') });
    el.remove();
  }
  return out;
}

describe('faults behind src', function () {
  this.timeout(30000);
  let ports: Ports;
  before(async () => {
    ports = await (await fetch('/__hard/ports.json')).json();
  });
  afterEach(() => expect(unhandled.splice(0), 'unhandled rejections').to.deep.equal([]));

  const cases: [string, () => string, string, RegExp][] = [
    ['the network is down (a port where nothing listens)', () => `http://127.0.0.1:${ports.closed}/dataset.json`, 'network', /could not reach http:\/\/127\.0\.0\.1:\d+\/dataset\.json/],
    ['a CORS refusal (another origin without Access-Control-Allow-Origin)', () => `http://127.0.0.1:${ports.noCors}/dataset.json`, 'network', /could not reach http:\/\/127\.0\.0\.1:\d+\/dataset\.json/],
    ['404', () => '/__hard/faults/404.json', 'http-status', /answered 404 Not Found/],
    ['500', () => '/__hard/faults/500.json', 'http-status', /answered 500 Internal Server Error/],
    ['truncated JSON', () => '/__hard/faults/truncated.json', 'invalid-json', /^dataset is not valid JSON/],
    ['an HTML page where the JSON should be', () => '/__hard/faults/html.json', 'invalid-json', /^dataset is not valid JSON/],
  ];
  for (const [what, src, code, message] of cases) {
    it(`${what} → every element shows the error and sends one kf-error {code: "${code}"}`, async () => {
      for (const shown of await failWith(src())) {
        expect(shown.codes, shown.tag).to.deep.equal([code]);
        expect(shown.message, shown.tag).to.match(message);
        expect(shown.alert, `${shown.tag} shows the message`).to.contain(shown.message);
        expect(shown.busy, `${shown.tag} is not left loading`).to.equal(false);
      }
    });
  }

  it('a server that does not answer within 10 s → the error state and kf-error {code: "timeout"} (a 10-second test)', async function () {
    this.timeout(30000);
    const [shown] = await failWith(`/__hard/faults/slow.json?ms=15000&n=${Math.random()}`, ['kf-kpi']);
    expect(shown!.codes).to.deep.equal(['timeout']);
    expect(shown!.message).to.match(/^no answer from http:\/\/[^ ]+\/__hard\/faults\/slow\.json\S* within 10000 ms$/);
    expect(shown!.alert).to.contain(shown!.message);
    expect(shown!.busy).to.equal(false);
  });

  it('after a failed fetch, a new element with the same src tries again', async () => {
    // The failure is not cached: the second element makes its own request (and fails again here).
    const src = `/__hard/faults/500.json?retry=${Math.random()}`;
    const requests: string[] = [];
    const real = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => (requests.push(String(input)), real(input, init));
    try {
      await failWith(src, ['kf-kpi']);
      await failWith(src, ['kf-kpi']);
    } finally {
      window.fetch = real;
    }
    expect(requests.filter((r) => r.includes('retry=')).length).to.equal(2);
  });
});
