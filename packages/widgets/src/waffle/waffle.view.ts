import type { Dataset, Indicator, Qualifier, Unit } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, findObservation, format, formatObservation, formatPeriod, grammarOf, localize, shareOfTotal } from '@keyfigures/sdk';
import type { TableRow } from '../shared/data-table.js';
import type { MetaLines } from '../progress/progress.view.js';
import { sourceLine, usableIds } from '../progress/progress.view.js';
import type { TextPart } from '../shared/fill.js';
import { fill, fillParts } from '../shared/fill.js';
import { defaultPerCell } from './waffle.draw.js';
import { wordsFor } from '../locales/words.js';

/** More cells than this is a slip of `per-cell` (0.001 of 500), not a chart: the default is used instead. */
export const MAX_CELLS = 2000;

/** Whether kf-waffle can show an indicator: it needs a stated level to fill cells with. */
export const waffleSupports = (indicator: Indicator): boolean => findObservation(indicator) !== undefined;

/** Everything kf-waffle shows besides the cells: no DOM, so it is testable and server-renderable. */
export interface WaffleView {
  /** The value filled. */
  readonly value: number;
  /** The whole: the indicator's total, 100 for a percentage, none for a plain count. */
  readonly total: number | undefined;
  /** Value per cell in force. */
  readonly perCell: number;
  /** The line under the caption: "319 of the 500 companies in the Fortune 500", "95.3%", "5 other cities". */
  readonly summary: string;
  /** The summary in runs, the figure itself emphasised. */
  readonly summaryParts: readonly TextPart[];
  /** Legend: the filled cells, the empty ones (when there is a whole), and what one cell stands for. */
  readonly filledText: string;
  readonly restText?: string;
  readonly perCellText: string;
  /** Names of what the cells count, when the source names them (the four firsts). */
  readonly items: readonly string[];
  /** Period (when the source's date does not say it) and source. */
  readonly meta: MetaLines;
  readonly rows: readonly TableRow[];
}

const percent: Unit = { kind: 'percent' };
/** What the rest is when the value is a bound: more than 10 of 20 leaves less than 10. */
const opposite: Partial<Record<Qualifier, Qualifier>> = {
  'more-than': 'less-than',
  'at-least': 'at-most',
  'less-than': 'more-than',
  'at-most': 'at-least',
  approximate: 'approximate',
  range: 'approximate',
};

/**
 * The legend, summary and table of a waffle for an indicator in a locale, with the value per
 * cell asked for (`perCell`; non-positive, NaN, or one making more than MAX_CELLS cells → the
 * default). Throws KeyfiguresError 'unsupported-indicator', naming the ids that work, for an
 * indicator with no stated level (a target alone has nothing to fill cells with).
 */
export function waffleView(dataset: Dataset, indicator: Indicator, locale: string, perCell?: number): WaffleView {
  const level = findObservation(indicator);
  if (!level) {
    const target = findObservation(indicator, { measure: 'target' });
    const what = target ? `only a target (${formatObservation(indicator, target, 'en')}), no current value` : 'no stated value';
    throw new KeyfiguresError(
      ErrorCode.unsupportedIndicator,
      `kf-waffle cannot show "${indicator.id}": it states ${what} to fill cells with (kf-progress shows targets). Indicators it can show: ${usableIds(dataset, waffleSupports)}`,
    );
  }
  const g = grammarOf(locale);
  const w = wordsFor(locale);
  const unit = indicator.unit;
  const total = indicator.total?.value ?? (unit.kind === 'percent' ? 100 : undefined);
  const whole = Math.max(level.value, total ?? 0);
  const per =
    typeof perCell === 'number' && Number.isFinite(perCell) && perCell > 0 && whole / perCell <= MAX_CELLS ? perCell : defaultPerCell(whole);

  const n = formatObservation(indicator, level, locale, { noun: false });
  const q = formatObservation(indicator, level, locale);
  const label = localize(indicator.label, locale);
  const totalLabel = indicator.total ? localize(indicator.total.label, locale) : undefined;
  const totalText = total !== undefined ? format({ value: total, unit }, locale) : undefined;

  // The figure stands out: "**319** of the 500…", "**5** other cities", "**95.3%**".
  let summaryParts: TextPart[] = q.startsWith(n) && q !== n ? [{ text: n, strong: true }, { text: q.slice(n.length), strong: false }] : [{ text: q, strong: true }];
  let restText: string | undefined;
  const rows: TableRow[] = [{ head: wordsFor(g).value, cells: [q] }];
  if (total !== undefined) {
    const restQ = { value: Math.max(0, total - level.value), unit, qualifier: opposite[level.qualifier ?? 'exact'] };
    const rest = { n: format(restQ, locale, { noun: false }), q: format(restQ, locale) };
    restText = totalLabel ? fill(w.restNamed, { ...rest, label: totalLabel }) : fill(w.rest, rest);
    if (totalLabel && totalText) {
      summaryParts = fillParts(w.ofNamedTotal, { n, value: q, total: totalText, label: totalLabel }, ['n', 'value']);
      const share = format({ value: shareOfTotal(indicator).value, unit: percent, qualifier: level.qualifier === 'range' ? 'approximate' : level.qualifier }, locale, { digits: 1 });
      rows.push({ head: fill(w.bracketed, { a: w.total, b: totalLabel }), cells: [totalText] }, { head: w.share, cells: [share] });
    }
  }
  rows.push({ head: wordsFor(g).period, cells: [formatPeriod(level.period, g)] });

  return {
    value: level.value,
    total,
    perCell: per,
    summary: summaryParts.map((p) => p.text).join(''),
    summaryParts,
    filledText: fill(w.labelled, { label, n, q }),
    restText,
    perCellText: fill(w.perCell, { q: format({ value: per, unit }, locale) }),
    items: (indicator.items ?? []).map((i) => localize(i.label, locale)),
    meta: sourceLine(dataset, level, locale),
    rows,
  };
}
