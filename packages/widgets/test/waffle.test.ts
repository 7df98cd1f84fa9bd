import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { lazyOptions } from '../src/shared/lazy.js';
import { KfWaffle } from '../src/waffle/waffle.js';
import { FIXTURE, holdFetch } from './helpers.js';

if (!customElements.get('kf-waffle')) customElements.define('kf-waffle', KfWaffle);
lazyOptions.enabled = false;


const root = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const part = (el: Element, name: string): string => text(root(el).querySelector(`[part~="${name}"]`));
const legend = (el: Element): string[] => [...root(el).querySelectorAll('[part~="legend"] li')].map(text);
const graphic = (el: Element): SVGElement => root(el).querySelector('svg[role="img"]')!;
/** Number of cells in a path: one closed subpath each. */
const subpaths = (el: Element, cls: string): number => (root(el).querySelector(`path.${cls}`)?.getAttribute('d') ?? '').split('z').length - 1;
const viewBox = (el: Element): string => graphic(el).getAttribute('viewBox')!;

async function make(id: string, locale = 'en', extra: Partial<KfWaffle> = {}, attrs: Record<string, string> = {}): Promise<KfWaffle> {
  const el = document.createElement('kf-waffle') as KfWaffle;
  Object.assign(el, { indicator: id, locale, ...extra });
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await fixture(html`<div style="width: 560px">${el}</div>`);
  await el.updateComplete;
  return el;
}

