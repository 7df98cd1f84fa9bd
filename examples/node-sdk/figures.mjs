// Prints the sentence of every key figure in English and Chinese, with its citation, using the
// built SDK exactly as an npm user would: `npm run build`, then `node examples/node-sdk/figures.mjs`.
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { cite, describe, loadDataset } from '@keyfigures/sdk';

const dataset = loadDataset(data);
const source = dataset.sources[0];
for (const indicator of dataset.indicators) {
  console.log(indicator.id);
  for (const locale of ['en', 'zh-CN']) console.log(`  ${locale.padEnd(6)}${describe(indicator, locale)}`);
}
console.log(`\nSource: ${cite(source, 'plain', 'en')}`);
console.log(`来源：${cite(source, 'plain', 'zh-CN')}`);
console.log(`GB/T 7714: ${cite(source, 'gbt7714')}`);
