// Test endpoints for the stories whose state needs a server that misbehaves on purpose. The
// elements really fetch, and really wait or fail. Used by `storybook dev` (.storybook/main.ts) and
// by the server of scripts/storybook-smoke.mjs; a plain static host answers 404 there instead, and
// those stories then show the error state.
//   /kf-hold/…                 never answers (the Loading stories)
//   /kf-once/<token>/<file>    the dataset once per token, then 503 (the Stale story: a live
//                              element keeps its last good figure and says it is not up to date)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Path prefix of the requests that are held open. */
export const HOLD_PREFIX = '/kf-hold/';
/** Path prefix of the requests that answer once per token, then fail. */
export const ONCE_PREFIX = '/kf-once/';

const dataset = fileURLToPath(new URL('../packages/data/chongqing-commerce-2024.json', import.meta.url));
const held = new Set();
const served = new Set();

/** Connect-style middleware for both endpoints; other requests go to `next`. */
export function storyEndpoints(req, res, next) {
  const path = (req.url ?? '').split('?')[0];
  if (path.startsWith(HOLD_PREFIX)) {
    held.add(res);
    res.on('close', () => held.delete(res));
    return;
  }
  if (path.startsWith(ONCE_PREFIX)) {
    const token = path.slice(ONCE_PREFIX.length).split('/')[0];
    if (served.has(token)) {
      res.writeHead(503, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end('unavailable (on purpose: the Stale story)');
    } else {
      served.add(token);
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(readFileSync(dataset));
    }
    return;
  }
  next();
}

/** Ends every held request (before a server closes). */
export function releaseHeld() {
  for (const res of held) res.destroy();
  held.clear();
}
