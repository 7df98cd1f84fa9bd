import { expect, fixture, fixtureCleanup, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { liveSourceCount } from '@keyfigures/sdk/live';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import 'axe-core/axe.min.js';
import { KfFigure } from '../src/figure/figure.js';
import { KfKpi } from '../src/kpi/kpi.js';
import { KfDashboard } from '../src/dashboard/dashboard.js';
import { liveEnvironment } from '../src/shared/live.js';
import { lazyOptions } from '../src/shared/lazy.js';
import type { KfErrorDetail, KfUpdateDetail } from '../src/shared/dataset-controller.js';
import { defineElements } from '../src/shared/define-elements.js';
import { accessibleName, drivenClock, until } from './helpers.js';

defineElements({ 'kf-figure': KfFigure, 'kf-kpi': KfKpi, 'kf-dashboard': KfDashboard });

// Live elements run on a clock the tests drive: a poll happens when a test calls tick(), never
// after a real wait, so nothing here depends on timing. The endpoints are tests/browser/live-endpoints.mjs.
const { clock, timers, pending, tick } = drivenClock();

let n = 0;
/** A test endpoint of its own, answering `answer` (status 200 with the dataset and an ETag by default). */
async function endpoint(answer: object = {}): Promise<{ url: string; set: (a: object) => Promise<void>; log: () => Promise<{ ifNoneMatch?: string; status: number }[]> }> {
  const url = `/live-test/t${Date.now().toString(36)}${++n}`;
  const set = async (a: object) => void (await fetch(`${url}/set`, { method: 'POST', body: JSON.stringify({ status: 200, body: JSON.stringify(data), etag: '"v1"', ...a }) }));
  await set(answer);
  return { url, set, log: async () => (await fetch(`${url}/log`)).json() };
}

/** A copy of the dataset with the Fortune 500 count changed. */
function withFortune(value: number): string {
  const d = structuredClone(data) as { indicators: { id: string; observations: { value: number }[] }[] };
  d.indicators.find((i) => i.id === 'fortune-500-companies')!.observations[0]!.value = value;
  return JSON.stringify(d);
}

const shadow = (el: Element) => el.shadowRoot!;
const valueText = (el: Element) => shadow(el).querySelector('[part~="value"]')!.textContent!.trim();
const cue = (el: Element) => shadow(el).querySelector('[part~="stale"]');
const liveRegion = (el: Element) => shadow(el).querySelector('[aria-live="polite"]')!;

async function kpi(url: string, extra = ''): Promise<KfKpi> {
  const el = document.createElement('kf-kpi');
  el.setAttribute('indicator', 'fortune-500-companies');
  el.setAttribute('src', url);
  el.setAttribute('live', '');
  el.setAttribute('locale', extra || 'en');
  const loaded = oneEvent(el, 'kf-load');
  await fixture(html`<div>${el}</div>`);
  await loaded;
  await el.updateComplete;
  return el;
}

describe('live data', () => {
  // Drawn at once, so that the only renders are the ones data causes (the 304 tests count them).
  before(() => (lazyOptions.enabled = false));
  after(() => (lazyOptions.enabled = true));
  beforeEach(() => {
    timers.clear();
    liveEnvironment.clock = clock;
    liveEnvironment.timeout = 300;
  });
  afterEach(async () => {
    fixtureCleanup(); // before counting: the root hook that would do it runs after this one
    await until(() => liveSourceCount() === 0, 'every live source released');
  });

  it('first load: one request, the figure, no cue', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url);
    expect(valueText(el)).to.equal('319');
    expect(cue(el)).to.equal(null);
    expect(await ep.log()).to.have.length(1);
    expect(pending(), 'the next poll is scheduled at refresh').to.deep.equal([60_000]);
  });

  it('an update after the data changes: new value, kf-update with old and new, announced once', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url);
    await ep.set({ body: withFortune(320), etag: '"v2"' });
    const updated = oneEvent(el, 'kf-update');
    tick();
    const detail = (await updated).detail as KfUpdateDetail;
    expect([detail.oldValue, detail.value]).to.deep.equal([319, 320]);
    expect(detail.indicator).to.equal('fortune-500-companies');
    await el.updateComplete;
    expect(valueText(el)).to.equal('320');
    expect(liveRegion(el).textContent).to.equal('320 of the Fortune 500 companies have settled in Chongqing.');
    // The next poll is a 304: nothing new is said.
    let renders = 0;
    el.addController({ hostUpdated: () => renders++ });
    tick();
    await until(async () => (await ep.log()).length === 3 && pending().length === 1, 'the 304 poll');
    await el.updateComplete;
    expect(renders).to.equal(0);
    expect(liveRegion(el).textContent).to.equal('320 of the Fortune 500 companies have settled in Chongqing.');
  });

  for (const motion of ['no-preference', 'reduce'] as const) {
    it(`a changed value is animated only without a reduced-motion preference (${motion})`, async () => {
      await emulateMedia({ reducedMotion: motion });
      try {
        const ep = await endpoint();
        const el = await kpi(ep.url);
        await ep.set({ body: withFortune(330), etag: '"v9"' });
        const updated = oneEvent(el, 'kf-update');
        tick();
        await updated;
        await until(() => el.matches(':state(kf-updated)'), 'the updated state');
        const animation = getComputedStyle(shadow(el).querySelector('[part~="value"]')!).animationName;
        expect(animation).to.equal(motion === 'reduce' ? 'none' : 'kf-updated');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  }

  it('the 304 path sends If-None-Match and neither re-renders nor emits kf-update', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url);
    let renders = 0;
    let updates = 0;
    el.addController({ hostUpdated: () => renders++ });
    el.addEventListener('kf-update', () => updates++);
    tick();
    await until(async () => (await ep.log()).length === 2 && pending().length === 1, 'the second poll');
    await el.updateComplete;
    const log = await ep.log();
    expect(log[1]).to.deep.equal({ ifNoneMatch: '"v1"', status: 304 });
    expect([renders, updates]).to.deep.equal([0, 0]);
  });

  for (const [what, answer, code] of [
    ['HTTP 500', { status: 500, body: 'oops' }, 'http-status'],
    ['a timeout', { delay: 2000 }, 'timeout'],
    ['malformed JSON', { body: '{"id": "x", "ind', etag: '"bad"' }, 'invalid-json'],
    ['an invalid dataset', { body: JSON.stringify({ ...data, sources: [] }), etag: '"bad"' }, 'invalid-dataset'],
  ] as const) {
    it(`${what}: the last figure stays, the stale cue shows, kf-error ${code}`, async () => {
      const ep = await endpoint();
      const el = await kpi(ep.url);
      await ep.set(answer);
      const failed = oneEvent(el, 'kf-error');
      tick();
      const detail = (await failed).detail as KfErrorDetail;
      expect(detail.code).to.equal(code);
      await el.updateComplete;
      expect(valueText(el)).to.equal('319');
      expect(cue(el)!.textContent).to.match(/^⚠\uFE0E Not up to date: data from \d+ seconds? ago$/);
      await expect(el).to.be.accessible();
      // Recovers: the cue goes at the next good answer.
      await ep.set({ etag: '"v1"' });
      await until(() => pending().length === 1, 'a retry scheduled');
      tick();
      await until(() => cue(el) === null, 'the cue gone');
    });
  }

  it('the cue in Chinese', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url, 'zh-CN');
    await ep.set({ status: 503 });
    tick();
    await until(() => cue(el) !== null, 'the cue');
    expect(cue(el)!.textContent).to.match(/^⚠\uFE0E 未能更新：\d+秒钟前的数据$/);
  });

  it('kf-figure: the cue is a mark, and the words are in its description and popover', async () => {
    const ep = await endpoint();
    const el = document.createElement('kf-figure');
    Object.assign(el, { indicator: 'fortune-500-companies', src: ep.url, live: true });
    const loaded = oneEvent(el, 'kf-load');
    await fixture(html`<p>Of the Fortune 500, ${el} have settled.</p>`);
    await loaded;
    await ep.set({ status: 500 });
    tick();
    await until(() => cue(el) !== null, 'the mark');
    expect(cue(el)!.getAttribute('aria-hidden')).to.equal('true');
    const value = shadow(el).querySelector('[part~="value"]')!;
    const desc = shadow(el).getElementById(value.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.match(/^Not up to date: data from \d+ seconds? ago\. /);
    expect(shadow(el).querySelector('[part~="popover"]')!.textContent).to.contain('Not up to date');
    expect(accessibleName(value)).to.equal('319 companies');
    await expect(el).to.be.accessible();
  });

  it('backoff grows with failures in a row', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url);
    await ep.set({ status: 500 });
    const delays: number[] = [];
    for (let i = 0; i < 4; i++) {
      const failed = oneEvent(el, 'kf-error');
      tick();
      await failed;
      await until(() => pending().length === 1, 'the retry');
      delays.push(pending()[0]!);
    }
    // refresh 60 s doubled per failure, jittered within the upper half of each step, capped at 10 min.
    const steps = [[60_000, 120_000], [120_000, 240_000], [240_000, 480_000], [300_000, 600_000]];
    delays.forEach((d, i) => expect(d, `${delays}`).to.be.within(steps[i]![0]!, steps[i]![1]!));
  });

  it('a hidden page pauses polling; shown again, it checks at once', async () => {
    const ep = await endpoint();
    await kpi(ep.url);
    const state = (v: 'hidden' | 'visible') => {
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => v });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    try {
      state('hidden');
      expect(pending()).to.deep.equal([]);
      state('visible');
      await until(async () => (await ep.log()).length === 2, 'a check on visible');
    } finally {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
  });

  it('removing the element stops all requests', async () => {
    const ep = await endpoint();
    const el = await kpi(ep.url);
    el.remove();
    expect(pending()).to.deep.equal([]);
    expect(liveSourceCount()).to.equal(0);
    expect(await ep.log()).to.have.length(1);
  });

  it('many elements on one URL share one poller: one request each poll', async () => {
    const ep = await endpoint();
    const els = ['fortune-500-companies', 'new-foreign-enterprises', 'depa-negotiation-rounds', 'fortune-500-companies'].map((id) =>
      Object.assign(document.createElement('kf-figure'), { indicator: id, src: ep.url, live: true }),
    );
    const loads = els.map((el) => oneEvent(el, 'kf-load'));
    await fixture(html`<p>${els}</p>`);
    await Promise.all(loads);
    expect(await ep.log()).to.have.length(1);
    expect(liveSourceCount()).to.equal(1);
    expect(pending()).to.have.length(1);
    await ep.set({ body: withFortune(321), etag: '"v3"' });
    const updates = els.map((el) => oneEvent(el, 'kf-update'));
    tick();
    await Promise.all(updates);
    expect(await ep.log()).to.have.length(2);
  });

  it('refresh out of range is clamped, with one warning per element', async () => {
    const ep = await endpoint();
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = document.createElement('kf-kpi');
      Object.assign(el, { indicator: 'fortune-500-companies', src: ep.url, live: true, refresh: 0.01 });
      const loaded = oneEvent(el, 'kf-load');
      await fixture(html`<div>${el}</div>`);
      await loaded;
      expect(pending()).to.deep.equal([5000]);
      el.refresh = 1e9;
      await until(() => pending()[0] === 3_600_000, 'the new interval');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('refresh="0.01" is not between 5 and 3600 seconds; using 5');
    } finally {
      console.warn = warn;
    }
  });

  describe('stream', () => {
    it('updates from the stream, falls back to polling when the stream dies, and polls no more once a retried stream is open', async () => {
      const ep = await endpoint();
      const el = document.createElement('kf-kpi');
      Object.assign(el, { indicator: 'fortune-500-companies', src: ep.url, stream: `${ep.url}/events`, refresh: 30 });
      const loaded = oneEvent(el, 'kf-load');
      await fixture(html`<div>${el}</div>`);
      await loaded;
      expect(pending(), 'no polling while the stream is open').to.deep.equal([]);
      const updated = oneEvent(el, 'kf-update');
      await until(async () => (await fetch(`${ep.url}/push`, { method: 'POST', body: withFortune(322) }).then((r) => r.text())) === '1', 'the stream open');
      await updated;
      await el.updateComplete;
      expect(valueText(el)).to.equal('322');
      await ep.set({ body: withFortune(323), etag: '"v4"' });
      const again = oneEvent(el, 'kf-update');
      await fetch(`${ep.url}/kill`, { method: 'POST' });
      await again; // the check made at once when the stream failed
      await el.updateComplete;
      expect(valueText(el)).to.equal('323');
      await until(() => pending().length === 2, 'polling');
      const [retry, poll] = pending();
      expect(poll, 'polling at refresh').to.equal(30_000);
      expect(retry, 'the stream retried after a backoff of 1–2 × refresh').to.be.within(30_000, 60_000);
      const polls = (await ep.log()).length;
      tick('last');
      await until(async () => (await ep.log()).length === polls + 1, 'a poll');
      await until(() => pending().length === 2, 'the next poll');
      tick('first'); // the retry: a new EventSource; once open, one check and no more polls
      await until(async () => (await ep.log()).length === polls + 2, 'the check when the stream is open again');
      expect(pending(), 'no polling while the stream is open').to.deep.equal([]);
      const pushed = oneEvent(el, 'kf-update');
      expect(await fetch(`${ep.url}/push`, { method: 'POST', body: withFortune(324) }).then((r) => r.text()), 'one stream open').to.equal('1');
      await pushed;
      await el.updateComplete;
      expect(valueText(el)).to.equal('324');
    });
  });

  it('kf-dashboard live: one cue for the panel', async () => {
    const ep = await endpoint();
    const el = Object.assign(document.createElement('kf-dashboard'), { src: ep.url, live: true });
    const loaded = oneEvent(el, 'kf-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await ep.set({ status: 500 });
    tick();
    await until(() => cue(el) !== null, 'the cue');
    expect(shadow(el).querySelectorAll('[part~="stale"]')).to.have.length(1);
  });
});
