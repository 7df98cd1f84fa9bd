// `npm test`: generated types are current → build → sizes under their ceilings → tests type-check → Node tests (mocha, source via tsx) →
// browser tests (web-test-runner, headless Chrome) → Storybook smoke test (builds Storybook, opens
// every story with axe). Stops at the first failing step with its exit code. Ends with one line
// summing every runner: `N passed, N failed[, N skipped]`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChrome, noChromeMessage } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const countsDir = mkdtempSync(join(tmpdir(), 'keyfigures-test-'));
const mochaCounts = join(countsDir, 'mocha.json');
const wtrCounts = join(countsDir, 'wtr.json');
const storybookCounts = join(countsDir, 'storybook.json');
const totals = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1; // null: killed by a signal
}

function readCounts(file) {
  if (!existsSync(file)) return;
  totals.push(JSON.parse(readFileSync(file, 'utf8')));
}

function summary() {
  if (!totals.length) return;
  const sum = (k) => totals.reduce((n, c) => n + c[k], 0);
  const skipped = sum('skipped');
  console.log(`\n${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`);
}

function finish(code) {
  rmSync(countsDir, { recursive: true, force: true });
  process.exit(code);
}

let code = run('types: gen-types --check', process.execPath, ['scripts/gen-types.mjs', '--check']);
if (code) finish(code);

code = run('build', process.execPath, ['scripts/build.mjs']);
if (code) finish(code);

// Prints the size table; fails only when an entry got heavier than its ceiling (scripts/size.mjs).
code = run('size: every entry under its ceiling', process.execPath, ['scripts/size.mjs', '--ceilings']);
if (code) finish(code);

// tsx and esbuild only strip types; this checks the tests (and sources) the way tsc -b checks sources.
code = run('types: tests', process.execPath, [bin('tsc'), '-p', 'tsconfig.test.json']);
if (code) finish(code);

// .mocharc.json has the specs and the tsx / `@keyfigures/source` node options.
code = run('Node tests (mocha)', bin('mocha'), ['--reporter', './scripts/mocha-counts-reporter.cjs'], {
  KEYFIGURES_MOCHA_COUNTS: mochaCounts,
});
readCounts(mochaCounts);
if (code) {
  summary();
  finish(code);
}

if (!findChrome()) {
  console.error(noChromeMessage);
  finish(1);
}

code = run('browser tests (web-test-runner)', bin('wtr'), ['--config', 'web-test-runner.config.mjs', '--static-logging'], {
  KEYFIGURES_WTR_COUNTS: wtrCounts,
});
readCounts(wtrCounts);
if (code) {
  summary();
  finish(code);
}

code = run('Storybook smoke test (every story in headless Chrome, with axe)', process.execPath, ['scripts/storybook-smoke.mjs', '--counts', storybookCounts]);
readCounts(storybookCounts);
summary();
finish(code);
