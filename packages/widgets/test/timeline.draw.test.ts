import { expect } from '@open-wc/testing';
import { BAND, LABEL, LAYOUTS, axisLabels, axisLayout, bandHeight, leaderPath, markerY, spread, textWidth, timePositions, yearSpan, yearTicks } from '../src/timeline/timeline.draw.js';
import type { Placement } from '../src/timeline/timeline.draw.js';

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
  it('2016–2028 with at most 7 labels → a tick every year, a label on every second year (the closing 2028 names no year)', () => {
    const ticks = yearTicks({ first: 2016, end: 2028 }, 7);
    expect(ticks.map((t) => t.year)).to.deep.equal([2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028]);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([2016, 2018, 2020, 2022, 2024, 2026]);
    // Leap years make the steps uneven: 2016 has 366 days (8.35 %), 2017 365 (8.33 %).
    expect(ticks.map((t) => t.at)).to.deep.equal([0, 8.35, 16.68, 25.01, 33.33, 41.68, 50.01, 58.34, 66.67, 75.02, 83.34, 91.67, 100]);
  });
  it('2023–2028 → every year labelled', () => {
    const ticks = yearTicks({ first: 2023, end: 2028 }, 7);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([2023, 2024, 2025, 2026, 2027]);
  });
  it('1900–2030 with 7 → every 20 years (1, 2, 5, 10, 20 …)', () => {
    const ticks = yearTicks({ first: 1900, end: 2030 }, 7);
    expect(ticks.filter((t) => t.label).map((t) => t.year)).to.deep.equal([1900, 1920, 1940, 1960, 1980, 2000, 2020]);
  });
  it('2016–2022 with 7 → all six years (the closing boundary does not count)', () => {
    expect(yearTicks({ first: 2016, end: 2022 }, 6).filter((t) => t.label).length).to.equal(6);
  });
});

describe('spread (least-squares positions in order, a step apart, within bounds)', () => {
  it('positions already apart stay where they are', () => {
    expect(spread([0, 40, 90], 30, 0, 100)).to.deep.equal([0, 40, 90]);
  });
  it('a cluster spreads around its mean', () => {
    expect(spread([50, 50, 50], 30, 0, 100)).to.deep.equal([20, 50, 80]);
  });
  it('the bounds push a cluster inward as a block', () => {
    expect(spread([0, 10, 20], 30, 0, 100)).to.deep.equal([0, 30, 60]);
    expect(spread([90, 95], 30, 0, 100)).to.deep.equal([70, 100]);
  });
  it('too many for the room → undefined', () => {
    expect(spread([0, 0], 60, 0, 50)).to.equal(undefined);
    expect(spread([], 60, 0, 50)).to.deep.equal([]);
  });
});

/** The label boxes of a layout at a width, px from the track's start. */
const boxes = (at: readonly number[], placed: readonly Placement[], width: number) =>
  placed.map((p, i) => {
    const from = (p.label / 100) * width - LABEL.marker;
    return { side: p.side, at: at[i]!, label: p.label, from, to: from + LABEL.width };
  });

describe('axisLayout', () => {
  const AT = timePositions(DATES, yearSpan(DATES));

  it('the dataset at 500 px: four labels a side need 740 px, so no horizontal layout (a list)', () => {
    expect(axisLayout(AT, 500)).to.equal(undefined);
  });

  it('the dataset at 840 px: alternately above and below, one row a side, packed toward the late events', () => {
    expect(axisLayout(AT, 840)).to.deep.equal([
      { side: 'above', label: 0 },
      { side: 'below', label: 13.57 },
      { side: 'above', label: 35.95 },
      { side: 'below', label: 35.95 },
      { side: 'above', label: 58.33 },
      { side: 'below', label: 58.33 },
      { side: 'above', label: 80.71 },
      { side: 'below', label: 80.71 },
    ]);
  });

  it('the dataset at 1140 px: each label nearer its marker', () => {
    expect(axisLayout(AT, 1140)!.map((p) => p.label)).to.deep.equal([0, 36.32, 43.23, 52.81, 59.72, 69.3, 76.21, 85.79]);
  });

  it('two events: one above, one below, each over its marker where it fits', () => {
    expect(axisLayout([19.18, 66.99], 500)).to.deep.equal([
      { side: 'above', label: 19.18 },
      { side: 'below', label: 66.99 },
    ]);
    // At 90 % (450 px) a 176 px label would pass the end: it ends 7 px past the track, its
    // leader meeting it at 500 + 14 − 176 = 338 px (67.6 %).
    expect(axisLayout([19.18, 90], 500)![1]).to.deep.equal({ side: 'below', label: 67.6 });
  });

  it('the layouts widen: 500, 840 and 1140 px tracks from 560, 900 and 1200 px cards', () => {
    expect(LAYOUTS.map((l) => [l.key, l.min, l.track])).to.deep.equal([
      ['m', 560, 500],
      ['w', 900, 840],
      ['x', 1200, 1140],
    ]);
  });

  const spreadOut = [0, 3, 12, 20, 33, 41, 47, 60, 61, 77, 88, 99];
  for (const [name, at] of [
    ['the dataset', AT],
    ['twelve events', spreadOut],
    ['a cluster', [50, 50.1, 50.2, 50.3, 50.4]],
  ] as const) {
    it(`${name}: at every width from the layout's on, labels on a side never overlap, stay in the card and keep time order — so leaders cannot cross`, () => {
      let laid = 0;
      for (const l of LAYOUTS) {
        const placed = axisLayout(at, l.track);
        if (!placed) continue;
        laid++;
        for (const width of [l.track, l.track + 60, l.track * 1.5, 2000]) {
          const all = boxes(at, placed, width);
          for (const side of ['above', 'below'] as const) {
            const row = all.filter((b) => b.side === side);
            row.forEach((b, k) => {
              expect(b.from, `${l.key} ${width}`).to.be.at.least(-LABEL.marker - 0.05);
              expect(b.to, `${l.key} ${width}`).to.be.at.most(width + LABEL.marker + 0.05);
              const next = row[k + 1];
              if (next) {
                expect(next.from - b.to, `${l.key} ${width}`).to.be.at.least(LABEL.gap - 0.05);
                expect(next.at >= b.at && next.label > b.label).to.equal(true);
              }
            });
          }
        }
      }
      expect(laid).to.be.greaterThan(0);
    });
  }

  it('sides alternate in time order, whatever the width', () => {
    expect(axisLayout([10, 20, 30], 1140)!.map((p) => p.side)).to.deep.equal(['above', 'below', 'above']);
  });
});

