import type { Dataset } from '@keyfigures/sdk';
import { fetchDataset, loadDataset } from '@keyfigures/sdk';
import { defaultDatasetJson } from './default-dataset.js';

// One parsed, validated dataset per input however many elements show it: the default dataset
// is validated once per page, each URL fetched once, each object validated once.
let defaultDataset: Dataset | undefined;
const byUrl = new Map<string, Promise<Dataset>>();
const byObject = new WeakMap<object, Dataset>();

/** The embedded default dataset, validated on first use. Undefined in builds without it. */
export function getDefaultDataset(): Dataset | undefined {
  if (!defaultDataset && defaultDatasetJson) byObject.set((defaultDataset = loadDataset(defaultDatasetJson)), defaultDataset);
  return defaultDataset;
}

/** A dataset given as a property: validated once per object (throws DatasetValidationError). */
export function adoptDataset(value: object): Dataset {
  let d = byObject.get(value);
  if (!d) byObject.set(value, (d = loadDataset(value)));
  return d;
}

/** The dataset at `url`, fetched once and shared; a failed fetch is forgotten so a later element retries. */
export function datasetFromUrl(url: string): Promise<Dataset> {
  const key = new URL(url, document.baseURI).href;
  let p = byUrl.get(key);
  if (!p) {
    // A fetched dataset is validated; remember it, so handing it on as `data` (the dashboard
    // does) does not validate it again.
    p = fetchDataset(key).then((d) => (byObject.set(d, d), d));
    byUrl.set(key, p);
    p.catch(() => byUrl.delete(key));
  }
  return p;
}
