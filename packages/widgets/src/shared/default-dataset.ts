import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };

/**
 * The embedded default dataset as JSON, at once. dataset-source trusts it without validating it in
 * the page: `npm run build` validates it (and so do the tests). The build without embedded data,
 * dist/keyfigures.nodata.js, replaces this module with no-default-dataset.ts; the per-element
 * builds with default-dataset.lazy.ts, where it is a Promise until its chunk has loaded.
 *
 * @param _load ignored here: the dataset is always at hand (see default-dataset.lazy.ts).
 */
export function defaultDatasetJson(_load?: boolean): unknown {
  return data;
}
