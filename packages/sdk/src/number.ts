import { ErrorCode, KeyfiguresError } from './errors.js';
import type { LocaleGrammar, ScaleWord } from './grammar.js';

const formatters = new Map<string, Intl.NumberFormat>();

/** One shared Intl.NumberFormat per (locale, options): constructing them is the slow part. */
function numberFormat(g: LocaleGrammar, digits: number, sign: boolean): Intl.NumberFormat {
  const key = `${g.intl}|${digits}|${sign}|${g.grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(g.intl, {
      maximumFractionDigits: digits,
      useGrouping: g.grouping,
      signDisplay: sign ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f;
}

/** Throws the SDK's error for a value no figure can have. */
export function assertFinite(value: number, what = 'value'): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new KeyfiguresError(ErrorCode.invalidNumber, `cannot format ${what} ${String(value)}: a figure must be a finite number`);
  }
}

/** The scale word for a magnitude: the largest whose threshold it reaches, if any. */
export function scaleFor(magnitude: number, scales: readonly ScaleWord[]): ScaleWord | undefined {
  return scales.find((s) => magnitude >= s.at);
}

/**
 * Formats a plain number with the locale's digits and grouping, optionally divided into a scale
 * word (120e9 → "1200亿" in zh-CN, "120 billion" in en). Rounds to `digits` fraction digits.
 */
export function formatNumber(value: number, g: LocaleGrammar, options: { digits?: number; scale?: ScaleWord; sign?: boolean } = {}): string {
  assertFinite(value);
  const { digits = 2, scale, sign = false } = options;
  const n = numberFormat(g, digits, sign).format(scale ? value / scale.divisor : value);
  return scale ? n + scale.word : n;
}
