// What a live source needs from its surroundings, as small interfaces, so that the SDK stays
// free of the DOM: a page passes its document's visibility and EventSource, Node passes nothing
// (always visible, no streams), and tests pass fakes that they drive by hand.

/** Whether the reader can see the page, and news of changes. */
export interface Visibility {
  /** True while the page is hidden (a background tab, a minimised window). */
  readonly hidden: boolean;
  /** Calls `onChange` whenever `hidden` changes; returns the function that stops it. */
  subscribe(onChange: () => void): () => void;
}

/** Timers and time. Default: the global setTimeout, clearTimeout and Date.now. */
export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The part of an EventSource (Server-Sent Events) that a live source uses. */
export interface StreamLike {
  addEventListener(type: 'message' | 'error' | 'open', listener: (event: { readonly data?: unknown }) => void): void;
  close(): void;
}

/** Opens a stream of server-sent events, e.g. `(url) => new EventSource(url)`. */
export type OpenStream = (url: string) => StreamLike;

/** Never hidden: the default outside a page. */
export const alwaysVisible: Visibility = { hidden: false, subscribe: () => () => {} };

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