describe('leaders and markers in the band', () => {
  it('the band: a 44 px leader zone, the 24 px axis, a 44 px leader zone', () => {
    expect(bandHeight()).to.equal(112);
    expect(BAND).to.deep.equal({ leader: 44, axis: 24, marker: 12, gap: 2 });
  });

  it('markers sit just outside the axis, on their label’s side', () => {
    expect(markerY('above')).to.equal(36); // 44 − 2 − 6
    expect(markerY('below')).to.equal(76); // 44 + 24 + 2 + 6
  });

  it('a leader runs from its marker’s edge to its label’s edge: straight when they line up, else an S', () => {
    expect(leaderPath(0, 0, 'above')).to.equal('M0 30V2');
    expect(leaderPath(45.81, 35.2, 'above')).to.equal('M45.81 30C45.81 16 35.2 16 35.2 2');
    expect(leaderPath(43.74, 12.3, 'below')).to.equal('M43.74 82C43.74 96 12.3 96 12.3 110');
  });

  it('leaders stay within their zone, between the axis and the row of labels', () => {
    for (const side of ['above', 'below'] as const) {
      const ys = [...leaderPath(30, 60, side).matchAll(/[\d.]+ ([\d.]+)/g)].map((m) => Number(m[1]));
      const [lo, hi] = side === 'above' ? [0, BAND.leader] : [BAND.leader + BAND.axis, bandHeight()];
      for (const y of ys) expect(y).to.be.within(lo, hi);
    }
  });
});

describe('axisLabels', () => {
  const ticks = yearTicks({ first: 2016, end: 2028 }, 7);
  // 15 November 2026 on 2016–2028.
  const now = 90.6;
  const text = { year: 30, today: 40, pad: 4 };

  it('years centred in their segments; Today after its tick; at 500 px the 2026 label would touch Today and is left out', () => {
    expect(axisLabels(ticks, now, 500, text)).to.deep.equal({
      years: [
        { year: 2016, at: 4.18 },
        { year: 2018, at: 20.85 },
        { year: 2020, at: 37.5 },
        { year: 2022, at: 54.18 },
        { year: 2024, at: 70.85 },
      ],
      today: { at: 90.6, anchor: 'start' },
    });
  });

  it('at 840 px 2026 clears Today and stays', () => {
    expect(axisLabels(ticks, now, 840, text).years.map((y) => y.year)).to.deep.equal([2016, 2018, 2020, 2022, 2024, 2026]);
  });

  it('near the end Today runs before its tick; off the axis there is none', () => {
    expect(axisLabels(ticks, 99, 840, text).today).to.deep.equal({ at: 99, anchor: 'end' });
    expect(axisLabels(ticks, undefined, 840, text).today).to.equal(undefined);
    expect(axisLabels(ticks, 120, 840, text)).to.not.have.property('today');
  });
});

describe('textWidth', () => {
  it('a full em per CJK character, 0.62 em for others', () => {
    expect(textWidth('今天', 12)).to.equal(24);
    expect(Math.round(textWidth('Today', 12) * 100) / 100).to.equal(37.2);
    expect(Math.round(textWidth('2016年', 12) * 100) / 100).to.equal(41.76);
  });
});
