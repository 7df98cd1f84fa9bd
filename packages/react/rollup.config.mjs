import { libraryConfig } from '../../rollup.config.mjs';

// ESM, one file per module. React, @lit/react and the elements stay imports: the app has its own
// React, and one copy of the elements however many packages use them.
export default libraryConfig({
  packageDir: new URL('.', import.meta.url),
  input: 'src/index.ts',
  external: ['react', 'react-dom', '@lit/react', '@keyfigures/widgets', '@keyfigures/sdk'],
});
