import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import 'axe-core/axe.min.js';
import { KfBars } from '../src/bars/bars.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { FIXTURE, accessibleName, holdFetch } from './helpers.js';

if (!customElements.get('kf-bars')) customElements.define('kf-bars', KfBars);
lazyOptions.enabled = false;

const $ = (el: Element, sel: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Node | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const texts = (el: Element, sel: string): string[] => $$(el, sel).map((n) => text(n));
/** The value axis's labels, top down (one line of text per tick). */
const ticks = (el: Element): string[] => ($(el, '.axis')?.textContent ?? '').split('\n').filter(Boolean);
/** The data table's body rows, cells joined by " | ". */
const tableRows = (el: Element): string[] =>
  [...$(el, 'table')!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)).join(' | '));

const bars = (attrs: { indicator?: string; indicators?: string; locale?: string; theme?: string; width?: number }) =>
  fixture<KfBars>(html`<kf-bars
    indicator=${attrs.indicator ?? ''}
    indicators=${attrs.indicators ?? ''}
    locale=${attrs.locale ?? 'en'}
    theme=${attrs.theme ?? 'light'}
    style=${`display:block;width:${attrs.width ?? 480}px`}
  ></kf-bars>`);

/** Whether two rectangles overlap by more than a hair. */
const overlap = (a: DOMRect, b: DOMRect): boolean => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

