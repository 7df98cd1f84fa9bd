// `npm run size`: raw, gzip and brotli sizes of every shipped entry, after `npm run build`; exits 1
// when an entry is over its budget. A per-element entry counts with every chunk it imports
// statically (what a page downloads before the element can show); chunks it imports on demand
// are listed apart. Sizes are per file, compressed one file at a time as a server sends them
// (zlib level 9, brotli quality 11); 1 KB = 1024 bytes.
//
//   npm run size                      the table
//   npm run size -- --markdown        the table in Markdown, for the README
//   npm run size -- --ceilings        exits 1 only when an entry is over its ceiling (npm test runs
//                                     this: no change may add weight unnoticed); budgets are reported
//   npm run size -- --analyze [entry] what each entry is made of, per source module (from the
//                                     source maps), e.g. --analyze kf-figure
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { parseAst } from 'rollup/parseAst';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgets = join(root, 'packages/widgets/dist');
const sdkIndex = join(root, 'packages/sdk/dist/index.js');
const KB = 1024;

/** Budgets in gzip bytes (issue 4): what the README promises. */
export const budgets = {
  'keyfigures.js': 35 * KB,
  'elements/kf-figure.js': 12 * KB,
  '@keyfigures/sdk': 8 * KB,
};

/**
 * Ceilings in gzip bytes: what every entry weighs today, with 0.3 to 0.8 KB of room. They
 * are not the budgets (what we aim at) but where we are: `npm test` runs `npm run size --
 * --ceilings`, which fails when a change makes any entry heavier than its ceiling, so that weight
 * is only ever added on purpose. Raise a ceiling in the commit that adds the bytes and say why
 * there; lower it when a change takes bytes off.
 */
export const ceilings = {
  'keyfigures.js': 46.5 * KB,
  'keyfigures.iife.js': 46.5 * KB,
  'keyfigures.nodata.js': 42.5 * KB,
  'elements/kf-bars.js': 22.5 * KB,
  'elements/kf-dashboard.js': 36.0 * KB,
  'elements/kf-figure.js': 18.5 * KB,
  'elements/kf-kpi.js': 19.5 * KB,
  'elements/kf-progress.js': 22.0 * KB,
  'elements/kf-timeline.js': 21.5 * KB,
  'elements/kf-waffle.js': 22.0 * KB,
  '@keyfigures/sdk': 10.5 * KB,
  '@keyfigures/sdk: format': 3.0 * KB,
  '@keyfigures/sdk: loadDataset': 5.5 * KB,
};

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Every shipped entry: {name, what, files: [{file, code}], lazy: [{file, code}]}. */
export async function entries() {
  const list = [];
  const one = (name, what) => {
    const file = join(widgets, name);
    list.push({ name, what, files: [{ file, code: read(file) }], lazy: [] });
  };
  one('keyfigures.js', 'drop-in: every element + the default dataset (ES module)');
  one('keyfigures.iife.js', 'classic script: the same, one global `keyfigures`');
  one('keyfigures.nodata.js', 'drop-in without the dataset (needs `src` or `data`)');
  for (const name of elementNames()) {
    const { files, lazy } = closure(join(widgets, 'elements', name));
    list.push({ name: `elements/${name}`, what: `<${name.slice(0, -3)}> alone, with the chunks it imports`, files, lazy });
  }
  list.push(await sdkEntry('@keyfigures/sdk', 'the SDK, everything its index exports', `export * from ${JSON.stringify(sdkIndex)};`));
  list.push(await sdkEntry('@keyfigures/sdk: format', 'an app that imports only `format`', `export { format } from ${JSON.stringify(sdkIndex)};`));
  list.push(await sdkEntry('@keyfigures/sdk: loadDataset', 'an app that imports only `loadDataset`', `export { loadDataset } from ${JSON.stringify(sdkIndex)};`));
  return list;
}

class NotBuilt extends Error {}

