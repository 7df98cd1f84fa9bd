// Stands in for default-dataset.ts in dist/keyfigures.nodata.js (packages/widgets/rollup.config.mjs):
// no dataset is embedded, so an element without `src` or `data` shows the "no dataset" error.
export function defaultDatasetJson(_load?: boolean): unknown {
  return undefined;
}
