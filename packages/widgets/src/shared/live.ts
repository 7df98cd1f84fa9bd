// The live sources for elements with `live` or `stream`: the SDK's shared poller with the page's
// visibility and EventSource. Imported statically here (sources, the library, the one-file
// builds); the per-element builds swap this module for live.lazy.ts, which loads it as a chunk on
// the first live element, so that pages without one never download the poller.
import type { Clock, LiveListener, OpenStream, Visibility } from '@keyfigures/sdk/live';
import { subscribeLive } from '@keyfigures/sdk/live';
import type { Staleness } from './dataset-controller.js';
import { refreshMs } from './refresh.js';
import { staleText } from './stale.js';
import { loadDatasetOrJsonStat } from '@keyfigures/sdk/adapters';

/** The document's visibility: hidden while the tab is in the background. */
const documentVisibility: Visibility = {
  get hidden() {
    return document.visibilityState === 'hidden';
  },
  subscribe(onChange) {
    document.addEventListener('visibilitychange', onChange);
    return () => document.removeEventListener('visibilitychange', onChange);
  },
};

/**
 * What the elements' live sources use. Tests replace `clock` with one they drive and shorten
 * `timeout`; a page could replace `openStream` (e.g. to send credentials). Undefined `clock` and
 * `timeout` mean the SDK's defaults (the system's timers; 10 s).
 */
export const liveEnvironment: { visibility: Visibility; openStream: OpenStream | undefined; clock: Clock | undefined; timeout: number | undefined } = {
  visibility: documentVisibility,
  timeout: undefined,
  openStream: typeof EventSource === 'undefined' ? undefined : (url) => new EventSource(url),
  clock: undefined,
};

export interface Live {
  /** Subscribes to `url` (refresh in ms; `stream` an SSE URL); returns the unsubscribe function. */
  subscribe(url: string, options: { refresh: number; stream: string | undefined }, listener: LiveListener): () => void;
  /** The `refresh` attribute as milliseconds, clamped, and the warning when it was. */
  refreshMs: typeof refreshMs;
  /** The stale cue's words. */
  staleText: (stale: Staleness, locale: string) => string;
}

export const live: Live = {
  refreshMs,
  staleText,
  subscribe: (url, { refresh, stream }, listener) =>
    subscribeLive(url, listener, { refresh, stream, base: document.baseURI, load: loadDatasetOrJsonStat, ...liveEnvironment }),
};

/** The live sources: here always at once; a Promise only from live.lazy.ts. */
export function getLive(): Live | Promise<Live> {
  return live;
}