function read(file) {
  if (!existsSync(file)) throw new NotBuilt(`${relative(root, file)} is missing; run \`npm run build\` first.`);
  return readFileSync(file);
}

function elementNames() {
  const dir = join(widgets, 'elements');
  if (!existsSync(dir)) read(dir);
  return readdirSync(dir).filter((f) => /^kf-.*\.js$/.test(f)).sort();
}

/** `file` and every module it imports statically, transitively; and what those import on demand. */
export function closure(file, { lazyToo = true } = {}) {
  const seen = new Map();
  const lazy = new Map();
  const visit = (f) => {
    if (seen.has(f)) return;
    const code = read(f);
    seen.set(f, code);
    for (const { specifier, dynamic } of importsOf(code.toString('utf8'))) {
      if (!specifier.startsWith('.')) throw new Error(`${relative(root, f)} imports "${specifier}", not a relative chunk`);
      const target = resolve(dirname(f), specifier);
      if (dynamic) lazy.set(target, null);
      else visit(target);
    }
  };
  visit(file);
  // Lazy chunks import the entry's chunks back (the live chunk imports core, which loads it on
  // demand): their closures are static only, or this would never end.
  const lazyFiles = lazyToo ? [...lazy.keys()].filter((f) => !seen.has(f)) : [];
  // A lazy chunk's own static imports that the entry does not already load come with it.
  const lazySeen = new Map();
  for (const f of lazyFiles) {
    const sub = closure(f, { lazyToo: false });
    for (const x of sub.files) if (!seen.has(x.file)) lazySeen.set(x.file, x.code);
  }
  return {
    files: [...seen].map(([f, code]) => ({ file: f, code })),
    lazy: [...lazySeen].map(([f, code]) => ({ file: f, code })),
  };
}

/** The import specifiers of ES module code: static (`import … from`, `export … from`) and dynamic (`import("…")`). */
export function importsOf(code) {
  const out = [];
  const walk = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if ((node.type === 'ImportDeclaration' || node.type === 'ExportNamedDeclaration' || node.type === 'ExportAllDeclaration') && node.source) {
      out.push({ specifier: node.source.value, dynamic: false });
    } else if (node.type === 'ImportExpression') {
      if (node.source.type !== 'Literal') throw new Error(`an import() of a computed specifier at ${node.start}`);
      out.push({ specifier: node.source.value, dynamic: true });
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') walk(value);
    }
  };
  walk(parseAst(code));
  return out;
}

async function sdkEntry(name, what, contents) {
  if (!existsSync(sdkIndex)) read(sdkIndex);
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    sourcemap: 'external',
    outdir: join(root, 'tmp/size'),
    logLevel: 'silent',
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.map'));
  return { name, what, files: [{ file: js.path, code: Buffer.from(js.contents), map: JSON.parse(map.text) }], lazy: [] };
}

