// A request that never answers, for the Loading stories: their `src` points under HOLD_PREFIX, the
// element really fetches and really waits. Used by `storybook dev` (.storybook/main.ts) and by the
// server of scripts/storybook-smoke.mjs; a plain static host answers 404 there instead, and the
// story then shows the error state.

/** Path prefix of the requests that are held open. */
export const HOLD_PREFIX = '/kf-hold/';

const held = new Set();

/** Connect-style middleware: holds requests under HOLD_PREFIX until the client goes away. */
export function holdRequests(req, res, next) {
  if (!req.url?.startsWith(HOLD_PREFIX)) return next();
  held.add(res);
  res.on('close', () => held.delete(res));
}

/** Ends every held request (before a server closes). */
export function releaseHeld() {
  for (const res of held) res.destroy();
  held.clear();
}
