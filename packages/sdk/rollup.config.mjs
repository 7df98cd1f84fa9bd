import { libraryConfig } from '../../rollup.config.mjs';

// ESM, one file per module; the index and the subpaths live and adapters. No runtime
// dependencies, so nothing is external but Node built-ins.
export default libraryConfig({ packageDir: new URL('.', import.meta.url), input: ['src/index.ts', 'src/live/index.ts', 'src/adapters/index.ts'] });
