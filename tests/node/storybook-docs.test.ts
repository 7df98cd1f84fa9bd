import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import schemaJson from '../../packages/sdk/schema/dataset.schema.json' with { type: 'json' };
import type { Manifest, Schema } from '../../stories/support/reference.js';
import { cssProperties, cssPropertiesTable, datasetReference, typeOf } from '../../stories/support/reference.js';
import { common, snippet, tag } from '../../stories/support/snippet.js';

const schema = schemaJson as unknown as Schema;

describe('Storybook reference pages', () => {
  it('datasetReference(schema) has a section for every definition and a row for every property of each', () => {
    const md = datasetReference(schema);
    for (const [name, def] of Object.entries(schema.$defs)) {
      const start = md.indexOf(`### ${name}\n`);
      expect(start, name).to.be.greaterThan(-1);
      const end = md.indexOf('\n### ', start + 1);
      const section = md.slice(start, end < 0 ? undefined : end);
      for (const field of Object.keys(def.properties ?? {})) expect(section, `${name}.${field}`).to.contain(`| \`${field}\` |`);
      for (const field of def.required ?? []) expect(section, `${name}.${field} required`).to.match(new RegExp(`\\| \`${field.replace('$', '\\$')}\` \\| [^\\n]* \\| yes \\|`));
    }
    expect(md.indexOf('### Dataset')).to.equal(0);
  });

  it('typeOf: references link to their section; enums, arrays and bounds in words', () => {
    expect(typeOf({ $ref: '#/$defs/LocalizedText' })).to.equal('[LocalizedText](#localizedtext)');
    expect(typeOf({ enum: ['level', 'change'] })).to.equal('`"level"` · `"change"`');
    expect(typeOf({ type: 'array', items: { $ref: '#/$defs/Source' }, minItems: 1 })).to.equal('array of [Source](#source) (at least 1)');
    expect(typeOf({ type: 'integer', minimum: 0, maximum: 15 })).to.equal('integer (≥ 0, ≤ 15)');
  });

  it('cssPropertiesTable(manifest) lists every --kf-* property of every element once, with the elements that document it', () => {
    const manifest = JSON.parse(readFileSync(new URL('../../packages/widgets/custom-elements.json', import.meta.url), 'utf8')) as Manifest;
    const all = new Set<string>();
    for (const m of manifest.modules) for (const d of m.declarations ?? []) if (d.tagName) for (const p of d.cssProperties ?? []) all.add(p.name);
    expect(all.size).to.be.greaterThan(10);
    const table = cssPropertiesTable(manifest);
    for (const name of all) expect(table.split(`| \`${name}\` |`).length - 1, name).to.equal(1);
    const accent = cssProperties(manifest).find((r) => r.name === '--kf-accent')!;
    expect(accent.elements).to.include.members(['kf-figure', 'kf-kpi', 'kf-dashboard']);
    expect(accent.defaults).to.deep.equal(['#0b5cd5']);
  });
});

describe('Storybook snippets', () => {
  it('tag() leaves out unset attributes, writes true as a bare attribute and escapes values', () => {
    expect(tag('kf-figure', { indicator: 'a"b<c&', 'with-change': true, theme: undefined, src: '', x: false })).to.equal('<kf-figure indicator="a&quot;b&lt;c&amp;" with-change></kf-figure>');
  });

  it('common(): Controls win over the toolbar; theme auto is left out; --kf-* args become the style', () => {
    const none = { src: undefined, live: undefined, refresh: undefined, stream: undefined, style: undefined };
    expect(common({}, { locale: 'zh-CN', theme: 'auto' })).to.deep.equal({ ...none, locale: 'zh-CN', theme: undefined });
    expect(common({ locale: 'en', theme: 'dark', live: true, refresh: 30, '--kf-accent': '#b0141f', '--kf-radius': '2px', '--kf-gap': '' }, { locale: 'zh-CN', theme: 'light' })).to.deep.equal({
      ...none,
      locale: 'en',
      theme: 'dark',
      live: true,
      refresh: 30,
      style: '--kf-accent: #b0141f; --kf-radius: 2px',
    });
  });

  it('snippet() is the script tag, host CSS, the markup and a script that sets data', () => {
    const s = snippet({ html: '<kf-kpi class="x"></kf-kpi>', css: '.p { color: red }', data: { selector: '.x', value: { id: 'd' } } });
    expect(s.split('\n')).to.deep.equal([
      '<script type="module" src="keyfigures.js"></script>',
      '<style>',
      '.p { color: red }',
      '</style>',
      '<kf-kpi class="x"></kf-kpi>',
      '<script type="module">',
      '  const data = {',
      '    "id": "d"',
      '  };',
      '  for (const el of document.querySelectorAll(".x")) el.data = data;',
      '</script>',
    ]);
  });
});
