import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };

/**
 * The embedded default dataset as JSON. dataset-source trusts it without validating it in the
 * page: `npm run build` validates it (and so do the tests). The build without embedded data,
 * dist/keyfigures.nodata.js, replaces this module with no-default-dataset.ts.
 */
export const defaultDatasetJson: unknown = data;
