// The default dataset against the document it quotes: every quote verbatim, every stated
// figure quoted, every derived figure reproducible from its formula, every reference resolved.
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateFormula, validateDataset } from '@keyfigures/sdk';
import type { Dataset, Indicator, Observation } from '@keyfigures/sdk';

const datasetUrl = new URL('../../packages/data/chongqing-commerce-2024.json', import.meta.url);
const repoRoot = new URL('../../', import.meta.url);
// The source text lives beside the repository in the project's shared folder; a user's checkout
// does not have it, so the quote checks skip (visibly) there.
const sourceUrl = new URL('../shared/source/chongqing-commercial-work-conference-2024.txt', repoRoot);
const sourceId = 'chongqing-commercial-work-conference-2024';

const raw: unknown = JSON.parse(readFileSync(datasetUrl, 'utf8'));
const data = raw as Dataset;
const sourceText = existsSync(sourceUrl) ? readFileSync(sourceUrl, 'utf8') : undefined;

const designIds = [
  'new-foreign-enterprises',
  'fortune-500-companies',
  'service-opening-pilot-rate',
  'vehicle-export-share-target',
  'nev-export-value-target',
  'nev-export-leaders-target',
  'depa-negotiation-rounds',
  'consumer-center-pilot-cities',
  'ba-yu-new-consumption-actions',
] as const;

// Placeholders describe() fills; anything else in a template would reach the reader as-is.
const placeholders = new Set([
  'value', 'value:number', 'period', 'change', 'change:signed', 'target', 'target:number',
  'deadline', 'deadline:year', 'total:number', 'total:label', 'share', 'label', 'subject',
]);

let warned = false;
function skipWithoutSource(ctx: Mocha.Context): string {
  if (sourceText !== undefined) return sourceText;
  if (!warned) {
    console.warn(`dataset fidelity: ${fileURLToPath(sourceUrl)} not found; quote checks skipped`);
    warned = true;
  }
  ctx.skip();
}

interface Quoted { path: string; quote: string; source: string | undefined }

/** Every `quote` anywhere in the dataset, with its path and the `source` beside it. */
function quotes(node: unknown, path = '$'): Quoted[] {
  if (Array.isArray(node)) return node.flatMap((child, i) => quotes(child, `${path}[${i}]`));
  if (node === null || typeof node !== 'object') return [];
  const record = node as Record<string, unknown>;
  const own: Quoted[] = typeof record.quote === 'string'
    ? [{ path: `${path}.quote`, quote: record.quote, source: record.source as string | undefined }]
    : [];
  return own.concat(Object.entries(record).flatMap(([key, child]) => quotes(child, `${path}.${key}`)));
}

function observations(): { path: string; indicator: Indicator; observation: Observation }[] {
  return data.indicators.flatMap((indicator) =>
    indicator.observations.map((observation, i) => ({
      path: `indicators[${indicator.id}].observations[${i}]`,
      indicator,
      observation,
    })),
  );
}

function stated(indicator: Indicator, measure: Observation['measure'], period: string): Observation {
  const found = indicator.observations.find(
    (o) => o.measure === measure && o.period === period && o.derived === undefined,
  );
  if (!found) throw new Error(`${indicator.id}: no stated ${measure}@${period}`);
  return found;
}

const round = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

