// Browser tests: `npx wtr --config web-test-runner.config.mjs` (scripts/test.mjs runs it).
// Tests import source (.ts, through the `@keyfigures/source` export condition), never dist/.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { findChrome, headlessArgs, noChromeMessage } from './scripts/find-chrome.mjs';
import { hostileServer } from './tests/browser/hostile-server.mjs';
import { reactAsEsm } from './tests/browser/react-esm.mjs';
import { liveTestEndpoints } from './tests/browser/live-endpoints.mjs';

const executablePath = findChrome();
if (!executablePath) throw new Error(noChromeMessage);

export default {
  rootDir: fileURLToPath(new URL('.', import.meta.url)),
  files: ['packages/*/test/**/*.test.ts', 'packages/widgets/test/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['@keyfigures/source', 'browser', 'import'] },
  // Pages served with a Content-Security-Policy, faulty answers and a second origin for the
  // hardening tests (tests/browser/csp.test.ts, packages/widgets/test/faults.test.ts); endpoints
  // whose answers the live-data tests set (status, delay, body, ETag, SSE).
  middleware: [hostileServer(), liveTestEndpoints()],
  plugins: [
    // React ships CommonJS only; this serves it as ES modules (tests/browser/react*.test.ts).
    reactAsEsm(),
    // The tsconfig carries experimentalDecorators/useDefineForClassFields, which Lit's
    // decorators need; esbuild reads nothing else from it.
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: headlessArgs } })],
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), countsReporter(process.env.KEYFIGURES_WTR_COUNTS)],
};

/**
 * Writes {passed, failed, skipped} of the last test run to `file` (when given), so that
 * scripts/test.mjs can print one summary line for Node and browser tests together.
 * A test file that failed to load or threw outside a test counts as one failure.
 */
function countsReporter(file) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const walk = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) counts.skipped++;
      else if (t.passed) counts.passed++;
      else counts.failed++;
    }
    suite.suites.forEach(walk);
  };
  return {
    onTestRunFinished({ sessions }) {
      Object.assign(counts, { passed: 0, failed: 0, skipped: 0 });
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) walk(session.testResults);
        if (!session.passed && counts.failed === before) counts.failed++;
      }
    },
    stop() {
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
