// `npm run build`: declarations with `tsc -b` (root tsconfig.json: every referenced package's
// .d.ts into its dist/), then JavaScript with rollup (root rollup.config.mjs: every package
// that has a rollup.config.mjs), then a check that every dataset in packages/data is valid (the
// elements embed the default one and trust it), then each package's custom-elements.json
// (packages with a custom-elements-manifest.config.mjs) and the editor data made from it
// (scripts/editor-data.mjs). Prints what it wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import collectConfigs from '../rollup.config.mjs';
import { buildReactExample } from '../examples/react/build.mjs';
import { writeEditorData } from './editor-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const rel = (p) => relative(root, p) || '.';
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

// Start clean so that a deleted source leaves no stale output behind. The tsbuildinfo goes too:
// without it tsc -b would think dist/ is current and emit nothing.
const packagesDir = join(root, 'packages');
for (const name of readdirSync(packagesDir)) {
  for (const stale of ['dist', 'tsconfig.tsbuildinfo']) {
    rmSync(join(packagesDir, name, stale), { recursive: true, force: true });
  }
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-b', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
if (types.status !== 0) {
  console.error('build: tsc -b failed.');
  process.exit(types.status ?? 1);
}
for (const name of readdirSync(packagesDir)) {
  const dist = join(packagesDir, name, 'dist');
  const dts = existsSync(dist) ? listFiles(dist).filter((f) => f.endsWith('.d.ts')) : [];
  if (dts.length) console.log(`tsc     ${rel(dist)}/ — ${dts.length} declaration file${dts.length === 1 ? '' : 's'}`);
}

try {
  for (const config of await collectConfigs()) {
    const bundle = await rollup({ ...config, onwarn: config.onwarn ?? printWarning });
    for (const output of [config.output].flat()) {
      const { output: files } = await bundle.write(output);
      const code = files.filter((f) => f.type === 'chunk');
      const bytes = code.reduce((n, f) => n + Buffer.byteLength(f.code), 0);
      if (output.file) {
        const gz = gzipSync(readFileSync(output.file)).length;
        console.log(`rollup  ${rel(output.file)} — ${kB(bytes)} (${kB(gz)} gzip)`);
      } else {
        const entries = code.filter((f) => f.isEntry).length;
        const count = output.preserveModules ? `${code.length} modules` : `${entries} entries + ${code.length - entries} chunks`;
        console.log(`rollup  ${rel(output.dir)}/ — ${count}, ${kB(bytes)}`);
      }
    }
    await bundle.close();
  }
  // The React example's bundle (examples/react), from the sources like the packages above.
  const app = await buildReactExample();
  console.log(`esbuild ${rel(app.file)} — ${kB(app.bytes)} (${kB(app.gzip)} gzip)`);
} catch (error) {
  console.error(`build: rollup failed: ${error.message}`);
  if (error.id) console.error(`  in ${rel(error.id)}${error.loc ? `:${error.loc.line}:${error.loc.column}` : ''}`);
  if (error.frame) console.error(error.frame);
  process.exit(1);
}

// The datasets, validated by the SDK just built: the elements embed the default dataset and show
// it without validating it in the page, so an invalid one must never get that far.
const { loadDataset } = await import(pathToFileURL(join(packagesDir, 'sdk/dist/index.js')).href);
const dataDir = join(packagesDir, 'data');
for (const name of readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'package.json')) {
  const file = join(dataDir, name);
  try {
    const dataset = loadDataset(readFileSync(file, 'utf8'));
    console.log(`data    ${rel(file)} — valid, ${dataset.indicators.length} indicators`);
  } catch (error) {
    console.error(`build: ${rel(file)} is not a valid dataset:\n${error.message}`);
    process.exit(1);
  }
}

// custom-elements.json from the classes' JSDoc, for editors, Storybook and docs.
const cem = createRequire(import.meta.url).resolve('@custom-elements-manifest/analyzer/cem.js');
for (const name of readdirSync(packagesDir)) {
  const dir = join(packagesDir, name);
  const config = join(dir, 'custom-elements-manifest.config.mjs');
  if (!existsSync(config)) continue;
  const analyzed = spawnSync(process.execPath, [cem, 'analyze', '--config', config, '--quiet'], { stdio: 'inherit', cwd: dir });
  const file = join(dir, 'custom-elements.json');
  if (analyzed.status !== 0 || !existsSync(file)) {
    console.error(`build: custom-elements-manifest analyze failed in ${rel(dir)}.`);
    process.exit(analyzed.status || 1);
  }
  console.log(`cem     ${rel(file)} — ${manifestSummary(JSON.parse(readFileSync(file, 'utf8')))}`);
  for (const written of writeEditorData(dir)) console.log(`editor  ${rel(written)}`);
}

/**
 * A manifest in brief: its tags with their counts of attributes, events, CSS parts and CSS
 * properties; and any registered tag whose class the analyzer did not find (fails the build).
 */
function manifestSummary(manifest) {
  const classes = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.kind === 'class' && d.tagName);
  const defined = manifest.modules.flatMap((m) => m.exports ?? []).filter((e) => e.kind === 'custom-element-definition');
  const missing = defined.filter((e) => !classes.some((c) => c.tagName === e.name));
  if (missing.length) {
    console.error(`build: custom-elements.json has no class for ${missing.map((e) => `${e.name} (${e.declaration.module})`).join(', ')}.`);
    process.exit(1);
  }
  const n = (list) => list?.length ?? 0;
  const rows = classes.map((c) => `\n          ${c.tagName.padEnd(13)} ${n(c.attributes)} attributes, ${n(c.events)} events, ${n(c.cssParts)} parts, ${n(c.cssProperties)} CSS properties`);
  return `${classes.length} element${classes.length === 1 ? '' : 's'}${rows.join('')}`;
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function printWarning(warning) {
  console.warn(`rollup warning: ${warning.message}`);
}
