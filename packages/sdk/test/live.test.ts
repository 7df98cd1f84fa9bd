import { expect } from 'chai';
import type { Clock, LiveUpdate, StreamLike, Visibility } from '../src/live/index.js';
import { backoffDelay, liveSourceCount, subscribeLive } from '../src/live/index.js';
import { copyOfDefault, data } from './fixtures.js';

/** A clock whose timers fire only when the test says so. */
function manualClock() {
  let now = 0;
  let id = 0;
  let last = 0;
  const timers = new Map<number, { at: number; ms: number; run: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (run, ms) => ((last = ms), timers.set(++id, { at: now + ms, ms, run }), id),
    clearTimeout: (h) => void timers.delete(h as number),
  };
  return {
    clock,
    /** The delays of the timers now pending. */
    pending: () => [...timers.values()].map((t) => t.ms),
    /** The delay of the timer set last. */
    lastSet: () => last,
    /** Moves time on without running timers (none may fall due). */
    advance(ms: number) {
      now += ms;
      if ([...timers.values()].some((t) => t.at <= now)) throw new Error('a timer fell due');
    },
    /** Runs the next timer, moving time to it. */
    tick() {
      const [first] = [...timers.entries()].sort((a, b) => a[1].at - b[1].at);
      if (!first) throw new Error('no timer pending');
      timers.delete(first[0]);
      now = first[1].at;
      first[1].run();
    },
  };
}

type Answer = { status: number; body?: string; etag?: string; lastModified?: string } | 'network' | 'hang';

/** A fetch that answers from `answer()` and records every request's headers. */
function fakeServer(answer: () => Answer) {
  const requests: Record<string, string>[] = [];
  const fetch = ((_url: string, init: RequestInit) => {
    requests.push({ ...(init.headers as Record<string, string>) });
    const a = answer();
    if (a === 'network') return Promise.reject(new TypeError('Failed to fetch'));
    if (a === 'hang') return new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    const headers: Record<string, string> = {};
    if (a.etag) headers.etag = a.etag;
    if (a.lastModified) headers['last-modified'] = a.lastModified;
    return Promise.resolve(new Response(a.status === 304 ? null : (a.body ?? ''), { status: a.status, headers }));
  }) as unknown as typeof globalThis.fetch;
  return { fetch, requests };
}

/** Resolves once `list` has `n` entries (updates arrive after awaited fetches). */
async function until(condition: () => boolean): Promise<void> {
  // Turns of the event loop (this file runs in Node and in the browser tests).
  for (let i = 0; i < 400 && !condition(); i++) await new Promise((r) => setTimeout(r, 1));
  if (!condition()) throw new Error('condition never held');
}

const base = 'https://data.example/';
const body = JSON.stringify(data);
const changedBody = () => {
  const d = copyOfDefault();
  d.indicators[1].observations[0].value = 320;
  return JSON.stringify(d);
};
let n = 0;
/** A URL of its own per test, so that sources never leak between tests. */
const fresh = () => `d${++n}.json`;

