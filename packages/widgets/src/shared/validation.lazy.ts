// Stands in for validation.ts in the per-element builds (packages/widgets/rollup.config.mjs):
// the validator becomes a chunk loaded by the first element given a `src` or a `data` object.
import { onDemand } from './on-demand.js';
import type { Validation } from './validation.js';

const chunk = onDemand(() => import('./validation.js').then((m) => m.validation));

/** The validator: at once once loaded, else the Promise of its chunk (retried after a failure). */
export const getValidation = (): Validation | Promise<Validation> => chunk.get();
