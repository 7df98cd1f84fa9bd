// Finds a Chrome or Chromium for the browser tests. The same lookup serves web-test-runner,
// scripts/test.mjs and .ci/run (as a CLI: prints the path, or exits 1 when there is none).
import { accessSync, constants, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Where to look, in order. `$CHROME_PATH` first so a developer or CI can always override. */
export function chromeCandidates(env = process.env) {
  return [
    env.CHROME_PATH,
    '/usr/lib/chromium/chromium', // Debian's real binary; /usr/bin/chromium is a wrapper script
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ].filter(Boolean);
}

function isExecutableFile(path) {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The first executable candidate, or null when there is none. */
export function findChrome(env = process.env) {
  return chromeCandidates(env).find(isExecutableFile) ?? null;
}

/**
 * Flags for headless Chrome in containers and CI. `--no-sandbox` because the sandbox cannot
 * start as root (CI containers); the rest stop background work that slows or flakes a run.
 */
export const headlessArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage', // small /dev/shm in containers crashes tabs
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export const noChromeMessage =
  'keyfigures: no Chrome/Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH=/path/to/chrome.';

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const path = findChrome();
  if (!path) process.exit(1);
  console.log(path);
}