describe('kf-bars', () => {
  describe('over periods', () => {
    it('new-foreign-enterprises (en): ≈268 derived, hatched and outlined, beside 387 solid; the change and the formula', async () => {
      const el = await bars({ indicator: 'new-foreign-enterprises' });
      expect(text($(el, '[part="label"]'))).to.equal('New foreign-invested enterprises');
      expect(text($(el, '[part="change"]'))).to.equal('▲ up 44.4% year on year · 2023');
      expect(texts(el, '[part="value"]')).to.deep.equal(['≈268derived', '387']);
      expect(texts(el, '.periods span')).to.deep.equal(['2022', '2023']);
      expect(ticks(el)).to.deep.equal(['400', '300', '200', '100', '0']);
      expect(text($(el, '.legend'))).to.equal('derived: 2022 ≈268 = 387 / (1 + 44.4 / 100)');
      expect($(el, '.value.derived')!.querySelector('small')!.textContent).to.equal('derived');
      expect($(el, '.value.derived')!.title).to.equal('≈268 = 387 / (1 + 44.4 / 100)');

      const barEls = $$(el, '[part~="bar"]');
      expect(barEls.length).to.equal(2);
      const [derived, stated] = barEls;
      // The derived bar is hatched and outlined; the stated one is solid.
      expect(derived!.getAttribute('part')).to.equal('bar derived');
      expect(getComputedStyle(derived!).backgroundImage).to.match(/^repeating-linear-gradient/);
      // 1.5px, which Chromium draws as whole device pixels (1px at a device pixel ratio of 1).
      expect(parseFloat(getComputedStyle(derived!).borderTopWidth)).to.be.at.least(1);
      expect(getComputedStyle(derived!).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(stated!).backgroundColor).to.equal('rgb(11, 92, 213)');
      expect(getComputedStyle(stated!).backgroundImage).to.equal('none');
      expect(getComputedStyle(stated!).borderTopWidth).to.equal('0px');
      // Two bars: 268 is 67 % and 387 is 96.75 % of a 0–400 axis, standing on the baseline.
      expect([derived!.style.height, stated!.style.height]).to.deep.equal(['67%', '96.75%']);
      const plot = $(el, '.plot')!;
      const inner = plot.getBoundingClientRect().height - 1; // less its bottom border, the baseline
      const [d, s] = [derived!, stated!].map((b) => b.getBoundingClientRect());
      expect(d!.height / inner).to.be.closeTo(0.67, 0.01);
      expect(s!.height / inner).to.be.closeTo(0.9675, 0.01);
      expect(Math.round(d!.bottom)).to.equal(Math.round(plot.getBoundingClientRect().bottom - 1));
      // Gridlines at 400, 300, 200 and 100 (0 is the baseline): one gradient on the plot.
      expect(plot.style.backgroundImage.match(/var\(--_border\)/g)!.length).to.equal(4);
      // Each value label sits on its bar, centred over it.
      $$(el, '[part="value"]').forEach((value, i) => {
        const label = value.getBoundingClientRect();
        const bar = [d, s][i]!;
        expect(Math.round(label.bottom)).to.equal(Math.round(bar.top));
        expect(Math.abs(label.left + label.width / 2 - (bar.left + bar.width / 2))).to.be.below(1);
      });

      const table = $(el, 'table')!;
      expect(accessibleName(table)).to.equal('New foreign-invested enterprises');
      expect(tableRows(el)).to.deep.equal([
        '2022 | ≈268 new foreign-invested enterprises (derived: 387 / (1 + 44.4 / 100))',
        '2023 | 387 new foreign-invested enterprises (up 44.4% year on year)',
      ]);
    });

    it('new-foreign-enterprises (zh-CN): 约268 推算值, 2022年, 同比增长44.4%', async () => {
      const el = await bars({ indicator: 'new-foreign-enterprises', locale: 'zh-CN' });
      expect(text($(el, '[part="label"]'))).to.equal('新设外资企业');
      expect(text($(el, '[part="change"]'))).to.equal('▲ 同比增长44.4% · 2023年');
      expect(texts(el, '[part="value"]')).to.deep.equal(['约268推算值', '387']);
      expect(texts(el, '.periods span')).to.deep.equal(['2022年', '2023年']);
      expect(text($(el, '.legend'))).to.equal('推算值：2022年 约268 = 387 / (1 + 44.4 / 100)');
      expect(text($(el, '.source'))).to.equal('来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。');
      expect(tableRows(el)).to.deep.equal(['2022年 | 约268家（推算值：387 / (1 + 44.4 / 100)）', '2023年 | 387家（同比增长44.4%）']);
    });

    const single: [id: string, en: [string, string], zh: [string, string]][] = [
      ['fortune-500-companies', ['319', 'January 29, 2024'], ['319', '2024年1月29日']],
      ['service-opening-pilot-rate', ['95.3%', 'January 29, 2024'], ['95.3%', '2024年1月29日']],
      ['depa-negotiation-rounds', ['more than 10', 'January 26, 2024'], ['超过10', '2024年1月26日']],
      ['consumer-center-pilot-cities', ['5', 'July 2021'], ['5', '2021年7月']],
    ];
    for (const [id, en, zh] of single) {
      it(`${id}: one observation → one solid bar (${en.join(', ')} / ${zh.join(', ')})`, async () => {
        for (const [locale, [value, period]] of [['en', en], ['zh-CN', zh]] as const) {
          const el = await bars({ indicator: id, locale });
          expect($$(el, '[part~="bar"]').length).to.equal(1);
          expect($$(el, '[part~="derived"]').length).to.equal(0);
          expect(texts(el, '[part="value"]')).to.deep.equal([value]);
          expect(texts(el, '.periods span')).to.deep.equal([period]);
          expect($(el, '.legend')).to.equal(null);
          expect(text($(el, '[part="change"]'))).to.equal(period);
        }
      });
    }

    it('dataset text is text, never markup: a label with tags and quotes is shown as written', async () => {
      const odd = structuredClone(data) as { indicators: { id: string; label: Record<string, string> }[] };
      const label = '<img src=x onerror="window.hacked=1"> & "Co" <b>';
      odd.indicators.find((i) => i.id === 'new-foreign-enterprises')!.label.en = label;
      const el = await fixture<KfBars>(html`<kf-bars indicator="new-foreign-enterprises" locale="en" .data=${odd}></kf-bars>`);
      expect($(el, '[part="label"]')!.textContent).to.equal(label);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(accessibleName($(el, 'table')!)).to.equal(label);
      // The same indicator in the embedded dataset still shows its own label: views are per dataset.
      const plain = await bars({ indicator: 'new-foreign-enterprises' });
      expect(text($(plain, '[part="label"]'))).to.equal('New foreign-invested enterprises');
    });

    it('percent ticks carry % (0%, 50%, 100%)', async () => {
      const el = await bars({ indicator: 'service-opening-pilot-rate' });
      expect(ticks(el)).to.deep.equal(['100%', '50%', '0%']);
    });

    it('large counts use the locale’s scale words on the axis: 万 in zh-CN, million in en', async () => {
      const big = structuredClone(data) as { indicators: { id: string; observations: { value: number }[] }[] };
      const nfe = big.indicators.find((i) => i.id === 'new-foreign-enterprises')!;
      // The derived value must be what its formula gives: 38700 / 1.444 = 26800.55 → 26801.
      nfe.observations[0]!.value = 26801;
      nfe.observations[1]!.value = 38700;
      for (const [locale, expected] of [
        ['zh-CN', ['4万', '3万', '2万', '1万', '0']],
        ['en', ['40,000', '30,000', '20,000', '10,000', '0']],
      ] as const) {
        const el = await fixture<KfBars>(html`<kf-bars indicator="new-foreign-enterprises" locale=${locale} .data=${big}></kf-bars>`);
        expect(ticks(el), locale).to.deep.equal(expected);
      }
    });

    it('value labels do not overlap each other or the period labels, at 280 and 960 px', async () => {
      for (const width of [280, 960]) {
        for (const locale of ['en', 'zh-CN']) {
          const el = await bars({ indicator: 'new-foreign-enterprises', locale, width });
          const labels = [...$$(el, '[part="value"]'), ...$$(el, '.periods span')].map((n) => n.getBoundingClientRect());
          for (const a of labels) for (const b of labels) if (a !== b) expect(overlap(a, b), `${width} ${locale}`).to.equal(false);
          const card = $(el, '.card')!;
          expect(card.scrollWidth, `${width} ${locale}`).to.be.at.most(card.clientWidth);
        }
      }
    });
  });

  describe('over categories', () => {
    it('three counts (en): one row each with label, period and value, on one 0–400 axis', async () => {
      const el = await bars({ indicators: 'new-foreign-enterprises fortune-500-companies depa-negotiation-rounds' });
      expect(text($(el, '[part="label"]'))).to.equal('Chongqing Commercial Work Conference 2024: key figures');
      expect(texts(el, '.name')).to.deep.equal([
        'New foreign-invested enterprises 2023',
        'Fortune 500 companies in Chongqing January 29, 2024',
        'Rounds of DEPA accession negotiations January 26, 2024',
      ]);
      expect(texts(el, '[part="value"]')).to.deep.equal(['387', '319', 'more than 10']);
      expect($$(el, 'rect.bar').map((r) => r.getAttribute('width'))).to.deep.equal(['96.75%', '79.75%', '2.5%']);
      expect(texts(el, '.scale span')).to.deep.equal(['0', '100', '200', '300', '400']);
      expect(tableRows(el)).to.deep.equal([
        'New foreign-invested enterprises | 387 new foreign-invested enterprises | 2023',
        'Fortune 500 companies in Chongqing | 319 companies | January 29, 2024',
        'Rounds of DEPA accession negotiations | more than 10 rounds | January 26, 2024',
      ]);
    });

    it('comma-separated ids work too (zh-CN): 超过10, 8', async () => {
      const el = await bars({ indicators: 'depa-negotiation-rounds,ba-yu-new-consumption-actions', locale: 'zh-CN' });
      expect(texts(el, '[part="value"]')).to.deep.equal(['超过10', '8']);
      expect(texts(el, '.name')).to.deep.equal(['中国加入DEPA已完成谈判轮次 2024年1月26日', '“巴渝新消费”八大行动 2023年']);
      expect(text($(el, '[part="change"]'))).to.equal('2023年—2024年1月26日');
    });

    it('the accessible name is every indicator’s sentence', async () => {
      const el = await bars({ indicators: 'fortune-500-companies depa-negotiation-rounds' });
      expect(accessibleName($(el, '[role="img"]')!)).to.equal(
        '319 of the Fortune 500 companies have settled in Chongqing. As of January 26, 2024, China had completed more than 10 rounds of ministerial, department and technical-level negotiations on joining the Digital Economy Partnership Agreement (DEPA).',
      );
    });

    it('indicators wins over indicator', async () => {
      const el = await bars({ indicator: 'new-foreign-enterprises', indicators: 'fortune-500-companies ba-yu-new-consumption-actions' });
      expect(texts(el, '[part="value"]')).to.deep.equal(['319', '8']);
    });

    it('rows stack label over bar at 280 px and put label | bar | value on one line from 560 px', async () => {
      const narrow = await bars({ indicators: 'new-foreign-enterprises fortune-500-companies', width: 280 });
      const [name, , track] = [...$(narrow, '.row')!.children].map((c) => c.getBoundingClientRect());
      expect(track!.top).to.be.at.least(name!.bottom - 1);
      const wide = await bars({ indicators: 'new-foreign-enterprises fortune-500-companies', width: 640 });
      const [n, v, t] = ['.name', '.num', '.track'].map((s) => $(wide, s)!.getBoundingClientRect());
      expect(t!.left).to.be.at.least(n!.right);
      expect(v!.left).to.be.at.least(t!.right);
      // The scale lines up with the tracks.
      expect($(wide, '.scale')!.getBoundingClientRect().left).to.equal(t!.left);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN'] as const) {
        it(`is axe-clean in ${theme} / ${locale} (periods and categories)`, async () => {
          const box = await fixture(html`<div>
            <kf-bars indicator="new-foreign-enterprises" theme=${theme} locale=${locale}></kf-bars>
            <kf-bars indicators="new-foreign-enterprises fortune-500-companies depa-negotiation-rounds" theme=${theme} locale=${locale}></kf-bars>
          </div>`);
          await expect(box).to.be.accessible();
        });
      }
    }

    it('the chart is named by describe(); the name follows indicator and locale', async () => {
      const el = await bars({ indicator: 'new-foreign-enterprises' });
      const img = () => $(el, '[role="img"]')!;
      expect(accessibleName(img())).to.equal('In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year.');
      el.indicator = 'fortune-500-companies';
      await el.updateComplete;
      expect(accessibleName(img())).to.equal('319 of the Fortune 500 companies have settled in Chongqing.');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(accessibleName(img())).to.equal('世界500强企业中已有319家落户重庆。');
    });

    it('nothing by colour alone: the derived bar differs in fill pattern and outline, and says "derived"', async () => {
      const el = await bars({ indicator: 'new-foreign-enterprises' });
      const [derived, stated] = $$(el, '[part~="bar"]').map((b) => getComputedStyle(b));
      expect([derived!.backgroundImage.startsWith('repeating-linear-gradient'), stated!.backgroundImage]).to.deep.equal([true, 'none']);
      expect([derived!.borderTopStyle, stated!.borderTopStyle]).to.deep.equal(['solid', 'none']);
      expect(text($(el, '.value.derived'))).to.contain('derived');
    });

    it('forced colours: every colour in the styles is a token (which forced-colors maps to system colours)', () => {
      // The test runner cannot emulate forced-colors, so pin the property that makes it work:
      // no literal colour anywhere in kf-bars' own styles (the last two sheets), only the --_* tokens.
      const own = KfBars.styles.slice(-2).map((s) => ('cssText' in s ? s.cssText : '')).join('');
      const paints = [...own.matchAll(/(?:^|[\s;{])(fill|stroke|color|background(?:-color)?|border(?:-[a-z-]+)?)\s*:\s*([^;}]+)/g)].map((m) => m[2]!.trim());
      expect(paints.length).to.be.greaterThan(10);
      for (const value of paints) {
        const literal = value.replace(/var\(--_[a-z-]+\)/g, '').match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|red|blue|green|gray|grey)\b/i);
        expect(literal, value).to.equal(null);
      }
    });
  });

  describe('loading', () => {
    for (const [attrs, width] of [
      [{ indicator: 'new-foreign-enterprises' }, 480],
      [{ indicator: 'new-foreign-enterprises' }, 960],
      [{ indicator: 'fortune-500-companies' }, 600],
      [{ indicators: 'new-foreign-enterprises ba-yu-new-consumption-actions' }, 960],
    ] as const) {
      it(`${Object.values(attrs).join(' ')} at ${width} px: the loading box equals the ready box`, async () => {
        const hold = holdFetch();
        try {
          const el = await fixture<KfBars>(html`<kf-bars
            indicator=${'indicator' in attrs ? attrs.indicator : ''}
            indicators=${'indicators' in attrs ? attrs.indicators : ''}
            src=${`${FIXTURE}?bars-${Object.values(attrs).join('-')}-${width}`}
            style=${`display:block;width:${width}px`}
          ></kf-bars>`);
          const loading = $(el, '[part="loading"]')!;
          expect(loading.getAttribute('aria-busy')).to.equal('true');
          expect(text(loading.querySelector(':scope > .sr-only'))).to.equal('Loading…');
          const before = el.getBoundingClientRect();
          const loaded = oneEvent(el, 'kf-load');
          hold.release();
          await loaded;
          await el.updateComplete;
          expect($(el, '[part="loading"]')).to.equal(null);
          expect($$(el, '[part~="bar"]').length).to.be.greaterThan(0);
          const after = el.getBoundingClientRect();
          expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
        } finally {
          hold.restore();
        }
      });
    }

    it('the loading state is axe-clean, and its skeleton does not pulse under reduced motion', async () => {
      const hold = holdFetch();
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<KfBars>(html`<kf-bars indicator="new-foreign-enterprises" src=${`${FIXTURE}?bars-axe`}></kf-bars>`);
        expect($(el, '[part="loading"]')).to.not.equal(null);
        expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
        hold.release();
        hold.restore();
      }
    });

    it('off-screen: an empty plot of the same size until drawn', async () => {
      lazyOptions.enabled = true;
      try {
        const box = await fixture(html`<div>
          <div style="height: 3000px"></div>
          <kf-bars indicator="new-foreign-enterprises" style="display:block;width:480px"></kf-bars>
        </div>`);
        const el = box.querySelector('kf-bars') as KfBars;
        await el.updateComplete;
        expect($$(el, '[part~="bar"]').length).to.equal(0);
        const before = el.getBoundingClientRect().height;
        el.scrollIntoView();
        await new Promise((r) => setTimeout(r, 100));
        await el.updateComplete;
        expect($$(el, '[part~="bar"]').length).to.equal(2);
        expect(el.getBoundingClientRect().height).to.equal(before);
      } finally {
        lazyOptions.enabled = false;
        window.scrollTo(0, 0);
      }
    });
  });

  describe('errors', () => {
    const fails = async (setup: (el: KfBars) => void) => {
      const el = document.createElement('kf-bars') as KfBars;
      setup(el);
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await error;
      await el.updateComplete;
      return { el, detail: detail as { code: string; message: string }, shown: text($(el, '[role="alert"]')) };
    };

    it('unknown id: the message names the closest id', async () => {
      const { el, detail, shown } = await fails((el) => (el.indicator = 'new-foreign-enterprise'));
      expect(detail.code).to.equal('unknown-indicator');
      expect(shown).to.equal('Could not show this figure: unknown indicator "new-foreign-enterprise"; did you mean "new-foreign-enterprises"?');
      await expect(el).to.be.accessible();
    });

    it('a target-only indicator: no levels, and the ids that have them', async () => {
      const { detail, shown } = await fails((el) => (el.indicator = 'vehicle-export-share-target'));
      expect(detail.code).to.equal('unsupported-indicator');
      expect(detail.message).to.equal(
        'vehicle-export-share-target has no levels to draw as bars (it has: target); indicators with levels: new-foreign-enterprises, fortune-500-companies, service-opening-pilot-rate, depa-negotiation-rounds, consumer-center-pilot-cities, ba-yu-new-consumption-actions, four-firsts-economy',
      );
      expect(shown).to.contain('has no levels to draw as bars');
    });

    it('categories of different unit kinds: the mismatch is named', async () => {
      const { detail, shown } = await fails((el) => (el.indicators = 'new-foreign-enterprises service-opening-pilot-rate'));
      expect(detail.code).to.equal('unsupported-indicator');
      expect(detail.message).to.equal('bars must share a unit: new-foreign-enterprises is a count, service-opening-pilot-rate a percent');
      expect(shown).to.contain(detail.message);
    });

    it('a category without a stated level, and an unknown category id', async () => {
      const target = await fails((el) => (el.indicators = 'fortune-500-companies nev-export-value-target'));
      expect(target.detail.message).to.match(/^nev-export-value-target has no stated level to draw as a bar; indicators with levels: new-foreign-enterprises/);
      const unknown = await fails((el) => (el.indicators = 'fortune-500-companies fortune500'));
      expect(unknown.detail.code).to.equal('unknown-indicator');
      expect(unknown.detail.message).to.contain('did you mean "fortune-500-companies"');
    });

    it('neither indicator nor indicators: says to set one', async () => {
      const { detail } = await fails(() => {});
      expect(detail.code).to.equal('unknown-indicator');
      expect(detail.message).to.match(/^set indicator to one id \(bars over time\) or indicators to several \(one bar each\), from: new-foreign-enterprises, /);
    });

    it('invalid data object: the first problem’s path', async () => {
      const bad = structuredClone(data) as { indicators: { observations: { value: unknown }[] }[] };
      bad.indicators[0]!.observations[1]!.value = 'many';
      const { detail, shown } = await fails((el) => {
        el.indicator = 'new-foreign-enterprises';
        el.data = bad;
      });
      expect(detail.code).to.equal('invalid-dataset');
      expect(shown).to.contain('indicators[0].observations[1].value');
    });

    it('404 src: the status', async () => {
      const { detail, shown } = await fails((el) => {
        el.indicator = 'new-foreign-enterprises';
        el.src = '/packages/widgets/test/fixtures/missing.json';
      });
      expect(detail.code).to.equal('http-status');
      expect(shown).to.contain('404');
    });

    it('a render error is announced once, and again after it changes', async () => {
      const el = await bars({ indicator: 'vehicle-export-share-target' });
      let count = 0;
      el.addEventListener('kf-error', () => count++);
      el.theme = 'dark';
      await el.updateComplete;
      expect(count).to.equal(0);
      el.indicator = 'nev-export-value-target';
      await el.updateComplete;
      expect(count).to.equal(1);
    });
  });

  it('at a 320 px viewport the card fits without a horizontal scrollbar (zh-CN, both modes)', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<div>
        <kf-bars indicator="new-foreign-enterprises" locale="zh-CN"></kf-bars>
        <kf-bars indicators="new-foreign-enterprises fortune-500-companies depa-negotiation-rounds" locale="zh-CN"></kf-bars>
      </div>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
