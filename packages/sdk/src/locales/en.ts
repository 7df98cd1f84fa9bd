import type { LocaleGrammar } from '../grammar.js';

const billions = [
  { at: 1e12, divisor: 1e12, word: ' trillion' },
  { at: 1e9, divisor: 1e9, word: ' billion' },
  { at: 1e6, divisor: 1e6, word: ' million' },
];

/**
 * English. Money is written "CNY 120 billion": the ISO code avoids the ambiguity of ¥ (yen or
 * yuan) and of "RMB" vs "CNY" in international copy, and the word scale reads aloud naturally.
 */
export const en: LocaleGrammar = {
  intl: 'en',
  grouping: true,
  scales: { count: billions, currency: billions },
  currencyNames: {},
  patterns: {
    count: '{n} {noun}',
    currency: '{n} {name}',
    currencyCode: '{code} {n}',
    percent: '{n}%',
    range: '{min}–{max}',
    approximate: '≈{q}',
    'more-than': 'more than {q}',
    'at-least': 'at least {q}',
    'less-than': 'less than {q}',
    'at-most': 'at most {q}',
    deadline: 'by {period}',
    target: '{q} {deadline}',
  },
  change: {
    percent: { up: 'up {n}% {basis}', down: 'down {n}% {basis}', flat: 'unchanged {basis}', signed: '{n}%' },
    'percentage-points': {
      up: 'up {n} percentage points {basis}',
      down: 'down {n} percentage points {basis}',
      flat: 'unchanged {basis}',
      signed: '{n} pp',
    },
    basis: { 'year-on-year': 'year on year', 'period-on-period': 'on the previous period' },
  },
  sentence: '{label}: {value} ({period}).',
  cite: { open: '“', close: '”', sep: ', ', end: '.' },
};
