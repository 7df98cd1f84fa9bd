// The types of @keyfigures/react, checked by tsc: the type tests (what an app may write and what
// must be refused, against the built declarations) and the React example against the sources.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { expect } from 'chai';

const root = new URL('../..', import.meta.url);
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const run = (...args) => spawnSync(process.execPath, [tsc, ...args], { cwd: root, encoding: 'utf8' });

describe('@keyfigures/react types (tsc)', function () {
  this.timeout(120000);

  before(() => {
    // The type tests read dist/*.d.ts; tsc -b writes them, and does nothing when they are current.
    const built = run('-b', 'tsconfig.json');
    expect(built.status, built.stdout + built.stderr).to.equal(0);
  });

  it('tsc -p packages/react/test: accepted props type-check, refused ones are errors (@ts-expect-error)', () => {
    const r = run('-p', 'packages/react/test');
    expect(r.stdout + r.stderr).to.equal('');
    expect(r.status).to.equal(0);
  });

  it('tsc -p examples/react: the example app type-checks', () => {
    const r = run('-p', 'examples/react');
    expect(r.stdout + r.stderr).to.equal('');
    expect(r.status).to.equal(0);
  });
});
