// One factory for every package's build; each packages/*/rollup.config.mjs is a few lines
// that call it. `npm run build` (scripts/build.mjs) runs tsc -b for .d.ts, then this config.
import { existsSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import esbuild from 'rollup-plugin-esbuild';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyCssLiteralsPlugin } from './scripts/minify-css-literals.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/**
 * Sources import each other as `./x.js` (what tsc and Node expect in emitted code); during
 * the build that means `./x.ts` whenever it exists.
 */
export function jsToTs() {
  return {
    name: 'keyfigures-js-to-ts',
    resolveId(source, importer) {
      if (!importer || !isAbsolute(importer) || !/^\.\.?\//.test(source) || !source.endsWith('.js')) {
        return null;
      }
      const ts = resolve(dirname(importer), `${source.slice(0, -3)}.ts`);
      return existsSync(ts) ? ts : null;
    },
  };
}

/**
 * @rollup/plugin-json, with a source map back to the .json file: its own output has an empty one,
 * so that in `npm run size -- --analyze` the embedded dataset's bytes counted under whichever
 * module came before it. Every line maps to the file's start: enough to say whose bytes they are.
 *
 * @param {Parameters<typeof json>[0]} options
 */
function jsonWithSourceMap(options) {
  const plugin = json(options);
  const transform = plugin.transform;
  return {
    ...plugin,
    transform(code, id) {
      const result = transform.call(this, code, id);
      if (!result || typeof result !== 'object') return result;
      const lines = result.code.split('\n').length;
      return { ...result, map: { version: 3, sources: [id], sourcesContent: [null], names: [], mappings: `AAAA${';AAAA'.repeat(lines - 1)}` } };
    },
  };
}

/**
 * A rollup config for one package.
 *
 * @param {object} options
 * @param {string | URL} options.packageDir the package folder (pass `new URL('.', import.meta.url)`).
 * @param {string | string[] | Record<string, string>} [options.input='src/index.ts'] entry points, relative to packageDir.
 * @param {false | {file: string, format?: 'es' | 'iife', name?: string} | {dir: string}} [options.bundle=false]
 *   false (default): a library — ESM, one output file per source module in `dist/`, so that
 *   consumers' bundlers tree-shake by file. `{file}`: one minified self-contained file
 *   (relative to packageDir), e.g. the drop-in `dist/keyfigures.js`; `format: 'iife'` with a
 *   global `name` for classic scripts. `{dir}`: minified ES modules in `dir`, one `[name].js` per
 *   entry of an `input` object and the code entries share in `chunks/[name]-[hash].js`, e.g.
 *   the per-element `dist/elements/`.
 * @param {(string | RegExp)[]} [options.external=[]] imports left to the consumer, besides Node
 *   built-ins (always external). Default none: the package's own code and data ship inside.
 * @param {boolean} [options.browser] resolve dependencies' `browser` export condition;
 *   default true for bundles (they run in a page), false for libraries (they run anywhere).
 * @param {Record<string, string>} [options.define] esbuild defines, e.g. a dev flag.
 * @param {Record<string, string>} [options.swap] source modules replaced by others in this build
 *   (paths relative to packageDir), e.g. the default dataset by an empty stand-in; see swapModules.
 * @param {import('rollup').Plugin[]} [options.plugins=[]] extra plugins, run after the shared ones.
 * @param {import('rollup').OutputOptions} [options.output] output options added to the ones above
 *   (e.g. `manualChunks`).
 * @returns {import('rollup').RollupOptions}
 */
