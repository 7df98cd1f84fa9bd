import { expect } from 'chai';
import type { Quantity, Unit } from '../src/index.js';
import { KeyfiguresError, format, formatDeadline, formatNumber, formatPeriod, grammarOf } from '../src/index.js';

const enterprises: Unit = {
  kind: 'count',
  noun: { en: { one: 'new foreign-invested enterprise', other: 'new foreign-invested enterprises' }, 'zh-CN': { other: '家' } },
};
const rounds: Unit = { kind: 'count', noun: { en: { one: 'round', other: 'rounds' }, 'zh-CN': { other: '轮' } } };
const CNY: Unit = { kind: 'currency', currency: 'CNY' };
const CNYbn: Unit = { kind: 'currency', currency: 'CNY', scale: 9 };
const percent: Unit = { kind: 'percent' };
const yoy = { basis: 'year-on-year', unit: 'percent' } as const;
const pp = { basis: 'year-on-year', unit: 'percentage-points' } as const;

type Row = [string, Quantity, string, string, Parameters<typeof format>[2]?];
const rows: Row[] = [
  ['count', { value: 387, unit: enterprises }, '387 new foreign-invested enterprises', '387家'],
  ['count of one takes the singular', { value: 1, unit: enterprises }, '1 new foreign-invested enterprise', '1家'],
  ['count without noun', { value: 387, unit: enterprises }, '387', '387', { noun: false }],
  ['zero', { value: 0, unit: enterprises }, '0 new foreign-invested enterprises', '0家'],
  ['negative', { value: -12, unit: rounds }, '-12 rounds', '-12轮'],
  ['9 999 stays below 万', { value: 9999, unit: rounds }, '9,999 rounds', '9999轮'],
  ['10 000 is 1万', { value: 10000, unit: rounds }, '10,000 rounds', '1万轮'],
  ['12 345 is 1.23万', { value: 12345, unit: rounds }, '12,345 rounds', '1.23万轮'],
  ['1e8 is 1亿', { value: 1e8, unit: CNY }, 'CNY 100 million', '1亿元'],
  ['1e12 is 1万亿', { value: 1e12, unit: CNY }, 'CNY 1 trillion', '1万亿元'],
  ['120e9 CNY', { value: 120e9, unit: CNY }, 'CNY 120 billion', '1200亿元'],
  ['currency kept as published with scale 9', { value: 120, unit: CNYbn }, 'CNY 120 billion', '1200亿元'],
  ['currency without a Chinese name is written by code', { value: 5e6, unit: { kind: 'currency', currency: 'SGD' } }, 'SGD 5 million', '500万SGD'],
  ['percent level', { value: 95.3, unit: percent }, '95.3%', '95.3%'],
  ['approximate', { value: 268, unit: enterprises, qualifier: 'approximate' }, '≈268 new foreign-invested enterprises', '约268家'],
  ['more than, count', { value: 10, unit: rounds, qualifier: 'more-than' }, 'more than 10 rounds', '10余轮'],
  ['more than, money', { value: 120, unit: CNYbn, qualifier: 'more-than' }, 'more than CNY 120 billion', '超过1200亿元'],
  ['at least', { value: 5, unit: rounds, qualifier: 'at-least' }, 'at least 5 rounds', '不少于5轮'],
  ['less than', { value: 5, unit: percent, qualifier: 'less-than' }, 'less than 5%', '不到5%'],
  ['at most', { value: 5, unit: percent, qualifier: 'at-most' }, 'at most 5%', '不超过5%'],
  ['range', { value: 1, upper: 2, unit: enterprises, qualifier: 'range' }, '1–2 new foreign-invested enterprises', '1—2家'],
  ['range shares one scale', { value: 0.9e9, upper: 2e9, unit: CNY, qualifier: 'range' }, 'CNY 0.9–2 billion', '9—20亿元'],
  ['rounds to two decimals', { value: 3.14159, unit: percent }, '3.14%', '3.14%'],
  ['change, signed', { value: 44.4, unit: enterprises, measure: 'change', change: yoy }, '+44.4%', '+44.4%'],
  ['negative change, signed', { value: -3.2, unit: enterprises, measure: 'change', change: yoy }, '-3.2%', '-3.2%'],
  ['change, phrase', { value: 44.4, unit: enterprises, measure: 'change', change: yoy }, 'up 44.4% year on year', '同比增长44.4%', { style: 'phrase' }],
  ['fall, phrase', { value: -3.2, unit: enterprises, measure: 'change', change: yoy }, 'down 3.2% year on year', '同比下降3.2%', { style: 'phrase' }],
  ['zero change, phrase', { value: 0.001, unit: enterprises, measure: 'change', change: yoy }, 'unchanged year on year', '同比持平', { style: 'phrase' }],
  ['percentage points, signed', { value: 1.5, unit: percent, measure: 'change', change: pp }, '+1.5 pp', '+1.5个百分点'],
  ['percentage points, phrase', { value: 1.5, unit: percent, measure: 'change', change: pp }, 'up 1.5 percentage points year on year', '同比提高1.5个百分点', { style: 'phrase' }],
  ['period-on-period', { value: 2, unit: percent, measure: 'change', change: { basis: 'period-on-period', unit: 'percent' } }, 'up 2% on the previous period', '环比增长2%', { style: 'phrase' }],
  ['target with deadline', { value: 10, unit: percent, measure: 'target', period: '2027' }, '10% by 2027', '到2027年达到10%'],
  ['bound target with deadline', { value: 120, unit: CNYbn, measure: 'target', qualifier: 'more-than', period: '2027' }, 'more than CNY 120 billion by 2027', '到2027年超过1200亿元'],
  ['range target', { value: 1, upper: 2, unit: enterprises, measure: 'target', qualifier: 'range', period: '2027' }, '1–2 new foreign-invested enterprises by 2027', '到2027年达到1—2家'],
  ['target without deadline', { value: 10, unit: percent, measure: 'target', period: '2027' }, '10%', '10%', { deadline: false }],
];

