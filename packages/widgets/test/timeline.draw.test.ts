import { expect } from '@open-wc/testing';
import { LANES, lanes, timePositions, yearSpan, yearTicks } from '../src/timeline/timeline.draw.js';
import type { LaneOptions } from '../src/timeline/timeline.draw.js';

const utc = (y: number, m = 1, d = 1): number => Date.UTC(y, m - 1, d);

/** The dataset's event dates, in order. */
const DATES = [utc(2016), utc(2021, 4), utc(2021, 7), utc(2022, 8), utc(2023, 12, 5), utc(2024, 1, 26), utc(2024, 1, 29), utc(2027)];

describe('yearSpan', () => {
  it('2016 … 2027 → from 1 January 2016 to 1 January 2028', () => {
    expect(yearSpan(DATES)).to.deep.equal({ first: 2016, end: 2028 });
  });
  it('one date → its year', () => {
    expect(yearSpan([utc(2021, 7)])).to.deep.equal({ first: 2021, end: 2022 });
  });
  it('no dates → a span that draws nothing wrong', () => {
    expect(yearSpan([])).to.deep.equal({ first: 0, end: 1 });
  });
});

describe('timePositions (linear over UTC timestamps, percent)', () => {
  it('the dataset events across 2016–2028 (4383 days)', () => {
    // 2021-04-01 is day 1917 of 4383 → 43.74 %; 2024-01-26 day 2947 → 67.24 %; 2027-01-01 day 4018 → 91.67 %.
    expect(timePositions(DATES, yearSpan(DATES))).to.deep.equal([0, 43.74, 45.81, 54.85, 66.05, 67.24, 67.31, 91.67]);
  });
  it('a time outside the span falls outside 0–100', () => {
    expect(timePositions([utc(2015), utc(2030)], { first: 2016, end: 2028 })).to.deep.equal([-8.33, 116.68]);
  });
});

describe('yearTicks', () => {
  it('2016–2028 with at most 7 labels → a tick every year, a label every second', () => {
    const ticks = yearTicks({ first: 2016, end: 2028 }, 7);
    expect(ticks.map((t) => t.year)).to.deep.equal([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([2016, 2018, 2020, 2022, 2024, 2026, 2028]);
    // Leap years make the steps uneven: 2016 has 366 days (8.35 %), 2017 365 (8.33 %).
    expect(ticks.map((t) => t.at)).to.deep.equal([0, 8.35, 16.68, 25.01, 33.33, 41.68, 50.01, 58.34, 66.67, 75.02, 83.34, 91.67, 100]);
  });
  it('2023–2028 → every year labelled', () => {
    const ticks = yearTicks({ first: 2023, end: 2028 }, 7);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([2023, 2024, 2025, 2026, 2027, 2028]);
  });
  it('1900–2030 with 7 → every 20 years (1, 2, 5, 10, 20 …)', () => {
    const ticks = yearTicks({ first: 1900, end: 2030 }, 7);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
  });
});

describe('lanes', () => {
  const opts: LaneOptions = { track: 500, label: 176, gap: 12, marker: 7 };

  it('first fit: 0, 10, 50, 95 % on 500px with 176px labels', () => {
    // 0 → [-7, 169] lane 0; 10 → [43, 219] lane 1; 50 → [243, 419] lane 0;
    // 95 would pass the end, so it ends at its marker: [306, 482], which clears lane 1 (219 + 12).
    expect(lanes([0, 10, 50, 95], opts)).to.deep.equal([
      { lane: 0, anchor: 'start' },
      { lane: 1, anchor: 'start' },
      { lane: 0, anchor: 'start' },
      { lane: 1, anchor: 'end' },
    ]);
  });

  it('labels exactly one gap apart share a lane', () => {
    // 188px apart = 176 + 12: 37.6 % of 500.
    expect(lanes([0, 37.6], opts).map((p) => p.lane)).to.deep.equal([0, 0]);
    expect(lanes([0, 37.5], opts).map((p) => p.lane)).to.deep.equal([0, 1]);
  });

  it('the dataset events: 7 lanes at 500px (so a list there), 5 at 840px', () => {
    const at = timePositions(DATES, yearSpan(DATES));
    expect(lanes(at, LANES.medium).map((p) => p.lane)).to.deep.equal([0, 0, 1, 2, 3, 4, 5, 6]);
    expect(lanes(at, LANES.wide)).to.deep.equal([
      { lane: 0, anchor: 'start' },
      { lane: 0, anchor: 'start' },
      { lane: 1, anchor: 'start' },
      { lane: 2, anchor: 'start' },
      { lane: 3, anchor: 'start' },
      { lane: 0, anchor: 'start' },
      { lane: 4, anchor: 'start' },
      { lane: 1, anchor: 'end' },
    ]);
  });

  it('labels that clear each other at the lanes’ width clear each other at any wider one', () => {
    const at = [0, 3, 12, 20, 33, 41, 47, 60, 61, 77, 88, 99];
    const placed = lanes(at, opts);
    for (const width of [500, 640, 900, 1400]) {
      const boxes = placed.map((p, i) => {
        const px = (at[i]! / 100) * width;
        const from = p.anchor === 'start' ? px - opts.marker : px + opts.marker - opts.label;
        return { lane: p.lane, from, to: from + opts.label };
      });
      for (const a of boxes) {
        expect(a.from).to.be.at.least(-opts.marker);
        expect(a.to).to.be.at.most(width + opts.marker);
        for (const b of boxes) if (a !== b && a.lane === b.lane) expect(a.to <= b.from - opts.gap + 1e-9 || b.to <= a.from - opts.gap + 1e-9, `${width}px`).to.be.true;
      }
    }
  });
});
