// Hardening of live data (issue 7 §5, §6): hostile `refresh` values written as attributes are
// clamped with one warning per element; a server that goes down under a live element leaves its
// last figures with the stale cue and one kf-error "network", and the element recovers when the
// server is back. The polls run on a clock the test drives (as in live.test.ts), never on waits.
import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { liveSourceCount } from '@keyfigures/sdk/live';
import { KfKpi } from '../src/kpi/kpi.js';
import { defineElements } from '../src/shared/define-elements.js';
import type { KfErrorDetail } from '../src/shared/dataset-controller.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { liveEnvironment } from '../src/shared/live.js';
import { FIXTURE, drivenClock, until } from './helpers.js';

defineElements({ 'kf-kpi': KfKpi });

const { clock, timers, pending, tick } = drivenClock();

const shadow = (el: Element) => el.shadowRoot!;
const valueText = (el: Element) => shadow(el).querySelector('[part~="value"]')!.textContent!.trim();
const cue = (el: Element) => shadow(el).querySelector('[part~="stale"]');

describe('live data under hostile attributes and faults', () => {
  before(() => (lazyOptions.enabled = false));
  after(() => (lazyOptions.enabled = true));
  beforeEach(() => {
    timers.clear();
    liveEnvironment.clock = clock;
    liveEnvironment.timeout = 300;
  });
  afterEach(async () => {
    fixtureCleanup();
    liveEnvironment.clock = undefined;
    liveEnvironment.timeout = undefined;
    await until(() => liveSourceCount() === 0, 'every live source released');
  });

  const cases: [string, number, boolean][] = [
    ['-5', 5_000, true],
    ['0', 5_000, true],
    ['NaN', 60_000, true],
    ['soon', 60_000, true],
    ['1e400', 3_600_000, true],
    ['99999999999', 3_600_000, true],
    ['30', 30_000, false],
  ];
  for (const [refresh, ms, warns] of cases) {
    it(`<kf-kpi live refresh="${refresh}"> polls every ${ms / 1000} s${warns ? ', with one warning' : ', silently'}`, async () => {
      const warnings: string[] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
      try {
        const src = `${FIXTURE}?refresh=${encodeURIComponent(refresh)}`;
        const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" src=${src} live refresh=${refresh}></kf-kpi>`);
        await until(() => pending().length === 1, 'the next poll scheduled');
        expect(pending()).to.deep.equal([ms]);
        expect(valueText(el)).to.equal('319');
        // Re-rendering does not warn again.
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(warnings.filter((w) => w.includes('refresh')).length, warnings.join('\n')).to.equal(warns ? 1 : 0);
      } finally {
        console.warn = warn;
      }
    });
  }

  for (const [what, attrs] of [
    ['src="javascript:…" live', { src: 'javascript:window.__pwned=1' }],
    ['src="data:…" live', { src: 'data:application/json,{}' }],
    ['live stream="javascript:…"', { src: FIXTURE, stream: 'javascript:window.__pwned=1' }],
    ['live stream="data:…"', { src: FIXTURE, stream: 'data:text/event-stream,data: {}' }],
  ] as const) {
    it(`${what} → kf-error invalid-url, the error shown, nothing run`, async () => {
      const el = document.createElement('kf-kpi');
      el.setAttribute('indicator', 'fortune-500-companies');
      el.setAttribute('live', '');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      const failed = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const detail = (await failed).detail as KfErrorDetail;
      await el.updateComplete;
      expect(detail.code).to.equal('invalid-url');
      expect(shadow(el).querySelector('[role="alert"]')?.textContent ?? '').to.contain('only http(s) dataset URLs are allowed');
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
    });
  }

  it('the server goes down under a live element: the last figure stays, the stale cue shows, one kf-error "network"; back up, the cue goes', async () => {
    const name = `down-${Date.now().toString(36)}`;
    const src = `/__hard/flaky/${name}`;
    await fetch(`${src}/up`);
    const el = document.createElement('kf-kpi');
    el.setAttribute('indicator', 'fortune-500-companies');
    el.setAttribute('src', src);
    el.setAttribute('live', '');
    const loaded = oneEvent(el, 'kf-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    const errors: KfErrorDetail[] = [];
    el.addEventListener('kf-error', (e) => errors.push((e as CustomEvent<KfErrorDetail>).detail));

    await fetch(`${src}/down`);
    const failed = oneEvent(el, 'kf-error');
    tick();
    await failed;
    await el.updateComplete;
    expect(errors.map((e) => e.code)).to.deep.equal(['network']);
    expect(valueText(el)).to.equal('319');
    expect(cue(el)?.textContent ?? '').to.match(/Not up to date/);

    await fetch(`${src}/up`);
    await until(() => pending().length === 1, 'a retry scheduled');
    tick();
    await until(() => cue(el) === null, 'the cue gone');
    expect(valueText(el)).to.equal('319');
    expect(errors.length).to.equal(1);
  });
});
