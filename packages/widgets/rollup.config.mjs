import { readdirSync } from 'node:fs';
import { libraryConfig } from '../../rollup.config.mjs';

const packageDir = new URL('.', import.meta.url);

/** Per-element define modules, src/define/kf-*.ts: one entry of dist/elements/ each. */
export const elementEntries = Object.fromEntries(
  readdirSync(new URL('src/define/', packageDir))
    .filter((f) => /^kf-[a-z-]+\.ts$/.test(f))
    .map((f) => [f.slice(0, -3), `src/define/${f}`]),
);

/** The build without the embedded dataset swaps its module for an empty stand-in. */
export const withoutDataset = { 'src/shared/default-dataset.ts': 'src/shared/no-default-dataset.ts' };

/**
 * Fails the build when a browser build is not what a portal can paste in: no Node-only
 * `process.env`, nothing a strict Content-Security-Policy refuses (eval, new Function), and Lit's
 * production build rather than its dev mode. A one-file build (`oneFile`, the default: the drop-in,
 * nodata and IIFE builds) must also be exactly one file that imports nothing; a chunked build
 * (dist/elements/) may import only its own chunks, by relative path.
 *
 * @param {{oneFile?: boolean}} [options]
 */
export function dropInGuard({ oneFile = true } = {}) {
  const forbidden = [
    // Static imports left over show in chunk.imports (checked below); text would give false alarms
    // on words like "imports" in the dataset.
    ...(oneFile ? [[/\bimport\s*\(\s*["'`]/, 'a dynamic import()']] : []),
    [/\bprocess\.env\b/, 'process.env (Node only; undefined in a page)'],
    [/\beval\s*\(/, 'eval (refused by a strict CSP)'],
    [/\bnew\s+Function\s*\(/, 'new Function (refused by a strict CSP)'],
    [/Lit is in dev mode/, "Lit's development build (resolve lit without the 'development' condition)"],
  ];
  return {
    name: 'keyfigures-drop-in-guard',
    buildEnd(error) {
      if (error) return;
      // Lit's dev build lives under lit*/development/; the production export condition never goes there.
      const dev = [...this.getModuleIds()].filter((id) => /[\\/](?:lit|lit-html|lit-element|reactive-element)[\\/](?:node[\\/])?development[\\/]/.test(id));
      if (dev.length) this.error(`Lit's development build is in the drop-in bundle: ${dev.join(', ')}`);
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((f) => f.type === 'chunk');
      if (oneFile && chunks.length !== 1) this.error(`the drop-in bundle must be one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
      const own = new Set(chunks.map((c) => c.fileName));
      for (const chunk of chunks) {
        const imports = [...chunk.imports, ...chunk.dynamicImports];
        const outside = oneFile ? imports : imports.filter((i) => !own.has(i));
        if (outside.length) this.error(`${chunk.fileName} still imports ${outside.join(', ')}`);
        for (const [pattern, what] of forbidden) {
          const m = pattern.exec(chunk.code);
          if (m) this.error(`${chunk.fileName} contains ${what}: …${chunk.code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
        }
      }
    },
  };
}

// No dependency reads these today; defined so that any `if (process.env.NODE_ENV !== 'production')`
// dev-only branch in our own sources is dropped rather than left to throw in a page.
const production = { 'process.env.NODE_ENV': '"production"' };

/**
 * The drop-in build of `input`: everything inlined, Lit's production build (nodeResolve never
 * adds the 'development' condition), minified, checked by dropInGuard. Exported so that another
 * entry (an experiment, a smaller bundle) can be built exactly the way dist/keyfigures.js is.
 *
 * @param {string} input entry, relative to this package (or absolute).
 * @param {string} file output file, relative to this package (or absolute).
 * @param {{format?: 'es' | 'iife', name?: string, swap?: Record<string, string>}} [options]
 *   an IIFE with its global's name instead of an ES module; modules swapped (withoutDataset).
 */
export function dropInConfig(input = 'src/define.ts', file = 'dist/keyfigures.js', { format = 'es', name, swap } = {}) {
  return libraryConfig({
    packageDir,
    input,
    bundle: { file, format, name },
    define: production,
    swap,
    plugins: [dropInGuard()],
  });
}

/**
 * dist/elements/: one minified ES module per element (src/define/kf-*.ts), the code they share in
 * chunks. The validator and the live poller are chunks of their own that load on first use
 * (validation.lazy.ts, live.lazy.ts); so is the default dataset (default-dataset.lazy.ts): loaded
 * only by an element shown without `src` or `data`, and cached once for every page that shows it.
 */
export function elementsConfig() {
  return libraryConfig({
    packageDir,
    input: elementEntries,
    bundle: { dir: 'dist/elements' },
    define: production,
    swap: {
      'src/shared/validation.ts': 'src/shared/validation.lazy.ts',
      'src/shared/default-dataset.ts': 'src/shared/default-dataset.lazy.ts',
      'src/shared/live.ts': 'src/shared/live.lazy.ts',
    },
    output: {
      // The embedded dataset and the module that hands it over: one chunk, loaded on demand.
      manualChunks: (id) =>
        /[\\/]packages[\\/]data[\\/][^\\/]+\.json$|[\\/]shared[\\/]default-dataset\.ts$/.test(id) ? 'dataset' : undefined,
      // The chunk every element needs (Lit, the base element, the data controller) says so by its name.
      chunkFileNames: (chunk) =>
        chunk.moduleIds.some((id) => /[\\/]shared[\\/]keyfigure-element\.ts$/.test(id)) ? 'chunks/core-[hash].js' : 'chunks/[name]-[hash].js',
    },
    plugins: [dropInGuard({ oneFile: false })],
  });
}

export default [
  // The library: one module per source file; lit, d3 and the SDK stay imports for the app's bundler.
  // The default dataset ships inside (dist/_external/…json.js): an external JSON import would need
  // `with { type: 'json' }`, which esbuild's es2022 target strips, and not every bundler takes JSON.
  libraryConfig({
    packageDir,
    input: ['src/index.ts', 'src/define.ts', ...Object.values(elementEntries)],
    external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, '@keyfigures/sdk'],
  }),
  // The drop-in: everything in one minified ES module that defines every element.
  dropInConfig(),
  // The same without the embedded dataset, for sites that always set src (or data).
  dropInConfig('src/define.ts', 'dist/keyfigures.nodata.js', { swap: withoutDataset }),
  // The classic script: every element defined on load, the API on the global `keyfigures`.
  dropInConfig('src/define/global.ts', 'dist/keyfigures.iife.js', { format: 'iife', name: 'keyfigures' }),
  // Per element: dist/elements/kf-*.js and their shared chunks.
  elementsConfig(),
];
