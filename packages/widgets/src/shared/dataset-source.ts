import type { Dataset } from '@keyfigures/sdk';
import { defaultDatasetJson } from './default-dataset.js';
import { getValidation } from './validation.js';
import type { Validation } from './validation.js';

// One parsed, validated dataset per input however many elements show it: each URL fetched once,
// each object validated once.
let defaultDataset: Dataset | undefined;
const byUrl = new Map<string, Promise<Dataset>>();
const byObject = new WeakMap<object, Dataset>();

/**
 * The embedded default dataset; undefined in builds without it, and a Promise of it in per-element
 * builds until its chunk has loaded. Trusted as it is: the build validated it, and not validating
 * it again keeps the validator (a third of the SDK) off pages that show only the embedded figures.
 */
export function getDefaultDataset(): Dataset | Promise<Dataset | undefined> | undefined {
  const json = defaultDatasetJson();
  return json instanceof Promise ? json.then(trust) : trust(json);
}

/** The embedded dataset if it is at hand, without loading it: for hints and skeletons only. */
export function peekDefaultDataset(): Dataset | undefined {
  return trust(defaultDatasetJson(false));
}

function trust(json: unknown): Dataset | undefined {
  if (!defaultDataset && json) byObject.set((defaultDataset = json as Dataset), defaultDataset);
  return defaultDataset;
}

/**
 * A dataset given as a property, validated once per object: the Dataset at once (or the
 * DatasetValidationError thrown) — except in per-element builds before the validator's chunk has
 * loaded, where it is a Promise of the same.
 */
export function adoptDataset(value: object): Dataset | Promise<Dataset> {
  const known = byObject.get(value);
  if (known) return known;
  const adopt = ({ loadDataset }: Validation): Dataset => {
    let d = byObject.get(value);
    if (!d) byObject.set(value, (d = loadDataset(value)));
    return d;
  };
  const validation = getValidation();
  return validation instanceof Promise ? validation.then(adopt) : adopt(validation);
}

/** The dataset at `url`, fetched once and shared; a failed fetch is forgotten so a later element retries. */
export function datasetFromUrl(url: string): Promise<Dataset> {
  const key = new URL(url, document.baseURI).href;
  let p = byUrl.get(key);
  if (!p) {
    // A fetched dataset is validated; remember it, so handing it on as `data` (the dashboard
    // does) does not validate it again.
    p = Promise.resolve(getValidation())
      .then(({ fetchDataset }) => fetchDataset(key))
      .then((d) => (byObject.set(d, d), d));
    byUrl.set(key, p);
    p.catch(() => byUrl.delete(key));
  }
  return p;
}
