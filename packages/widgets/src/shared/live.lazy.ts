// Stands in for live.ts in the per-element builds (packages/widgets/rollup.config.mjs): the
// poller becomes a chunk loaded by the first element with `live` or `stream`.
import type { Live } from './live.js';

let loaded: Live | undefined;
let loading: Promise<Live> | undefined;

/** The live sources: at once once loaded, else the Promise of their chunk (retried after a failure). */
export function getLive(): Live | Promise<Live> {
  return (
    loaded ??
    (loading ??= import('./live.js').then(
      (m) => (loaded = m.live),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ))
  );
}
