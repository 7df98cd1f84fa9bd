import { expect } from '@open-wc/testing';
import { splitFigure } from '../src/shared/split-figure.js';

// Shared by kf-kpi and kf-progress: the number of a formatted figure, and the words around it.
describe('splitFigure', () => {
  const cases: [string, string, string, string][] = [
    ['387 new foreign-invested enterprises', '', '387', ' new foreign-invested enterprises'],
    ['387家', '', '387', '家'],
    ['more than 10 rounds', 'more than ', '10', ' rounds'],
    ['10余轮', '', '10', '余轮'],
    ['more than CNY 120 billion', 'more than CNY ', '120', ' billion'],
    ['超过1200亿元', '超过', '1200', '亿元'],
    ['1–2 leading NEV export enterprises and brands', '', '1–2', ' leading NEV export enterprises and brands'],
    ['1—2家', '', '1—2', '家'],
    ['95.3%', '', '95.3%', ''],
    ['≈1,234.5 companies', '≈', '1,234.5', ' companies'],
    ['no digits', '', 'no digits', ''],
  ];
  for (const [text, before, number, after] of cases) {
    it(`splitFigure("${text}") → "${before}" · "${number}" · "${after}"`, () => {
      expect(splitFigure(text)).to.deep.equal({ before, number, after });
    });
  }
});
