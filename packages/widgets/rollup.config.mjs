import { libraryConfig } from '../../rollup.config.mjs';

const packageDir = new URL('.', import.meta.url);

/**
 * Fails the build when the drop-in bundle is not what a portal can paste in: one module with no
 * imports left, no Node-only `process.env`, nothing a strict Content-Security-Policy refuses
 * (eval, new Function), and Lit's production build rather than its dev mode.
 */
export function dropInGuard() {
  const forbidden = [
    // Static imports left over show in chunk.imports (checked below); text would give false alarms
    // on words like "imports" in the dataset.
    [/\bimport\s*\(\s*["'`]/, 'a dynamic import()'],
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
      if (chunks.length !== 1) this.error(`the drop-in bundle must be one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
      for (const chunk of chunks) {
        if (chunk.imports.length || chunk.dynamicImports.length) {
          this.error(`${chunk.fileName} still imports ${[...chunk.imports, ...chunk.dynamicImports].join(', ')}`);
        }
        for (const [pattern, what] of forbidden) {
          const m = pattern.exec(chunk.code);
          if (m) this.error(`${chunk.fileName} contains ${what}: …${chunk.code.slice(Math.max(0, m.index - 40), m.index + 40)}…`);
        }
      }
    },
  };
}

/**
 * The drop-in build of `input`: everything inlined, Lit's production build (nodeResolve never
 * adds the 'development' condition), minified, checked by dropInGuard. Exported so that another
 * entry (an experiment, a smaller bundle) can be built exactly the way dist/keyfigures.js is.
 *
 * @param {string} input entry, relative to this package (or absolute).
 * @param {string} file output file, relative to this package (or absolute).
 */
export function dropInConfig(input = 'src/define.ts', file = 'dist/keyfigures.js') {
  const config = libraryConfig({
    packageDir,
    input,
    bundle: { file },
    // No dependency reads these today; defined so that any `if (process.env.NODE_ENV !== 'production')`
    // dev-only branch in our own sources is dropped rather than left to throw in a page.
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [dropInGuard()],
  });
  return config;
}

export default [
  // The library: one module per source file; lit, d3 and the SDK stay imports for the app's bundler.
  // The default dataset ships inside (dist/_external/…json.js): an external JSON import would need
  // `with { type: 'json' }`, which esbuild's es2022 target strips, and not every bundler takes JSON.
  libraryConfig({
    packageDir,
    input: ['src/index.ts', 'src/define.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, '@keyfigures/sdk'],
  }),
  // The drop-in: everything in one minified ES module that defines every element.
  dropInConfig(),
];
