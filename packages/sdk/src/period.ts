import { ErrorCode, KeyfiguresError } from './errors.js';
import type { LocaleGrammar } from './grammar.js';
import type { Period } from './model.js';
import { fillPattern } from './pattern.js';

const OPTIONS: Record<number, Intl.DateTimeFormatOptions> = {
  1: { year: 'numeric', timeZone: 'UTC' },
  2: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  3: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
};
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Splits an ISO period into its parts: 2021-07 → [2021, 7]. */
export function periodParts(period: Period): number[] {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(period);
  if (!parts) throw new KeyfiguresError(ErrorCode.invalidNumber, `"${String(period).slice(0, 40)}" is not an ISO period (2023, 2021-07 or 2024-01-26)`);
  return parts.slice(1).filter((p) => p !== undefined).map(Number);
}

/** A period at the precision it was given: 2023 → "2023" / "2023年"; 2021-07 → "July 2021" / "2021年7月". */
export function formatPeriod(period: Period, g: LocaleGrammar): string {
  const parts = periodParts(period);
  const key = `${g.intl}|${parts.length}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(g.intl, OPTIONS[parts.length])));
  // UTC midnight of the period's first day, formatted in UTC, so no time zone moves the date.
  const date = new Date(Date.UTC(parts[0]!, (parts[1] ?? 1) - 1, parts[2] ?? 1));
  date.setUTCFullYear(parts[0]!); // Date.UTC maps years 0–99 to 1900–1999
  return f.format(date);
}

/** The start of a period as a UTC timestamp, for placing it on a time axis. */
export function periodStart(period: Period): number {
  const [y, m = 1, d = 1] = periodParts(period);
  const date = new Date(Date.UTC(y!, m - 1, d));
  date.setUTCFullYear(y!);
  return date.getTime();
}

/** The end of a period (its last millisecond), so "by 2027" means until the end of 2027. */
export function periodEnd(period: Period): number {
  const [y, m, d] = periodParts(period);
  const next = d !== undefined ? Date.UTC(y!, m! - 1, d + 1) : m !== undefined ? Date.UTC(y!, m, 1) : Date.UTC(y! + 1, 0, 1);
  return next - 1;
}

/** A span of periods: one period when both ends are the same, else "2022–2023" / "2022年—2023年". */
export function formatPeriodRange(first: Period, last: Period, g: LocaleGrammar): string {
  return first === last ? formatPeriod(first, g) : fillPattern(g.patterns.range, { min: formatPeriod(first, g), max: formatPeriod(last, g) });
}
