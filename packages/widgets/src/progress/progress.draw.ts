/** An axis-aligned rectangle in SVG user units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Rounds to two decimals: enough for any screen, and stable in snapshot tests. */
const r2 = (n: number): number => Math.round(n * 100) / 100;

/** A fraction clamped to 0..1 (NaN counts as 0, so a bad figure draws an empty bar, never a broken one). */
export const clamp01 = (f: number): number => (Number.isFinite(f) ? Math.min(1, Math.max(0, f)) : 0);

export interface BarGeometry {
  /** The whole extent (100 %), drawn light and outlined. */
  readonly track: Box;
  /** The filled part, from the start of the track. */
  readonly fill: Box;
  /** The fraction drawn, clamped to 0..1. */
  readonly fraction: number;
}

/** A horizontal progress bar of `width` × `height` filled to `fraction` (clamped to 0..1). */
export function progressBar(fraction: number, width: number, height: number): BarGeometry {
  const f = clamp01(fraction);
  return {
    track: { x: 0, y: 0, width, height },
    fill: { x: 0, y: 0, width: r2(width * f), height },
    fraction: f,
  };
}

export interface RingGeometry {
  /** The whole ring (100 %) as an annulus path centred on 0,0. */
  readonly track: string;
  /** The filled arc, clockwise from twelve o'clock; empty for 0. */
  readonly fill: string;
  /** The fraction drawn, clamped to 0..1. */
  readonly fraction: number;
  /** The viewBox that holds the ring: [-radius, -radius, 2·radius, 2·radius]. */
  readonly viewBox: readonly [number, number, number, number];
}

const TAU = 2 * Math.PI;

/** A point at `angle` (radians clockwise from twelve o'clock) on a circle of `r` about 0,0, two decimals. */
const at = (r: number, angle: number): string => `${r2(r * Math.sin(angle))},${r2(-r * Math.cos(angle))}`;

/**
 * The SVG path of an annulus sector from twelve o'clock clockwise to `end` (radians): the outer arc
 * forward, the inner one back. A whole turn is two half-circle arcs per circle (one arc command
 * cannot start and end at the same point), the inner one drawn the other way round so the
 * non-zero fill leaves the hole empty. Points have two decimals: paths stay short (many instances
 * on a page) and tests exact.
 */
function sector(inner: number, outer: number, end: number): string {
  const circle = (r: number, sweep: 0 | 1): string => `M${at(r, 0)}A${r},${r},0,1,${sweep},${at(r, Math.PI)}A${r},${r},0,1,${sweep},${at(r, 0)}`;
  if (end >= TAU - 1e-12) return `${circle(outer, 1)}${inner > 0 ? circle(inner, 0) : ''}Z`;
  const large = end >= Math.PI ? 1 : 0;
  const back = inner > 0 ? `A${inner},${inner},0,${large},0,${at(inner, 0)}` : '';
  return `M${at(outer, 0)}A${outer},${outer},0,${large},1,${at(outer, end)}L${at(inner, end)}${back}Z`;
}

/** A ring of outer `radius` and `thickness` filled to `fraction` (clamped to 0..1), clockwise from twelve o'clock. */
export function progressRing(fraction: number, radius: number, thickness: number): RingGeometry {
  const f = clamp01(fraction);
  const inner = Math.max(0, radius - thickness);
  return {
    track: sector(inner, radius, TAU),
    fill: f > 0 ? sector(inner, radius, TAU * f) : '',
    fraction: f,
    viewBox: [-radius, -radius, 2 * radius, 2 * radius],
  };
}

/** Where "now" is on the time from a start to a deadline. */
export const TimePhase = { before: 'before', during: 'during', after: 'after' } as const;
export type TimePhase = (typeof TimePhase)[keyof typeof TimePhase];

export interface TimeSpanGeometry {
  /** The whole time from start to deadline, drawn light and outlined. */
  readonly track: Box;
  /** The time already passed, from the start to today. */
  readonly elapsed: Box;
  /** x of the today marker, clamped to the track. */
  readonly today: number;
  /** Share of the time passed, 0..1. */
  readonly fraction: number;
  readonly phase: TimePhase;
}

/**
 * A time bar from `start` to `end` (ms timestamps) with a marker at `now`: the time passed and
 * the time left until a deadline. It shows time, not progress toward the target.
 */
export function timeSpan(start: number, end: number, now: number, width: number, height: number): TimeSpanGeometry {
  const span = end - start;
  const f = span > 0 ? clamp01((now - start) / span) : now >= end ? 1 : 0;
  const phase: TimePhase = now < start ? 'before' : now > end ? 'after' : 'during';
  const x = r2(width * f);
  return {
    track: { x: 0, y: 0, width, height },
    elapsed: { x: 0, y: 0, width: x, height },
    today: x,
    fraction: f,
    phase,
  };
}
