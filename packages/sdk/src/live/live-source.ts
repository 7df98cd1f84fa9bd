import { ErrorCode, KeyfiguresError } from '../errors.js';
import { datasetUrl, fetchText, parseJson } from '../fetch.js';
import type { Dataset } from '../model.js';
import { loadDataset } from '../validate.js';
import { backoffDelay } from './backoff.js';
import type { Clock, OpenStream, StreamLike, Visibility } from './environment.js';
import { alwaysVisible, systemClock } from './environment.js';

/** How the data of a live source stands, as its subscribers get it. */
export interface LiveUpdate {
  /** The last good dataset; undefined until one has loaded. */
  readonly dataset: Dataset | undefined;
  /** Present while the last check failed: when the data was last known current, and why it is not now. */
  readonly stale?: {
    /** Clock time (ms) of the last successful check; undefined if none has succeeded. */
    readonly since: number | undefined;
    readonly error: KeyfiguresError;
  };
}

export type LiveListener = (update: LiveUpdate) => void;

export interface LiveOptions {
  /**
   * Milliseconds between checks. Default 60 000 (DESIGN: `refresh` 60 s): a key figure changes
   * rarely, and a minute keeps a million readers at ~17 000 requests a second, nearly all 304s at
   * a CDN. Subscribers of one source share it at the shortest interval any of them asks for.
   */
  readonly refresh?: number;
  /**
   * URL of a Server-Sent Events stream whose messages are the whole dataset JSON. With it, the
   * source checks the URL once, then listens. When the stream fails it polls instead, and
   * reopens the stream after a backoff like a failed check's (`refresh` doubled per failure in a
   * row, with jitter, up to `maxBackoff`; afresh once a stream has delivered a message or stayed
   * open 30 s); once the stream is open again, polling stops after one check for what it missed.
   * Showing a hidden page tries the stream at once. Needs `openStream`.
   */
  readonly stream?: string;
  /** Milliseconds before one check is abandoned as 'timeout'. Default 10 000, as fetchDataset. */
  readonly timeout?: number;
  /** Longest wait between checks after failures. Default 600 000 (10 min): backoff slows a struggling server down, never to hourly. */
  readonly maxBackoff?: number;
  /** Base for a relative URL. Default: the page's location; required in Node. */
  readonly base?: string;
  /** The fetch to use. Default: globalThis.fetch. */
  readonly fetch?: typeof fetch;
  /** Page visibility: checks pause while hidden and run at once when shown again. Default: always visible. */
  readonly visibility?: Visibility;
  /** Opens a Server-Sent Events stream, e.g. `(url) => new EventSource(url)`. Default: none (polling only). */
  readonly openStream?: OpenStream;
  /** Timers and time. Default: the system's. */
  readonly clock?: Clock;
  /** Turns parsed JSON into a Dataset. Default loadDataset; `loadDatasetOrJsonStat` (adapters) also reads JSON-stat. */
  readonly load?: (value: unknown) => Dataset;
  /** Random numbers in [0, 1) for the backoff's jitter. Default Math.random. */
  readonly random?: () => number;
}

const DEFAULT_REFRESH = 60_000;
const DEFAULT_MAX_BACKOFF = 600_000;
/**
 * A stream open this long was working when it dropped (a proxy's idle cut, a deploy): its
 * failure starts the backoff afresh, whereas a server that accepts and drops at once keeps
 * backing off.
 */
const STREAM_STEADY = 30_000;

/** The live sources in use, by URL and stream: one per pair, however many subscribe. */
const sources = new Map<string, LiveSource>();

/**
 * Keeps `url`'s dataset current and tells `listener` of each change: the first load, new data
 * (never an unchanged one: a 304 or the same body costs no parse, no validation, no call), and
 * each failed check (the last good data is kept and marked stale, with since when). Polls with
 * conditional requests (ETag → If-None-Match, Last-Modified → If-Modified-Since), backs off
 * exponentially with jitter on failure, pauses while the page is hidden, or listens to a
 * Server-Sent Events stream. Subscribers of one URL (and stream) share one source; the first
 * makes exactly one request, a later one hears the current state at once. Returns the function
 * that unsubscribes; when the last subscriber leaves, every timer, listener, stream and request
 * of the source is released. Throws 'invalid-url' for a URL that is not http(s).
 */
