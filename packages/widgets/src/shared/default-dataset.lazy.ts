// Stands in for default-dataset.ts in the per-element builds (packages/widgets/rollup.config.mjs):
// the embedded dataset becomes a chunk loaded by the first element shown without `src` or `data`,
// so that a page whose elements all have a `src` never downloads it.
import { onDemand } from './on-demand.js';

const chunk = onDemand(() => import('./default-dataset.js').then((m) => m.defaultDatasetJson()));

/**
 * The embedded dataset as JSON: at once once loaded, else the Promise of its chunk (retried after
 * a failure) — or, with `load` false, undefined rather than start loading it.
 */
export const defaultDatasetJson = (load = true): unknown => (load ? chunk.get() : chunk.peek());
