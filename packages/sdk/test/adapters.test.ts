import { expect } from 'chai';
import { KeyfiguresError, describe as sentence, getIndicator } from '../src/index.js';
import { CSV_COLUMNS, csvField, fromJsonStat, isJsonStat, toCsv, toJsonStat } from '../src/adapters/index.js';
import table from './fixtures/chongqing.jsonstat.json' with { type: 'json' };
import { copyOfDefault, data } from './fixtures.js';
import { loadDataset } from '../src/index.js';

function codeOf(f: () => unknown): [string, string] {
  try {
    f();
  } catch (e) {
    return [(e as KeyfiguresError).code, (e as Error).message];
  }
  throw new Error('did not throw');
}

describe('fromJsonStat(json, options)', () => {
  const d = fromJsonStat(table, { select: { geo: 'cq' } });

  it('a metric category → an indicator; a time category → a level observation; null cells skipped', () => {
    expect(d.indicators.map((i) => i.id)).to.deep.equal(['new-foreign-enterprises', 'service-opening-pilot-rate']);
    const nfe = getIndicator(d, 'new-foreign-enterprises');
    expect(nfe.observations.map((o) => [o.period, o.value, o.qualifier ?? 'exact'])).to.deep.equal([
      ['2022', 270, 'approximate'],
      ['2023', 387, 'exact'],
    ]);
    expect(getIndicator(d, 'service-opening-pilot-rate').observations.map((o) => [o.period, o.value])).to.deep.equal([['2023', 95.3]]);
  });

  it('units: "%" → percent, a label → a count noun; the quote is the cell as the table states it', () => {
    expect(getIndicator(d, 'service-opening-pilot-rate').unit).to.deep.equal({ kind: 'percent' });
    expect(getIndicator(d, 'new-foreign-enterprises').unit).to.deep.equal({ kind: 'count', noun: { en: { other: 'enterprises' } } });
    expect(getIndicator(d, 'new-foreign-enterprises').observations[1]!.quote).to.equal('New foreign-invested enterprises, 2023: 387 enterprises');
    expect(getIndicator(d, 'service-opening-pilot-rate').observations[0]!.quote).to.equal('Service-industry opening-up pilot tasks implemented, 2023: 95.3%');
  });

  it('source from label, source and updated; the SDK can describe it', () => {
    expect(d.sources[0]).to.include({ date: '2024-01-29', language: 'en' });
    expect(sentence(getIndicator(d, 'service-opening-pilot-rate'), 'en', d)).to.contain('95.3%');
  });

  it('select picks another category of a dimension', () => {
    const other = fromJsonStat(table, { select: { geo: 'xx' } });
    expect(getIndicator(other, 'new-foreign-enterprises').observations.map((o) => o.value)).to.deep.equal([100, 200]);
  });

  const cases: [string, unknown, object, RegExp][] = [
    ['a dimension with several categories and no select', table, {}, /^JSON-stat dimension\.geo: has 2 categories \(cq, xx\); pick one with the select option, e\.g\. \{ select: \{ geo: "cq" \} \}$/],
    ['a select of a category that is not there', table, { select: { geo: 'zz' } }, /dimension\.geo: has no category "zz"/],
    ['no time dimension', { ...table, id: ['indicator', 'geo', 'when'], role: { metric: ['indicator'] }, dimension: { ...table.dimension, when: table.dimension.year } }, { select: { geo: 'cq' } }, /^JSON-stat role\.time: no time dimension/],
    ['quarters', { ...table, dimension: { ...table.dimension, year: { category: { index: ['2023Q1', '2023Q2'] } } } }, { select: { geo: 'cq' } }, /time category "2023Q1" is not a year, month or day/],
    ['a collection', { version: '2.0', class: 'collection' }, {}, /^JSON-stat class: expected a JSON-stat dataset/],
    ['size that does not match the categories', { ...table, size: [2, 2, 3] }, { select: { geo: 'cq' } }, /dimension\.year\.category: has 2 categories but size says 3/],
  ];
  for (const [what, input, options, message] of cases) {
    it(`${what} → invalid-json-stat, saying where`, () => {
      const [code, text] = codeOf(() => fromJsonStat(input, options));
      expect(code).to.equal('invalid-json-stat');
      expect(text).to.match(message);
    });
  }

  it('isJsonStat tells the formats apart', () => {
    expect([isJsonStat(table), isJsonStat(data), isJsonStat(null)]).to.deep.equal([true, false, false]);
  });
});

describe('toJsonStat(dataset)', () => {
  const js = toJsonStat(loadDataset(data));
  it('indicator × measure × period, row-major; derived values marked "e"', () => {
    expect(js.id).to.deep.equal(['indicator', 'measure', 'period']);
    expect(js.size[0]).to.equal(data.indicators.length);
    expect(js.value.length).to.equal(js.size.reduce((a, b) => a * b, 1));
  });
  it('round trip: fromJsonStat(toJsonStat(d), {select: {measure: "level"}}) has the levels back', () => {
    const back = fromJsonStat(js, { select: { measure: 'level' } });
    const levels = (ds: typeof back, id: string) =>
      getIndicator(ds, id).observations.filter((o) => o.measure === 'level').map((o) => [o.period, o.value]);
    expect(levels(back, 'new-foreign-enterprises')).to.deep.equal(levels(loadDataset(data), 'new-foreign-enterprises'));
    expect(getIndicator(back, 'new-foreign-enterprises').observations[0]!.qualifier, 'the derived 2022 value').to.equal('approximate');
  });
});

describe('toCsv(dataset)', () => {
  it('a header, then one CRLF-ended row per observation', () => {
    const csv = toCsv(loadDataset(data));
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal(CSV_COLUMNS.join(','));
    expect(lines.length - 2).to.equal(data.indicators.reduce((n, i) => n + i.observations.length, 0));
    expect(csv.endsWith('\r\n')).to.equal(true);
  });
  it('a derived value has its formula and no source; a quote with a comma is quoted', () => {
    const d = copyOfDefault();
    d.indicators[1].observations[0].quote = 'the "Fortune 500", settled';
    const csv = toCsv(loadDataset(d));
    expect(csv).to.contain('"the ""Fortune 500"", settled"');
    const derived = csv.split('\r\n').find((l) => l.startsWith('new-foreign-enterprises') && l.includes('{level@2023}'))!;
    expect(derived.endsWith(',')).to.equal(true);
  });
  it('csvField: RFC 4180 quoting', () => {
    expect([csvField('a'), csvField('a,b'), csvField('say "x"'), csvField('l1\nl2'), csvField(undefined), csvField(0)]).to.deep.equal(['a', '"a,b"', '"say ""x"""', '"l1\nl2"', '', '0']);
  });
});
