import { nice, ticks } from 'd3-array';

/** A linear map from a numeric domain to a range, with d3's round ticks. */
export interface LinearScale {
  (value: number): number;
  readonly domain: readonly [number, number];
  /** About `count` round values within the domain (d3-array's ticks). */
  ticks(count: number): number[];
}

/**
 * A linear scale, optionally widened to round numbers with about `niceCount` ticks (d3-array's
 * nice). d3-scale's scaleLinear computes the same, but also brings d3-interpolate, d3-color and
 * d3-format (≈ 8 KB gzip) for colour interpolation and tick formats the elements never use.
 */
export function linearScale(domain: readonly [number, number], range: readonly [number, number], niceCount?: number): LinearScale {
  const [d0, d1] = niceCount ? nice(domain[0], domain[1], niceCount) : domain;
  const [r0, r1] = range;
  // A degenerate domain maps everything to the middle of the range, as d3 does.
  const scale = ((v: number) => (d1 === d0 ? (r0 + r1) / 2 : r0 + ((v - d0) * (r1 - r0)) / (d1 - d0))) as LinearScale;
  return Object.assign(scale, { domain: [d0, d1] as const, ticks: (count: number) => ticks(d0, d1, count) });
}