/** Raw, gzip and brotli bytes of a set of files, each compressed on its own. */
export function measure(files) {
  return files.reduce(
    (t, { code }) => ({ raw: t.raw + code.length, gzip: t.gzip + gzip(code), brotli: t.brotli + brotli(code) }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

const kb = (n) => `${(n / KB).toFixed(1)} KB`;

/**
 * What is wrong with the measured `rows` against `ceilings`: an entry over its ceiling, an entry
 * with no ceiling (a new build must be given one), a ceiling with no entry (one gone or renamed).
 */
export function check(rows, limits) {
  const problems = [];
  for (const r of rows) {
    const limit = limits[r.name];
    if (limit === undefined) problems.push(`${r.name} has no ceiling: add one to \`ceilings\` in scripts/size.mjs (${kb(r.size.gzip)} today).`);
    else if (r.size.gzip > limit) {
      problems.push(`${r.name} is ${kb(r.size.gzip)} gzip, over its ceiling of ${kb(limit)} by ${kb(r.size.gzip - limit)}. See \`npm run size -- --analyze ${r.name.replace(/^elements\//, '').replace(/\.js$/, '')}\`; if the weight is meant, raise the ceiling in scripts/size.mjs and say why in the commit.`);
    }
  }
  const names = new Set(rows.map((r) => r.name));
  for (const name of Object.keys(limits)) if (!names.has(name)) problems.push(`the ceiling of ${name} names no entry: remove it from scripts/size.mjs.`);
  return problems;
}

function table(rows, markdown) {
  const head = ['entry', 'files', 'raw', 'gzip', 'brotli', 'on demand', 'budget', 'status'];
  const body = rows.map((r) => [
    r.name,
    String(r.files.length),
    kb(r.size.raw),
    kb(r.size.gzip),
    kb(r.size.brotli),
    r.lazy.length ? `+ ${kb(measure(r.lazy).gzip)}` : '',
    r.budget ? `≤ ${kb(r.budget)}` : '',
    r.budget ? (r.size.gzip <= r.budget ? 'ok' : `over by ${kb(r.size.gzip - r.budget)}`) : '',
  ]);
  const right = (i) => i >= 1 && i <= 6;
  if (markdown) {
    const esc = (c) => c.replace(/\|/g, '\\|');
    return [
      `| ${head.join(' | ')} |`,
      `|${head.map((_, i) => (right(i) ? '---:' : '---')).join('|')}|`,
      ...body.map((r) => `| ${r.map((c, i) => (i === 0 ? `\`${esc(c)}\`` : esc(c))).join(' | ')} |`),
    ].join('\n');
  }
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (right(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** The notes under the table: how it was measured, and what each kind of row means. */
const notes = [
  'zlib level 9 (gzip) and brotli quality 11, each file compressed on its own as a server sends it; 1 KB = 1024 bytes.',
  'elements/*: the entry and every chunk it imports statically. "on demand": gzip of the chunks it loads',
  'only when needed: the embedded dataset (for an element without `src` or `data`), the SDK validator and',
  'adapters (for one with a `src` or `data`), the live sources (for `live` or `stream`). The one-file builds',
  'have all of it inline.',
  '@keyfigures/sdk: packages/sdk/dist/index.js bundled and minified by esbuild, as an app would.',
];

// ---- per-module analysis, from the source maps ----------------------------------------------

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

/**
 * Bytes of `code` per source file of its source map: each mapping segment owns the text up to the
 * next one, across line ends (a template literal's later lines belong to the segment it opened in).
 */
export function bytesBySource(code, map) {
  const lineStarts = [0];
  for (let i = code.indexOf('\n'); i >= 0; i = code.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const segs = [];
  let source = 0;
  map.mappings.split(';').forEach((line, i) => {
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const v = decodeVlq(seg);
      col += v[0];
      // Only the source index matters here; like the column, it is relative to the previous segment's.
      if (v.length >= 4) source += v[1];
      segs.push({ at: (lineStarts[i] ?? code.length) + col, source: v.length >= 4 ? source : -1 });
    }
  });
  const out = new Map();
  const add = (name, n) => out.set(name, (out.get(name) ?? 0) + n);
  add('(generated)', segs.length ? segs[0].at : code.length);
  segs.forEach((s, j) => add(s.source >= 0 ? map.sources[s.source] : '(generated)', (segs[j + 1]?.at ?? code.length) - s.at));
  return out;
}

function decodeVlq(seg) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const c of seg) {
    const d = B64[c];
    value += (d & 31) << shift;
    if (d & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A source path as a short module name: `lit-html/lit-html.js`, `sdk/src/format.ts`, `widgets/src/kpi/kpi.ts`. */
function moduleName(source) {
  const s = source.replace(/\\/g, '/');
  const nm = s.lastIndexOf('node_modules/');
  if (nm >= 0) return s.slice(nm + 'node_modules/'.length);
  const pk = s.lastIndexOf('packages/');
  if (pk >= 0) return s.slice(pk + 'packages/'.length);
  return s.replace(/^(\.\.\/)+/, '');
}

/** The group a module counts under: a package (lit, d3-shape, sdk) or a folder of widgets/src. */
function groupOf(name) {
  // The dataset's JSON (mapped to its .json file by the build); dist/elements/ has it as a chunk.
  if (name.endsWith('.json') || name.startsWith('(dataset-')) return 'dataset (JSON)';
  if (name.startsWith('(')) return name;
  if (name.startsWith('widgets/src/')) return `widgets/${name.split('/')[2].replace(/\.ts$/, '')}`;
  if (name.startsWith('@')) return name.split('/').slice(0, 2).join('/');
  return name.split('/')[0].replace(/^lit-html$|^lit-element$|^lit$/, 'lit');
}

function analyze(entry) {
  const bySource = new Map();
  let total = 0;
  for (const f of entry.files) {
    const map = f.map ?? JSON.parse(readFileSync(`${f.file}.map`, 'utf8'));
    const text = f.code.toString('utf8');
    total += f.code.length;
    // The dataset's chunk (a JSON module) comes with an empty source map: it counts under its file name.
    const part = map.mappings ? bytesBySource(text, map) : new Map([[`(${basename(f.file)}, no source map)`, f.code.length]]);
    for (const [src, n] of part) {
      const name = src.startsWith('(') ? src : moduleName(resolve(dirname(f.file), map.sourceRoot ?? '', src));
      bySource.set(name, (bySource.get(name) ?? 0) + n);
    }
  }
  const gz = measure(entry.files).gzip;
  const share = (n) => kb((n / total) * gz);
  const groups = new Map();
  for (const [name, n] of bySource) groups.set(groupOf(name), (groups.get(groupOf(name)) ?? 0) + n);
  const rows = (m) => [...m].sort((a, b) => b[1] - a[1]);
  console.log(`\n${entry.name} — ${kb(total)} minified, ${kb(gz)} gzip; gzip shares are the minified shares of the total`);
  console.log('\n  by package / folder            minified      ~gzip');
  for (const [g, n] of rows(groups)) console.log(`  ${g.padEnd(30)} ${kb(n).padStart(9)} ${share(n).padStart(10)}`);
  console.log('\n  by module (top 30)');
  for (const [name, n] of rows(bySource).slice(0, 30)) console.log(`  ${name.padEnd(52)} ${kb(n).padStart(9)} ${share(n).padStart(10)}`);
}

// ---- main -----------------------------------------------------------------------------------

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const list = await entries().catch((error) => {
    if (!(error instanceof NotBuilt)) throw error;
    console.error(`size: ${error.message}`);
    process.exit(2);
  });
  const rows = list.map((e) => ({ ...e, size: measure(e.files), budget: budgets[e.name] }));
  if (args.includes('--analyze')) {
    const want = args[args.indexOf('--analyze') + 1];
    const picked = want && !want.startsWith('--') ? rows.filter((r) => r.name.includes(want)) : rows.filter((r) => r.budget);
    if (!picked.length) {
      console.error(`size: no entry matches "${want}"; entries: ${rows.map((r) => r.name).join(', ')}`);
      process.exit(2);
    }
    picked.forEach(analyze);
    process.exit(0);
  }
  const markdown = args.includes('--markdown');
  console.log(table(rows, markdown));
  console.log(`\n${notes.join('\n')}`);
  const problems = check(rows, ceilings);
  if (problems.length) {
    console.error(`\nsize: ${problems.join('\n      ')}`);
    process.exit(1);
  }
  const over = rows.filter((r) => r.budget && r.size.gzip > r.budget);
  const message = over.length ? `over budget: ${over.map((r) => `${r.name} ${kb(r.size.gzip)} > ${kb(r.budget)}`).join('; ')}. See \`npm run size -- --analyze\`.` : '';
  if (args.includes('--ceilings')) console.log(`\nsize: every entry is under its ceiling${message ? `; still ${message}` : ' and its budget.'}`);
  else if (message) {
    console.error(`\nsize: ${message}`);
    process.exit(1);
  }
}
