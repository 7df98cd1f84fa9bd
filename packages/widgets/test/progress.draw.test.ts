import { expect } from '@open-wc/testing';
import { progressBar, progressRing, timeSpan } from '../src/progress/progress.draw.js';
import { formatDuration, timeLeft } from '../src/progress/time-left.js';
import { quantityRuns } from '../src/shared/fill.js';

const END_2027 = Date.UTC(2028, 0, 1) - 1; // periodEnd('2027')

describe('progress.draw', () => {
  describe('progressBar(fraction, width, height)', () => {
    it('progressBar(0.638, 1000, 16) → track 1000×16, fill 638×16', () => {
      expect(progressBar(0.638, 1000, 16)).to.deep.equal({
        track: { x: 0, y: 0, width: 1000, height: 16 },
        fill: { x: 0, y: 0, width: 638, height: 16 },
        fraction: 0.638,
      });
    });

    it('progressBar(0.953, 300, 10) → fill 285.9 wide (two decimals)', () => {
      expect(progressBar(0.953, 300, 10).fill).to.deep.equal({ x: 0, y: 0, width: 285.9, height: 10 });
    });

    it('clamps: 1.2 → full, −0.5 → empty, NaN → empty', () => {
      expect(progressBar(1.2, 300, 10).fill.width).to.equal(300);
      expect(progressBar(1.2, 300, 10).fraction).to.equal(1);
      expect(progressBar(-0.5, 300, 10).fill.width).to.equal(0);
      expect(progressBar(Number.NaN, 300, 10).fill.width).to.equal(0);
    });
  });

  describe('progressRing(fraction, radius, thickness)', () => {
    it('progressRing(0.25, 50, 10): a quarter from twelve o’clock to three, inside a 100×100 viewBox', () => {
      const r = progressRing(0.25, 50, 10);
      expect(r.fill).to.equal('M0,-50A50,50,0,0,1,50,0L40,0A40,40,0,0,0,0,-40Z');
      expect(r.track).to.equal('M0,-50A50,50,0,1,1,0,50A50,50,0,1,1,0,-50M0,-40A40,40,0,1,0,0,40A40,40,0,1,0,0,-40Z');
      expect(r.viewBox).to.deep.equal([-50, -50, 100, 100]);
    });

    it('progressRing(0.638, 50, 12): the large arc past half, ending at 63.8 % of the turn', () => {
      expect(progressRing(0.638, 50, 12).fill).to.equal('M0,-50A50,50,0,1,1,-38.12,32.35L-28.97,24.59A38,38,0,1,0,0,-38Z');
    });

    it('0 draws no fill; 1 (and above) fills the whole ring', () => {
      expect(progressRing(0, 50, 12).fill).to.equal('');
      const full = progressRing(1.5, 50, 12);
      expect(full.fill).to.equal(full.track);
      expect(full.fraction).to.equal(1);
    });
  });

  describe('timeSpan(start, end, now, width, height)', () => {
    it('action plan 2023-12-05 → end of 2027, today 2024-01-29: marker at 36.96 of 1000', () => {
      const s = timeSpan(Date.UTC(2023, 11, 5), END_2027, Date.UTC(2024, 0, 29), 1000, 12);
      expect(s.today).to.equal(36.96);
      expect(s.elapsed).to.deep.equal({ x: 0, y: 0, width: 36.96, height: 12 });
      expect(s.track).to.deep.equal({ x: 0, y: 0, width: 1000, height: 12 });
      expect(s.phase).to.equal('during');
    });

    it('before the start the marker is at 0; after the deadline at the end', () => {
      const before = timeSpan(1000, 2000, 500, 100, 10);
      expect([before.today, before.phase]).to.deep.equal([0, 'before']);
      const after = timeSpan(1000, 2000, 2500, 100, 10);
      expect([after.today, after.phase]).to.deep.equal([100, 'after']);
    });
  });

  describe('timeLeft(now, end) and formatDuration', () => {
    const cases: [now: number, years: number, months: number, days: number, en: string, zh: string][] = [
      [Date.UTC(2024, 0, 29), 3, 11, 0, '3 years, 11 months', '3年11个月'],
      [Date.UTC(2027, 0, 1), 1, 0, 0, '1 year', '1年'],
      [Date.UTC(2027, 5, 15), 0, 6, 0, '6 months', '6个月'],
      [Date.UTC(2027, 11, 20), 0, 0, 12, '12 days', '12天'],
    ];
    for (const [now, years, months, days, en, zh] of cases) {
      it(`${new Date(now).toISOString().slice(0, 10)} → end of 2027: "${en}" / "${zh}"`, () => {
        const t = timeLeft(now, END_2027);
        expect(t).to.deep.equal({ years, months, days, past: false });
        expect(formatDuration(t, 'en')).to.equal(en);
        expect(formatDuration(t, 'zh-CN')).to.equal(zh);
      });
    }

    it('at or after the deadline: past', () => {
      expect(timeLeft(END_2027 + 1, END_2027)).to.deep.equal({ years: 0, months: 0, days: 0, past: true });
    });
  });
});

describe('quantityRuns (a Chinese number stays on one line with its unit)', () => {
  const kept = (text: string) => quantityRuns(text).filter((r) => r.keep).map((r) => r.text);
  it('"世界500强中的319家（共500家）" → the number and up to two characters after it kept whole', () => {
    expect(quantityRuns('世界500强中的319家（共500家）')).to.deep.equal([
      { text: '世界', keep: false },
      { text: '500强中', keep: true },
      { text: '的', keep: false },
      { text: '319家', keep: true },
      { text: '（共', keep: false },
      { text: '500家', keep: true },
      { text: '）', keep: false },
    ]);
  });
  it('dates, ranges, decimals and two-character units', () => {
    expect(kept('来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。')).to.deep.equal(['2024年', '1月', '29日']);
    expect(kept('1—2家')).to.deep.equal(['1—2家']);
    expect(kept('超过1200亿元')).to.deep.equal(['1200亿元']);
    expect(kept('占比63.8%')).to.deep.equal([]);
    expect(kept('还剩1年1个月')).to.deep.equal(['1年', '1个月']);
  });
  it('English text is one run, left to break at its spaces', () => {
    expect(quantityRuns('319 of the 500 companies')).to.deep.equal([{ text: '319 of the 500 companies', keep: false }]);
    expect(quantityRuns('')).to.deep.equal([{ text: '', keep: false }]);
  });
});
