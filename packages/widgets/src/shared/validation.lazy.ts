// Stands in for validation.ts in the per-element builds (packages/widgets/rollup.config.mjs):
// the validator becomes a chunk loaded by the first element given a `src` or a `data` object.
import type { Validation } from './validation.js';

let loaded: Validation | undefined;
let loading: Promise<Validation> | undefined;

/** The validator: at once once loaded, else the Promise of its chunk (retried after a failure). */
export function getValidation(): Validation | Promise<Validation> {
  return (
    loaded ??
    (loading ??= import('./validation.js').then(
      (m) => (loaded = m.validation),
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    ))
  );
}
