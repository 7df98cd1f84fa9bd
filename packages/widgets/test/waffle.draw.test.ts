import { expect } from '@open-wc/testing';
import { defaultPerCell, defaultPerRow, wafflePaths, waffleCells, waffleViewBox } from '../src/waffle/waffle.draw.js';

const full = (cells: readonly { fill: number }[]) => cells.filter((c) => c.fill === 1).length;
const partial = (cells: readonly { fill: number }[]) => cells.filter((c) => c.fill > 0 && c.fill < 1);

describe('waffle.draw', () => {
  describe('waffleCells(value, total, options)', () => {
    it('waffleCells(319, 500) → 25 × 20 grid, 319 cells filled, cell 320 empty at (228, 144)', () => {
      const l = waffleCells(319, 500);
      expect([l.cols, l.rows, l.width, l.height, l.cells.length]).to.deep.equal([25, 20, 298, 238, 500]);
      expect(full(l.cells)).to.equal(319);
      expect(partial(l.cells)).to.have.length(0);
      expect(l.cells[318]).to.deep.equal({ x: 216, y: 144, w: 10, h: 10, fill: 1 });
      expect(l.cells[319]).to.deep.equal({ x: 228, y: 144, w: 10, h: 10, fill: 0 });
    });

    it('waffleCells(95.3, 100) → 10 × 10, 95 full cells and the 96th filled 0.3', () => {
      const l = waffleCells(95.3, 100);
      expect([l.cols, l.rows, l.width, l.height, l.filled]).to.deep.equal([10, 10, 118, 118, 95.3]);
      expect(full(l.cells)).to.equal(95);
      expect(partial(l.cells)).to.deep.equal([{ x: 60, y: 108, w: 10, h: 10, fill: 0.3 }]);
      expect(l.cells[99]!.fill).to.equal(0);
    });

    it('waffleCells(5, undefined) → just 5 cells, all filled, 3 + 2', () => {
      const l = waffleCells(5, undefined);
      expect(l.cells.map((c) => [c.x, c.y, c.fill])).to.deep.equal([
        [0, 0, 1],
        [12, 0, 1],
        [24, 0, 1],
        [0, 12, 1],
        [12, 12, 1],
      ]);
      expect([l.cols, l.rows, l.width, l.height]).to.deep.equal([3, 2, 34, 22]);
    });

    it('perCell 5 of 387 → 78 cells, 77 full and the last 0.4 (387 / 5 = 77.4), 10 per row', () => {
      const l = waffleCells(387, undefined, { perCell: 5 });
      expect(l.cells).to.have.length(78);
      expect(full(l.cells)).to.equal(77);
      expect(partial(l.cells)).to.deep.equal([{ x: 84, y: 84, w: 10, h: 10, fill: 0.4 }]);
      expect([l.cols, l.rows]).to.deep.equal([10, 8]);
    });

    it('perRow, size and gap: 319 of 500 at 50 per row, size 4, gap 1 → 249 × 49', () => {
      const l = waffleCells(319, 500, { perRow: 50, size: 4, gap: 1 });
      expect([l.cols, l.rows, l.width, l.height]).to.deep.equal([50, 10, 249, 49]);
      expect(l.cells[50]).to.deep.equal({ x: 0, y: 5, w: 4, h: 4, fill: 1 });
    });

    it('non-positive or NaN options fall back to the defaults instead of failing', () => {
      const ref = waffleCells(319, 500);
      for (const bad of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) {
        const l = waffleCells(319, 500, { perRow: bad, perCell: bad, size: bad });
        expect([l.cols, l.rows, l.width, l.cells.length], String(bad)).to.deep.equal([ref.cols, ref.rows, ref.width, ref.cells.length]);
      }
    });

    it('a value of 0 with no total draws nothing', () => {
      const l = waffleCells(0, undefined);
      expect([l.cells.length, l.width, l.height]).to.deep.equal([0, 0, 0]);
    });
  });

  describe('defaults', () => {
    it('defaultPerCell: 1 up to 1000; else the smallest 1/2/5 × 10ⁿ giving ≤ 500 cells', () => {
      expect([387, 500, 1000, 1001, 2600, 120e9].map(defaultPerCell)).to.deep.equal([1, 1, 1, 5, 10, 500_000_000]);
    });

    it('defaultPerRow: tidy grids (4 → 2, 5 → 3, 8 → 4, 100 → 10, 387 → 20, 500 → 25)', () => {
      expect([1, 4, 5, 8, 9, 20, 21, 100, 387, 500, 1000].map(defaultPerRow)).to.deep.equal([1, 2, 3, 4, 3, 5, 5, 10, 20, 25, 35]);
    });
  });

  describe('wafflePaths(layout)', () => {
    it('1.5 of 3: one full and one half cell filled; the half and the empty cell in the track path', () => {
      expect(wafflePaths(waffleCells(1.5, 3, { perRow: 3 }))).to.deep.equal({
        filled: 'M0 0h10v10h-10zM12 0h5v10h-5z',
        empty: 'M12 0h10v10h-10zM24 0h10v10h-10z',
      });
    });

    it('319 of 500: 319 filled and 181 empty subpaths', () => {
      const p = wafflePaths(waffleCells(319, 500));
      expect(p.filled.split('z').length - 1).to.equal(319);
      expect(p.empty.split('z').length - 1).to.equal(181);
    });
  });

  describe('waffleViewBox(layout)', () => {
    it('the 25 × 20 grid fills a 5:4 box: [0, −0.2, 298, 238.4]', () => {
      expect(waffleViewBox(waffleCells(319, 500))).to.deep.equal([0, -0.2, 298, 238.4]);
    });

    it('10 × 10 sits left in the 5:4 box: [0, 0, 147.5, 118]', () => {
      expect(waffleViewBox(waffleCells(95.3, 100))).to.deep.equal([0, 0, 147.5, 118]);
    });

    it('5 cells get at least 4 × 3 cells of room, centred vertically: [0, −7.4, 46, 36.8]', () => {
      expect(waffleViewBox(waffleCells(5, undefined))).to.deep.equal([0, -7.4, 46, 36.8]);
    });
  });
});