describe('format(quantity, locale)', () => {
  for (const [name, q, enText, zhText, options] of rows) {
    it(`${name}: en → "${enText}", zh-CN → "${zhText}"`, () => {
      expect(format(q, 'en', options)).to.equal(enText);
      expect(format(q, 'zh-CN', options)).to.equal(zhText);
    });
  }

  it('an unknown locale falls back to en', () => {
    expect(format({ value: 120e9, unit: CNY }, 'xx-YY')).to.equal('CNY 120 billion');
  });

  it('zh, zh-Hans and zh-Hans-CN all format as zh-CN', () => {
    for (const tag of ['zh', 'zh-Hans', 'zh-Hans-CN']) expect(format({ value: 387, unit: enterprises }, tag)).to.equal('387家');
  });

  it('something other than a quantity (an observation, null) throws a TypeError that says what to pass', () => {
    const observation = { period: '2023', measure: 'level', value: 387 } as unknown as Quantity;
    expect(() => format(observation, 'en')).to.throw(TypeError, /expected a quantity.*use formatObservation/);
    expect(() => format(null as unknown as Quantity, 'en')).to.throw(TypeError, /expected a quantity \{value: number, unit/);
    expect(() => format({ value: 1, unit: {} } as unknown as Quantity)).to.throw(TypeError, /expected a quantity/);
  });

  for (const bad of [NaN, Infinity, -Infinity]) {
    it(`format(${bad}) throws KeyfiguresError invalid-number`, () => {
      expect(() => format({ value: bad, unit: percent }, 'en')).to.throw(KeyfiguresError, /finite number/);
      try {
        format({ value: bad, unit: percent, measure: 'change', change: yoy }, 'zh-CN');
        expect.fail('did not throw');
      } catch (e) {
        expect((e as KeyfiguresError).code).to.equal('invalid-number');
      }
    });
  }
});

describe('formatNumber / formatPeriod / formatDeadline', () => {
  const tableN: [number, string, string][] = [
    [1234567, '1,234,567', '1234567'],
    [0.5, '0.5', '0.5'],
  ];
  for (const [n, enText, zhText] of tableN) {
    it(`formatNumber(${n}) → "${enText}" / "${zhText}"`, () => {
      expect(formatNumber(n, grammarOf('en'))).to.equal(enText);
      expect(formatNumber(n, grammarOf('zh-CN'))).to.equal(zhText);
    });
  }
  const tableP: [string, string, string][] = [
    ['2023', '2023', '2023年'],
    ['2021-07', 'July 2021', '2021年7月'],
    ['2024-01-26', 'January 26, 2024', '2024年1月26日'],
  ];
  for (const [p, enText, zhText] of tableP) {
    it(`formatPeriod("${p}") → "${enText}" / "${zhText}"`, () => {
      expect(formatPeriod(p, grammarOf('en'))).to.equal(enText);
      expect(formatPeriod(p, grammarOf('zh-CN'))).to.equal(zhText);
    });
  }
  it('formatDeadline("2027") → "by 2027" / "到2027年"', () => {
    expect(formatDeadline('2027', 'en')).to.equal('by 2027');
    expect(formatDeadline('2027', 'zh-CN')).to.equal('到2027年');
  });
  it('formatPeriod rejects a non-ISO period with its value', () => {
    expect(() => formatPeriod('July 2021', grammarOf('en'))).to.throw(/"July 2021" is not an ISO period/);
  });
});
