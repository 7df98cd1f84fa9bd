// Storybook for the keyfigures elements: stories import the widgets' TypeScript sources
// (packages/widgets/src, through the `@keyfigures/source` export condition) and the controls
// come from packages/widgets/custom-elements.json (preview.ts). Offline: telemetry off, and
// package.json passes --no-version-updates to `storybook dev`.
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';
import { storyEndpoints } from '../scripts/storybook-endpoints.mjs';

/** Dev-server middleware: the test endpoints of the Loading and Stale stories (scripts/storybook-endpoints.mjs). */
const endpoints: Plugin = {
  name: 'keyfigures-story-endpoints',
  configureServer(server) {
    server.middlewares.use(storyEndpoints);
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true },
  // Dataset files the stories point `src` at (a real fetch of a real file).
  staticDirs: [{ from: '../stories/fixtures', to: '/fixtures' }],
  async viteFinal(config) {
    const { mergeConfig, defaultClientConditions } = await import('vite');
    return mergeConfig(config, {
      plugins: [endpoints],
      // Workspace packages resolve to their TypeScript sources, as in the dev server and tests.
      resolve: { conditions: ['@keyfigures/source', ...defaultClientConditions] },
      // Lit's decorators need the legacy decorator transform and [[Set]] class fields
      // (tsconfig.base.json); say so to vite's esbuild whatever tsconfig it finds.
      esbuild: {
        target: 'es2022',
        tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
      },
    });
  },
};

export default config;
