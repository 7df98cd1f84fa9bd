import { expect } from '@open-wc/testing';
import { barLayout, rowLayout } from '../src/bars/bars.draw.js';
import type { BarDatum } from '../src/bars/bars.draw.js';
import { gridGradient } from '../src/bars/bars.markup.js';

const d = (key: string, value: number, derived = false): BarDatum => ({ key, value, derived });
const box = { width: 100, height: 100 };

describe('barLayout (columns over periods, in percent of the plot)', () => {
  it('2022 ≈268 (derived) and 2023 387 → two capped bars, axis 0–400 in five ticks', () => {
    const { bars, ticks, baseline } = barLayout([d('2022', 268, true), d('2023', 387)], { ...box, maxBar: 24 });
    // scaleBand over [0, 100], inner padding 0.3, outer 0.2: step 100 / 2.1 = 47.62, band 33.33,
    // centres 26.19 and 73.81; the bars are capped at 24 and keep their centres.
    expect(bars).to.deep.equal([
      { key: '2022', x: 14.19, y: 33, width: 24, height: 67, derived: true, slot: { x: 2.38, width: 47.62 } },
      { key: '2023', x: 61.81, y: 3.25, width: 24, height: 96.75, derived: false, slot: { x: 50, width: 47.62 } },
    ]);
    expect(ticks).to.deep.equal([
      { value: 0, at: 100 },
      { value: 100, at: 75 },
      { value: 200, at: 50 },
      { value: 300, at: 25 },
      { value: 400, at: 0 },
    ]);
    expect(baseline).to.equal(100);
  });

  it('without maxBar a bar is its band: one value 5 → x 18.18, width 63.64, full height', () => {
    const { bars, ticks } = barLayout([d('2024-01-29', 5)], box);
    expect(bars).to.deep.equal([{ key: '2024-01-29', x: 18.18, y: 0, width: 63.64, height: 100, derived: false, slot: { x: 4.55, width: 90.91 } }]);
    // [0, 5] at four ticks would be six (0, 1 … 5): three gives 0, 2, 4.
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 2, 4]);
    expect(ticks.map((t) => t.at)).to.deep.equal([100, 60, 20]);
  });

  it('padding shrinks the ranges: 300 × 200 with 20 on every side', () => {
    // Band range [20, 280]: step 260 / 2.1 = 123.81, band 86.67, first band at 20 + 24.76.
    const { bars, ticks, baseline } = barLayout([d('a', 50), d('b', 100)], { width: 300, height: 200, padding: { top: 20, right: 20, bottom: 20, left: 20 } });
    expect(bars.map((b) => [b.x, b.y, b.width, b.height])).to.deep.equal([
      [44.76, 100, 86.67, 80],
      [168.57, 20, 86.67, 160],
    ]);
    // Range 180 → 20; [0, 100] at four ticks would be six (0, 20 … 100): three gives 0, 50, 100.
    expect(ticks.map((t) => [t.value, t.at])).to.deep.equal([
      [0, 180],
      [50, 100],
      [100, 20],
    ]);
    expect(baseline).to.equal(180);
  });

  it('all zeros → an axis from 0 to 1 and flat bars on the baseline, no NaN', () => {
    const { bars, ticks, baseline } = barLayout([d('a', 0), d('b', 0)], box);
    expect(bars.map((b) => [b.y, b.height])).to.deep.equal([
      [100, 0],
      [100, 0],
    ]);
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 0.5, 1]);
    expect(baseline).to.equal(100);
  });

  it('a negative value hangs below a raised baseline: −50 and 150 → baseline at 75', () => {
    const { bars, baseline } = barLayout([d('a', -50), d('b', 150)], box);
    expect(baseline).to.equal(75);
    expect(bars.map((b) => [b.y, b.height])).to.deep.equal([
      [75, 25],
      [0, 75],
    ]);
  });

  it('no values → no bars and the empty axis', () => {
    const { bars, ticks } = barLayout([], box);
    expect(bars).to.deep.equal([]);
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 0.5, 1]);
  });
});

describe('rowLayout (rows over categories)', () => {
  it('387, 319, 10, 8 → lengths on a 0–400 axis', () => {
    const { bars, ticks, baseline } = rowLayout([d('a', 387), d('b', 319), d('c', 10), d('d', 8)], { width: 100 });
    expect(bars.map((b) => [b.key, b.x, b.width])).to.deep.equal([
      ['a', 0, 96.75],
      ['b', 0, 79.75],
      ['c', 0, 2.5],
      ['d', 0, 2],
    ]);
    expect(ticks.map((t) => [t.value, t.at])).to.deep.equal([
      [0, 0],
      [100, 25],
      [200, 50],
      [300, 75],
      [400, 100],
    ]);
    expect(baseline).to.equal(0);
  });

  it('percentages 95.3 and 10 with padding 10 on each side', () => {
    const { bars, ticks } = rowLayout([d('a', 95.3), d('b', 10)], { width: 200, padding: { left: 10, right: 10 } });
    expect(bars.map((b) => [b.x, b.width])).to.deep.equal([
      [10, 171.54],
      [10, 18],
    ]);
    expect(ticks.map((t) => t.value)).to.deep.equal([0, 50, 100]);
    expect(ticks.map((t) => t.at)).to.deep.equal([10, 100, 190]);
  });
});

describe('gridGradient (the plot\'s gridlines as one background)', () => {
  it('ticks at 100, 75, 50, 25, 0 % from the top → four 1px lines (the baseline at 100 % is the border)', () => {
    expect(gridGradient([100, 75, 50, 25, 0])).to.equal(
      'linear-gradient(transparent 0 0%,var(--_border) 0 calc(0% + 1px),transparent 0 25%,var(--_border) 0 calc(25% + 1px),' +
        'transparent 0 50%,var(--_border) 0 calc(50% + 1px),transparent 0 75%,var(--_border) 0 calc(75% + 1px),transparent 0)',
    );
  });

  it('uneven ticks (0, 2, 4 on a 0–5 axis: 100, 60, 20 %) → lines at 20 and 60 %; no ticks but the baseline → none', () => {
    expect(gridGradient([100, 60, 20])).to.equal('linear-gradient(transparent 0 20%,var(--_border) 0 calc(20% + 1px),transparent 0 60%,var(--_border) 0 calc(60% + 1px),transparent 0)');
    expect(gridGradient([100])).to.equal('none');
  });
});
