import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { KfProgress } from '../src/progress/progress.js';
import { progressRing } from '../src/progress/progress.draw.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { FIXTURE, holdFetch } from './helpers.js';

if (!customElements.get('kf-progress')) customElements.define('kf-progress', KfProgress);
lazyOptions.enabled = false;

/** The conference day: every time left below is counted from it. */
const NOW = Date.UTC(2024, 0, 29);

const root = (el: Element): ShadowRoot => el.shadowRoot!;
const part = (el: Element, name: string): string => root(el).querySelector(`[part~="${name}"]`)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const scale = (el: Element): string[] => [...root(el).querySelectorAll('.scale span')].map((s) => s.textContent!.trim());
const tableRows = (el: Element): string[][] =>
  [...root(el).querySelectorAll('table tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
const graphic = (el: Element): SVGElement => root(el).querySelector('svg[role="img"]')!;

async function make(id: string, locale = 'en', extra: Partial<KfProgress> = {}): Promise<KfProgress> {
  const el = document.createElement('kf-progress') as KfProgress;
  Object.assign(el, { indicator: id, locale, now: NOW, ...extra });
  await fixture(html`<div style="width: 560px">${el}</div>`);
  await el.updateComplete;
  return el;
}

describe('kf-progress', () => {
  describe('visible text from the SDK, en and zh-CN', () => {
    it('fortune-500-companies: share of a named total', async () => {
      const el = await make('fortune-500-companies');
      expect(part(el, 'label')).to.equal('Fortune 500 companies in Chongqing');
      expect(part(el, 'value')).to.equal('63.8%');
      expect(part(el, 'detail')).to.equal('319 of the 500 companies in the Fortune 500');
      expect(scale(el)).to.deep.equal(['0', '500']);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(part(el, 'label')).to.equal('落户重庆的世界500强企业');
      expect(part(el, 'value')).to.equal('63.8%');
      expect(part(el, 'detail')).to.equal('世界500强中的319家（共500家）');
      expect(part(el, 'meta')).to.equal('来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。');
    });

    it('service-opening-pilot-rate: a percent level of 100 %', async () => {
      const el = await make('service-opening-pilot-rate');
      expect(part(el, 'value')).to.equal('95.3%');
      expect(scale(el)).to.deep.equal(['0%', '100%']);
      expect(root(el).querySelector('rect.fill')!.getAttribute('width')).to.equal('953');
    });

    const targets: [id: string, en: string, zh: string][] = [
      ['vehicle-export-share-target', '10%', '10%'],
      ['nev-export-value-target', 'more than CNY 120 billion', '超过1200亿元'],
      ['nev-export-leaders-target', '1–2 leading NEV export enterprises and brands', '1—2家'],
    ];
    for (const [id, en, zh] of targets) {
      it(`${id}: target "${en}" / "${zh}", deadline, time left, no current value — never a 0 % bar`, async () => {
        const el = await make(id);
        expect(part(el, 'value')).to.equal(en);
        expect(part(el, 'detail')).to.equal('by 2027 · 3 years, 11 months left');
        expect(part(el, 'note')).to.equal('No current value stated');
        expect(part(el, 'time')).to.match(/^Time to the deadline Today/);
        expect(scale(el)).to.deep.equal(['December 5, 2023', 'by 2027']);
        expect(root(el).querySelector('.fill'), 'no progress fill').to.equal(null);
        expect(root(el).querySelector('line.marker')!.getAttribute('x1')).to.equal('36.96');
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(part(el, 'value')).to.equal(zh);
        expect(part(el, 'detail')).to.equal('到2027年 · 还剩3年11个月');
        expect(part(el, 'note')).to.equal('未公布当前值');
        expect(part(el, 'time')).to.match(/^距目标期限的时间 今天/);
        expect(scale(el)).to.deep.equal(['2023年12月5日', '到2027年']);
      });
    }

    it('a target with words: the number at display size, its words at text size (not three big lines in a 260 px card)', async () => {
      const el = document.createElement('kf-progress') as KfProgress;
      Object.assign(el, { indicator: 'nev-export-leaders-target', locale: 'en', now: NOW });
      await fixture(html`<div style="width: 260px">${el}</div>`);
      await el.updateComplete;
      const value = root(el).querySelector<HTMLElement>('[part~="value"]')!;
      expect(value.querySelector('.number')!.textContent).to.equal('1–2');
      const unit = value.querySelector<HTMLElement>('[part~="unit"]')!;
      expect(unit.textContent).to.equal(' leading NEV export enterprises and brands');
      const big = parseFloat(getComputedStyle(value.querySelector('.number')!).fontSize);
      const small = parseFloat(getComputedStyle(unit).fontSize);
      expect(big).to.be.at.least(32);
      expect(small).to.be.at.most(16);
      // The number line and at most two lines of words: well under three display lines (3 × 1.1 × 36 px).
      expect(value.getBoundingClientRect().height).to.be.below(100);
      el.locale = 'zh-CN';
      await el.updateComplete;
      const zh = root(el).querySelector<HTMLElement>('[part~="value"]')!;
      expect([zh.querySelector('.number')!.textContent, zh.querySelector('[part~="unit"]')!.textContent]).to.deep.equal(['1—2', '家']);
    });

    it('"超过1200亿元": the words before and after the number at text size, the number alone large', async () => {
      const el = await make('nev-export-value-target', 'zh-CN');
      const units = [...root(el).querySelectorAll('[part~="value"] [part~="unit"]')].map((u) => u.textContent);
      expect(units).to.deep.equal(['超过', '亿元']);
      expect(root(el).querySelector('[part~="value"] .number')!.textContent).to.equal('1200');
    });

    it('the source is its own line (part "source"), apart from the period (part "period")', async () => {
      const el = await make('fortune-500-companies');
      const source = root(el).querySelector('[part~="source"]')!;
      expect(source.textContent).to.equal('Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.');
      // The source's date says the period: no period line.
      expect(root(el).querySelector('[part~="period"]')).to.equal(null);
      const d = structuredClone(data) as unknown as { indicators: { id: string; observations: { period: string; measure: string }[] }[] };
      d.indicators.find((i) => i.id === 'service-opening-pilot-rate')!.observations.find((o) => o.measure === 'level')!.period = '2023';
      const other = await make('service-opening-pilot-rate', 'en', { data: d });
      expect(root(other).querySelector('[part~="period"]')!.textContent).to.equal('2023');
      expect(root(other).querySelector('[part~="source"]')!.textContent).to.match(/^Source: /);
      expect([...root(other).querySelectorAll('[part~="meta"]')].map((m) => m.getAttribute('part'))).to.deep.equal(['meta period', 'meta source']);
    });

    it('the time left follows `now`: 6 months in mid-2027, "Deadline passed" in 2028', async () => {
      const el = await make('vehicle-export-share-target', 'en', { now: Date.UTC(2027, 5, 15) });
      expect(part(el, 'detail')).to.equal('by 2027 · 6 months left');
      el.now = Date.UTC(2028, 2, 1);
      await el.updateComplete;
      expect(part(el, 'detail')).to.equal('by 2027 · Deadline passed');
      expect(root(el).querySelector('line.marker')!.getAttribute('x1')).to.equal('1000');
    });

    it('a level and a target in the same unit: progress of the level toward the target', async () => {
      const d = structuredClone(data) as unknown as { indicators: { id: string; observations: object[] }[] };
      d.indicators
        .find((i) => i.id === 'service-opening-pilot-rate')!
        .observations.push({ period: '2025', measure: 'target', value: 100, qualifier: 'exact', quote: 'the pilot tasks' });
      const el = await make('service-opening-pilot-rate', 'en', { data: d });
      expect(part(el, 'value')).to.equal('95.3%');
      expect(part(el, 'detail')).to.equal('Target: 100% by 2025 · 1 year, 11 months left');
      expect(scale(el)).to.deep.equal(['0%', '100%']);
      expect(root(el).querySelector('rect.fill')!.getAttribute('width')).to.equal('953');
      expect(root(el).querySelector('table')!.textContent).to.contain('95.3%');
    });

    it('the data table holds value, total, share and period', async () => {
      const el = await make('fortune-500-companies');
      expect(tableRows(el)).to.deep.equal([
        ['Value', '319 companies'],
        ['Total (Fortune 500)', '500 companies'],
        ['Share', '63.8%'],
        ['Period', 'January 29, 2024'],
      ]);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(tableRows(el)).to.deep.equal([
        ['数值', '319家'],
        ['总数（世界500强）', '500家'],
        ['占比', '63.8%'],
        ['时间', '2024年1月29日'],
      ]);
    });
  });

  describe('variants', () => {
    it('ring: the d3 arc of 63.8 % and the figure in the ring', async () => {
      const el = await make('fortune-500-companies', 'en', { variant: 'ring' });
      const ring = progressRing(0.638, 50, 12);
      expect(root(el).querySelector('path.fill')!.getAttribute('d')).to.equal(ring.fill);
      expect(root(el).querySelector('path.track')!.getAttribute('d')).to.equal(ring.track);
      expect(root(el).querySelector('.ring-box [part~="value"]')!.textContent).to.equal('63.8%');
    });

    it('ring on a target alone still draws the time bar, not a ring', async () => {
      const el = await make('vehicle-export-share-target', 'en', { variant: 'ring' });
      expect(root(el).querySelector('path.fill')).to.equal(null);
      expect(root(el).querySelector('line.marker')).to.not.equal(null);
    });

    it('an unknown variant draws the bar', async () => {
      const el = await make('fortune-500-companies', 'en', { variant: 'pie' as never });
      expect(root(el).querySelector('rect.fill')!.getAttribute('width')).to.equal('638');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN']) {
        it(`is axe-clean in ${theme} / ${locale} (share bar, share ring, target)`, async () => {
          for (const [id, variant] of [
            ['fortune-500-companies', 'bar'],
            ['fortune-500-companies', 'ring'],
            ['nev-export-value-target', 'bar'],
          ] as const) {
            const el = await make(id, locale, { theme, variant });
            await expect(el).to.be.accessible();
          }
        });
      }
    }

    it('a figure with a visible caption and an SVG role="img" named by describe(); the name follows indicator and locale', async () => {
      const el = await make('fortune-500-companies');
      expect(root(el).querySelector('figure > figcaption')!.textContent).to.equal('Fortune 500 companies in Chongqing');
      expect(graphic(el).getAttribute('aria-label')).to.equal('319 of the Fortune 500 companies have settled in Chongqing.');
      el.indicator = 'vehicle-export-share-target';
      await el.updateComplete;
      expect(graphic(el).getAttribute('aria-label')).to.equal("By 2027, Chongqing's annual vehicle exports are to reach 10% of the national total.");
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(graphic(el).getAttribute('aria-label')).to.equal('到2027年，重庆汽车年出口量占全国汽车出口总量的比重将达到10%。');
    });
  });

  describe('errors', () => {
    it('unsupported indicator (a count with no total or target): says why, names ids that work, kf-error unsupported-indicator', async () => {
      const el = document.createElement('kf-progress') as KfProgress;
      el.indicator = 'new-foreign-enterprises';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await error;
      expect(detail.code).to.equal('unsupported-indicator');
      expect(detail.message).to.contain('nothing to be progress toward');
      const alert = root(el).querySelector('[role="alert"]')!.textContent!;
      expect(alert).to.contain('"new-foreign-enterprises"');
      expect(alert).to.contain('fortune-500-companies, service-opening-pilot-rate, vehicle-export-share-target');
      await expect(el).to.be.accessible();
    });

    it('unknown id: the closest id, and kf-error unknown-indicator', async () => {
      const el = document.createElement('kf-progress') as KfProgress;
      el.indicator = 'fortune-500-company';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('unknown-indicator');
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('did you mean "fortune-500-companies"');
    });

    it('invalid data object: the first problem path', async () => {
      const bad = structuredClone(data) as unknown as { indicators: { observations: { value: unknown }[] }[] };
      bad.indicators[1]!.observations[0]!.value = 'many';
      const el = document.createElement('kf-progress') as KfProgress;
      Object.assign(el, { indicator: 'fortune-500-companies', data: bad });
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('invalid-dataset');
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('indicators[1].observations[0].value');
    });

    it('404 src: the HTTP status', async () => {
      const el = document.createElement('kf-progress') as KfProgress;
      Object.assign(el, { indicator: 'fortune-500-companies', src: '/packages/widgets/test/fixtures/missing.json' });
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('http-status');
      await el.updateComplete;
      expect(root(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
    });
  });

  describe('loading', () => {
    it('the placeholder pulses only without prefers-reduced-motion', async () => {
      const hold = holdFetch();
      try {
        const el = document.createElement('kf-progress') as KfProgress;
        Object.assign(el, { indicator: 'fortune-500-companies', src: `${FIXTURE}?motion` });
        await fixture(html`<div style="width: 560px">${el}</div>`);
        const skeleton = root(el).querySelector('.bar-box.skeleton')!;
        await emulateMedia({ reducedMotion: 'reduce' });
        expect(getComputedStyle(skeleton).animationName).to.equal('none');
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle(skeleton).animationName).to.equal('kf-pulse');
      } finally {
        hold.release();
        hold.restore();
      }
    });

    for (const variant of ['bar', 'ring'] as const) {
      it(`${variant}: the loading box is the ready box (560 px)`, async () => {
        const hold = holdFetch();
        try {
          const el = document.createElement('kf-progress') as KfProgress;
          Object.assign(el, { indicator: 'fortune-500-companies', src: `${FIXTURE}?${variant}`, variant, now: NOW });
          const loaded = oneEvent(el, 'kf-load');
          await fixture(html`<div style="width: 560px">${el}</div>`);
          expect(root(el).querySelector('[part="loading"]')).to.not.equal(null);
          const loading = el.getBoundingClientRect();
          hold.release();
          await loaded;
          await el.updateComplete;
          expect(graphic(el)).to.not.equal(null);
          const ready = el.getBoundingClientRect();
          expect([ready.width, ready.height]).to.deep.equal([loading.width, loading.height]);
        } finally {
          hold.restore();
        }
      });
    }
  });
});