export function libraryConfig({
  packageDir,
  input = 'src/index.ts',
  bundle = false,
  external = [],
  browser = Boolean(bundle),
  define,
  swap,
  plugins = [],
  output,
}) {
  const dir = packageDir instanceof URL || String(packageDir).startsWith('file:')
    ? fileURLToPath(packageDir)
    : resolve(String(packageDir));
  const at = (p) => resolve(dir, p);
  const entries = typeof input === 'string' ? at(input)
    : Array.isArray(input) ? input.map(at)
    : Object.fromEntries(Object.entries(input).map(([k, v]) => [k, at(v)]));
  const ownTsconfig = join(dir, 'tsconfig.json');
  const tsconfig = existsSync(ownTsconfig) ? ownTsconfig : join(root, 'tsconfig.base.json');
  const isExternal = (id) =>
    builtins.has(id) || external.some((e) => (e instanceof RegExp ? e.test(id) : id === e || id.startsWith(`${e}/`)));
  const format = bundle?.file ? (bundle.format ?? 'es') : 'es';

  return {
    input: entries,
    external: isExternal,
    // d3-array's one-file module builds its bisectors at load (`bisector(ascending)`), calls
    // rollup must keep unless told they are pure; nothing of ours uses them.
    treeshake: { manualPureFunctions: ['bisector'] },
    plugins: [
      ...(swap ? [swapModules(dir, swap)] : []),
      jsToTs(),
      nodeResolve({
        // Workspace packages build from source: one esbuild pass, no build order between them.
        exportConditions: ['@keyfigures/source', ...(browser ? ['browser'] : [])],
        browser,
        preferBuiltins: true,
      }),
      jsonWithSourceMap({ preferConst: true, compact: Boolean(bundle) }),
      minifyCssLiteralsPlugin(),
      esbuild({ target: 'es2022', tsconfig, sourceMap: true, ...(define ? { define } : {}) }),
      // `module: true` lets terser treat top-level names as local; wrong for an IIFE.
      ...(bundle ? [terser({ module: format === 'es', ecma: 2020, compress: { passes: 2 }, format: { comments: false } })] : []),
      ...plugins,
    ],
    output: bundle?.file
      ? { file: at(bundle.file), format, name: bundle.name, sourcemap: true, inlineDynamicImports: true, ...output }
      : bundle
      ? { dir: at(bundle.dir), format, sourcemap: true, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', ...output }
      : {
          dir: at('dist'),
          format: 'es',
          sourcemap: true,
          preserveModules: true,
          preserveModulesRoot: at('src'),
          // Modules from outside src/ (another workspace's JSON, a dependency) go under
          // _external/ so that they can never collide with a source file's output.
          entryFileNames: (chunk) =>
            chunk.facadeModuleId && !chunk.facadeModuleId.startsWith(at('src') + sep)
              ? '_external/[name].js'
              : '[name].js',
          ...output,
        },
  };
}

/**
 * Replaces source modules by others at build time: every import that resolves to a key of
 * `swaps` resolves to its value instead — except the stand-in's own, so that a stand-in may wrap
 * the module it replaces (validation.lazy.ts loads validation.ts). Paths relative to `dir`.
 *
 * @param {string} dir
 * @param {Record<string, string>} swaps
 * @returns {import('rollup').Plugin}
 */
export function swapModules(dir, swaps) {
  const map = new Map(Object.entries(swaps).map(([from, to]) => [resolve(dir, from), resolve(dir, to)]));
  for (const [from, to] of map) {
    if (!existsSync(from) || !existsSync(to)) throw new Error(`swapModules: ${existsSync(from) ? to : from} does not exist`);
  }
  return {
    name: 'keyfigures-swap-modules',
    resolveId: {
      order: 'pre',
      async handler(source, importer, options) {
        if (!importer) return null;
        const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
        const to = resolved && map.get(resolved.id);
        return to && to !== importer ? to : null;
      },
    },
  };
}

/** Every package that has a rollup.config.mjs; packages without one are not built by rollup. */
export function packageConfigFiles() {
  const packages = join(root, 'packages');
  return readdirSync(packages, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(packages, d.name, 'rollup.config.mjs'))
    .filter((f) => existsSync(f));
}

// A function, not top-level await: package configs import this file for `libraryConfig`, and
// awaiting them during this module's own evaluation would deadlock on that cycle.
export default async function collectConfigs() {
  const configs = [];
  for (const file of packageConfigFiles()) {
    const mod = await import(pathToFileURL(file).href);
    configs.push(...[mod.default].flat());
  }
  return configs;
}