describe('dataset fidelity: chongqing-commerce-2024.json', () => {
  it('every quote occurs verbatim in the source text', function () {
    const text = skipWithoutSource(this);
    const all = quotes(raw);
    expect(all.length, 'quotes found in the dataset').to.be.greaterThan(0);
    const offending = all
      .filter((q) => (q.source ?? sourceId) !== sourceId || !text.includes(q.quote))
      .map((q) => `${q.path}: ${JSON.stringify(q.quote)}`);
    expect(offending, `quotes not found verbatim in the source:\n  ${offending.join('\n  ')}\n`).to.deep.equal([]);
  });

  it('every stated observation has a quote and no derived one has', () => {
    const offending = observations().flatMap(({ path, observation: o }) => {
      if (o.derived === undefined && !o.quote) return [`${path}: stated but no quote`];
      if (o.derived !== undefined && o.quote !== undefined) return [`${path}: derived but quoted`];
      return [];
    });
    expect(offending, offending.join('\n')).to.deep.equal([]);
  });

  it('evaluateFormula(dataset, indicator, formula) reproduces every derived value', () => {
    const result = validateDataset(raw);
    const dataset = result.ok ? result.dataset : data;
    const derived = observations().filter(({ observation }) => observation.derived !== undefined);
    expect(derived.length, 'derived observations').to.be.greaterThan(0);
    const offending = derived.flatMap(({ path, indicator, observation: o }) => {
      const { formula, decimals = 0 } = o.derived!;
      const computed = evaluateFormula(dataset, indicator, formula);
      return round(computed, decimals) === o.value
        ? []
        : [`${path}: ${formula} = ${computed}, rounds to ${round(computed, decimals)}, stored ${o.value}`];
    });
    expect(offending, offending.join('\n')).to.deep.equal([]);
  });

  it('2022 new foreign-invested enterprises = level@2023 / (1 + change@2023 / 100), rounded', () => {
    const indicator = data.indicators.find((i) => i.id === 'new-foreign-enterprises')!;
    const level2023 = stated(indicator, 'level', '2023').value;
    const change2023 = stated(indicator, 'change', '2023').value;
    const level2022 = indicator.observations.find((o) => o.measure === 'level' && o.period === '2022');
    expect(level2022?.derived, '2022 level is derived').to.not.equal(undefined);
    expect(level2022?.qualifier).to.equal('approximate');
    expect(level2022?.value).to.equal(Math.round(level2023 / (1 + change2023 / 100)));
  });

  it('has the nine DESIGN.md ids, both locales everywhere, and resolvable references', () => {
    const ids = data.indicators.map((i) => i.id);
    const problems: string[] = designIds.filter((id) => !ids.includes(id)).map((id) => `indicators: no ${id}`);
    ids.forEach((id, i) => { if (ids.indexOf(id) !== i) problems.push(`indicators[${i}]: duplicate id ${id}`); });

    const themeIds = new Set(data.themes.map((t) => t.id));
    const sourceIds = new Set(data.sources.map((s) => s.id));
    const bothLocales = (text: Record<string, string> | undefined, path: string) => {
      for (const locale of ['en', 'zh-CN']) if (!text?.[locale]) problems.push(`${path}: no ${locale}`);
    };
    const resolve = (refs: readonly string[] | undefined, known: Set<string>, path: string) => {
      refs?.forEach((ref, i) => { if (!known.has(ref)) problems.push(`${path}[${i}]: unknown id ${ref}`); });
    };

    bothLocales(data.title, 'title');
    bothLocales(data.subject, 'subject');
    data.sources.forEach((s) => bothLocales(s.title, `sources[${s.id}].title`));
    data.themes.forEach((t) => {
      bothLocales(t.label, `themes[${t.id}].label`);
      resolve(t.source ? [t.source] : [], sourceIds, `themes[${t.id}].source`);
    });
    data.indicators.forEach((ind) => {
      const at = `indicators[${ind.id}]`;
      bothLocales(ind.label, `${at}.label`);
      bothLocales(ind.sentence, `${at}.sentence`);
      if (ind.total) bothLocales(ind.total.label, `${at}.total.label`);
      ind.items?.forEach((item) => bothLocales(item.label, `${at}.items[${item.id}].label`));
      if (ind.unit.kind === 'count') {
        for (const locale of ['en', 'zh-CN']) {
          if (!ind.unit.noun[locale]?.other) problems.push(`${at}.unit.noun: no ${locale}`);
        }
      }
      if (ind.themes.length === 0) problems.push(`${at}.themes: empty`);
      resolve(ind.themes, themeIds, `${at}.themes`);
      ind.observations.forEach((o, i) => resolve(o.source ? [o.source] : [], sourceIds, `${at}.observations[${i}].source`));
    });
    const indicatorIds = new Set(ids);
    data.events.forEach((e) => {
      bothLocales(e.label, `events[${e.id}].label`);
      resolve(e.themes, themeIds, `events[${e.id}].themes`);
      resolve(e.indicators, indicatorIds, `events[${e.id}].indicators`);
      resolve(e.source ? [e.source] : [], sourceIds, `events[${e.id}].source`);
    });
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('sentence templates write no numbers and use only known placeholders', () => {
    const problems = data.indicators.flatMap((ind) =>
      Object.entries(ind.sentence ?? {}).flatMap(([locale, template]) => {
        const at = `indicators[${ind.id}].sentence.${locale}`;
        const names = [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
        const literal = template.replace(/\{[^}]*\}/g, '');
        return [
          ...names.filter((n) => !placeholders.has(n)).map((n) => `${at}: unknown placeholder {${n}}`),
          ...(/[0-9０-９]/.test(literal) ? [`${at}: digits outside placeholders: ${template}`] : []),
        ];
      }),
    );
    expect(problems, problems.join('\n')).to.deep.equal([]);
  });

  it('validateDataset(dataset).ok === true', () => {
    const result = validateDataset(raw);
    const problems = result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
    expect(problems, `validateDataset problems:\n  ${problems.join('\n  ')}\n`).to.deep.equal([]);
    expect(result.ok).to.equal(true);
  });
});
