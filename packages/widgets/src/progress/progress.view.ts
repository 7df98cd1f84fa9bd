import type { Dataset, Indicator, Observation, Period, Unit } from '@keyfigures/sdk';
import {
  ErrorCode,
  KeyfiguresError,
  cite,
  findObservation,
  format,
  formatDeadline,
  formatObservation,
  formatPeriod,
  grammarOf,
  localize,
  periodEnd,
  periodStart,
  shareOfTotal,
} from '@keyfigures/sdk';
import type { TableRow } from '../shared/data-table.js';
import { fill } from '../shared/fill.js';
import { formatDuration, timeLeft } from './time-left.js';
import { wordsFor } from '../locales/words.js';

/**
 * What kf-progress can show of an indicator:
 * - share: a stated level of a named total (319 of the Fortune 500 → 63.8 %);
 * - level: a stated percentage, implicitly of 100 % (95.3 %);
 * - progress: a stated level toward a target in the same unit;
 * - target: a target with a deadline and no stated current value (10 % by 2027).
 */
export const ProgressKind = { share: 'share', level: 'level', progress: 'progress', target: 'target' } as const;
export type ProgressKind = (typeof ProgressKind)[keyof typeof ProgressKind];

/** How kf-progress shows an indicator, or undefined when it has nothing to be progress toward. */
export function progressKind(indicator: Indicator): ProgressKind | undefined {
  const level = findObservation(indicator);
  const target = findObservation(indicator, { measure: 'target' });
  if (level && indicator.total) return ProgressKind.share;
  if (level && target) return ProgressKind.progress;
  if (level && indicator.unit.kind === 'percent') return ProgressKind.level;
  if (!level && target) return ProgressKind.target;
  return undefined;
}

/** Everything kf-progress shows, as text and fractions: no DOM, so it is testable and server-renderable. */
export interface ProgressView {
  readonly kind: ProgressKind;
  /** The big figure: a share, a level, or a target without its deadline. */
  readonly value: string;
  /** The line under it: "319 of the 500 companies in the Fortune 500", "Target: 10% by 2027". */
  readonly detail: string;
  /** Bar ends: "0" and the whole ("500", "100%"). Absent for a target without a current value. */
  readonly scale?: readonly [string, string];
  /** Fraction of the whole or of the target, 0..1 and beyond (the drawing clamps it). */
  readonly fraction: number;
  /** For targets: the time bar from `start` to `end` (UTC ms) with its labels, and the time left. */
  readonly time?: {
    readonly start: number;
    readonly end: number;
    readonly startLabel: string;
    readonly endLabel: string;
    readonly left: string;
  };
  /** "No current value stated", for a target alone. */
  readonly note?: string;
  /** Period (when the source's date does not say it) and source, each its own line. */
  readonly meta: MetaLines;
  /** Rows of the accessible data table. */
  readonly rows: readonly TableRow[];
}

const percent: Unit = { kind: 'percent' };
const capitalize = (s: string, intl: string): string => s.charAt(0).toLocaleUpperCase(intl) + s.slice(1);

/** The ids of a dataset's indicators that `accepts` takes, for error messages. */
export const usableIds = (dataset: Dataset, accepts: (i: Indicator) => boolean): string =>
  dataset.indicators
    .filter(accepts)
    .map((i) => i.id)
    .join(', ');

/** When the time toward a target starts: the earliest dated event about it (the plan that set it), else the source's date. */
function startOf(dataset: Dataset, indicator: Indicator, target: Observation): Period {
  const dates = dataset.events
    .filter((e) => e.kind === 'milestone' && e.indicators?.includes(indicator.id) && periodStart(e.date) < periodEnd(target.period))
    .map((e) => e.date)
    .sort();
  if (dates[0]) return dates[0];
  const source = dataset.sources.find((s) => s.id === target.source) ?? dataset.sources[0];
  return source?.date ?? target.period;
}

/** The lines under a card's figure: its period ('' when the source's date already says it) and its cited source. */
export interface MetaLines {
  readonly period: string;
  readonly source: string;
}

/** Period (when the source's date does not already say it) and the cited source. */
export function sourceLine(dataset: Dataset, o: Observation, locale: string): MetaLines {
  const g = grammarOf(locale);
  const source = dataset.sources.find((s) => s.id === o.source) ?? dataset.sources[0];
  const citation = source ? cite(source, 'plain', locale) : '';
  const cited = citation ? fill(wordsFor(locale).labelled, { label: wordsFor(g).source, n: citation, q: citation }) : '';
  // The period is worth its own mention only when the source's date does not already say it.
  const period = o.measure !== 'target' && source?.date !== o.period ? formatPeriod(o.period, g) : '';
  return { period, source: cited };
}