export function subscribeLive(url: string, listener: LiveListener, options: LiveOptions = {}): () => void {
  const target = datasetUrl(url, options.base);
  const stream = options.stream && options.openStream ? datasetUrl(options.stream, options.base).href : '';
  const key = `${target.href}\n${stream}`;
  let source = sources.get(key);
  if (!source) sources.set(key, (source = new LiveSource(target, stream, options, () => sources.delete(key))));
  const refresh = Math.max(1, options.refresh ?? DEFAULT_REFRESH);
  return source.add(listener, refresh);
}

/** How many live sources are running (for tests: none once every subscriber has left). */
export const liveSourceCount = (): number => sources.size;

class LiveSource {
  private readonly listeners = new Map<LiveListener, number>();
  private readonly clock: Clock;
  private readonly visibility: Visibility;
  private refresh = DEFAULT_REFRESH;
  private dataset: Dataset | undefined;
  private text: string | undefined;
  private canonical: string | undefined;
  private etag: string | null = null;
  private lastModified: string | null = null;
  private since: number | undefined;
  private error: KeyfiguresError | undefined;
  private failures = 0;
  private timer: unknown;
  private inFlight: AbortController | undefined;
  /** Polling in the stream's stead: it failed, and is being retried by streamTimer. */
  private streamFailed = false;
  private streamFailures = 0;
  private streamTimer: unknown;
  private streamOpenedAt: number | undefined;
  private es: StreamLike | undefined;
  private stopVisibility: (() => void) | undefined;

  constructor(
    private readonly target: URL,
    private readonly streamUrl: string,
    private readonly options: LiveOptions,
    private readonly onStop: () => void,
  ) {
    this.clock = options.clock ?? systemClock;
    this.visibility = options.visibility ?? alwaysVisible;
  }

