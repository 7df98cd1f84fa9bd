import { expect } from '@open-wc/testing';
import { miniBars, miniBarsDefaults } from '../src/kpi/kpi.draw.js';

describe('miniBars', () => {
  it('miniBars([≈268 derived, 387]) → hatched bar inset by half its outline, solid bar full height', () => {
    expect(miniBars([{ value: 268, derived: true }, { value: 387, derived: false }])).to.deep.equal({
      width: 240,
      height: 48,
      baseline: 48,
      bars: [
        // band 0–120, bar 72 wide centred at 24; height 268 / 387 × 48 = 33.24, inset 0.75
        { x: 24.75, y: 15.51, width: 70.5, height: 32.49, derived: true },
        { x: 144, y: 0, width: 72, height: 48, derived: false },
      ],
    });
  });

  it('miniBars(three stated values, 300 × 60, padding 0.5) → equal bands', () => {
    const layout = miniBars(
      [
        { value: 10, derived: false },
        { value: 20, derived: false },
        { value: 40, derived: false },
      ],
      { width: 300, height: 60, padding: 0.5, stroke: 2 },
    );
    expect(layout.bars).to.deep.equal([
      { x: 25, y: 45, width: 50, height: 15, derived: false },
      { x: 125, y: 30, width: 50, height: 30, derived: false },
      { x: 225, y: 0, width: 50, height: 60, derived: false },
    ]);
    expect(layout.baseline).to.equal(60);
  });

  it('miniBars(all zero or negative) → zero-height bars on the baseline, no NaN', () => {
    const { bars } = miniBars([
      { value: 0, derived: true },
      { value: -5, derived: false },
    ]);
    expect(bars).to.deep.equal([
      { x: 24, y: 48, width: 72, height: 0, derived: true },
      { x: 144, y: 48, width: 72, height: 0, derived: false },
    ]);
  });

  it('miniBars([]) → no bars', () => {
    expect(miniBars([]).bars).to.deep.equal([]);
    expect(miniBarsDefaults).to.deep.equal({ width: 240, height: 48, padding: 0.4, stroke: 1.5 });
  });
});
