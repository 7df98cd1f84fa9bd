// The SDK's validator, for datasets that were not embedded: a `src` URL, a `data` object.
// Imported statically here (sources, the library, the one-file builds); the per-element builds
// swap this module for validation.lazy.ts, which loads it as a chunk of its own on first use, so
// that a page showing only the embedded figures never downloads the schema and its checker.
// JSON-stat (detected by its `class` and `version`) is read through the SDK's adapter, here too.
import type { Dataset } from '@keyfigures/sdk';
import { fetchDataset } from '@keyfigures/sdk';
import { loadDatasetOrJsonStat } from '@keyfigures/sdk/adapters';

export interface Validation {
  /** A keyfigures or JSON-stat dataset object, validated. */
  readonly loadDataset: (value: unknown) => Dataset;
  /** The dataset at an absolute URL, fetched, parsed (keyfigures or JSON-stat) and validated. */
  readonly fetchDataset: (url: string) => Promise<Dataset>;
}

export const validation: Validation = {
  loadDataset: loadDatasetOrJsonStat,
  fetchDataset: (url) => fetchDataset(url, { load: loadDatasetOrJsonStat }),
};

/** The validator: here always at once; a Promise only from validation.lazy.ts. */
export function getValidation(): Validation | Promise<Validation> {
  return validation;
}
