// Bundles the React example: `node examples/react/build.mjs` writes examples/react/dist/app.js
// (minified, with a source map) from src/main.tsx; index.html loads it. npm run build runs it too.
// esbuild does it all: JSX (the automatic runtime), TypeScript, React's CommonJS, and the
// workspace packages from their sources (the `@keyfigures/source` condition, as rollup does).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the app; resolves to the file written and its size in bytes, raw and gzip.
 *
 * @param {object} [options]
 * @param {boolean} [options.minify=true] minify (and React's production build). False for a
 *   readable bundle with React's development warnings, when working on the example.
 * @returns {Promise<{file: string, bytes: number, gzip: number}>}
 */
export async function buildReactExample({ minify = true } = {}) {
  const file = fileURLToPath(new URL('dist/app.js', import.meta.url));
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: ['src/main.tsx'],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    minify,
    sourcemap: true,
    legalComments: 'linked',
    conditions: ['@keyfigures/source'],
    // React picks its build by NODE_ENV; in a page `process` does not exist.
    define: { 'process.env.NODE_ENV': JSON.stringify(minify ? 'production' : 'development') },
    logLevel: 'warning',
  });
  const code = readFileSync(file);
  return { file, bytes: code.length, gzip: gzipSync(code).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { file, bytes, gzip } = await buildReactExample({ minify: !process.argv.includes('--dev') });
  const kB = (n) => `${(n / 1024).toFixed(1)} kB`;
  console.log(`esbuild ${file.slice(fileURLToPath(new URL('../..', import.meta.url)).length)} — ${kB(bytes)} (${kB(gzip)} gzip)`);
}
