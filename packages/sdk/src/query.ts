import { evaluateFormula } from './derive.js';
import { ErrorCode, KeyfiguresError, UnknownIndicatorError } from './errors.js';
import type { Dataset, Indicator, Measure, Observation, Period, Theme } from './model.js';
import { closest } from './suggest.js';

/** The indicator with this id; an unknown id throws UnknownIndicatorError naming the closest ids. */
export function getIndicator(dataset: Dataset, id: string): Indicator {
  const found = dataset.indicators.find((i) => i.id === id);
  if (found) return found;
  throw new UnknownIndicatorError(String(id), closest(String(id), dataset.indicators.map((i) => i.id)));
}

/** Themes in dataset order, each with the indicators whose home (first) theme it is. */
export function indicatorsByTheme(dataset: Dataset): { theme: Theme; indicators: Indicator[] }[] {
  return dataset.themes.map((theme) => ({
    theme,
    indicators: dataset.indicators.filter((i) => i.themes[0] === theme.id),
  }));
}

export interface ObservationQuery {
  /** level (default), change or target. */
  readonly measure?: Measure;
  /** An ISO period; the latest period when omitted. */
  readonly period?: Period;
  /** Include derived observations; off by default, so "the figure" is one the source states. */
  readonly derived?: boolean;
}

/** The observation matching the query, or undefined. Periods compare as ISO strings, which sort in time. */
export function findObservation(indicator: Indicator, query: ObservationQuery = {}): Observation | undefined {
  const measure = query.measure ?? 'level';
  let best: Observation | undefined;
  for (const o of indicator.observations) {
    if (o.measure !== measure || (o.derived && !query.derived)) continue;
    if (query.period !== undefined ? o.period === query.period : !best || o.period > best.period) best = o;
  }
  return best;
}

/** Like findObservation, but a missing observation is an error that says what there is. */
export function getObservation(indicator: Indicator, query: ObservationQuery = {}): Observation {
  const found = findObservation(indicator, query);
  if (found) return found;
  const have = indicator.observations.map((o) => `${o.measure}@${o.period}`).join(', ');
  const want = `${query.measure ?? 'level'}${query.period ? `@${query.period}` : ''}`;
  throw new KeyfiguresError(ErrorCode.noObservation, `${indicator.id} has no stated ${want}; it has ${have}`);
}

/** The figure an element headlines: the latest stated level, else the latest target. */
export function headline(indicator: Indicator): Observation {
  return findObservation(indicator) ?? findObservation(indicator, { measure: 'target' }) ?? getObservation(indicator);
}

/** The change that goes with `level`: the one of its period, else the latest stated change. */
export function changeFor(indicator: Indicator, level: Observation): Observation | undefined {
  return findObservation(indicator, { measure: 'change', period: level.period }) ?? findObservation(indicator, { measure: 'change' });
}

/** A value computed on demand from stated ones; always shown as approximate unless exact by construction. */
export interface DerivedFigure {
  readonly value: number;
  readonly period: Period;
  readonly formula: string;
  readonly approximate: boolean;
}

/**
 * The level of the year before `period`, from that year's level and its year-on-year percent change:
 * level / (1 + change / 100). 387 with +44.4 % gives ≈ 268.0 for the year before.
 */
export function previousLevel(dataset: Dataset, indicator: Indicator, period?: Period): DerivedFigure {
  const level = getObservation(indicator, { period });
  const change = indicator.observations.find(
    (o) => o.measure === 'change' && o.period === level.period && o.change?.basis === 'year-on-year' && o.change.unit === 'percent',
  );
  if (!change) {
    throw new KeyfiguresError(ErrorCode.noObservation, `${indicator.id} has no year-on-year percent change for ${level.period}`);
  }
  const formula = `{level@${level.period}} / (1 + {change@${level.period}} / 100)`;
  const year = Number(level.period.slice(0, 4)) - 1;
  return {
    value: evaluateFormula(dataset, indicator, formula),
    period: String(year).padStart(4, '0') + level.period.slice(4),
    formula,
    approximate: true,
  };
}

/** The stated level as a percentage of the indicator's total: 319 of 500 → 63.8. */
export function shareOfTotal(indicator: Indicator, period?: Period): DerivedFigure {
  if (!indicator.total) throw new KeyfiguresError(ErrorCode.noObservation, `${indicator.id} has no total to be a share of`);
  const level = getObservation(indicator, { period });
  return {
    value: (level.value / indicator.total.value) * 100,
    period: level.period,
    formula: `{level@${level.period}} / ${indicator.total.value} * 100`,
    approximate: level.qualifier !== undefined && level.qualifier !== 'exact',
  };
}
