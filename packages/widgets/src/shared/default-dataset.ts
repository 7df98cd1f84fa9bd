import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };

/**
 * The embedded default dataset as JSON, validated by dataset-source on first use. The build
 * without embedded data replaces this module with one that exports undefined.
 */
export const defaultDatasetJson: unknown = data;
