// A web-test-runner / @web/dev-server plugin that serves React to the browser as ES modules.
// react and react-dom ship CommonJS only, which a browser cannot import. esbuild bundles their
// entry points once, in one build with shared chunks (so the page has one React, as hooks need),
// each entry re-exporting the CommonJS module's keys by name.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PREFIX = '/__react-esm/';

/** The entry points a test or a React package may import. */
export const reactEntries = ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client'];

const fileOf = (entry) => `${entry.replaceAll('/', '__')}.js`;
const isIdentifier = (name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default';

/**
 * @param {object} [options]
 * @param {'development' | 'production'} [options.mode='development'] React's build: development
 *   by default, for its warnings (a wrong prop, a missing key) in the tests' console.
 */
export function reactAsEsm({ mode = 'development' } = {}) {
  /** @type {Promise<Map<string, string>> | undefined} served path → code */
  let built;

  const build = async () => {
    // Read in a child process: requiring React here would let it patch the test runner's console.
    const keys = JSON.parse(
      execFileSync(process.execPath, ['-e', `console.log(JSON.stringify(Object.fromEntries(${JSON.stringify(reactEntries)}.map((e) => [e, Object.keys(require(e))]))))`], {
        cwd: root,
        encoding: 'utf8',
      }),
    );
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: reactEntries.map((entry) => ({ in: `react-esm:${entry}`, out: fileOf(entry).slice(0, -3) })),
      outdir: 'react-esm', // not written (write: false); only names the output paths
      bundle: true,
      splitting: true,
      format: 'esm',
      target: 'es2022',
      write: false,
      logLevel: 'warning',
      define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
      plugins: [
        {
          name: 'react-esm-entries',
          setup(b) {
            b.onResolve({ filter: /^react-esm:/ }, (args) => ({ path: args.path.slice('react-esm:'.length), namespace: 'react-esm' }));
            b.onLoad({ filter: /.*/, namespace: 'react-esm' }, (args) => {
              const names = keys[args.path].filter(isIdentifier);
              return {
                contents: `import m from ${JSON.stringify(args.path)};\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
                resolveDir: root,
                loader: 'js',
              };
            });
          },
        },
      ],
    });
    return new Map(result.outputFiles.map((f) => [PREFIX + f.path.split(/[\\/]/).pop(), f.text]));
  };

  return {
    name: 'keyfigures-react-esm',
    resolveImport({ source }) {
      if (reactEntries.includes(source)) return PREFIX + fileOf(source);
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      built ??= build();
      const body = (await built).get(context.path);
      return body === undefined ? undefined : { body, type: 'js' };
    },
  };
}
