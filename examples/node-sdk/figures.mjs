// Prints the sentence of every key figure in English and Chinese, with its citation, and writes
// the dataset as CSV, one row per observation (the SDK's toCsv); using the built SDK exactly as an
// npm user would:
//
//   npm run build
//   node examples/node-sdk/figures.mjs [out.csv]     (default examples/node-sdk/out/figures.csv)
//
// The sentences go to stdout; the line saying where the CSV went goes to stderr.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { cite, describe, loadDataset } from '@keyfigures/sdk';
import { toCsv } from '@keyfigures/sdk/adapters';

const dataset = loadDataset(data);
const source = dataset.sources[0];
for (const indicator of dataset.indicators) {
  console.log(indicator.id);
  for (const locale of ['en', 'zh-CN']) console.log(`  ${locale.padEnd(6)}${describe(indicator, locale)}`);
}
console.log(`\nSource: ${cite(source, 'plain', 'en')}`);
console.log(`来源：${cite(source, 'plain', 'zh-CN')}`);
console.log(`GB/T 7714: ${cite(source, 'gbt7714')}`);

const out = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('out/figures.csv', import.meta.url));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, toCsv(dataset));
const shown = relative(process.cwd(), out);
const rows = dataset.indicators.reduce((n, i) => n + i.observations.length, 0);
console.error(`\n${rows} observations of ${dataset.indicators.length} indicators written to ${shown.startsWith('..') ? out : shown}`);
