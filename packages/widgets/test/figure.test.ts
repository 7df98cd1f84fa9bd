import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import 'axe-core/axe.min.js';
import { KfFigure } from '../src/figure/figure.js';
import { FIXTURE, accessibleName, holdFetch } from './helpers.js';

if (!customElements.get('kf-figure')) customElements.define('kf-figure', KfFigure);


const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
const valueOf = (el: Element): HTMLElement => shadow(el).querySelector<HTMLElement>('[part~="value"]')!;
const tipOf = (el: Element): HTMLElement => shadow(el).querySelector<HTMLElement>('[part~="popover"]')!;
const isShown = (node: Element): boolean => getComputedStyle(node).display !== 'none';
/** The element's accessible description: the text of what aria-describedby names. */
const descriptionOf = (el: Element): string =>
  (valueOf(el).getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .map((id) => shadow(el).getElementById(id)?.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('kf-figure', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('visible text from the SDK', () => {
    const cases: [id: string, en: string, zh: string][] = [
      ['new-foreign-enterprises', '387 new foreign-invested enterprises', '387家'],
      ['fortune-500-companies', '319 companies', '319家'],
      ['depa-negotiation-rounds', 'more than 10 rounds', '10余轮'],
      ['vehicle-export-share-target', '10% by 2027', '到2027年达到10%'],
      ['nev-export-value-target', 'more than CNY 120 billion by 2027', '到2027年超过1200亿元'],
      ['nev-export-leaders-target', '1–2 leading NEV export enterprises and brands by 2027', '到2027年达到1—2家'],
    ];
    for (const [id, en, zh] of cases) {
      it(`${id} → "${en}" / "${zh}"`, async () => {
        const el = await fixture<KfFigure>(html`<kf-figure indicator=${id}></kf-figure>`);
        expect(valueOf(el).textContent).to.equal(en);
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(valueOf(el).textContent).to.equal(zh);
      });
    }

    it('with-change appends the change as a phrase in both locales', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises" with-change></kf-figure>`);
      expect(valueOf(el).textContent).to.equal('387 new foreign-invested enterprises (up 44.4% year on year)');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(valueOf(el).textContent).to.equal('387家（同比增长44.4%）');
    });

    it('with-change on a figure without a change shows the value alone', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="fortune-500-companies" with-change></kf-figure>`);
      expect(valueOf(el).textContent).to.equal('319 companies');
    });

    it('takes the locale from the nearest ancestor lang', async () => {
      const p = await fixture(html`<p lang="zh-CN">重庆新设外资企业<kf-figure indicator="new-foreign-enterprises"></kf-figure>。</p>`);
      expect(valueOf(p.querySelector('kf-figure')!).textContent).to.equal('387家');
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN']) {
        it(`is axe-clean in ${theme} / ${locale}, popover closed and open`, async () => {
          const p = await fixture(
            html`<p>Chongqing set up <kf-figure indicator="new-foreign-enterprises" theme=${theme} locale=${locale} with-change></kf-figure> in 2023.</p>`,
          );
          const el = p.querySelector('kf-figure')!;
          await expect(p).to.be.accessible();
          valueOf(el).focus();
          await el.updateComplete;
          expect(isShown(tipOf(el))).to.equal(true);
          await expect(p).to.be.accessible();
        });
      }
    }

    it('the button is named by the visible value and described by the full sentence and source', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises"></kf-figure>`);
      expect(valueOf(el).getAttribute('role')).to.equal('button');
      expect(accessibleName(valueOf(el))).to.equal('387 new foreign-invested enterprises');
      expect(descriptionOf(el)).to.equal(
        'In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year. ' +
          'Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.',
      );
    });

    it('name and description follow a change of indicator and of locale', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises"></kf-figure>`);
      el.indicator = 'fortune-500-companies';
      await el.updateComplete;
      expect(accessibleName(valueOf(el))).to.equal('319 companies');
      expect(descriptionOf(el)).to.match(/^319 of the Fortune 500 companies have settled in Chongqing\. Source: /);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(accessibleName(valueOf(el))).to.equal('319家');
      expect(descriptionOf(el)).to.equal('世界500强企业中已有319家落户重庆。 来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。');
    });

    it('is reachable with Tab and sets lang on its content', async () => {
      const p = await fixture(html`<p><button>before</button> <kf-figure indicator="fortune-500-companies" locale="zh-CN"></kf-figure></p>`);
      p.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      const el = p.querySelector('kf-figure')!;
      expect(shadow(el).activeElement).to.equal(valueOf(el));
      expect(shadow(el).querySelector('.figure')!.getAttribute('lang')).to.equal('zh-CN');
    });
  });

  describe('popover', () => {
    it('opens on keyboard focus with label, period, quote and source; Escape closes it and keeps focus', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises"></kf-figure>`);
      const tip = tipOf(el);
      expect(isShown(tip)).to.equal(false);
      valueOf(el).focus();
      await el.updateComplete;
      expect(isShown(tip)).to.equal(true);
      expect(tip.getAttribute('role')).to.equal('tooltip');
      expect(tip.textContent).to.equal(
        'New foreign-invested enterprises 2023' +
          '“In 2023, Chongqing established 387 new foreign-invested companies”' +
          'Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.',
      );
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(isShown(tip)).to.equal(false);
      expect(shadow(el).activeElement).to.equal(valueOf(el));
      // Enter brings it back without moving focus; blur closes it.
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(isShown(tip)).to.equal(true);
      valueOf(el).blur();
      await el.updateComplete;
      expect(isShown(tip)).to.equal(false);
    });

    it('shows the change quote too with with-change, and the deadline for a target (zh-CN)', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises" with-change></kf-figure>`);
      valueOf(el).focus();
      await el.updateComplete;
      expect(tipOf(el).textContent).to.contain('“a year-on-year increase of 44.4%”');
      const target = await fixture<KfFigure>(html`<kf-figure indicator="nev-export-value-target" locale="zh-CN"></kf-figure>`);
      valueOf(target).focus();
      await target.updateComplete;
      expect(tipOf(target).textContent).to.equal(
        '智能网联新能源汽车年出口额（目标） 到2027年' + '“with an annual export amount exceeding 120 billion CNY”' + '来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。',
      );
      expect(tipOf(target).querySelector('.tip-quote')!.getAttribute('lang')).to.equal('en');
    });

    it('opens on hover, stays while the pointer moves onto it, closes after the pointer leaves both', async () => {
      const p = await fixture(html`<p style="margin:40px">Set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>`);
      const el = p.querySelector('kf-figure')!;
      const v = valueOf(el).getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(v.left + 5), Math.round(v.top + v.height / 2)] });
      await aTimeout(30);
      const tip = tipOf(el);
      expect(isShown(tip)).to.equal(true);
      const t = tip.getBoundingClientRect();
      expect(t.top).to.be.greaterThan(v.bottom - 1); // below the figure, not over it
      await sendMouse({ type: 'move', position: [Math.round(t.left + 10), Math.round(t.top + t.height / 2)] });
      await aTimeout(400);
      expect(isShown(tip), 'hoverable').to.equal(true);
      await sendMouse({ type: 'move', position: [2, 400] });
      await aTimeout(400);
      expect(isShown(tip)).to.equal(false);
      // Hovered again, Escape dismisses it while the pointer stays, and focus does not move.
      await sendMouse({ type: 'move', position: [Math.round(v.left + 5), Math.round(v.top + v.height / 2)] });
      await aTimeout(30);
      expect(isShown(tip)).to.equal(true);
      const focused = document.activeElement;
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(isShown(tip)).to.equal(false);
      expect(document.activeElement).to.equal(focused);
      await sendMouse({ type: 'move', position: [Math.round(v.left + 8), Math.round(v.top + v.height / 2)] });
      await aTimeout(30);
      expect(isShown(tip), 'stays dismissed while the pointer moves within the figure').to.equal(false);
    });

    it('stays inside a 320 px viewport when the figure ends a line', async () => {
      await setViewport({ width: 320, height: 640 });
      try {
        const p = await fixture(
          html`<p style="margin:0;text-align:end;font:16px/1.5 serif">x <kf-figure indicator="nev-export-value-target" with-change></kf-figure></p>`,
        );
        const el = p.querySelector('kf-figure')!;
        valueOf(el).focus();
        await el.updateComplete;
        const t = tipOf(el).getBoundingClientRect();
        expect(t.width).to.be.greaterThan(100);
        expect(t.left).to.be.at.least(8);
        expect(t.right).to.be.at.most(312);
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });

    it('flips above the figure when there is no room below', async () => {
      await setViewport({ width: 800, height: 600 });
      const p = await fixture(html`<p style="position:fixed;bottom:4px;left:20px;margin:0">At the bottom: <kf-figure indicator="fortune-500-companies"></kf-figure></p>`);
      const el = p.querySelector('kf-figure')!;
      valueOf(el).focus();
      await el.updateComplete;
      const t = tipOf(el).getBoundingClientRect();
      expect(t.bottom).to.be.at.most(valueOf(el).getBoundingClientRect().top);
      expect(tipOf(el).dataset.side).to.equal('above');
    });

    it('is not printed; the value is printed plainly', async () => {
      const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises"></kf-figure>`);
      valueOf(el).focus();
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        expect(isShown(tipOf(el))).to.equal(false);
        expect(getComputedStyle(valueOf(el)).textDecorationLine).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('in running text', () => {
    async function lineHeights(inner: (id: string) => unknown, width = 600): Promise<[number, number]> {
      const box = await fixture(html`<div style="width:${width}px;font:18px/1.6 Georgia, serif">
        <p id="a" style="margin:0">Chongqing set up many enterprises in 2023.</p>
        <p id="b" style="margin:0">Chongqing set up ${inner('new-foreign-enterprises')} in 2023.</p>
      </div>`);
      const b = box.querySelector('#b')!;
      const el = b.querySelector('kf-figure');
      if (el) await (el as KfFigure).updateComplete;
      return [box.querySelector('#a')!.getBoundingClientRect().height, b.getBoundingClientRect().height];
    }

    it('does not change the height of the line it sits in', async () => {
      const [plain, withFigure] = await lineHeights((id) => html`<kf-figure indicator=${id}></kf-figure>`);
      expect(withFigure).to.equal(plain);
      // Chinese glyphs in a Latin serif come from a fallback font with taller metrics.
      const [, withChange] = await lineHeights((id) => html`<kf-figure indicator=${id} with-change locale="zh-CN"></kf-figure>`);
      expect(withChange).to.equal(plain);
      const [, wrong] = await lineHeights((id) => html`<kf-figure indicator=${id + '-typo'}></kf-figure>`, 1400);
      expect(wrong, 'inline error').to.equal(plain);
    });

    it('takes the host font, size and colour', async () => {
      const p = await fixture(html`<p style="font:italic 21px/30px Georgia, serif;color:rgb(120, 20, 20)"><kf-figure indicator="fortune-500-companies"></kf-figure></p>`);
      const cs = getComputedStyle(valueOf(p.querySelector('kf-figure')!));
      expect([cs.fontSize, cs.fontStyle, cs.fontWeight, cs.color]).to.deep.equal(['21px', 'italic', '400', 'rgb(120, 20, 20)']);
      expect(p.getBoundingClientRect().height).to.equal(30); // one line of the host's line height
      expect(cs.fontFamily).to.contain('Georgia');
      expect(getComputedStyle(p.querySelector('kf-figure')!).display).to.equal('inline');
    });

    it('while src loads, reserves the width of the figure and keeps the line height', async () => {
      const hold = holdFetch();
      try {
        const box = await fixture(html`<div style="font:18px/1.6 Georgia, serif">
          <p id="a" style="margin:0">x</p>
          <p id="b" style="margin:0">x <kf-figure indicator="new-foreign-enterprises" src=${FIXTURE + '?figure-loading'}></kf-figure></p>
        </div>`);
        const el = box.querySelector<KfFigure>('kf-figure')!;
        const loading = shadow(el).querySelector('[part="loading"]')!;
        expect(loading.getAttribute('aria-busy')).to.equal('true');
        expect(loading.textContent).to.contain('Loading…');
        const hostWidth = () => el.getBoundingClientRect().width;
        const before = hostWidth();
        expect(box.querySelector('#b')!.getBoundingClientRect().height).to.equal(box.querySelector('#a')!.getBoundingClientRect().height);
        const loaded = oneEvent(el, 'kf-load');
        hold.release();
        await loaded;
        await el.updateComplete;
        expect(valueOf(el).textContent).to.equal('387 new foreign-invested enterprises');
        expect(Math.abs(hostWidth() - before)).to.be.lessThan(1);
      } finally {
        hold.restore();
      }
    });
  });

  describe('errors', () => {
    it('unknown id: inline alert naming the closest id, and kf-error unknown-indicator', async () => {
      const el = document.createElement('kf-figure') as KfFigure;
      el.indicator = 'new-foreign-enterprise';
      const error = oneEvent(el, 'kf-error');
      const p = await fixture(html`<p>Set up ${el} in 2023.</p>`);
      const { detail } = await error;
      expect(detail.code).to.equal('unknown-indicator');
      await el.updateComplete;
      const alert = shadow(el).querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('did you mean "new-foreign-enterprises"');
      expect(getComputedStyle(alert).display).to.equal('inline');
      await expect(p).to.be.accessible();
    });

    it('invalid data object: the first problem path', async () => {
      const bad = structuredClone(data) as { indicators: { observations: { value: unknown }[] }[] };
      bad.indicators[0]!.observations[1]!.value = 'many';
      const el = document.createElement('kf-figure') as KfFigure;
      el.indicator = 'new-foreign-enterprises';
      el.data = bad;
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<p>${el}</p>`);
      expect((await error).detail.code).to.equal('invalid-dataset');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('indicators[0].observations[1].value');
    });

    it('404 src: the status', async () => {
      const el = document.createElement('kf-figure') as KfFigure;
      el.indicator = 'new-foreign-enterprises';
      el.src = '/packages/widgets/test/fixtures/missing.json';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<p>${el}</p>`);
      expect((await error).detail.code).to.equal('http-status');
      await el.updateComplete;
      expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain('404');
    });
  });

  it('announces a changed value politely, not the first one', async () => {
    const el = await fixture<KfFigure>(html`<kf-figure indicator="new-foreign-enterprises"></kf-figure>`);
    const live = () => shadow(el).querySelector('[aria-live="polite"]')!;
    expect(live().textContent).to.equal('');
    const newer = structuredClone(data) as { indicators: { id: string; observations: { period: string; measure: string; value: number }[] }[] };
    newer.indicators[0]!.observations[1]!.value = 400;
    newer.indicators[0]!.observations[0]!.value = 277; // the derived 2022 level follows: 400 / 1.444
    el.data = newer;
    await el.updateComplete;
    expect(valueOf(el).textContent).to.equal('400 new foreign-invested enterprises');
    expect(live().textContent).to.contain('400 new foreign-invested enterprises');
  });
});
