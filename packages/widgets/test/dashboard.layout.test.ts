import type { Indicator, Observation, Unit } from '@keyfigures/sdk';
import { loadDataset } from '@keyfigures/sdk';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { expect } from '@open-wc/testing';
import { cardFor } from '../src/dashboard/dashboard.layout.js';

const dataset = loadDataset(structuredClone(data));

describe('cardFor(indicator) on the default dataset', () => {
  const expected: Record<string, string> = {
    'new-foreign-enterprises': 'kf-kpi series', // 2022 ≈ 268 (derived), 2023: 387, +44.4 %
    'fortune-500-companies': 'kf-waffle share-of-count', // 319 of 500
    'service-opening-pilot-rate': 'kf-progress percent', // 95.3 %
    'vehicle-export-share-target': 'kf-progress target', // 10 % by 2027
    'nev-export-value-target': 'kf-progress target', // more than CNY 120 billion by 2027
    'nev-export-leaders-target': 'kf-progress target', // 1–2 by 2027
    'depa-negotiation-rounds': 'kf-kpi level', // more than 10 rounds
    'consumer-center-pilot-cities': 'kf-kpi level', // 5 other cities
    'ba-yu-new-consumption-actions': 'kf-kpi level', // 8 actions
    'four-firsts-economy': 'kf-kpi level', // 4 kinds of first
  };
  for (const [id, card] of Object.entries(expected)) {
    it(`${id} → ${card}`, () => {
      const c = cardFor(dataset.indicators.find((i) => i.id === id)!);
      expect(`${c.tag} ${c.reason}`).to.equal(card);
    });
  }
  it('covers every indicator of the dataset', () => {
    expect(dataset.indicators.map((i) => i.id)).to.have.members(Object.keys(expected));
  });
});

describe('cardFor(indicator) rules', () => {
  const count: Unit = { kind: 'count', noun: { en: { other: 'things' } } };
  const money: Unit = { kind: 'currency', currency: 'CNY', scale: 9 };
  const level = (period: string, value: number, extra: Partial<Observation> = {}): Observation => ({ period, measure: 'level', value, quote: 'q', ...extra });
  const target: Observation = { period: '2030', measure: 'target', value: 50, quote: 'q' };
  const change: Observation = { period: '2023', measure: 'change', value: 3, change: { basis: 'year-on-year', unit: 'percent' }, quote: 'q' };
  const ind = (unit: Unit, observations: Observation[], more: Partial<Indicator> = {}): Indicator => ({
    id: 'x',
    label: { en: 'X' },
    themes: ['t'],
    unit,
    observations,
    ...more,
  });
  const total = { value: 1000, label: { en: 'All' } };
  const cases: [string, Indicator, string][] = [
    ['count level with a total → waffle', ind(count, [level('2023', 5)], { total }), 'kf-waffle share-of-count'],
    ['money level with a total → progress bar of the whole', ind(money, [level('2023', 5)], { total }), 'kf-progress share'],
    ['a total but only a target → progress target', ind(count, [target], { total }), 'kf-progress target'],
    ['count level and a target → progress toward it', ind(count, [level('2023', 5), target]), 'kf-progress toward-target'],
    ['percent level and a target → progress toward it', ind({ kind: 'percent' }, [level('2023', 5), target]), 'kf-progress toward-target'],
    ['percent level → progress', ind({ kind: 'percent' }, [level('2023', 5)]), 'kf-progress percent'],
    ['percent change only → kpi', ind({ kind: 'percent' }, [change]), 'kf-kpi series'],
    ['two stated levels → kpi series', ind(count, [level('2022', 4), level('2023', 5)]), 'kf-kpi series'],
    ['a derived level beside a stated one → kpi series', ind(count, [level('2022', 4, { derived: { formula: '1' }, quote: undefined }), level('2023', 5)]), 'kf-kpi series'],
    ['a level and a change → kpi series', ind(money, [level('2023', 5), change]), 'kf-kpi series'],
    ['one money level → kpi', ind(money, [level('2023', 5)]), 'kf-kpi level'],
    ['a derived-only target is not a target → kpi', ind(count, [{ ...target, derived: { formula: '1' } }]), 'kf-kpi level'],
  ];
  for (const [name, indicator, card] of cases) {
    it(`${name} (${card})`, () => {
      const c = cardFor(indicator);
      expect(`${c.tag} ${c.reason}`).to.equal(card);
    });
  }
});
