// The README's element reference is generated from custom-elements.json (scripts/api-docs.mjs);
// these check that it is current and that the manifest documents what every element has.
// Reads the manifest as `npm run build` left it (npm test builds first).
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { END, START, apiDeclarations, apiMarkdown, manifestPath, readmePath, withApi } from '../../scripts/api-docs.mjs';

const manifest = () => JSON.parse(readFileSync(manifestPath, 'utf8'));
const TAGS = ['kf-bars', 'kf-dashboard', 'kf-figure', 'kf-kpi', 'kf-progress', 'kf-timeline', 'kf-waffle'];

describe('README element reference (scripts/api-docs.mjs)', () => {
  it('is what custom-elements.json says (else: node scripts/api-docs.mjs)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(withApi(readme, apiMarkdown(manifest())) === readme, 'README.md is stale: run `node scripts/api-docs.mjs`').to.equal(true);
  });

  it('lists every element with its own attributes, its parts, the shared events and CSS properties', () => {
    const block = apiMarkdown(manifest());
    for (const tag of TAGS) expect(block).to.include(`#### \`<${tag}>\``);
    expect(block).to.match(/\| `cells-per-row` \| `cellsPerRow` \| `number` \|/);
    expect(block).to.include("`'light' \\| 'dark' \\| 'auto'`");
    expect(block).to.match(/\| `kf-error` \| `\{code: string, message: string\}` \| all \|/);
    expect(block).to.match(/\| `--kf-accent` \| `#0b5cd5` \| all \|/);
  });

  it('without its markers, the README gets an error that says where to put them', () => {
    expect(() => withApi('# readme\n', 'x')).to.throw(/no api markers: put\n.*api:start/);
    expect(withApi(`a\n${START}\nold\n${END}\nb`, 'NEW')).to.equal('a\nNEW\nb');
  });
});

describe('custom-elements.json documents every element', () => {
  for (const tag of TAGS) {
    it(`${tag}: a summary, kf-load/kf-update/kf-error, the loading and error parts, CSS properties`, () => {
      const el = apiDeclarations(manifest()).elements.find((e) => e.tagName === tag);
      expect(el, `${tag} in the manifest`).to.exist;
      expect(el.summary, 'summary').to.be.a('string').and.not.empty;
      expect(el.events.map((e) => e.name)).to.include.members(['kf-load', 'kf-update', 'kf-error']);
      expect(el.cssParts.map((p) => p.name)).to.include.members(['loading', 'error']);
      expect(el.cssProperties.map((p) => p.name)).to.include.members(['--kf-text', '--kf-surface', '--kf-font']);
      for (const a of el.attributes) expect(a.description, `${tag}[${a.name}] has a description`).to.be.a('string').and.not.empty;
    });
  }
});
