import { libraryConfig } from '../../rollup.config.mjs';

const packageDir = new URL('.', import.meta.url);

export default [
  // The library: one module per source file; lit, d3 and the SDK stay imports for the app's bundler.
  libraryConfig({
    packageDir,
    input: ['src/index.ts', 'src/define.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^d3-/, /^@keyfigures\//],
  }),
  // The drop-in: everything in one minified ES module that defines every element.
  libraryConfig({ packageDir, input: 'src/define.ts', bundle: { file: 'dist/keyfigures.js' } }),
];
