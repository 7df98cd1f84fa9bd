// Prints the sentence of every key figure in English and Chinese, with its citation, and writes
// the dataset as CSV, one row per observation; using the built SDK exactly as an npm user would:
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
import { toCsv } from './csv.mjs';

const dataset = loadDataset(data);
const source = dataset.sources[0];
for (const indicator of dataset.indicators) {
  console.log(indicator.id);
  for (const locale of ['en', 'zh-CN']) console.log(`  ${locale.padEnd(6)}${describe(indicator, locale)}`);
}
console.log(`\nSource: ${cite(source, 'plain', 'en')}`);
console.log(`来源：${cite(source, 'plain', 'zh-CN')}`);
console.log(`GB/T 7714: ${cite(source, 'gbt7714')}`);

const header = ['indicator', 'label_en', 'label_zh-CN', 'measure', 'period', 'value', 'upper', 'qualifier', 'unit', 'derived_formula', 'quote', 'source'];

/** What a value is in: a change's own unit and basis, else the indicator's unit ("CNY ×1e9": 120 is 120 billion). */
function unitOf(indicator, observation) {
  if (observation.change) return `${observation.change.unit} (${observation.change.basis})`;
  const { unit } = indicator;
  if (unit.kind === 'currency') return unit.scale ? `${unit.currency} ×1e${unit.scale}` : unit.currency;
  return unit.kind;
}

const rows = dataset.indicators.flatMap((indicator) =>
  indicator.observations.map((o) => [
    indicator.id,
    indicator.label.en,
    indicator.label['zh-CN'],
    o.measure,
    o.period,
    o.value,
    o.upper,
    o.qualifier ?? 'exact',
    unitOf(indicator, o),
    o.derived?.formula,
    o.quote,
    // A derived value is computed, not quoted: it has a formula and no source of its own.
    o.quote === undefined ? undefined : (o.source ?? source.id),
  ]),
);

const out = process.argv[2] ? resolve(process.argv[2]) : fileURLToPath(new URL('out/figures.csv', import.meta.url));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, toCsv([header, ...rows]));
const shown = relative(process.cwd(), out);
console.error(`\n${rows.length} observations of ${dataset.indicators.length} indicators written to ${shown.startsWith('..') ? out : shown}`);
