// The SDK's validator, for datasets that were not embedded: a `src` URL, a `data` object.
// Imported statically here (sources, the library, the one-file builds); the per-element builds
// swap this module for validation.lazy.ts, which loads it as a chunk of its own on first use, so
// that a page showing only the embedded figures never downloads the schema and its checker.
import { fetchDataset, loadDataset } from '@keyfigures/sdk';

export interface Validation {
  readonly loadDataset: typeof loadDataset;
  readonly fetchDataset: typeof fetchDataset;
}

export const validation: Validation = { loadDataset, fetchDataset };

/** The validator: here always at once; a Promise only from validation.lazy.ts. */
export function getValidation(): Validation | Promise<Validation> {
  return validation;
}