  add(listener: LiveListener, refresh: number): () => void {
    const first = this.listeners.size === 0;
    this.listeners.set(listener, refresh);
    this.refresh = Math.min(...this.listeners.values());
    if (first) this.start();
    // A later subscriber hears what the others already know, after subscribe() has returned.
    else if (this.dataset || this.error) queueMicrotask(() => this.listeners.has(listener) && listener(this.snapshot()));
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      this.listeners.delete(listener);
      if (this.listeners.size) this.refresh = Math.min(...this.listeners.values());
      else this.stop();
    };
  }

  private start(): void {
    this.stopVisibility = this.visibility.subscribe(this.onVisibility);
    if (!this.visibility.hidden) void this.check();
  }

  private stop(): void {
    this.onStop();
    this.stopVisibility?.();
    this.stopVisibility = undefined;
    this.clearTimer();
    this.closeStream();
    this.inFlight?.abort();
    this.inFlight = undefined;
  }

  private get stopped(): boolean {
    return this.listeners.size === 0;
  }

  private onVisibility = (): void => {
    if (this.stopped) return;
    if (this.visibility.hidden) {
      // Paused: no timer, no stream, no retry. A check under way finishes and schedules nothing.
      this.clearTimer();
      this.closeStream();
      return;
    }
    // Shown: the stream is tried at once (after the check), so a pending retry has no use.
    if (this.streamFailed) this.closeStream();
    this.streamFailed = false;
    if (!this.inFlight) void this.check();
  };

  /** One conditional GET; then the stream or the next check. */
  private async check(): Promise<void> {
    this.clearTimer();
    const controller = new AbortController();
    this.inFlight = controller;
    const headers: Record<string, string> = {};
    if (this.etag) headers['if-none-match'] = this.etag;
    if (this.lastModified) headers['if-modified-since'] = this.lastModified;
    try {
      const answer = await fetchText(this.target, { ...this.options, signal: controller.signal }, headers);
      if (controller.signal.aborted) return;
      if (answer.notModified) {
        if (!this.dataset) throw new KeyfiguresError(ErrorCode.httpStatus, `${this.target.href} answered 304 Not Modified before sending any data`);
        this.succeed(undefined);
      } else {
        this.succeed(answer.text);
        // Only after the body proved good: a bad one must be fetched (and fail) again, not 304.
        this.etag = answer.etag;
        this.lastModified = answer.lastModified;
      }
    } catch (e) {
      // Aborted: the last subscriber left.
      if (controller.signal.aborted) return;
      this.fail(e);
    } finally {
      if (this.inFlight === controller) this.inFlight = undefined;
    }
    this.next();
  }

  /** New text (or none: not modified) checked in: parsed and validated only when it differs. */
  private succeed(text: string | undefined): void {
    const wasStale = this.error !== undefined;
    let changed = false;
    if (text !== undefined && text !== this.text) {
      const value = parseJson(text);
      const canonical = JSON.stringify(value);
      if (canonical !== this.canonical) {
        this.dataset = (this.options.load ?? loadDataset)(value);
        this.canonical = canonical;
        changed = true;
      }
      this.text = text;
    }
    this.failures = 0;
    this.error = undefined;
    this.since = this.clock.now();
    if (changed || wasStale) this.notify();
  }

  private fail(e: unknown): void {
    this.failures++;
    this.error = e instanceof KeyfiguresError ? e : new KeyfiguresError(ErrorCode.network, e instanceof Error ? e.message : String(e));
    this.notify();
  }

  /** After a check: listen to the stream if there is one that works, else schedule the next check. */
  private next(): void {
    if (this.stopped || this.visibility.hidden) return;
    if (this.streamUrl && !this.streamFailed && !this.error) return this.openStream();
    const delay = this.failures ? this.backoff(this.failures) : this.refresh;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      void this.check();
    }, delay);
  }

  private backoff(failures: number): number {
    return backoffDelay(failures, this.refresh, this.options.maxBackoff ?? DEFAULT_MAX_BACKOFF, this.options.random);
  }

  private openStream(): void {
    if (this.es) return;
    const es = this.options.openStream!(this.streamUrl);
    this.es = es;
    this.streamOpenedAt = undefined;
    es.addEventListener('open', () => this.es === es && this.onStreamOpen());
    es.addEventListener('message', (event) => {
      if (this.es !== es || typeof event.data !== 'string') return;
      // A message proves the stream works (and that a reopened one is open, 'open' or not).
      this.streamFailures = 0;
      if (this.streamFailed) this.onStreamOpen();
      try {
        this.succeed(event.data);
      } catch (e) {
        this.fail(e);
      }
    });
    es.addEventListener('error', () => this.es === es && this.onStreamError());
  }

  private onStreamOpen(): void {
    this.streamOpenedAt = this.clock.now();
    if (!this.streamFailed) return;
    // Back from polling: no more polls, and one fresh check (not one sent before the stream was
    // open) for a change the stream came too late to carry.
    this.streamFailed = false;
    this.inFlight?.abort();
    void this.check();
  }

  private onStreamError(): void {
    // Closed on every error, though EventSource would reconnect by itself: its loop retries every
    // few seconds forever, without backoff or jitter (a million readers back at once after a
    // restart), and gives up for good on a bad status or type; ours backs off, caps, polls in
    // between, and never runs beside a second loop. Nothing is lost by not resuming with
    // Last-Event-ID: each message is the whole dataset, and a reopened stream is followed by a check.
    const steady = this.streamOpenedAt !== undefined && this.clock.now() - this.streamOpenedAt >= STREAM_STEADY;
    const wasListening = !this.streamFailed;
    this.closeStream();
    this.streamFailed = true;
    this.streamFailures = steady ? 1 : this.streamFailures + 1;
    this.streamTimer = this.clock.setTimeout(() => {
      this.streamTimer = undefined;
      this.openStream();
    }, this.backoff(this.streamFailures));
    // Polling takes over with a check now for what the stream may have missed; a reopened stream
    // that failed again leaves the polling as it was.
    if (wasListening && !this.inFlight) void this.check();
  }

  /** Closes the stream and cancels its retry. */
  private closeStream(): void {
    this.es?.close();
    this.es = undefined;
    if (this.streamTimer !== undefined) this.clock.clearTimeout(this.streamTimer);
    this.streamTimer = undefined;
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private snapshot(): LiveUpdate {
    return this.error ? { dataset: this.dataset, stale: { since: this.since, error: this.error } } : { dataset: this.dataset };
  }

  private notify(): void {
    const update = this.snapshot();
    for (const listener of [...this.listeners.keys()]) {
      if (!this.listeners.has(listener)) continue;
      try {
        listener(update);
      } catch (e) {
        // A listener's bug is its own: reported, and neither the source nor the others stop.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }
}
