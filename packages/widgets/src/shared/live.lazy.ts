// Stands in for live.ts in the per-element builds (packages/widgets/rollup.config.mjs): the
// poller becomes a chunk loaded by the first element with `live` or `stream`.
import type { Live } from './live.js';
import { onDemand } from './on-demand.js';

const chunk = onDemand(() => import('./live.js').then((m) => m.live));

/** The live sources: at once once loaded, else the Promise of their chunk (retried after a failure). */
export const getLive = (): Live | Promise<Live> => chunk.get();