/**
 * The text and fractions kf-progress shows for an indicator in a locale at time `now` (UTC ms).
 * Throws KeyfiguresError 'unsupported-indicator', naming the ids that work, when the indicator
 * has nothing to be progress toward (a count with no total and no target).
 */
export function progressView(dataset: Dataset, indicator: Indicator, locale: string, now: number): ProgressView {
  const kind = progressKind(indicator);
  const g = grammarOf(locale);
  const w = wordsFor(locale);
  const unit = indicator.unit;
  if (!kind) {
    throw new KeyfiguresError(
      ErrorCode.unsupportedIndicator,
      `kf-progress cannot show "${indicator.id}": it states no total, no target and no percentage, so there is nothing to be progress toward. Indicators it can show: ${usableIds(dataset, (i) => progressKind(i) !== undefined)}`,
    );
  }
  const level = findObservation(indicator);
  const target = findObservation(indicator, { measure: 'target' });
  const amount = (o: Observation, noun = true) => formatObservation(indicator, o, locale, { deadline: false, noun });
  const periodRow = (o: Observation): TableRow => ({ head: wordsFor(g).period, cells: [formatPeriod(o.period, g)] });

  const timeOf = (t: Observation) => {
    const start = periodStart(startOf(dataset, indicator, t));
    const end = periodEnd(t.period);
    const left = timeLeft(now, end);
    return {
      start,
      end,
      startLabel: formatPeriod(startOf(dataset, indicator, t), g),
      endLabel: formatDeadline(t.period, locale),
      left: left.past ? w.deadlinePassed : fill(w.timeLeft, { t: formatDuration(left, g.intl) }),
    };
  };

  if (kind === ProgressKind.share && level && indicator.total) {
    const total = indicator.total;
    const share = shareOfTotal(indicator);
    const q = level.qualifier === 'range' ? 'approximate' : level.qualifier;
    const shareText = format({ value: share.value, unit: percent, qualifier: q }, locale, { digits: 1 });
    const totalText = format({ value: total.value, unit }, locale);
    const totalLabel = localize(total.label, locale);
    return {
      kind,
      value: shareText,
      detail: fill(w.ofNamedTotal, { n: amount(level, false), value: amount(level), total: totalText, label: totalLabel }),
      scale: [format({ value: 0, unit }, locale, { noun: false }), format({ value: total.value, unit }, locale, { noun: false })],
      fraction: share.value / 100,
      meta: sourceLine(dataset, level, locale),
      rows: [
        { head: wordsFor(g).value, cells: [amount(level)] },
        { head: fill(w.bracketed, { a: w.total, b: totalLabel }), cells: [totalText] },
        { head: w.share, cells: [shareText] },
        periodRow(level),
      ],
    };
  }

  if (kind === ProgressKind.level && level) {
    return {
      kind,
      value: amount(level),
      detail: '',
      scale: [format({ value: 0, unit }, locale), format({ value: 100, unit }, locale)],
      fraction: level.value / 100,
      meta: sourceLine(dataset, level, locale),
      rows: [{ head: wordsFor(g).value, cells: [amount(level)] }, periodRow(level)],
    };
  }

  if (kind === ProgressKind.progress && level && target) {
    const time = timeOf(target);
    const targetText = formatObservation(indicator, target, locale);
    const fraction = level.value / target.value;
    const reached = format({ value: fraction * 100, unit: percent }, locale, { digits: 1 });
    return {
      kind,
      value: amount(level),
      detail: `${fill(w.labelled, { label: wordsFor(g).target, n: targetText, q: targetText })} · ${time.left}`,
      scale: [format({ value: 0, unit }, locale, { noun: false }), amount(target, false)],
      fraction,
      meta: sourceLine(dataset, level, locale),
      rows: [
        { head: wordsFor(g).value, cells: [amount(level)] },
        { head: wordsFor(g).target, cells: [amount(target)] },
        { head: w.progress, cells: [reached] },
        { head: wordsFor(g).deadline, cells: [formatPeriod(target.period, g)] },
        { head: w.timeLeftHead, cells: [time.left] },
        periodRow(level),
      ],
    };
  }

  // A target alone: the target, its deadline and the time left — never a fake 0 % bar.
  const t = target!;
  const time = timeOf(t);
  const note = capitalize(wordsFor(g).noCurrent, g.intl);
  return {
    kind,
    value: amount(t),
    detail: `${formatDeadline(t.period, locale)} · ${time.left}`,
    fraction: 0,
    time,
    note,
    meta: sourceLine(dataset, t, locale),
    rows: [
      { head: wordsFor(g).target, cells: [amount(t)] },
      { head: wordsFor(g).deadline, cells: [formatPeriod(t.period, g)] },
      { head: w.timeLeftHead, cells: [time.left] },
      { head: wordsFor(g).value, cells: [note] },
    ],
  };
}
