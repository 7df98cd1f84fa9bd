import { linearScale } from '../shared/linear.js';

/** The years an axis spans: from 1 January of `first` to 1 January of `end` (exclusive). */
export interface YearSpan {
  readonly first: number;
  readonly end: number;
}

/** A year boundary on the axis: where it falls (percent) and whether its year carries a label. */
export interface YearTick {
  readonly year: number;
  readonly at: number;
  readonly label: boolean;
}

/** Which side of the axis an event's label is on in the horizontal layout. */
export const Side = { above: 'above', below: 'below' } as const;
export type Side = (typeof Side)[keyof typeof Side];

/** Where an event's label sits in a horizontal layout. */
export interface Placement {
  readonly side: Side;
  /**
   * Where the leader meets the label, in percent of the track: the label's start edge is
   * `LABEL.marker` px before it, so a label that needs no shift starts just like a marker. A
   * label may reach that far past either end of the track (into the axis' padding).
   */
  readonly label: number;
}

/** Sizes of a label in the horizontal layouts, in CSS pixels. The styles use the same numbers. */
export const LABEL = {
  /** Width of a label. */
  width: 176,
  /** Least space between two labels on one side. */
  gap: 12,
  /** A label starts this far before the point where its leader meets it. */
  marker: 7,
} as const;

/** A horizontal layout: from a card `min` px wide, whose event track is then at least `track` px. */
export interface AxisLayout {
  readonly key: string;
  readonly min: number;
  readonly track: number;
}

/**
 * The horizontal layouts, narrowest first: from a 560px card (the track is then 510px: less the
 * border, the card's padding and the axis' own), 900px and 1200px. Positions are percentages and
 * labels have a fixed width, so labels apart at a layout's `track` stay apart at any wider one.
 */
export const LAYOUTS = [
  { key: 'm', min: 560, track: 500 },
  { key: 'w', min: 900, track: 840 },
  { key: 'x', min: 1200, track: 1140 },
] as const satisfies readonly AxisLayout[];

/**
 * The band between the two rows of labels, in CSS pixels from its top: a leader zone, the axis
 * (a band of year segments), another leader zone. Markers sit on the axis' outer edges, on the
 * side of their label, so no leader ever crosses the axis, a year or another row.
 */
export const BAND = {
  /** Height of each leader zone. */
  leader: 44,
  /** Height of the axis band. */
  axis: 24,
  /** Marker diameter. */
  marker: 12,
  /** Space between a marker and the axis, and between a leader's end and its label. */
  gap: 2,
} as const;

/** The whole band's height. */
export const bandHeight = (): number => 2 * BAND.leader + BAND.axis;

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
  const x = linearScale([yearStart(span.first), yearStart(span.end)], [0, 100]);
  return times.map((t) => r2(x(t)));
}

/**
 * A tick at every year boundary; every `step`-th year (1, 2, 5, 10, 20, 50 … years) is labelled
 * so that at most `maxLabels` are: 2016 … 2028 with 7 → 2016, 2018 … 2026 (the last boundary
 * ends the span and names no year of it).
 */
export function yearTicks(span: YearSpan, maxLabels: number): YearTick[] {
  const years = Array.from({ length: span.end - span.first + 1 }, (_, i) => span.first + i);
  const named = years.slice(0, -1);
  const stepAt = (k: number): number => [1, 2, 5][k % 3]! * 10 ** Math.floor(k / 3);
  let k = 0;
  while (named.filter((y) => y % stepAt(k) === 0).length > Math.max(1, maxLabels)) k++;
  const step = stepAt(k);
  const at = timePositions(years.map(yearStart), span);
  return years.map((year, i) => ({ year, at: at[i]!, label: year < span.end && year % step === 0 }));
}

/**
 * Positions nearest to `want` (least squares), in the same order, at least `step` apart and all
 * within [lo, hi]; undefined when they cannot all fit. Pool-adjacent-violators on
 * want[i] − i·step, whose monotone fit clamped to the bounds is the constrained optimum.
 */
export function spread(want: readonly number[], step: number, lo: number, hi: number): number[] | undefined {
  const n = want.length;
  if (!n) return [];
  const top = hi - (n - 1) * step;
  if (top < lo - 1e-9) return undefined;
  const blocks: { sum: number; count: number }[] = [];
  const mean = (b: { sum: number; count: number }): number => b.sum / b.count;
  want.forEach((w, i) => {
    blocks.push({ sum: w - i * step, count: 1 });
    while (blocks.length > 1 && mean(blocks[blocks.length - 2]!) > mean(blocks[blocks.length - 1]!)) {
      const last = blocks.pop()!;
      blocks[blocks.length - 1]!.sum += last.sum;
      blocks[blocks.length - 1]!.count += last.count;
    }
  });
  const out: number[] = [];
  for (const b of blocks) {
    const v = Math.min(top, Math.max(lo, mean(b)));
    for (let k = 0; k < b.count; k++) out.push(v + out.length * step);
  }
  return out;
}

