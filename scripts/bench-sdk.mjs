// SDK benchmark (not a test): the size of the SDK as an app would ship it, and the time to
// validate the default dataset. `npm run bench:sdk`; run `npm run build` first.
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}packages/sdk/dist/index.js`;
if (!existsSync(dist)) {
  console.error('keyfigures: packages/sdk/dist is missing; run `npm run build` first.');
  process.exit(1);
}

// Size: the whole SDK bundled and minified, as a bundler would emit it for an app that uses all of it.
const out = await build({ entryPoints: [dist], bundle: true, minify: true, format: 'esm', write: false, target: 'es2022' });
const code = out.outputFiles[0].contents;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`SDK (all exports, min):  ${kb(code.length)} raw, ${kb(gzipSync(code, { level: 9 }).length)} gzip, ${kb(brotliCompressSync(code).length)} brotli`);

// Time: loadDataset on the JSON object and on its text, median of many runs after warm-up.
const sdk = await import(dist);
const text = readFileSync(`${root}packages/data/chongqing-commerce-2024.json`, 'utf8');
const object = JSON.parse(text);
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(label, fn, runs = 300) {
  for (let i = 0; i < 50; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  console.log(`${label.padEnd(38)} median ${median(samples).toFixed(3)} ms over ${runs} runs`);
}
time('validateDataset(object)', () => sdk.validateDataset(object));
time('loadDataset(JSON text)', () => sdk.loadDataset(text));
const nfe = sdk.getIndicator(sdk.loadDataset(object), 'new-foreign-enterprises');
time('describe(new-foreign-enterprises, zh-CN)', () => sdk.describe(nfe, 'zh-CN'), 2000);
