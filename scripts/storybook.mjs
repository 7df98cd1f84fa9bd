// `npm run storybook` (dev server on 127.0.0.1:6006, or the port given) and `npm run build-storybook`
// (static, into storybook-static/). Both need packages/widgets/custom-elements.json, which
// `npm run build` generates: on a fresh clone it is built first. Offline: no telemetry
// (.storybook/main.ts), no version check.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = join(root, 'packages/widgets/custom-elements.json');

function run(command, args) {
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Builds custom-elements.json (with the packages) when it is missing. */
export function ensureManifest() {
  if (existsSync(manifest)) return;
  console.log('storybook: packages/widgets/custom-elements.json is missing; running npm run build first.');
  run(process.execPath, [join(root, 'scripts/build.mjs')]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode = 'dev', ...rest] = process.argv.slice(2);
  ensureManifest();
  const storybook = join(root, 'node_modules/storybook/dist/bin/dispatcher.js');
  if (mode === 'build') run(process.execPath, [storybook, 'build', '--quiet', '--output-dir', 'storybook-static', ...rest]);
  else run(process.execPath, [storybook, 'dev', '--host', '127.0.0.1', '--port', '6006', '--no-version-updates', '--no-open', '--ci', ...rest]);
}
