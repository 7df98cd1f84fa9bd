import type { LocaleGrammar } from './grammar.js';
import { grammarOf, localize } from './locale.js';
import type { Change, Indicator, Measure, Observation, Period, Qualifier, Unit } from './model.js';
import { assertFinite, formatNumber, scaleFor } from './number.js';
import { fillPattern as fill } from './pattern.js';
import { formatPeriod } from './period.js';

/** Anything with a value and a unit: an observation with its indicator's unit, or a figure of your own. */
export interface Quantity {
  readonly value: number;
  readonly unit: Unit;
  /** @default "exact" */
  readonly qualifier?: Qualifier;
  /** Upper end of a range. */
  readonly upper?: number;
  /** @default "level" */
  readonly measure?: Measure;
  /** Required for a change: its basis and unit. */
  readonly change?: Change;
  /** For a target, its deadline. */
  readonly period?: Period;
}

export interface FormatOptions {
  /** Write a count's noun (387 new foreign-invested enterprises / 387家). Default true; false gives 387. */
  readonly noun?: boolean;
  /** A change as "+44.4%" (signed, the default: compact, for badges) or "up 44.4% year on year" (phrase). */
  readonly style?: 'signed' | 'phrase';
  /** Append a target's deadline ("10% by 2027"). Default true. */
  readonly deadline?: boolean;
  /** Fraction digits to round to. Default 2: published figures rarely have more, and trailing zeros are dropped. */
  readonly digits?: number;
}


const plurals = new Map<string, Intl.PluralRules>();
function pluralNoun(unit: Unit & { kind: 'count' }, n: number, g: LocaleGrammar, tag: string): string {
  let rules = plurals.get(g.intl);
  if (!rules) plurals.set(g.intl, (rules = new Intl.PluralRules(g.intl)));
  const forms = localize(unit.noun, tag);
  return forms[rules.select(n)] ?? forms.other;
}

/** The stored value in the unit's base: a currency kept "as published" (120, scale 9) becomes 120e9. */
const base = (value: number, unit: Unit): number => (unit.kind === 'currency' && unit.scale ? value * 10 ** unit.scale : value);

/**
 * Formats a level or target without its qualifier: number(s), scale word and unit, e.g.
 * "1200亿元", "CNY 120 billion", "1–2 leading enterprises", "95.3%".
 */
function formatAmount(q: Quantity, g: LocaleGrammar, tag: string, opts: FormatOptions): { text: string; n: string; noun: string } {
  const lo = base(q.value, q.unit);
  const hi = q.upper !== undefined ? base(q.upper, q.unit) : undefined;
  const scales = q.unit.kind === 'percent' ? [] : g.scales[q.unit.kind];
  // One scale for both ends of a range, chosen by the larger, so "1–2 billion", not "900 million–2 billion".
  const scale = scaleFor(Math.max(Math.abs(lo), Math.abs(hi ?? lo)), scales);
  const digits = opts.digits ?? 2;
  const num = (v: number) => formatNumber(scale ? v / scale.divisor : v, g, { digits });
  const word = scale?.word ?? '';
  const n = (hi === undefined ? num(lo) : fill(g.patterns.range, { min: num(lo), max: num(hi) })) + word;
  switch (q.unit.kind) {
    case 'percent':
      return { text: fill(g.patterns.percent, { n }), n, noun: '' };
    case 'currency': {
      const name = g.currencyNames[q.unit.currency];
      const text = name ? fill(g.patterns.currency, { n, name }) : fill(g.patterns.currencyCode, { n, code: q.unit.currency });
      return { text, n, noun: '' };
    }
    case 'count': {
      if (opts.noun === false) return { text: n, n, noun: '' };
      const noun = pluralNoun(q.unit, hi ?? lo, g, tag);
      return { text: fill(g.patterns.count, { n, noun }), n, noun };
    }
  }
}

function qualify(q: Quantity, amount: { text: string; n: string; noun: string }, g: LocaleGrammar): string {
  const qualifier = q.qualifier ?? 'exact';
  if (qualifier === 'exact' || qualifier === 'range') return amount.text;
  if (qualifier === 'more-than' && amount.noun && g.patterns['more-than-count']) {
    return fill(g.patterns['more-than-count'], amount);
  }
  return fill(g.patterns[qualifier], { q: amount.text });
}

function formatChange(q: Quantity, g: LocaleGrammar, opts: FormatOptions): string {
  assertFinite(q.value);
  const unit = q.change?.unit ?? 'percent';
  const phrases = g.change[unit];
  const digits = opts.digits ?? 2;
  if (opts.style !== 'phrase') {
    const signed = fill(phrases.signed, { n: formatNumber(q.value, g, { digits, sign: true }) });
    return qualifyChange(q, signed, g);
  }
  const basis = g.change.basis[q.change?.basis ?? 'year-on-year'];
  // A change that rounds to zero at the shown precision reads as unchanged, not "up 0%".
  const direction = Math.round(Math.abs(q.value) * 10 ** digits) === 0 ? 'flat' : q.value > 0 ? 'up' : 'down';
  const n = qualifyChange(q, formatNumber(Math.abs(q.value), g, { digits }), g);
  return fill(phrases[direction], { n, basis }).trim();
}

const qualifyChange = (q: Quantity, n: string, g: LocaleGrammar): string =>
  !q.qualifier || q.qualifier === 'exact' || q.qualifier === 'range' ? n : fill(g.patterns[q.qualifier], { q: n });

/** "by 2027" / "到2027年". */
export function formatDeadline(period: Period, locale?: string): string {
  const g = grammarOf(locale);
  return fill(g.patterns.deadline, { period: formatPeriod(period, g) });
}

/**
 * Formats any quantity for a locale: a level ("387 new foreign-invested enterprises", "387家"),
 * a change ("+44.4%", or with style "phrase" "up 44.4% year on year" / "同比增长44.4%"), or a
 * target with its deadline ("10% by 2027" / "到2027年达到10%"), with its qualifier (≈, more than,
 * 余, 超过, ranges). Throws KeyfiguresError 'invalid-number' for NaN or an infinite value.
 */
export function format(q: Quantity, locale?: string, options: FormatOptions = {}): string {
  // JavaScript callers get no type check: say what was wrong rather than fail inside.
  if (typeof q?.value !== 'number' || typeof q.unit?.kind !== 'string') {
    const hint = q && typeof q === 'object' && 'value' in q && !('unit' in q) ? '; for an observation, use formatObservation(indicator, observation, locale)' : '';
    throw new TypeError(`format: expected a quantity {value: number, unit: {kind, …}}${hint}`);
  }
  const g = grammarOf(locale);
  const tag = locale ?? 'en';
  if (q.measure === 'change') return formatChange(q, g, options);
  const text = qualify(q, formatAmount(q, g, tag, options), g);
  if (q.measure !== 'target' || options.deadline === false || !q.period) return text;
  const deadline = fill(g.patterns.deadline, { period: formatPeriod(q.period, g) });
  const bound = q.qualifier !== undefined && !['exact', 'approximate', 'range'].includes(q.qualifier);
  const pattern = (bound && g.patterns['target-bound']) || g.patterns.target;
  return fill(pattern, { q: text, deadline });
}

/** Formats an indicator's observation in the indicator's unit. */
export const formatObservation = (indicator: Indicator, o: Observation, locale?: string, options?: FormatOptions): string =>
  format({ ...o, unit: indicator.unit }, locale, options);
