import type { LinearScale } from '../shared/linear.js';
import { linearScale } from '../shared/linear.js';

/** One bar to draw: its key (a period or an indicator id), its value in base units, and whether the sources state it. */
export interface BarDatum {
  readonly key: string;
  readonly value: number;
  readonly derived: boolean;
}

/** Space kept free on each side of the bars, in the units of the box. */
export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/**
 * The box to lay bars out in. The elements pass 100 × 100, so every number is a percentage of
 * the plot: SVG rects take x="12.5%" and HTML labels left: 12.5%, and the chart follows its
 * container's width without a viewBox stretching the hatch pattern.
 */
export interface LayoutBox {
  readonly width: number;
  readonly height: number;
  /** Default: none. */
  readonly padding?: Partial<Padding>;
  /**
   * Widest a bar may be, in box units. Default: no limit. Two bars in a wide card would otherwise
   * be slabs; the band keeps its full width for the label above the bar.
   */
  readonly maxBar?: number;
}

/** A vertical bar: its rectangle, and the slot (a full band step, centred on it) for its labels. */
export interface ColumnBar {
  readonly key: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly derived: boolean;
  readonly slot: { readonly x: number; readonly width: number };
}

/** A value-axis tick: its value and where it falls along the axis. */
export interface Tick {
  readonly value: number;
  readonly at: number;
}

export interface ColumnLayout {
  readonly bars: readonly ColumnBar[];
  readonly ticks: readonly Tick[];
  /** Where the value 0 falls (the baseline). */
  readonly baseline: number;
}

/** A horizontal bar: where it starts and how long it is along the value axis. */
export interface RowBar {
  readonly key: string;
  readonly x: number;
  readonly width: number;
  readonly derived: boolean;
}

export interface RowLayout {
  readonly bars: readonly RowBar[];
  readonly ticks: readonly Tick[];
  readonly baseline: number;
}

// Gaps between bands, as fractions of a band step: bars a little wider than the gaps between them.
const PADDING_INNER = 0.3;
const PADDING_OUTER = 0.2;

/** Two decimals: enough for a percentage of a plot, and stable in tests and attributes. */
const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;

const pad = (p: Partial<Padding> = {}): Padding => ({ top: 0, right: 0, bottom: 0, left: 0, ...p });

/**
 * A value scale from 0 (always on the axis: bars compare lengths) to the largest value, widened
 * to round numbers, with 3–5 round ticks: 387 → 0, 100, 200, 300, 400.
 */
function valueScale(values: readonly BarDatum[], range: [number, number]): { scale: LinearScale; ticks: number[] } {
  const lo = Math.min(0, ...values.map((v) => v.value));
  let hi = Math.max(0, ...values.map((v) => v.value));
  if (lo === hi) hi = 1; // all zero (or no bars): an empty axis from 0 to 1 rather than NaN
  const scale = linearScale([lo, hi], range, 4);
  let ticks = scale.ticks(4);
  if (ticks.length > 5) ticks = scale.ticks(3); // [0, 10] at 4 gives six ticks 0, 2 … 10; 3 gives 0, 5, 10
  return { scale, ticks };
}

/**
 * Vertical bars over periods: bands across, a linear scale up. All values in box units;
 * y grows downward as in SVG.
 */
export function barLayout(values: readonly BarDatum[], box: LayoutBox): ColumnLayout {
  const p = pad(box.padding);
  // A band scale (d3's scaleBand, centred): n steps less the inner padding of one, plus the outer padding at both ends.
  const n = values.length;
  const span = box.width - p.right - p.left;
  const step = span / Math.max(1, n - PADDING_INNER + PADDING_OUTER * 2);
  const start = p.left + (span - step * (n - PADDING_INNER)) / 2;
  const band = step * (1 - PADDING_INNER);
  const { scale: y, ticks } = valueScale(values, [box.height - p.bottom, p.top]);
  const width = Math.min(band, box.maxBar ?? Infinity);
  const y0 = y(0);
  const bars = values.map((v, i): ColumnBar => {
    const centre = start + step * i + band / 2;
    const y1 = y(v.value);
    return {
      key: v.key,
      x: r2(centre - width / 2),
      y: r2(Math.min(y0, y1)),
      width: r2(width),
      height: r2(Math.abs(y1 - y0)),
      derived: v.derived,
      slot: { x: r2(centre - step / 2), width: r2(step) },
    };
  });
  return { bars, ticks: ticks.map((value) => ({ value, at: r2(y(value)) })), baseline: r2(y0) };
}

/** Horizontal bars over categories: each bar's start and length along the value axis (box width). */
export function rowLayout(values: readonly BarDatum[], box: Pick<LayoutBox, 'width' | 'padding'>): RowLayout {
  const p = pad(box.padding);
  const { scale: x, ticks } = valueScale(values, [p.left, box.width - p.right]);
  const x0 = x(0);
  const bars = values.map((v): RowBar => {
    const x1 = x(v.value);
    return { key: v.key, x: r2(Math.min(x0, x1)), width: r2(Math.abs(x1 - x0)), derived: v.derived };
  });
  return { bars, ticks: ticks.map((value) => ({ value, at: r2(x(value)) })), baseline: r2(x0) };
}