describe('subscribeLive(url, listener, options)', () => {
  afterEach(() => expect(liveSourceCount(), 'a source was left running').to.equal(0));

  it('first subscriber: exactly one request, then one update with the dataset', async () => {
    const c = manualClock();
    const s = fakeServer(() => ({ status: 200, body, etag: '"v1"' }));
    const updates: LiveUpdate[] = [];
    const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, refresh: 1000 });
    await until(() => updates.length === 1);
    expect(s.requests).to.have.length(1);
    expect(updates[0]!.dataset!.indicators.length).to.equal(data.indicators.length);
    expect(updates[0]!.stale).to.equal(undefined);
    expect(c.pending()).to.deep.equal([1000]);
    off();
  });

  it('304 path: sends If-None-Match and If-Modified-Since, and notifies nobody', async () => {
    const c = manualClock();
    let status = 200;
    const s = fakeServer(() => ({ status, body, etag: '"v1"', lastModified: 'Mon, 29 Jan 2024 08:00:00 GMT' }));
    const updates: LiveUpdate[] = [];
    const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock });
    await until(() => updates.length === 1);
    status = 304;
    c.tick();
    await until(() => c.pending().length === 1);
    expect(s.requests[1]).to.include({ 'if-none-match': '"v1"', 'if-modified-since': 'Mon, 29 Jan 2024 08:00:00 GMT' });
    expect(updates).to.have.length(1);
    off();
  });

  it('a 200 with the same content (no validators) notifies nobody; a changed one notifies once', async () => {
    const c = manualClock();
    let text = body;
    const s = fakeServer(() => ({ status: 200, body: text }));
    const updates: LiveUpdate[] = [];
    const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock });
    await until(() => updates.length === 1);
    text = JSON.stringify(data, null, 2); // same data, other spacing
    c.tick();
    await until(() => s.requests.length === 2 && c.pending().length === 1);
    expect(updates).to.have.length(1);
    text = changedBody();
    c.tick();
    await until(() => updates.length === 2);
    expect(updates[1]!.dataset!.indicators[1]!.observations[0]!.value).to.equal(320);
    off();
  });

  for (const [what, answer, code] of [
    ['HTTP 500', { status: 500 }, 'http-status'],
    ['a network failure', 'network', 'network'],
    ['malformed JSON', { status: 200, body: '{"id": ' }, 'invalid-json'],
    ['an invalid dataset', { status: 200, body: JSON.stringify({ ...data, indicators: 'none' }) }, 'invalid-dataset'],
    ['no answer in time', 'hang', 'timeout'],
  ] as [string, Answer, string][]) {
    it(`${what} → the last good dataset stays, marked stale since the last success, code ${code}`, async () => {
      const c = manualClock();
      let failing = false;
      const s = fakeServer(() => (failing ? answer : { status: 200, body, etag: '"v1"' }));
      const updates: LiveUpdate[] = [];
      const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, refresh: 1000, timeout: 5 });
      await until(() => updates.length === 1);
      const good = updates[0]!.dataset;
      failing = true;
      c.tick();
      await until(() => updates.length === 2);
      expect(updates[1]!.dataset).to.equal(good);
      expect(updates[1]!.stale!.since).to.equal(0);
      expect(updates[1]!.stale!.error.code).to.equal(code);
      if (code === 'invalid-dataset') expect(updates[1]!.stale!.error.message).to.contain('indicators: ');
      off();
    });
  }

  it('recovers: the next good check clears the stale mark, and the rate returns to refresh', async () => {
    const c = manualClock();
    let status = 200;
    const s = fakeServer(() => (status === 200 ? { status, body, etag: '"v1"' } : { status }));
    const updates: LiveUpdate[] = [];
    const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, refresh: 1000, random: () => 0.5 });
    await until(() => updates.length === 1);
    status = 503;
    c.tick();
    await until(() => updates.length === 2);
    status = 304;
    c.tick();
    await until(() => updates.length === 3);
    expect(updates[2]!.stale).to.equal(undefined);
    expect(c.pending()).to.deep.equal([1000]);
    off();
  });

  it('backoff grows with each failure in a row, up to the cap', async () => {
    const c = manualClock();
    let ok = true;
    const s = fakeServer(() => (ok ? { status: 200, body } : { status: 500 }));
    const updates: LiveUpdate[] = [];
    const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, refresh: 1000, maxBackoff: 10_000, random: () => 1 });
    await until(() => updates.length === 1);
    ok = false;
    const delays: number[] = [];
    for (let i = 0; i < 6; i++) {
      c.tick();
      await until(() => updates.length === 2 + i && c.pending().length === 1);
      delays.push(c.pending()[0]!);
    }
    expect(delays).to.deep.equal([2000, 4000, 8000, 10_000, 10_000, 10_000]);
    off();
  });

  it('backoffDelay: jitter stays in the upper half, and below the cap never shrinks from one failure to the next', () => {
    for (const r of [0, 0.3, 0.999]) {
      expect(backoffDelay(1, 1000, 60_000, () => r)).to.be.within(1000, 2000);
      expect(backoffDelay(2, 1000, 60_000, () => 0)).to.be.at.least(backoffDelay(1, 1000, 60_000, () => 0.999));
    }
    expect(backoffDelay(40, 1000, 60_000, () => 1)).to.equal(60_000);
    expect(backoffDelay(3, 90_000, 60_000, () => 1), 'the cap never beats refresh').to.equal(90_000);
  });

  it('a hidden page pauses (no timer); shown again, it checks at once', async () => {
    const c = manualClock();
    let hidden = false;
    let onChange = () => {};
    const visibility: Visibility = {
      get hidden() {
        return hidden;
      },
      subscribe: (f) => ((onChange = f), () => (onChange = () => {})),
    };
    const s = fakeServer(() => ({ status: 200, body, etag: '"v1"' }));
    const off = subscribeLive(fresh(), () => {}, { base, fetch: s.fetch, clock: c.clock, visibility });
    await until(() => c.pending().length === 1);
    hidden = true;
    onChange();
    expect(c.pending()).to.deep.equal([]);
    expect(s.requests).to.have.length(1);
    hidden = false;
    onChange();
    expect(s.requests).to.have.length(2);
    off();
  });

  it('starting hidden makes no request until shown', async () => {
    let onChange = () => {};
    let hidden = true;
    const visibility: Visibility = { get hidden() { return hidden; }, subscribe: (f) => ((onChange = f), () => {}) };
    const s = fakeServer(() => ({ status: 200, body }));
    const off = subscribeLive(fresh(), () => {}, { base, fetch: s.fetch, clock: manualClock().clock, visibility });
    expect(s.requests).to.have.length(0);
    hidden = false;
    onChange();
    expect(s.requests).to.have.length(1);
    off();
  });

  it('many subscribers to one URL share one source: one request; a late one hears the data at once', async () => {
    const c = manualClock();
    const s = fakeServer(() => ({ status: 200, body }));
    const url = fresh();
    const a: LiveUpdate[] = [];
    const b: LiveUpdate[] = [];
    const offs = [subscribeLive(url, (u) => a.push(u), { base, fetch: s.fetch, clock: c.clock }), subscribeLive(url, (u) => b.push(u), { base, fetch: s.fetch, clock: c.clock })];
    await until(() => a.length === 1 && b.length === 1);
    const late: LiveUpdate[] = [];
    offs.push(subscribeLive(url, (u) => late.push(u), { base, fetch: s.fetch, clock: c.clock, refresh: 5000 }));
    expect(late, 'not during subscribe()').to.have.length(0);
    await until(() => late.length === 1);
    expect(late[0]!.dataset).to.equal(a[0]!.dataset);
    expect(s.requests).to.have.length(1);
    expect(liveSourceCount()).to.equal(1);
    offs.forEach((off) => off());
  });

  it('the last unsubscribe releases everything: no timer, the request under way aborted, no listener called after', async () => {
    const c = manualClock();
    let released = 0;
    const visibility: Visibility = { hidden: false, subscribe: () => () => released++ };
    const s = fakeServer(() => 'hang');
    let called = 0;
    const off = subscribeLive(fresh(), () => called++, { base, fetch: s.fetch, clock: c.clock, visibility, timeout: 60_000 });
    expect(s.requests).to.have.length(1);
    off();
    off(); // twice is harmless
    await new Promise((r) => setTimeout(r, 1));
    expect(c.pending()).to.deep.equal([]);
    expect(released).to.equal(1);
    expect(called).to.equal(0);
  });

  describe('stream mode', () => {
    function fakeStreams() {
      const opened: { url: string; closed: boolean; emit: (type: string, data?: string) => void }[] = [];
      const openStream = (url: string): StreamLike => {
        const handlers: Record<string, ((e: { data?: unknown }) => void)[]> = {};
        const s = { url, closed: false, emit: (type: string, data?: string) => handlers[type]?.forEach((h) => h({ data })) };
        opened.push(s);
        return { addEventListener: (type, l) => (handlers[type] ??= []).push(l), close: () => void (s.closed = true) };
      };
      return { opened, openStream };
    }

    it('checks the URL once, then listens: a message with new data is an update, no polling timer', async () => {
      const c = manualClock();
      const s = fakeServer(() => ({ status: 200, body }));
      const st = fakeStreams();
      const updates: LiveUpdate[] = [];
      const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, stream: 'events', openStream: st.openStream });
      await until(() => st.opened.length === 1);
      expect(st.opened[0]!.url).to.equal('https://data.example/events');
      expect(c.pending()).to.deep.equal([]);
      st.opened[0]!.emit('message', body);
      expect(updates).to.have.length(1);
      st.opened[0]!.emit('message', changedBody());
      expect(updates).to.have.length(2);
      expect(s.requests).to.have.length(1);
      off();
      expect(st.opened[0]!.closed).to.equal(true);
    });

    it('falls back to polling when the stream dies', async () => {
      const c = manualClock();
      const s = fakeServer(() => ({ status: 200, body }));
      const st = fakeStreams();
      const off = subscribeLive(fresh(), () => {}, { base, fetch: s.fetch, clock: c.clock, stream: 'events', openStream: st.openStream, refresh: 1000, random: () => 0.5 });
      await until(() => st.opened.length === 1);
      st.opened[0]!.emit('error');
      expect(st.opened[0]!.closed, 'closed, so EventSource does not reconnect by itself').to.equal(true);
      expect(s.requests, 'a check at once for what the stream missed').to.have.length(2);
      await until(() => c.pending().length === 2);
      expect(c.pending(), 'the stream retry, and the poll').to.deep.equal([1500, 1000]);
      c.tick();
      expect(s.requests).to.have.length(3);
      expect(st.opened).to.have.length(1);
      off();
    });

    /** A source in stream mode whose stream has just failed (refresh 1 s, jitter at the top). */
    async function failedStream(options: { maxBackoff?: number } = {}) {
      const c = manualClock();
      let text = body;
      const s = fakeServer(() => ({ status: 200, body: text }));
      const st = fakeStreams();
      const updates: LiveUpdate[] = [];
      const off = subscribeLive(fresh(), (u) => updates.push(u), { base, fetch: s.fetch, clock: c.clock, stream: 'events', openStream: st.openStream, refresh: 1000, random: () => 1, ...options });
      await until(() => st.opened.length === 1);
      st.opened[0]!.emit('open');
      st.opened[0]!.emit('error');
      const firstRetry = c.lastSet();
      await until(() => c.pending().length === 2);
      /** Runs timers (polls, awaiting each) until the stream retry has opened a new stream. */
      const untilRetried = async () => {
        const opened = st.opened.length;
        while (st.opened.length === opened) {
          const requests = s.requests.length;
          c.tick();
          if (st.opened.length === opened) await until(() => s.requests.length === requests + 1 && c.pending().length === 2);
        }
        return st.opened.at(-1)!;
      };
      return { c, s, st, updates, off, untilRetried, firstRetry, setText: (t: string) => void (text = t) };
    }

    it('while polling, retries the stream after the backoff; once it is open, one check and no more polls', async () => {
      const { c, s, updates, off, untilRetried, setText, firstRetry } = await failedStream();
      expect(firstRetry, 'the first retry waits up to 2 × refresh').to.equal(2000);
      const reopened = await untilRetried();
      expect(c.clock.now()).to.equal(2000);
      expect(reopened.url).to.equal('https://data.example/events');
      expect(c.pending(), 'polling goes on while the stream connects').to.have.length(1);
      const polls = s.requests.length;
      setText(changedBody()); // changed before the stream was open: only a check can tell
      reopened.emit('open');
      expect(s.requests, 'one check at once').to.have.length(polls + 1);
      await until(() => updates.length === 2);
      expect(updates[1]!.dataset!.indicators[1]!.observations[0]!.value).to.equal(320);
      expect(c.pending(), 'no poll, no retry while the stream is open').to.deep.equal([]);
      reopened.emit('message', body);
      expect(updates).to.have.length(3);
      expect(s.requests).to.have.length(polls + 1);
      off();
      expect(reopened.closed).to.equal(true);
    });

    it('stream retries back off with each failure in a row, up to maxBackoff; polls go on at refresh', async () => {
      const { c, off, untilRetried, firstRetry } = await failedStream({ maxBackoff: 10_000 });
      const delays = [firstRetry];
      for (let i = 0; i < 5; i++) {
        (await untilRetried()).emit('error'); // fails before it is open
        delays.push(c.lastSet());
        expect(c.pending().filter((ms) => ms !== delays.at(-1)), 'polling as it was').to.deep.equal([1000]);
      }
      expect(delays).to.deep.equal([2000, 4000, 8000, 10_000, 10_000, 10_000]);
      off();
    });

    it('the stream backoff starts afresh after a message, or after the stream stayed open 30 s — not after a mere open', async () => {
      const { c, off, untilRetried } = await failedStream();
      let stream = await untilRetried();
      stream.emit('open');
      stream.emit('error');
      expect(c.lastSet(), 'opened and dropped at once: still backing off').to.equal(4000);
      stream = await untilRetried();
      stream.emit('message', body);
      stream.emit('error');
      expect(c.lastSet(), 'after a message').to.equal(2000);
      stream = await untilRetried();
      stream.emit('error');
      expect(c.lastSet()).to.equal(4000);
      stream = await untilRetried();
      stream.emit('open');
      await until(() => c.pending().length === 0);
      c.advance(30_000);
      stream.emit('error');
      expect(c.lastSet(), 'after 30 s open').to.equal(2000);
      off();
    });

    it('unsubscribing while a retry is pending, or while the retried stream connects, leaves no timer and no stream', async () => {
      const first = await failedStream();
      expect(first.c.pending()).to.have.length(2);
      first.off();
      expect(first.c.pending()).to.deep.equal([]);
      expect(first.st.opened.every((s) => s.closed)).to.equal(true);
      const second = await failedStream();
      const connecting = await second.untilRetried();
      second.off();
      expect(second.c.pending()).to.deep.equal([]);
      expect(connecting.closed).to.equal(true);
      expect(liveSourceCount()).to.equal(0);
    });

    it('a hidden page cancels the pending retry; shown again, it checks and tries the stream at once', async () => {
      const c = manualClock();
      let hidden = false;
      let onChange = () => {};
      const visibility: Visibility = { get hidden() { return hidden; }, subscribe: (f) => ((onChange = f), () => {}) };
      const s = fakeServer(() => ({ status: 200, body }));
      const st = fakeStreams();
      const off = subscribeLive(fresh(), () => {}, { base, fetch: s.fetch, clock: c.clock, visibility, stream: 'events', openStream: st.openStream, refresh: 1000 });
      await until(() => st.opened.length === 1);
      st.opened[0]!.emit('error');
      await until(() => c.pending().length === 2);
      hidden = true;
      onChange();
      expect(c.pending()).to.deep.equal([]);
      hidden = false;
      onChange();
      await until(() => st.opened.length === 2);
      expect(c.pending()).to.deep.equal([]);
      st.opened[1]!.emit('error');
      await until(() => c.pending().length === 2);
      onChange(); // "shown" while shown: the stream is tried now, and the pending retry dropped
      await until(() => st.opened.length === 3);
      expect(c.pending()).to.deep.equal([]);
      off();
    });
  });

  it('refuses a URL that is not http(s), synchronously', () => {
    expect(() => subscribeLive('javascript:alert(1)', () => {}, { base })).to.throw(/only http\(s\)/);
  });
});