describe('kf-waffle', () => {
  describe('visible text and cells, en and zh-CN', () => {
    it('fortune-500-companies: 319 of 500 cells filled, legend for both, 1 cell = 1 company', async () => {
      const el = await make('fortune-500-companies');
      expect(part(el, 'value')).to.equal('319 of the 500 companies in the Fortune 500');
      expect(text(root(el).querySelector('[part~="value"] strong'))).to.equal('319');
      expect(legend(el)).to.deep.equal(['Fortune 500 companies in Chongqing: 319', 'Rest of the Fortune 500: 181', '1 cell = 1 company']);
      expect(subpaths(el, 'filled')).to.equal(319);
      expect(subpaths(el, 'empty')).to.equal(181);
      expect(viewBox(el)).to.equal('0 -0.2 298 238.4'); // 25 × 20
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(part(el, 'label')).to.equal('落户重庆的世界500强企业');
      expect(part(el, 'value')).to.equal('世界500强中的319家（共500家）');
      expect(legend(el)).to.deep.equal(['落户重庆的世界500强企业：319家', '世界500强其余：181家', '每格代表1家']);
    });

    it('service-opening-pilot-rate: 95.3 of 100, the 96th cell filled three tenths', async () => {
      const el = await make('service-opening-pilot-rate');
      expect(part(el, 'value')).to.equal('95.3%');
      expect(legend(el)).to.deep.equal(['Service-industry opening-up pilot tasks implemented: 95.3%', 'Rest: 4.7%', '1 cell = 1%']);
      expect(subpaths(el, 'filled')).to.equal(96);
      expect(subpaths(el, 'empty')).to.equal(5);
      expect(root(el).querySelector('path.filled')!.getAttribute('d')).to.contain('M60 108h3v10h-3z');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(legend(el)).to.deep.equal(['服务业扩大开放综合试点任务实施率：95.3%', '其余：4.7%', '每格代表1%']);
    });

    it('consumer-center-pilot-cities: a count without a total is just its 5 cells', async () => {
      const el = await make('consumer-center-pilot-cities');
      expect(part(el, 'value')).to.equal('5 other cities');
      expect(legend(el)).to.deep.equal(['Other cities approved with Chongqing as international consumer center cities: 5', '1 cell = 1 other city']);
      expect([subpaths(el, 'filled'), subpaths(el, 'empty')]).to.deep.equal([5, 0]);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(part(el, 'value')).to.equal('5个城市');
    });

    it('four-firsts-economy: 4 numbered cells and the items named in the locale', async () => {
      const el = await make('four-firsts-economy');
      const items = () => [...root(el).querySelectorAll('[part~="items"] li')].map(text);
      expect(items()).to.deep.equal(['First store', 'First brand', 'First show', 'Launch']);
      expect([...root(el).querySelectorAll('svg text')].map(text)).to.deep.equal(['1', '2', '3', '4']);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(items()).to.deep.equal(['首店', '首牌', '首秀', '首发']);
      expect(part(el, 'value')).to.equal('4类');
    });

    it('ba-yu-new-consumption-actions: 8 cells in 4 × 2', async () => {
      const el = await make('ba-yu-new-consumption-actions');
      expect(subpaths(el, 'filled')).to.equal(8);
      expect(root(el).querySelector('path.filled')!.getAttribute('d')).to.contain('M36 12h10v10h-10z');
    });

    it('per-cell="5" for 387: 78 cells, the legend says what one cell is', async () => {
      const el = await make('new-foreign-enterprises', 'en', {}, { 'per-cell': '5' });
      expect(subpaths(el, 'filled')).to.equal(78);
      expect(legend(el)).to.include('1 cell = 5 new foreign-invested enterprises');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(legend(el)).to.include('每格代表5家');
    });

    it('cells-per-row="50": 50 × 10; invalid values (0, −5, abc) fall back to 25 × 20', async () => {
      const el = await make('fortune-500-companies', 'en', {}, { 'cells-per-row': '50' });
      expect(viewBox(el).split(' ')[2]).to.equal('598');
      for (const bad of ['0', '-5', 'abc']) {
        el.setAttribute('cells-per-row', bad);
        el.setAttribute('per-cell', bad);
        await el.updateComplete;
        expect(viewBox(el), bad).to.equal('0 -0.2 298 238.4');
        expect(subpaths(el, 'filled')).to.equal(319);
      }
    });

    it('the data table holds value, total, share and period', async () => {
      const el = await make('fortune-500-companies', 'zh-CN');
      const rows = [...root(el).querySelectorAll('table tr')].map((r) => [...r.children].map((c) => c.textContent!.trim()));
      expect(rows).to.deep.equal([
        ['数值', '319家'],
        ['总数（世界500强）', '500家'],
        ['占比', '63.8%'],
        ['时间', '2024年1月29日'],
      ]);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN']) {
        it(`is axe-clean in ${theme} / ${locale}`, async () => {
          for (const id of ['fortune-500-companies', 'service-opening-pilot-rate', 'four-firsts-economy']) {
            const el = await make(id, locale, { theme });
            await expect(el).to.be.accessible();
          }
        });
      }
    }

    it('a figure with a caption and an SVG role="img" named by describe(); the name follows indicator and locale', async () => {
      const el = await make('fortune-500-companies');
      expect(text(root(el).querySelector('figure > figcaption'))).to.equal('Fortune 500 companies in Chongqing');
      expect(graphic(el).getAttribute('aria-label')).to.equal('319 of the Fortune 500 companies have settled in Chongqing.');
      el.indicator = 'consumer-center-pilot-cities';
      await el.updateComplete;
      expect(graphic(el).getAttribute('aria-label')).to.equal(
        'In July 2021, the State Council approved Chongqing and 5 other cities to take the lead in building international consumer center cities.',
      );
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(graphic(el).getAttribute('aria-label')).to.equal('2021年7月，国务院批准重庆和其他5个城市率先开展国际消费中心城市培育建设。');
    });
  });

  describe('Chinese wrapping', () => {
    it('a number keeps its measure word on its line (319家, 500家), in the summary, legend and source', async () => {
      const el = document.createElement('kf-waffle') as KfWaffle;
      Object.assign(el, { indicator: 'fortune-500-companies', locale: 'zh-CN' });
      await fixture(html`<div style="width: 260px">${el}</div>`);
      await el.updateComplete;
      const kept = [...root(el).querySelectorAll<HTMLElement>('.nw')];
      expect(kept.map((k) => k.textContent)).to.include.members(['319家', '500家', '181家', '1家', '2024年', '29日']);
      for (const k of kept) {
        expect(getComputedStyle(k).whiteSpace).to.equal('nowrap');
        expect(k.getClientRects().length, k.textContent!).to.equal(1);
      }
      // The text itself is unchanged.
      expect(part(el, 'value')).to.equal('世界500强中的319家（共500家）');
    });
  });

  describe('forced colours', () => {
    // The test runner cannot emulate forced-colors rendering, so read the rule the styles carry.
    const forcedRules = (): Map<string, CSSStyleDeclaration> => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(KfWaffle.styles.map((s) => ('cssText' in s ? s.cssText : '')).join('\n'));
      const rules = new Map<string, CSSStyleDeclaration>();
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSMediaRule) || !/forced-colors:\s*active/.test(rule.media.mediaText)) continue;
        for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) rules.set(inner.selectorText, inner.style);
      }
      return rules;
    };

    it('filled cells are solid CanvasText; empty ones Canvas outlined in CanvasText (not Highlight vs GrayText)', () => {
      const rules = forcedRules();
      expect(rules.get('.filled')?.getPropertyValue('fill')).to.equal('canvastext');
      expect(rules.get('.empty')?.getPropertyValue('fill')).to.equal('canvas');
      expect(rules.get('.empty')?.getPropertyValue('stroke')).to.equal('canvastext');
      // Numbers stay readable on both.
      expect(rules.get('.on-filled')?.getPropertyValue('fill')).to.equal('canvas');
      expect(rules.get('.on-empty')?.getPropertyValue('fill')).to.equal('canvastext');
    });

    it('the cells and the legend swatches carry those classes', async () => {
      const el = await make('fortune-500-companies');
      expect(root(el).querySelector('[part~="graphic"] path.filled')).to.not.equal(null);
      expect(root(el).querySelector('[part~="graphic"] path.empty')).to.not.equal(null);
      expect([...root(el).querySelectorAll('.swatch rect')].map((r) => r.getAttribute('class'))).to.deep.equal(['filled', 'empty']);
    });
  });

  describe('the source line', () => {
    it('is its own part "source" (also "meta"); no period line when the source’s date says it', async () => {
      const el = await make('fortune-500-companies');
      expect(part(el, 'source')).to.equal('Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.');
      expect(root(el).querySelector('[part~="source"]')!.getAttribute('part')).to.equal('meta source');
      expect(root(el).querySelector('[part~="period"]')).to.equal(null);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(part(el, 'source')).to.equal('来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。');
    });

    it('a period the source’s date does not say gets its own line, part "period"', async () => {
      const el = await make('consumer-center-pilot-cities');
      expect(part(el, 'period')).to.equal('July 2021');
      expect(part(el, 'source')).to.match(/^Source: /);
    });
  });

  describe('errors', () => {
    it('a target alone: says why, names ids that work, kf-error unsupported-indicator', async () => {
      const el = document.createElement('kf-waffle') as KfWaffle;
      el.indicator = 'vehicle-export-share-target';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await error;
      expect(detail.code).to.equal('unsupported-indicator');
      const alert = text(root(el).querySelector('[role="alert"]'));
      expect(alert).to.contain('only a target (10% by 2027), no current value');
      expect(alert).to.contain('Indicators it can show: new-foreign-enterprises, fortune-500-companies, service-opening-pilot-rate');
    });

    it('unknown id: the closest id, and kf-error unknown-indicator', async () => {
      const el = document.createElement('kf-waffle') as KfWaffle;
      el.indicator = 'four-first-economy';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('unknown-indicator');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('did you mean "four-firsts-economy"');
    });

    it('invalid data object: the first problem path', async () => {
      const bad = structuredClone(data) as unknown as { indicators: { total?: { value: unknown } }[] };
      bad.indicators[1]!.total!.value = 'five hundred';
      const el = document.createElement('kf-waffle') as KfWaffle;
      Object.assign(el, { indicator: 'fortune-500-companies', data: bad });
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('invalid-dataset');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('indicators[1].total.value');
    });

    it('404 src: the HTTP status', async () => {
      const el = document.createElement('kf-waffle') as KfWaffle;
      Object.assign(el, { indicator: 'fortune-500-companies', src: '/packages/widgets/test/fixtures/missing.json' });
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('http-status');
      await el.updateComplete;
      expect(text(root(el).querySelector('[role="alert"]'))).to.contain('404');
    });
  });

  describe('loading', () => {
    /** Renders from a held-back src and returns [loading box, ready box] of the host and of the grid box. */
    async function boxes(width: number): Promise<{ host: DOMRect[]; grid: DOMRect[] }> {
      const hold = holdFetch();
      try {
        const el = document.createElement('kf-waffle') as KfWaffle;
        Object.assign(el, { indicator: 'fortune-500-companies', src: `${FIXTURE}?waffle-${width}` });
        const loaded = oneEvent(el, 'kf-load');
        await fixture(html`<div style="width: ${width}px">${el}</div>`);
        expect(root(el).querySelector('[part="loading"]')).to.not.equal(null);
        const gridBox = () => root(el).querySelector('.grid-box')!.getBoundingClientRect();
        const loading = [el.getBoundingClientRect(), gridBox()];
        hold.release();
        await loaded;
        await el.updateComplete;
        expect(graphic(el)).to.not.equal(null);
        return { host: [loading[0]!, el.getBoundingClientRect()], grid: [loading[1]!, gridBox()] };
      } finally {
        hold.restore();
      }
    }
    const size = (r: DOMRect) => [r.width, r.height];

    it('the loading box is the ready box (560 px)', async () => {
      const { host, grid } = await boxes(560);
      expect(size(host[1]!)).to.deep.equal(size(host[0]!));
      expect(size(grid[1]!)).to.deep.equal(size(grid[0]!));
    });

    it('at 320 px the grid keeps its 5:4 box (text that wraps may add lines)', async () => {
      const { grid } = await boxes(320);
      expect(size(grid[1]!)).to.deep.equal(size(grid[0]!));
      expect(Math.round((grid[1]!.width / grid[1]!.height) * 100)).to.equal(125);
    });
  });
});
