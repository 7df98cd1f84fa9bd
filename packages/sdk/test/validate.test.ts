import { expect } from 'chai';
import { DatasetValidationError, KeyfiguresError, LIMITS, loadDataset, validateDataset } from '../src/index.js';
import { copyOfDefault, data } from './fixtures.js';

/** Validates `mutate(copy of the default dataset)` and returns its problems as "path: message" lines. */
function problemsAfter(mutate: (d: any) => void): string[] {
  const d = copyOfDefault();
  mutate(d);
  const r = validateDataset(d);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
}

const indexOf = (id: string) => (data as any).indicators.findIndex((i: any) => i.id === id);

describe('validateDataset(input)', () => {
  it('accepts the default dataset', () => {
    const r = validateDataset(data);
    expect(r.ok, r.ok ? '' : JSON.stringify(r.problems)).to.equal(true);
  });

  it('a valid dataset round-trips through JSON text unchanged', () => {
    const loaded = loadDataset(JSON.stringify(data));
    expect(JSON.parse(JSON.stringify(loaded))).to.deep.equal(data);
  });

  const nfe = indexOf('new-foreign-enterprises');
  const stated = (data as any).indicators[nfe].observations.findIndex((o: any) => o.quote);
  const cases: [string, (d: any) => void, string][] = [
    ['a number given as a string', (d) => (d.indicators[nfe].observations[0].value = '387'), `indicators[${nfe}].observations[0].value: expected a number, got "387"`],
    ['NaN', (d) => (d.indicators[nfe].observations[0].value = NaN), `indicators[${nfe}].observations[0].value: expected a finite number, got NaN`],
    ['Infinity', (d) => (d.indicators[nfe].observations[0].value = Infinity), `indicators[${nfe}].observations[0].value: expected a finite number, got Infinity`],
    ['a missing required field', (d) => delete d.indicators[0].unit, 'indicators[0].unit: is required'],
    ['an unknown property', (d) => (d.indicators[0].colour = 'red'), 'indicators[0].colour: unknown property; expected one of'],
    ['an unknown unit kind', (d) => (d.indicators[0].unit = { kind: 'weight' }), 'indicators[0].unit.kind: expected one of "count", "percent", "currency", got "weight"'],
    ['a bad currency code', (d) => (d.indicators[indexOf('nev-export-value-target')].unit.currency = 'yuan'), `indicators[${indexOf('nev-export-value-target')}].unit.currency: "yuan" does not have the expected form`],
    ['a bad period', (d) => (d.indicators[0].observations[0].period = '2023-13'), 'indicators[0].observations[0].period: "2023-13" does not have the expected form'],
    ['a bad id', (d) => (d.indicators[0].id = 'Bad Id'), 'indicators[0].id: "Bad Id" does not have the expected form'],
    ['a label without English', (d) => (d.indicators[0].label = { 'zh-CN': '标签' }), 'indicators[0].label.en: is required'],
    ['a bad locale tag', (d) => (d.indicators[0].label['Chinese!'] = 'x'), 'indicators[0].label["Chinese!"]: "Chinese!" is not a valid locale tag'],
    ['an empty observation list', (d) => (d.indicators[0].observations = []), 'indicators[0].observations: must not be empty'],
    ['not an object at all', (d) => (d.sources = 'none'), 'sources: expected an array, got "none"'],
    ['a duplicate indicator id', (d) => (d.indicators[1].id = d.indicators[0].id), 'indicators[1].id: "'],
    ['a theme that does not exist', (d) => (d.indicators[0].themes = ['nowhere']), 'indicators[0].themes[0]: no theme has the id "nowhere"'],
    ['an event naming an unknown indicator', (d) => (d.events[0].indicators = ['ghost']), 'events[0].indicators[0]: no indicator has the id "ghost"'],
    ['a stated value without a quote', (d) => delete d.indicators[nfe].observations[stated].quote, `indicators[${nfe}].observations[${stated}].quote: is required for a stated value`],
    ['a derived value with a quote', (d) => (d.indicators[nfe].observations.find((o: any) => o.derived).quote = 'x'), 'a derived value is not stated by the source'],
    ['a derived value its formula does not give', (d) => (d.indicators[nfe].observations.find((o: any) => o.derived).value = 300), 'but its formula gives 268'],
    ['a formula that does not parse', (d) => (d.indicators[nfe].observations.find((o: any) => o.derived).derived.formula = '{level@2023} / (1 +'), 'derived.formula: formula "{level@2023} / (1 +": formula ends too early'],
    ['a formula naming a missing value', (d) => (d.indicators[nfe].observations.find((o: any) => o.derived).derived.formula = '{level@1999}'), 'has no level for 1999'],
    ['a range without its upper end', (d) => delete d.indicators[indexOf('nev-export-leaders-target')].observations[0].upper, 'a range needs both qualifier "range" and an upper value'],
    ['a change without its basis', (d) => delete d.indicators[nfe].observations.find((o: any) => o.measure === 'change').change, '.change: is required when the measure is change'],
    ['a share above its total', (d) => (d.indicators[indexOf('fortune-500-companies')].observations[0].value = 501), 'is more than the total 500'],
    ['an unknown placeholder', (d) => (d.indicators[0].sentence.en = 'It is {vlaue}.'), 'unknown placeholder {vlaue}'],
    ['a placeholder without data', (d) => (d.indicators[indexOf('fortune-500-companies')].sentence.en = '{change}'), '{change} needs the indicator to have a stated change'],
  ];
  for (const [name, mutate, expected] of cases) {
    it(`${name} → "${expected}"`, () => {
      const problems = problemsAfter(mutate);
      expect(problems.some((p) => p.includes(expected)), problems.join('\n') || 'no problems').to.equal(true);
    });
  }

  it('a cycle in derived formulas is named, not a stack overflow', () => {
    const problems = problemsAfter((d) => {
      const obs = d.indicators[nfe].observations;
      obs.find((o: any) => o.measure === 'level' && o.period === '2023').derived = { formula: '{level@2022}' };
      delete obs.find((o: any) => o.measure === 'level' && o.period === '2023').quote;
    });
    expect(problems.join('\n')).to.match(/circular derivation/);
  });

  it('reports every problem, not just the first', () => {
    const problems = problemsAfter((d) => {
      d.indicators[0].observations[0].value = 'x';
      d.indicators[1].observations[0].period = 'then';
    });
    expect(problems.length).to.equal(2);
  });

  it('deep nesting ends in a path, not a crash', () => {
    let deep: any = {};
    for (let i = 0; i < 10_000; i++) deep = { en: deep };
    const problems = problemsAfter((d) => (d.title = deep));
    expect(problems[0]).to.match(/^title\.en: expected a string/);
  });

  it('a cyclic object graph ends in a problem, not a hang', () => {
    const d = copyOfDefault();
    const item: any = { id: 'loop', label: { en: 'x' } };
    item.quote = item;
    d.indicators[0].items = [item];
    const r = validateDataset(d);
    expect(r.ok).to.equal(false);
  });

  it(`stops after ${LIMITS.maxProblems} problems`, () => {
    const d = copyOfDefault();
    d.events = Array.from({ length: 500 }, () => ({}));
    const r = validateDataset(d);
    expect(!r.ok && r.problems.length).to.equal(LIMITS.maxProblems);
  });

  it('a 10 MB string is reported with its length, and the message stays short', () => {
    const problems = problemsAfter((d) => (d.indicators[0].label.en = 'x'.repeat(10_000_000)));
    expect(problems[0]).to.equal('indicators[0].label.en: is 10000000 characters long; at most 2000 are allowed');
  });

  for (const input of [null, 42, 'text', [], undefined]) {
    it(`rejects ${JSON.stringify(input) ?? 'undefined'} at the root without throwing`, () => {
      const r = validateDataset(input);
      expect(r.ok).to.equal(false);
      expect(!r.ok && r.problems[0]!.path).to.equal('(root)');
    });
  }
});

describe('loadDataset(input)', () => {
  it('throws invalid-json for text that is not JSON', () => {
    expect(() => loadDataset('{"id": ')).to.throw(KeyfiguresError, /dataset is not valid JSON/);
  });
  it('throws DatasetValidationError with the first path and the number of others', () => {
    const d = copyOfDefault();
    d.indicators[0].observations[0].value = '387';
    d.indicators[1].observations[0].value = '319';
    try {
      loadDataset(d);
      expect.fail('did not throw');
    } catch (e) {
      expect(e).to.be.instanceOf(DatasetValidationError);
      const err = e as DatasetValidationError;
      expect(err.code).to.equal('invalid-dataset');
      expect(err.problems).to.have.length(2);
      expect(err.message).to.equal('invalid dataset: indicators[0].observations[0].value: expected a number, got "387" (and 1 more problem)');
    }
  });
});
