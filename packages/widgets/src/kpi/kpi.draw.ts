// Pure drawing of kf-kpi's mini bars: values in, rectangles out (viewBox units). No DOM, no Lit.

/** One value of the series, oldest first. */
export interface SeriesPoint {
  readonly value: number;
  /** Derived (not stated by the source): drawn hatched and outlined instead of solid. */
  readonly derived: boolean;
}

export interface MiniBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly derived: boolean;
}

export interface MiniBarsLayout {
  /** The viewBox size. */
  readonly width: number;
  readonly height: number;
  /** y of the zero line, drawn under the bars. */
  readonly baseline: number;
  readonly bars: readonly MiniBar[];
}

export interface MiniBarsOptions {
  /** viewBox width and height; the SVG scales to its box, keeping this aspect ratio. */
  readonly width: number;
  readonly height: number;
  /** Share of each band left empty between bars, 0–1. */
  readonly padding: number;
  /** Outline width of a derived bar, which is inset by half of it so the outline stays inside the bar's place. */
  readonly stroke: number;
}

/**
 * Defaults: 240 × 48 is a 5 : 1 strip that reads as a trend under the value at 280 px and beside
 * it from 420 px; 0.4 padding gives bars a little wider than the gaps; a 1.5 unit outline stays
 * visible at the SVG's smallest size.
 */
export const miniBarsDefaults: MiniBarsOptions = { width: 240, height: 48, padding: 0.4, stroke: 1.5 };

const r2 = (n: number): number => Math.round(n * 100) / 100;

/**
 * Bars of equal bands over the width (a band scale), heights linear from zero to the largest
 * value (negative values, which levels do not have, are drawn as zero). A derived bar is inset by
 * half its outline on its top and sides, so solid and derived bars cover the same area.
 */
export function miniBars(points: readonly SeriesPoint[], options: MiniBarsOptions = miniBarsDefaults): MiniBarsLayout {
  const { width, height, padding, stroke } = options;
  const max = Math.max(0, ...points.map((p) => p.value));
  const step = points.length ? width / points.length : 0;
  const barWidth = step * (1 - padding);
  const bars = points.map((p, i): MiniBar => {
    const h = max > 0 ? (Math.max(0, p.value) / max) * height : 0;
    const x = i * step + (step - barWidth) / 2;
    const inset = p.derived && h > 0 ? stroke / 2 : 0;
    return {
      x: r2(x + inset),
      y: r2(height - h + inset),
      width: r2(barWidth - 2 * inset),
      height: r2(Math.max(0, h - inset)),
      derived: p.derived,
    };
  });
  return { width, height, baseline: height, bars };
}
