// What kf-bars shows of one indicator over periods, as plain strings and numbers: every word and
// number from the SDK, every position from bars.draw.ts. Pure (no DOM, no Lit), and computed once
// per (dataset, indicator, locale): 500 cards of the same figure share one view.
import type { Dataset, Indicator, Observation } from '@keyfigures/sdk';
import { cite, describe, findObservation, formatObservation, formatPeriod, formatPeriodRange, grammarOf, localize } from '@keyfigures/sdk';
import type { TableRow } from '../shared/data-table.js';
import { viewCache } from '../shared/markup.js';
import { wordsFor } from '../locales/words.js';
import type { BarEntry } from './bars.data.js';
import { periodSeries, readableFormula, tickLabel } from './bars.data.js';
import { barLayout } from './bars.draw.js';
import type { ColumnLayout } from './bars.draw.js';

/** Widest a column may be, in percent of the plot: two bars in a wide card stay bars, not slabs. */
const MAX_BAR = 24;

/** The direction of the change in the caption: a glyph as well as a colour. */
export const Direction = { up: 'up', down: 'down', flat: 'flat' } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];
const glyphs: Record<Direction, string> = { up: '▲', down: '▼', flat: '▶' };

export interface PeriodColumn {
  /** The value label without its noun: "≈268", "387", "more than 10". */
  readonly value: string;
  readonly derived: boolean;
  /** For a derived value, how it was computed: "≈268 = 387 / (1 + 44.4 / 100)". */
  readonly how: string | undefined;
  /** The period label under the bar: "2022", "2022年". */
  readonly period: string;
}

export interface PeriodsView {
  readonly label: string;
  /** The caption's second line: the change with its direction, or else the periods shown. */
  readonly change: { readonly direction: Direction; readonly glyph: string; readonly text: string; readonly when: string } | undefined;
  readonly span: string;
  /** The chart's accessible name: describe()'s sentence. */
  readonly name: string;
  /** Tick labels from the top of the axis down (the order they are drawn in). */
  readonly ticks: readonly string[];
  readonly layout: ColumnLayout;
  readonly columns: readonly PeriodColumn[];
  /** The legend of derived values: "derived: 2022 ≈268" and "= 387 / (1 + 44.4 / 100)". */
  readonly legend: readonly { readonly text: string; readonly formula: string }[];
  readonly source: string;
  /** The word under a derived value: "derived", "推算值". */
  readonly derivedWord: string;
  readonly table: { readonly caption: string; readonly rows: readonly TableRow[] };
}

/** The view of `indicator` over its periods in `locale`, computed once and shared. Throws as periodSeries does. */
export const periodsView = viewCache(computePeriodsView);

function computePeriodsView(dataset: Dataset, indicator: Indicator, locale: string): PeriodsView {
  const g = grammarOf(locale);
  const w = wordsFor(g);
  const entries = periodSeries(dataset, indicator);
  const fmt = (o: Observation, options = {}) => formatObservation(indicator, o, locale, options);
  const formula = (e: BarEntry) => readableFormula(dataset, indicator, e.observation.derived!.formula, g);
  const label = localize(indicator.label, locale);
  const change = findObservation(indicator, { measure: 'change' });
  const first = entries[0]!;
  const last = entries[entries.length - 1]!;
  const period = (e: BarEntry) => formatPeriod(e.key, g);
  const span = formatPeriodRange(first.key, last.key, g);
  const direction: Direction | undefined = change ? (change.value > 0 ? 'up' : change.value < 0 ? 'down' : 'flat') : undefined;
  const changePhrase = change ? fmt(change, { style: 'phrase' }) : '';
  const layout = barLayout(entries, { width: 100, height: 100, maxBar: MAX_BAR });
  const columns = entries.map((e): PeriodColumn => {
    const value = fmt(e.observation, { noun: false });
    return { value, derived: e.derived, how: e.derived ? `${value} = ${formula(e)}` : undefined, period: period(e) };
  });
  const rows = entries.map((e): TableRow => {
    let value = fmt(e.observation);
    if (e.derived) value += `${w.asideOpen}${w.derived}${w.labelSep}${formula(e)}${w.asideClose}`;
    if (change && change.period === e.key) value += `${w.asideOpen}${changePhrase}${w.asideClose}`;
    return { head: period(e), cells: [value] };
  });
  const ids = [last.observation.source ?? dataset.sources[0]!.id];
  const sources = ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
  const unit = indicator.unit;
  const largest = Math.max(...layout.ticks.map((t) => Math.abs(t.value)));
  return {
    label,
    change: change && direction ? { direction, glyph: glyphs[direction], text: changePhrase, when: formatPeriod(change.period, g) } : undefined,
    span,
    name: describe(indicator, locale, dataset),
    // Ticks come bottom-up from the scale; the axis is read top-down.
    ticks: layout.ticks.map((t) => tickLabel(t.value, unit, largest, g)).reverse(),
    layout,
    columns,
    legend: entries
      .filter((e) => e.derived)
      .map((e) => ({ text: `${w.derived}${w.labelSep}${period(e)} ${fmt(e.observation, { noun: false })}`, formula: `= ${formula(e)}` })),
    source: sources.length ? `${w.source}${w.labelSep}${sources.map((s) => cite(s, 'plain', locale)).join(' ')}` : '',
    derivedWord: w.derived,
    table: { caption: label, rows },
  };
}
