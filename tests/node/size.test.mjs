// scripts/size.mjs's ceilings: the regression guard `npm test` runs on every build.
import { expect } from 'chai';
import { check } from '../../scripts/size.mjs';

const KB = 1024;
const row = (name, gzip) => ({ name, size: { raw: gzip * 3, gzip, brotli: gzip } });

describe('scripts/size.mjs check(rows, ceilings)', () => {
  it('passes entries at or under their ceilings', () => {
    expect(check([row('a.js', 10 * KB), row('b.js', 2 * KB)], { 'a.js': 10 * KB, 'b.js': 3 * KB })).to.deep.equal([]);
  });

  it('names an entry over its ceiling, by how much, and how to look into it', () => {
    const [problem, ...rest] = check([row('elements/kf-figure.js', 18.8 * KB)], { 'elements/kf-figure.js': 18.5 * KB });
    expect(rest).to.deep.equal([]);
    expect(problem).to.contain('elements/kf-figure.js is 18.8 KB gzip, over its ceiling of 18.5 KB by 0.3 KB');
    expect(problem).to.contain('npm run size -- --analyze kf-figure');
  });

  it('asks for a ceiling for a new entry, and for removing one that names no entry', () => {
    const problems = check([row('new.js', 1 * KB)], { 'old.js': 1 * KB });
    expect(problems).to.have.length(2);
    expect(problems[0]).to.match(/^new\.js has no ceiling: add one .* \(1\.0 KB today\)/);
    expect(problems[1]).to.equal('the ceiling of old.js names no entry: remove it from scripts/size.mjs.');
  });
});
