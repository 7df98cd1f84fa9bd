import { scaleLinear } from 'd3-scale';

/** The years an axis spans: from 1 January of `first` to 1 January of `end` (exclusive). */
export interface YearSpan {
  readonly first: number;
  readonly end: number;
}

/** A year boundary on the axis: where it falls (percent) and whether it carries a label. */
export interface YearTick {
  readonly year: number;
  readonly at: number;
  readonly label: boolean;
}

/** Which way a label runs from its marker: `start` (rightward in LTR) or `end` (it ends at the marker). */
export const Anchor = { start: 'start', end: 'end' } as const;
export type Anchor = (typeof Anchor)[keyof typeof Anchor];

/** Where an event's label sits in the horizontal layout. */
export interface Placement {
  /** Row of labels, 0 nearest the axis. */
  readonly lane: number;
  readonly anchor: Anchor;
}

/** Sizes, in CSS pixels, that the lanes are computed for. The styles use the same numbers. */
export interface LaneOptions {
  /**
   * The narrowest the event list can be in this layout. Positions are percentages and labels
   * have a fixed width, so labels apart at this width stay apart at any wider one.
   */
  readonly track: number;
  /** Width of a label, marker included. */
  readonly label: number;
  /** Least space between two labels in one lane. */
  readonly gap: number;
  /** Half the marker's width: a label starts that far before (or ends that far after) its time. */
  readonly marker: number;
}

/**
 * The two horizontal layouts: from a 560px card (the list is then 510px wide: less the border,
 * the card's padding and the list's own) and from a 900px card. A lane set per layout, so a wide
 * card needs fewer lanes.
 */
export const LANES = {
  medium: { track: 500, label: 176, gap: 12, marker: 7 },
  wide: { track: 840, label: 176, gap: 12, marker: 7 },
} as const satisfies Record<string, LaneOptions>;

const r2 = (n: number): number => Math.round(n * 100) / 100 + 0;

/** 1 January of a year, UTC, for any year (Date.UTC maps 0–99 to 1900–1999). */
function yearStart(year: number): number {
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(year);
  return d.getTime();
}

/** The whole years that hold every time given: 2016 … 2027 → 2016 to 2028. */
export function yearSpan(times: readonly number[]): YearSpan {
  const years = times.map((t) => new Date(t).getUTCFullYear());
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Number.isFinite(first) ? { first, end: last + 1 } : { first: 0, end: 1 };
}

/** Where each time falls along the axis, in percent: a linear scale over UTC timestamps. */
export function timePositions(times: readonly number[], span: YearSpan): number[] {
  const x = scaleLinear().domain([yearStart(span.first), yearStart(span.end)]).range([0, 100]);
  return times.map((t) => r2(x(t)));
}

/**
 * A tick at every year boundary, a label on every `step`-th (1, 2, 5, 10, 20, 50 … years) so
 * that at most `maxLabels` are labelled: 2016 … 2028 with 7 → 2016, 2018 … 2028.
 */
export function yearTicks(span: YearSpan, maxLabels: number): YearTick[] {
  const years = Array.from({ length: span.end - span.first + 1 }, (_, i) => span.first + i);
  const stepAt = (k: number): number => [1, 2, 5][k % 3]! * 10 ** Math.floor(k / 3);
  let k = 0;
  while (years.filter((y) => y % stepAt(k) === 0).length > Math.max(1, maxLabels)) k++;
  const step = stepAt(k);
  const at = timePositions(years.map(yearStart), span);
  return years.map((year, i) => ({ year, at: at[i]!, label: year % step === 0 }));
}

/**
 * Lanes for labels of a fixed width at positions in percent, first fit in order: a label runs
 * rightward from its marker unless it would pass the end, then it ends at the marker; it goes in
 * the lowest lane where it clears the previous label by `gap`.
 */
export function lanes(at: readonly number[], options: LaneOptions): Placement[] {
  const ends: number[] = []; // right edge of the last label in each lane
  return at.map((x) => {
    const px = (x / 100) * options.track;
    const anchor: Anchor = px - options.marker + options.label <= options.track ? 'start' : 'end';
    const from = anchor === 'start' ? px - options.marker : px + options.marker - options.label;
    let lane = ends.findIndex((end) => end + options.gap <= from);
    if (lane < 0) lane = ends.length;
    ends[lane] = from + options.label;
    return { lane, anchor };
  });
}
