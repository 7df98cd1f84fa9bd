import type { LocaleGrammar } from '../grammar.js';

const wan = [
  { at: 1e12, divisor: 1e12, word: '万亿' },
  { at: 1e8, divisor: 1e8, word: '亿' },
  { at: 1e4, divisor: 1e4, word: '万' },
];

/**
 * Simplified Chinese in the style of statistical bulletins: 1200亿元 (scale word then 元, no ¥),
 * 387家 (measure word, no space), no digit grouping, 同比增长44.4%, 10余轮 and 超过 for lower bounds,
 * 1—2家 for ranges, 到2027年 for deadlines.
 */
export const zhCN: LocaleGrammar = {
  intl: 'zh-CN',
  grouping: false,
  scales: { count: wan, currency: wan },
  currencyNames: { CNY: '元', USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元', GBP: '英镑' },
  patterns: {
    count: '{n}{noun}',
    currency: '{n}{name}',
    currencyCode: '{n}{code}',
    percent: '{n}%',
    range: '{min}—{max}',
    approximate: '约{q}',
    'more-than': '超过{q}',
    'more-than-count': '{n}余{noun}',
    'at-least': '不少于{q}',
    'less-than': '不到{q}',
    'at-most': '不超过{q}',
    deadline: '到{period}',
    target: '{deadline}达到{q}',
    'target-bound': '{deadline}{q}',
  },
  change: {
    percent: { up: '{basis}增长{n}%', down: '{basis}下降{n}%', flat: '{basis}持平', signed: '{n}%' },
    'percentage-points': {
      up: '{basis}提高{n}个百分点',
      down: '{basis}下降{n}个百分点',
      flat: '{basis}持平',
      signed: '{n}个百分点',
    },
    basis: { 'year-on-year': '同比', 'period-on-period': '环比' },
  },
  sentence: '{label}：{value}（{period}）。',
  cite: { open: '《', close: '》', sep: '，', end: '。' },
};
