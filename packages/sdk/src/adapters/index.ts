// @keyfigures/sdk/adapters: other formats in and out — JSON-stat 2.0 (what many statistics
// offices publish) and CSV. A subpath of its own, so that apps that do not convert do not carry it.
export type { JsonStatDataset, JsonStatDimension, JsonStatUnit, FromJsonStatOptions } from './json-stat.js';
export { fromJsonStat, toJsonStat, isJsonStat, loadDatasetOrJsonStat } from './json-stat.js';
export { toCsv, csvField, csvRecords, CSV_COLUMNS } from './csv.js';
