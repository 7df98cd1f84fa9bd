// Mocha's usual spec output, plus the run's counts written as JSON to
// $KEYFIGURES_MOCHA_COUNTS, so that scripts/test.mjs can sum Node and browser tests.
// CommonJS because mocha require()s reporters.
const { writeFileSync } = require('node:fs');
const Mocha = require('mocha');

const { EVENT_RUN_END } = Mocha.Runner.constants;

class CountsReporter extends Mocha.reporters.Spec {
  constructor(runner, options) {
    super(runner, options);
    runner.once(EVENT_RUN_END, () => {
      const file = process.env.KEYFIGURES_MOCHA_COUNTS;
      if (!file) return;
      const { passes, failures, pending } = this.stats;
      writeFileSync(file, JSON.stringify({ passed: passes, failed: failures, skipped: pending }));
    });
  }
}

module.exports = CountsReporter;