/**
 * The horizontal layout of events at positions `at` (percent, in time order) on a track `track`
 * px wide: labels alternate above and below the axis, one row on each side, each as near its
 * marker as the row allows (`spread`). Labels keep time order on each side, so their leaders
 * never cross each other, a label, or the axis. Undefined when a side's labels do not fit in one
 * row: the timeline is then a vertical list at that width.
 */
export function axisLayout(at: readonly number[], track: number): Placement[] | undefined {
  const sides = at.map((_, i): Side => (i % 2 === 0 ? Side.above : Side.below));
  const label: number[] = [];
  for (const side of [Side.above, Side.below]) {
    const mine = at.flatMap((_, i) => (sides[i] === side ? [i] : []));
    const px = spread(
      mine.map((i) => (at[i]! / 100) * track),
      LABEL.width + LABEL.gap,
      0,
      track + 2 * LABEL.marker - LABEL.width,
    );
    if (!px) return undefined;
    mine.forEach((i, k) => (label[i] = r2((px[k]! / track) * 100)));
  }
  return sides.map((side, i) => ({ side, label: label[i]! }));
}

/**
 * An event's leader in the band's coordinates (x in percent of the track, y in px from the band's
 * top; drawn with a non-scaling stroke in a viewBox 100 units wide): from the edge of its marker
 * at `at` to its label's edge at `label`, leaving both vertically, an S-curve between. Curves
 * between the same heights whose ends are in the same order never cross.
 */
export function leaderPath(at: number, label: number, side: Side): string {
  const [from, to] =
    side === Side.above
      ? [BAND.leader - BAND.gap - BAND.marker, BAND.gap]
      : [BAND.leader + BAND.axis + BAND.gap + BAND.marker, bandHeight() - BAND.gap];
  const mid = r2((from + to) / 2);
  if (at === label) return `M${at} ${from}V${to}`;
  return `M${at} ${from}C${at} ${mid} ${label} ${mid} ${label} ${to}`;
}

/** A marker's centre in the band, px from its top: just outside the axis, on its label's side. */
export const markerY = (side: Side): number =>
  side === Side.above ? BAND.leader - BAND.gap - BAND.marker / 2 : BAND.leader + BAND.axis + BAND.gap + BAND.marker / 2;

/** Rough width of a line of text at `font` px: a full em for CJK and full-width characters, 0.62 em for others. */
export function textWidth(text: string, font: number): number {
  let em = 0;
  for (const ch of text) em += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 1 : 0.62;
  return em * font;
}

/** The labels inside the axis band at one layout. */
export interface AxisLabels {
  /** Labelled years: centred in their year's segment (percent). */
  readonly years: readonly { readonly year: number; readonly at: number }[];
  /** The Today tick (percent) and which side of it its word runs; absent when now is off the axis. */
  readonly today?: { readonly at: number; readonly anchor: 'start' | 'end' };
}

/** Sizes of the words inside the axis band, px: the year labels and the Today word. */
export interface AxisText {
  readonly year: number;
  readonly today: number;
  /** Space between the Today tick and its word, and the least space between two words. */
  readonly pad: number;
}

/**
 * What the axis band says at a layout's track width: the labelled years of `ticks`, centred in
 * their segments, and the Today word beside its tick (after it, or before it near the end). A
 * year label that the Today tick or word would touch is left out: Today is the one that matters.
 */
export function axisLabels(ticks: readonly YearTick[], now: number | undefined, track: number, text: AxisText): AxisLabels {
  const px = (at: number): number => (at / 100) * track;
  let today: AxisLabels['today'];
  let busy: [number, number] | undefined;
  if (now !== undefined && now >= 0 && now <= 100) {
    const x = px(now);
    const anchor = x + text.pad + text.today <= track ? 'start' : 'end';
    today = { at: now, anchor };
    busy = anchor === 'start' ? [x - text.pad, x + text.pad + text.today] : [x - text.pad - text.today, x + text.pad];
  }
  const years = ticks.flatMap((t, i) => {
    const next = ticks[i + 1];
    if (!t.label || !next) return [];
    const at = r2((t.at + next.at) / 2);
    const [a, b] = [px(at) - text.year / 2, px(at) + text.year / 2];
    if (busy && a < busy[1] + text.pad && busy[0] - text.pad < b) return [];
    return [{ year: t.year, at }];
  });
  return today ? { years, today } : { years };
}
