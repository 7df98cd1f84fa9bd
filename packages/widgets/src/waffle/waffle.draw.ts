/** One cell of a waffle: its box in SVG user units and how much of it is filled (0..1, from the left). */
export interface WaffleCell {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill: number;
}

export interface WaffleLayout {
  readonly cells: readonly WaffleCell[];
  readonly rows: number;
  readonly cols: number;
  /** Extent of the grid in user units. */
  readonly width: number;
  readonly height: number;
  /** Cells' worth of value: value / perCell (95.3 → 95.3 cells). */
  readonly filled: number;
}

export interface WaffleOptions {
  /** Cells per row. Default: defaultPerRow() of the cell count. */
  readonly perRow?: number;
  /** Value one cell stands for. Default 1. */
  readonly perCell?: number;
  /** Side of a cell in user units. Default 10. */
  readonly size?: number;
  /** Space between cells in user units. Default 2: a fifth of a cell keeps the count readable. */
  readonly gap?: number;
}

/** Rounds to two decimals (and cells' fill to six, so 95.3 − 95 is 0.3, not 0.29999999999999716). */
const r2 = (n: number): number => Math.round(n * 100) / 100 + 0; // + 0 turns -0 into 0
const r6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const positive = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n > 0;

/**
 * Value per cell when none is given: 1 up to a whole of 1000 (one cell per company reads best),
 * else the smallest round number (1, 2 or 5 × 10ⁿ) that keeps the grid at 500 cells or fewer, so
 * many instances on a page stay light.
 */
export function defaultPerCell(whole: number): number {
  if (!(whole > 1000)) return 1;
  for (let p = 1; ; p *= 10) for (const m of [1, 2, 5]) if (Math.ceil(whole / (m * p)) <= 500) return m * p;
}

/**
 * Cells per row when none is given: a tidy, roughly square grid. Up to 20 cells: as many columns
 * as fill ⌊√n⌋ rows (4 → 2×2, 5 → 3+2, 8 → 4×2); more: √n rounded up to a multiple of 5, so rows
 * count in fives (100 → 10×10, 500 → 25×20).
 */
export function defaultPerRow(cells: number): number {
  if (!(cells >= 1)) return 1;
  if (cells <= 20) return Math.ceil(cells / Math.floor(Math.sqrt(cells)));
  return Math.ceil(Math.sqrt(cells) / 5) * 5;
}

/**
 * The cells of a waffle: `value` filled of `total` (or of the value itself when there is no
 * total), `perCell` value per cell, `perRow` cells per row, filled left to right and top to
 * bottom; a fraction of a cell is a partly filled cell (95.3 → 95 full cells and one 0.3 wide).
 * Non-positive or non-finite options fall back to their defaults.
 */
export function waffleCells(value: number, total: number | undefined, options: WaffleOptions = {}): WaffleLayout {
  const v = Number.isFinite(value) && value > 0 ? value : 0;
  const whole = Math.max(v, positive(total) ? total : 0);
  const perCell = positive(options.perCell) ? options.perCell : 1;
  const count = Math.ceil(r6(whole / perCell));
  const perRow = positive(options.perRow) ? Math.max(1, Math.floor(options.perRow)) : defaultPerRow(count);
  const size = positive(options.size) ? options.size : 10;
  const gap = typeof options.gap === 'number' && options.gap >= 0 ? options.gap : 2;
  const filled = r6(v / perCell);
  const cols = Math.min(perRow, count);
  const rows = Math.ceil(count / perRow);
  const cells: WaffleCell[] = [];
  for (let i = 0; i < count; i++) {
    cells.push({
      x: r2((i % perRow) * (size + gap)),
      y: r2(Math.floor(i / perRow) * (size + gap)),
      w: size,
      h: size,
      fill: r6(Math.min(1, Math.max(0, filled - i))),
    });
  }
  return {
    cells,
    rows,
    cols,
    width: cols ? r2(cols * size + (cols - 1) * gap) : 0,
    height: rows ? r2(rows * size + (rows - 1) * gap) : 0,
    filled,
  };
}

const rect = (x: number, y: number, w: number, h: number): string => `M${r2(x)} ${r2(y)}h${r2(w)}v${r2(h)}h${r2(-w)}z`;

/**
 * Two paths for the whole grid: every cell not completely filled (drawn as the light, outlined
 * track), and every filled part (a partial cell as a narrower rectangle from its left edge). Two
 * elements instead of one per cell keep a page of many waffles light.
 */
export function wafflePaths(layout: WaffleLayout): { readonly filled: string; readonly empty: string } {
  let filled = '';
  let empty = '';
  for (const c of layout.cells) {
    if (c.fill < 1) empty += rect(c.x, c.y, c.w, c.h);
    if (c.fill > 0) filled += rect(c.x, c.y, c.w * c.fill, c.h);
  }
  return { filled, empty };
}

/**
 * The viewBox for a grid in a box of fixed aspect ratio: at least `minCols` × `minRows` cells'
 * room (so 4 cells are not drawn as big as 500), the grid on the left and centred vertically.
 */
export function waffleViewBox(
  layout: WaffleLayout,
  { size = 10, gap = 2, minCols = 4, minRows = 3, aspect = 1.25 }: { size?: number; gap?: number; minCols?: number; minRows?: number; aspect?: number } = {},
): [number, number, number, number] {
  const pitch = size + gap;
  let w = Math.max(layout.width, minCols * pitch - gap);
  let h = Math.max(layout.height, minRows * pitch - gap);
  if (w / h < aspect) w = h * aspect;
  else h = w / aspect;
  return [0, r2(-(h - layout.height) / 2), r2(w), r2(h)];
}
