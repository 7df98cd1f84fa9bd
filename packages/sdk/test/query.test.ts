import { expect } from 'chai';
import {
  UnknownIndicatorError,
  changeFor,
  evaluateFormula,
  findObservation,
  getIndicator,
  getObservation,
  headline,
  indicatorsByTheme,
  loadDataset,
  parseFormula,
  previousLevel,
  shareOfTotal,
} from '../src/index.js';
import { data } from './fixtures.js';

const dataset = loadDataset(data);

describe('getIndicator(dataset, id)', () => {
  it('finds every DESIGN.md id', () => {
    for (const id of [
      'new-foreign-enterprises',
      'fortune-500-companies',
      'service-opening-pilot-rate',
      'vehicle-export-share-target',
      'nev-export-value-target',
      'nev-export-leaders-target',
      'depa-negotiation-rounds',
      'consumer-center-pilot-cities',
      'ba-yu-new-consumption-actions',
    ]) {
      expect(getIndicator(dataset, id).id).to.equal(id);
    }
  });

  const near: [string, string][] = [
    ['new-foreign-enterprise', 'new-foreign-enterprises'],
    ['fortune500', 'fortune-500-companies'],
    ['depa', 'depa-negotiation-rounds'],
    ['vehicle-export-target', 'vehicle-export-share-target'],
  ];
  for (const [typo, id] of near) {
    it(`getIndicator("${typo}") throws UnknownIndicatorError suggesting "${id}" first`, () => {
      try {
        getIndicator(dataset, typo);
        expect.fail('did not throw');
      } catch (e) {
        expect(e).to.be.instanceOf(UnknownIndicatorError);
        expect((e as UnknownIndicatorError).suggestions[0]).to.equal(id);
        expect((e as Error).message).to.contain(`did you mean "${id}"`);
        expect((e as UnknownIndicatorError).code).to.equal('unknown-indicator');
      }
    });
  }

  it('an id like nothing gets no suggestions and a plain message', () => {
    expect(() => getIndicator(dataset, 'zzzzzzzz')).to.throw('unknown indicator "zzzzzzzz"');
  });
});

describe('indicatorsByTheme(dataset)', () => {
  it('lists the seven aspects of work in order, each indicator under its home theme once', () => {
    const groups = indicatorsByTheme(dataset);
    expect(groups.map((g) => g.theme.id)).to.deep.equal([
      'consumer-center',
      'foreign-trade',
      'attract-investment',
      'open-platforms',
      'reform-innovation',
      'development-security',
      'implementation-mechanism',
    ]);
    const all = groups.flatMap((g) => g.indicators.map((i) => i.id));
    expect(all).to.have.members(dataset.indicators.map((i) => i.id));
    expect(groups.find((g) => g.theme.id === 'attract-investment')!.indicators.map((i) => i.id)).to.include.members([
      'new-foreign-enterprises',
      'fortune-500-companies',
    ]);
  });
});

describe('observations', () => {
  const nfe = getIndicator(dataset, 'new-foreign-enterprises');
  it('findObservation(nfe) is the latest stated level, 387 in 2023', () => {
    const o = findObservation(nfe)!;
    expect([o.period, o.value]).to.deep.equal(['2023', 387]);
  });
  it('findObservation skips derived values unless asked', () => {
    expect(findObservation(nfe, { period: '2022' })).to.equal(undefined);
    expect(findObservation(nfe, { period: '2022', derived: true })!.value).to.equal(268);
  });
  it('getObservation names what there is when the period is missing', () => {
    expect(() => getObservation(nfe, { period: '1999' })).to.throw('new-foreign-enterprises has no stated level@1999; it has');
  });
  it('changeFor(nfe, level 2023) is the +44.4 % of 2023; an indicator without changes has none', () => {
    expect(changeFor(nfe, findObservation(nfe)!)!.value).to.equal(44.4);
    const fortune = getIndicator(dataset, 'fortune-500-companies');
    expect(changeFor(fortune, findObservation(fortune)!)).to.equal(undefined);
  });
  it('headline of a target-only indicator is its target', () => {
    const o = headline(getIndicator(dataset, 'vehicle-export-share-target'));
    expect([o.measure, o.period, o.value]).to.deep.equal(['target', '2027', 10]);
  });
});

describe('derived values on demand', () => {
  it('previousLevel(nfe) = 387 / 1.444 ≈ 268.0 for 2022, marked approximate with its formula', () => {
    const d = previousLevel(dataset, getIndicator(dataset, 'new-foreign-enterprises'));
    expect(d.value).to.be.closeTo(387 / 1.444, 1e-9);
    expect(Math.round(d.value)).to.equal(268);
    expect(d.period).to.equal('2022');
    expect(d.approximate).to.equal(true);
    expect(d.formula).to.equal('{level@2023} / (1 + {change@2023} / 100)');
  });
  it('previousLevel of an indicator without a change says so', () => {
    expect(() => previousLevel(dataset, getIndicator(dataset, 'fortune-500-companies'))).to.throw(/no year-on-year percent change/);
  });
  it('shareOfTotal(fortune-500-companies) = 319 / 500 = 63.8 %', () => {
    expect(shareOfTotal(getIndicator(dataset, 'fortune-500-companies')).value).to.be.closeTo(63.8, 1e-9);
  });
  it('shareOfTotal of an indicator without a total says so', () => {
    expect(() => shareOfTotal(getIndicator(dataset, 'new-foreign-enterprises'))).to.throw(/no total/);
  });
});

describe('parseFormula / evaluateFormula', () => {
  const table: [string, number][] = [
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['-4 / 2', -2],
    ['10 - 2 - 3', 5],
    ['1e3 / 4', 250],
  ];
  for (const [f, v] of table) it(`"${f}" → ${v}`, () => expect(parseFormula(f).evaluate(() => 0)).to.equal(v));
  it('collects references with their indicator', () => {
    expect(parseFormula('{level@2023} / {fortune-500-companies:level@2024-01-29}').refs).to.deep.equal([
      { measure: 'level', period: '2023' },
      { indicator: 'fortune-500-companies', measure: 'level', period: '2024-01-29' },
    ]);
  });
  for (const bad of ['1 +', '(1', '1 ) 2', 'alert(1)', '{level}', '2 ** 3']) {
    it(`"${bad}" is an invalid-formula error, never evaluated`, () => {
      expect(() => parseFormula(bad)).to.throw(/formula/);
    });
  }
  it('evaluateFormula resolves references in the dataset', () => {
    const nfe = getIndicator(dataset, 'new-foreign-enterprises');
    expect(evaluateFormula(dataset, nfe, '{level@2023} - {fortune-500-companies:level@2024-01-29}')).to.equal(387 - 319);
  });
});
