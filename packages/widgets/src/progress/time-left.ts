/** Calendar time from one moment to another, in whole years, months and days. */
export interface TimeLeft {
  readonly years: number;
  readonly months: number;
  readonly days: number;
  /** The deadline has passed: the parts are then all 0. */
  readonly past: boolean;
}

const DAY = 86_400_000;

/**
 * Whole calendar years and months from `now` until the end of a deadline period (`end` is its
 * last millisecond, as periodEnd() gives: "by 2027" runs until 2028-01-01), and days once less
 * than a month is left. Whole units, rounded down, so "3 years left" is never more than there is.
 */
export function timeLeft(now: number, end: number): TimeLeft {
  if (!(end > now)) return { years: 0, months: 0, days: 0, past: true };
  end += 1;
  const a = new Date(now);
  const b = new Date(end);
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  // A month counts once the same day and time of the month is reached.
  const shifted = new Date(now);
  shifted.setUTCMonth(a.getUTCMonth() + months);
  if (shifted.getTime() > end) months--;
  const years = Math.floor(months / 12);
  const days = months === 0 ? Math.ceil((end - now) / DAY) : 0;
  return { years, months: months % 12, days, past: false };
}

const lists = new Map<string, Intl.ListFormat>();
const units = new Map<string, Intl.NumberFormat>();

function unitFormat(intl: string, unit: 'year' | 'month' | 'day'): Intl.NumberFormat {
  const key = `${intl}|${unit}`;
  let f = units.get(key);
  if (!f) units.set(key, (f = new Intl.NumberFormat(intl, { style: 'unit', unit, unitDisplay: 'long' })));
  return f;
}

/**
 * The time left in the locale's words from Intl: "3 years, 11 months" / "3年11个月"; years and
 * months while a year or more is left, months alone under a year, days under a month.
 */
export function formatDuration(t: TimeLeft, intl: string): string {
  const parts: string[] = [];
  if (t.years) parts.push(unitFormat(intl, 'year').format(t.years));
  if (t.months) parts.push(unitFormat(intl, 'month').format(t.months));
  if (!parts.length) parts.push(unitFormat(intl, 'day').format(t.days));
  let list = lists.get(intl);
  if (!list) lists.set(intl, (list = new Intl.ListFormat(intl, { type: 'unit', style: 'long' })));
  return list.format(parts);
}
