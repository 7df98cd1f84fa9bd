// @keyfigures/sdk/live: sources that keep a dataset current. A subpath of its own, so that an
// app that only formats figures does not carry the poller.
export type { LiveUpdate, LiveListener, LiveOptions } from './live-source.js';
export { subscribeLive, liveSourceCount } from './live-source.js';
export type { Visibility, Clock, StreamLike, OpenStream } from './environment.js';
export { alwaysVisible } from './environment.js';
export { backoffDelay } from './backoff.js';
