import type { Dataset, Indicator, LocaleGrammar, Observation, Unit } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, findObservation, formatNumber, getIndicator } from '@keyfigures/sdk';

/** One bar's data: the observation it draws and the indicator whose unit and label it has. */
export interface BarEntry {
  readonly key: string;
  readonly indicator: Indicator;
  readonly observation: Observation;
  /** The value in the unit's base (a currency kept as 120 with scale 9 is 120e9), so bars compare. */
  readonly value: number;
  readonly derived: boolean;
}

/** The stored value in its unit's base: CNY 120 with scale 9 → 120e9. */
export const baseValue = (value: number, unit: Unit): number => (unit.kind === 'currency' && unit.scale ? value * 10 ** unit.scale : value);

const entry = (key: string, indicator: Indicator, o: Observation): BarEntry => ({
  key,
  indicator,
  observation: o,
  value: baseValue(o.value, indicator.unit),
  derived: o.derived !== undefined,
});

const hasLevel = (i: Indicator): boolean => i.observations.some((o) => o.measure === 'level');

/** The ids that do have levels, for error messages that say what works. */
function withLevels(dataset: Dataset): string {
  return dataset.indicators.filter(hasLevel).map((i) => i.id).join(', ');
}

/**
 * An indicator's levels over time, derived ones included (2022 ≈268 beside 2023 387), by period.
 * Where a period has a stated and a derived level, the stated one wins. An indicator without
 * levels (a target) is an error naming the ids that have them.
 */
export function periodSeries(dataset: Dataset, indicator: Indicator): BarEntry[] {
  const byPeriod = new Map<string, Observation>();
  for (const o of indicator.observations) {
    if (o.measure !== 'level') continue;
    const have = byPeriod.get(o.period);
    if (!have || (have.derived && !o.derived)) byPeriod.set(o.period, o);
  }
  if (!byPeriod.size) {
    const measures = [...new Set(indicator.observations.map((o) => o.measure))].join(', ');
    throw new KeyfiguresError(
      ErrorCode.unsupportedIndicator,
      `${indicator.id} has no levels to draw as bars (it has: ${measures}); indicators with levels: ${withLevels(dataset)}`,
    );
  }
  return [...byPeriod.values()].sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)).map((o) => entry(o.period, indicator, o));
}

/** A unit's kind as bars must share it: counts, percentages, or money in one currency. */
const unitKind = (u: Unit): string => (u.kind === 'currency' ? `currency ${u.currency}` : u.kind);

/** The ids of an `indicators` attribute: space- or comma-separated. */
export const parseIds = (text: string | undefined): string[] => (text ?? '').split(/[\s,]+/).filter(Boolean);

/**
 * One bar per indicator: the latest stated level of each. Unknown ids throw the SDK's error (with
 * the closest ids); an indicator without a stated level, or units of different kinds, are errors
 * that name the culprit.
 */
export function categorySeries(dataset: Dataset, ids: readonly string[]): BarEntry[] {
  const entries = ids.map((id) => {
    const indicator = getIndicator(dataset, id);
    const o = findObservation(indicator);
    if (!o) {
      throw new KeyfiguresError(
        ErrorCode.unsupportedIndicator,
        `${id} has no stated level to draw as a bar; indicators with levels: ${withLevels(dataset)}`,
      );
    }
    return entry(id, indicator, o);
  });
  const first = entries[0];
  const odd = entries.find((e) => unitKind(e.indicator.unit) !== unitKind(first!.indicator.unit));
  if (first && odd) {
    throw new KeyfiguresError(
      ErrorCode.unsupportedIndicator,
      `bars must share a unit: ${first.key} is a ${unitKind(first.indicator.unit)}, ${odd.key} a ${unitKind(odd.indicator.unit)}`,
    );
  }
  return entries;
}

/**
 * A derivation formula with its references replaced by the numbers they stand for, so a reader
 * sees how ≈268 was computed: "{level@2023} / (1 + {change@2023} / 100)" → "387 / (1 + 44.4 / 100)".
 */
export function readableFormula(dataset: Dataset, indicator: Indicator, formula: string, g: LocaleGrammar): string {
  return formula.replace(/\{(?:([a-z0-9-]+):)?([a-z]+)@([0-9-]+)\}/g, (ref: string, id: string | undefined, measure: string, period: string) => {
    const owner = id ? dataset.indicators.find((i) => i.id === id) : indicator;
    const o = owner?.observations.find((x) => x.measure === measure && x.period === period);
    return o ? formatNumber(o.value, g) : ref;
  });
}

/**
 * A value-axis label: the number in the locale's digits, with its large-number word where the
 * axis reaches it (zh 万/亿, en million/billion), and % for percentages. One scale word for the
 * whole axis (chosen by its largest tick), so 0, 5亿, 10亿 rather than 0, 5000万, 10亿.
 */
export function tickLabel(value: number, unit: Unit, largest: number, g: LocaleGrammar): string {
  const scales = unit.kind === 'percent' ? [] : g.scales[unit.kind];
  const scale = scales.find((s) => Math.abs(largest) >= s.at);
  const n = formatNumber(value, g, { digits: 2, ...(scale && value !== 0 ? { scale } : {}) });
  return unit.kind === 'percent' ? g.patterns.percent.replace('{n}', n) : n;
}
