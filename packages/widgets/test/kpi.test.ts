import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import 'axe-core/axe.min.js';
import { KfKpi } from '../src/kpi/kpi.js';
import { lazyOptions } from '../src/shared/lazy.js';
import { FIXTURE, accessibleName, holdFetch } from './helpers.js';

if (!customElements.get('kf-kpi')) customElements.define('kf-kpi', KfKpi);

const SOURCE_EN = 'Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.';
const SOURCE_ZH = '来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。';

const $ = (el: Element, sel: string): HTMLElement | null => el.shadowRoot!.querySelector<HTMLElement>(sel);
const $$ = (el: Element, sel: string): HTMLElement[] => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
const text = (node: Element | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim();

/** The trend's labels, which are its data table: [value, period] per bar, in order. */
const ticks = (el: Element): string[][] => {
  const heads = $$(el, 'table.ticks thead th').map((c) => c.textContent ?? '');
  return $$(el, 'table.ticks tbody td').map((c, i) => [c.textContent ?? '', heads[i] ?? '']);
};

/** What a reader sees on the card, part by part. */
function seen(el: Element) {
  return {
    label: text($(el, '[part="label"]')),
    figure: $(el, '.figure')?.textContent,
    value: text($(el, '[part="value"]')),
    units: $$(el, '[part="unit"]').map((u) => u.textContent),
    tag: text($(el, '.tag')),
    change: text($(el, '[part="change"]')),
    period: text($(el, '[part="period"]')),
    source: text($(el, '[part="source"]')),
  };
}

const description = (el: Element): string | undefined => {
  const group = $(el, '[role="group"]')!;
  return text(el.shadowRoot!.getElementById(group.getAttribute('aria-describedby') ?? ''));
};

/** WCAG contrast ratio of two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = c.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('kf-kpi', () => {
  before(() => {
    lazyOptions.enabled = false;
  });
  after(() => {
    lazyOptions.enabled = true;
  });

  describe('visible text from the SDK', () => {
    const cases: { id: string; en: ReturnType<typeof seen>; zh: ReturnType<typeof seen> }[] = [
      {
        id: 'new-foreign-enterprises',
        en: {
          label: 'New foreign-invested enterprises',
          figure: '387 new foreign-invested enterprises',
          value: '387',
          units: [' new foreign-invested enterprises'],
          tag: undefined,
          change: '▲ +44.4% year on year',
          period: '2023',
          source: SOURCE_EN,
        },
        zh: { label: '新设外资企业', figure: '387家', value: '387', units: ['家'], tag: undefined, change: '▲ 同比+44.4%', period: '2023年', source: SOURCE_ZH },
      },
      {
        id: 'fortune-500-companies',
        en: {
          label: 'Fortune 500 companies in Chongqing',
          figure: '319 companies',
          value: '319',
          units: [' companies'],
          tag: undefined,
          change: undefined,
          period: 'January 29, 2024',
          source: SOURCE_EN,
        },
        zh: { label: '落户重庆的世界500强企业', figure: '319家', value: '319', units: ['家'], tag: undefined, change: undefined, period: '2024年1月29日', source: SOURCE_ZH },
      },
      {
        id: 'depa-negotiation-rounds',
        en: {
          label: 'Rounds of DEPA accession negotiations',
          figure: 'more than 10 rounds',
          value: '10',
          units: ['more than ', ' rounds'],
          tag: undefined,
          change: undefined,
          period: 'January 26, 2024',
          source: SOURCE_EN,
        },
        zh: { label: '中国加入DEPA已完成谈判轮次', figure: '10余轮', value: '10', units: ['余轮'], tag: undefined, change: undefined, period: '2024年1月26日', source: SOURCE_ZH },
      },
      {
        id: 'nev-export-value-target',
        en: {
          label: 'Annual export value of intelligent connected NEVs (target)',
          figure: 'more than CNY 120 billion',
          value: '120',
          units: ['more than CNY ', ' billion'],
          tag: 'Target',
          change: undefined,
          period: 'by 2027',
          source: SOURCE_EN,
        },
        zh: {
          label: '智能网联新能源汽车年出口额（目标）',
          figure: '超过1200亿元',
          value: '1200',
          units: ['超过', '亿元'],
          tag: '目标',
          change: undefined,
          period: '到2027年',
          source: SOURCE_ZH,
        },
      },
      {
        id: 'nev-export-leaders-target',
        en: {
          label: 'Leading NEV export enterprises and brands (target)',
          figure: '1–2 leading NEV export enterprises and brands',
          value: '1–2',
          units: [' leading NEV export enterprises and brands'],
          tag: 'Target',
          change: undefined,
          period: 'by 2027',
          source: SOURCE_EN,
        },
        zh: {
          label: '国内领先的智能网联新能源汽车出口企业和品牌（目标）',
          figure: '1—2家',
          value: '1—2',
          units: ['家'],
          tag: '目标',
          change: undefined,
          period: '到2027年',
          source: SOURCE_ZH,
        },
      },
      {
        id: 'service-opening-pilot-rate',
        en: {
          label: 'Service-industry opening-up pilot tasks implemented',
          figure: '95.3%',
          value: '95.3%',
          units: [],
          tag: undefined,
          change: undefined,
          period: 'January 29, 2024',
          source: SOURCE_EN,
        },
        zh: { label: '服务业扩大开放综合试点任务实施率', figure: '95.3%', value: '95.3%', units: [], tag: undefined, change: undefined, period: '2024年1月29日', source: SOURCE_ZH },
      },
    ];
    for (const { id, en, zh } of cases) {
      it(`${id} in en and zh-CN`, async () => {
        const el = await fixture<KfKpi>(html`<kf-kpi indicator=${id}></kf-kpi>`);
        expect(seen(el)).to.deep.equal(en);
        el.locale = 'zh-CN';
        await el.updateComplete;
        expect(seen(el)).to.deep.equal(zh);
      });
    }

    it('the change badge: the arrow is decoration (hidden from assistive technology); the signed change is what is heard', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises"></kf-kpi>`);
      const badge = $(el, '[part="change"]')!;
      expect(badge.querySelector('.glyph')!.getAttribute('aria-hidden')).to.equal('true');
      expect(badge.querySelectorAll('[aria-hidden="true"]').length).to.equal(1);
      expect(accessibleName(badge)).to.equal('+44.4% year on year');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(accessibleName($(el, '[part="change"]')!)).to.equal('同比+44.4%');
    });

    it('the quote is one click away, in its own language', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" locale="zh-CN"></kf-kpi>`);
      const button = $(el, '[part="quote"] button') as HTMLButtonElement;
      const quote = $(el, '[part="quote"] blockquote')!;
      expect(text(button)).to.equal('原文');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(quote);
      expect(quote.checkVisibility()).to.equal(false);
      button.click();
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(quote.checkVisibility()).to.equal(true);
      expect(text(quote)).to.equal('“319 of the Fortune 500 companies settled in Chongqing”');
      expect(quote.getAttribute('lang')).to.equal('en');
      // A button: Enter from the keyboard closes it again.
      button.focus();
      await sendKeys({ press: 'Enter' });
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(quote.checkVisibility()).to.equal(false);
    });
  });

  describe('mini bars', () => {
    it('new-foreign-enterprises: 2022 derived bar hatched and outlined, marked "≈268 (derived)"; the labels are the data table', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises" style="width:420px"></kf-kpi>`);
      const bars = $$(el, '.bars .bar');
      // miniBars() in percent of the strip: equal bands, 0.4 of each left empty, 268 / 387 = 69.25 %.
      expect(bars.map((b) => [b.className, b.style.width, b.style.height])).to.deep.equal([
        ['bar derived', '30%', '69.25%'],
        ['bar', '30%', '100%'],
      ]);
      const strip = $(el, '.bars')!.getBoundingClientRect();
      const [d, s] = bars.map((b) => b.getBoundingClientRect());
      // Centred in their bands (flex space-around), on the strip's bottom, at 69.25 % and 100 % of its height.
      expect(Math.round(d!.left + d!.width / 2 - strip.left)).to.equal(Math.round(strip.width / 4));
      expect(Math.round(s!.left + s!.width / 2 - strip.left)).to.equal(Math.round((strip.width * 3) / 4));
      expect(Math.round(d!.bottom)).to.equal(Math.round(s!.bottom));
      expect(d!.height / s!.height).to.be.closeTo(0.6925, 0.01);
      const derived = getComputedStyle(bars[0]!);
      expect(derived.backgroundImage).to.match(/^repeating-linear-gradient/);
      // 1.5px, which Chromium draws as whole device pixels (1px at a device pixel ratio of 1).
      expect(parseFloat(derived.borderTopWidth)).to.be.at.least(1);
      expect(derived.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(bars[1]!).backgroundImage).to.equal('none');
      expect(getComputedStyle(bars[1]!).backgroundColor).to.match(/^rgb/);
      expect(ticks(el)).to.deep.equal([
        ['≈268 (derived)', '2022'],
        ['387', '2023'],
      ]);
      // A data table: the periods are column heads, named by the card's label.
      const table = $(el, 'table[part="table"]')!;
      expect($$(el, 'table thead th[scope="col"]').length).to.equal(2);
      expect(accessibleName(table)).to.equal('New foreign-invested enterprises');
      // Shown under the bars: values first, then the periods (the column heads, drawn last).
      const [v, p] = [$(el, 'td')!, $(el, 'th')!].map((c) => c.getBoundingClientRect());
      expect(v!.bottom).to.be.at.most(p!.top + 0.5);
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(ticks(el)).to.deep.equal([
        ['约268（推算值）', '2022年'],
        ['387', '2023年'],
      ]);
    });

    it('no trend for an indicator with one level', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies"></kf-kpi>`);
      expect($(el, '[part="trend"]')).to.equal(null);
    });

    it('below the change at 280 px, beside it (under the value) from 420 px', async () => {
      const narrow = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises" style="width:280px"></kf-kpi>`);
      expect($(narrow, '.trend')!.getBoundingClientRect().top).to.be.at.least($(narrow, '.meta-row')!.getBoundingClientRect().bottom);
      const wide = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises" style="width:420px"></kf-kpi>`);
      expect($(wide, '.trend')!.getBoundingClientRect().left).to.be.at.least($(wide, '.meta-row')!.getBoundingClientRect().right);
      expect($(wide, '.trend')!.getBoundingClientRect().top).to.be.at.least($(wide, '.figure')!.getBoundingClientRect().bottom);
    });

    it('off-screen (lazy), an empty box of the drawn size; drawn once seen', async () => {
      lazyOptions.enabled = true;
      try {
        const box = await fixture(html`<div><div style="height:3000px"></div><kf-kpi indicator="new-foreign-enterprises" style="width:320px"></kf-kpi></div>`);
        const el = box.querySelector<KfKpi>('kf-kpi')!;
        expect($$(el, '.bar').length).to.equal(0);
        const before = el.getBoundingClientRect().height;
        el.scrollIntoView();
        await aTimeout(100);
        await el.updateComplete;
        expect($$(el, '.bar').length).to.equal(2);
        expect(el.getBoundingClientRect().height).to.equal(before);
        window.scrollTo(0, 0);
      } finally {
        lazyOptions.enabled = false;
      }
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'zh-CN']) {
        it(`is axe-clean in ${theme} / ${locale} (trend, target, lower bound)`, async () => {
          const box = await fixture(html`<div>
            <kf-kpi indicator="new-foreign-enterprises" theme=${theme} locale=${locale}></kf-kpi>
            <kf-kpi indicator="nev-export-value-target" theme=${theme} locale=${locale}></kf-kpi>
            <kf-kpi indicator="depa-negotiation-rounds" theme=${theme} locale=${locale}></kf-kpi>
          </div>`);
          await expect(box).to.be.accessible();
        });

        it(`change badge, period and source text have ≥ 4.5:1 contrast in ${theme} / ${locale}`, async () => {
          const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises" theme=${theme} locale=${locale}></kf-kpi>`);
          const surface = getComputedStyle($(el, '.card')!).backgroundColor;
          for (const sel of ['[part="change"]', '[part="period"]', '[part="source"]', '.tick-period', '[part="label"]', '[part="value"]']) {
            expect(contrast(getComputedStyle($(el, sel)!).color, surface), sel).to.be.at.least(4.5);
          }
        });
      }
    }

    it('the group is named by the label and described by the full sentence; both follow indicator and locale', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises"></kf-kpi>`);
      const group = () => $(el, '[role="group"]')!;
      expect(accessibleName(group())).to.equal('New foreign-invested enterprises');
      expect(description(el)).to.equal('In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year.');
      el.indicator = 'nev-export-leaders-target';
      await el.updateComplete;
      expect(accessibleName(group())).to.equal('Leading NEV export enterprises and brands (target)');
      expect(description(el)).to.equal('By 2027, Chongqing is to build 1–2 leading NEV export enterprises and brands.');
      el.locale = 'zh-CN';
      await el.updateComplete;
      expect(accessibleName(group())).to.equal('国内领先的智能网联新能源汽车出口企业和品牌（目标）');
      expect(description(el)).to.equal('到2027年，重庆将打造1—2家国内领先的智能网联新能源汽车出口企业和品牌。');
      expect(group().getAttribute('lang')).to.equal('zh-CN');
    });
  });

  describe('markup', () => {
    it('dataset text is text, never markup; a new dataset object is shown afresh', async () => {
      const odd = structuredClone(data) as { indicators: { id: string; label: Record<string, string>; observations: { value: number }[] }[] };
      const nfe = odd.indicators.find((i) => i.id === 'fortune-500-companies')!;
      nfe.label.en = '<img src=x onerror="window.hacked=1"> & "Co"';
      nfe.observations[0]!.value = 320;
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" locale="en" .data=${odd}></kf-kpi>`);
      expect($(el, '[part="label"]')!.textContent).to.equal('<img src=x onerror="window.hacked=1"> & "Co"');
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(text($(el, '[part="value"]'))).to.equal('320');
      const plain = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" locale="en"></kf-kpi>`);
      expect(text($(plain, '[part="value"]'))).to.equal('319');
    });
  });

  describe('layout', () => {
    for (const width of [280, 420, 640]) {
      it(`nothing overflows at ${width} px in either locale`, async () => {
        for (const locale of ['en', 'zh-CN']) {
          const box = await fixture(html`<div style=${`width:${width}px`}>
            ${['new-foreign-enterprises', 'nev-export-leaders-target', 'nev-export-value-target'].map(
              (id) => html`<kf-kpi indicator=${id} locale=${locale}></kf-kpi>`,
            )}
          </div>`);
          for (const el of box.querySelectorAll('kf-kpi')) {
            const card = $(el, '.card')!;
            expect(card.scrollWidth, `${el.getAttribute('indicator')} ${locale}`).to.be.at.most(card.clientWidth);
            expect(el.getBoundingClientRect().width).to.equal(width);
          }
        }
      });
    }

    it('the value grows with the card width, within 2–2.625 rem', async () => {
      const size = async (w: number) => {
        const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" style=${`width:${w}px`}></kf-kpi>`);
        return parseFloat(getComputedStyle($(el, '[part="value"]')!).fontSize);
      };
      expect(await size(280)).to.equal(32);
      expect(await size(900)).to.equal(42);
    });
  });

  describe('loading', () => {
    for (const [id, width] of [
      ['new-foreign-enterprises', 280],
      ['new-foreign-enterprises', 420],
      ['nev-export-value-target', 280],
      ['fortune-500-companies', 600],
    ] as const) {
      it(`${id} at ${width} px: the loading box equals the ready box`, async () => {
        const hold = holdFetch();
        try {
          const el = await fixture<KfKpi>(html`<kf-kpi indicator=${id} src=${`${FIXTURE}?kpi-${id}-${width}`} style=${`width:${width}px`}></kf-kpi>`);
          const loading = $(el, '[part="loading"]')!;
          expect(loading.getAttribute('aria-busy')).to.equal('true');
          expect(text(loading.querySelector(':scope > .sr-only'))).to.equal('Loading…');
          expect($(el, '[role="group"]'), 'the skeleton is not announced as the card').to.equal(null);
          expect($$(el, '.skeleton').length).to.be.greaterThan(3);
          const before = el.getBoundingClientRect();
          const loaded = oneEvent(el, 'kf-load');
          hold.release();
          await loaded;
          await el.updateComplete;
          expect($(el, '[part="loading"]')).to.equal(null);
          expect(seen(el).value).to.not.equal(undefined);
          const after = el.getBoundingClientRect();
          expect([after.width, after.height]).to.deep.equal([before.width, before.height]);
        } finally {
          hold.restore();
        }
      });
    }

    it('the loading state is axe-clean (skeleton hidden and inert)', async () => {
      const hold = holdFetch();
      try {
        const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises" src=${`${FIXTURE}?kpi-axe`}></kf-kpi>`);
        expect($(el, '[part="loading"]')).to.not.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        hold.release();
        hold.restore();
      }
    });
  });

  describe('media', () => {
    it('print: the quote is printed, its disclosure button is not', async () => {
      const el = await fixture<KfKpi>(html`<kf-kpi indicator="new-foreign-enterprises"></kf-kpi>`);
      const quote = $(el, 'blockquote')!;
      expect(quote.checkVisibility()).to.equal(false);
      await emulateMedia({ media: 'print' });
      try {
        expect(quote.checkVisibility()).to.equal(true);
        expect(getComputedStyle($(el, '[part="quote"] button')!).display).to.equal('none');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('reduced motion: the loading skeleton does not pulse', async () => {
      const hold = holdFetch();
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
        const el = await fixture<KfKpi>(html`<kf-kpi indicator="fortune-500-companies" src=${`${FIXTURE}?kpi-motion`}></kf-kpi>`);
        expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('none');
        await emulateMedia({ reducedMotion: 'no-preference' });
        expect(getComputedStyle($(el, '.skeleton')!).animationName).to.equal('kf-pulse');
      } finally {
        hold.release();
        hold.restore();
      }
    });
  });

  describe('errors', () => {
    it('unknown id: the message names the closest id, and kf-error has code unknown-indicator', async () => {
      const el = document.createElement('kf-kpi') as KfKpi;
      el.indicator = 'new-foreign-enterprise';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('unknown-indicator');
      await el.updateComplete;
      const alert = $(el, '[role="alert"]')!;
      expect(text(alert)).to.equal('Could not show this figure: unknown indicator "new-foreign-enterprise"; did you mean "new-foreign-enterprises"?');
      await expect(el).to.be.accessible();
    });

    it('invalid data object: the first problem path', async () => {
      const bad = structuredClone(data) as { indicators: { observations: { value: unknown }[] }[] };
      bad.indicators[1]!.observations[0]!.value = 'many';
      const el = document.createElement('kf-kpi') as KfKpi;
      el.indicator = 'fortune-500-companies';
      el.data = bad;
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      expect((await error).detail.code).to.equal('invalid-dataset');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('indicators[1].observations[0].value');
    });

    it('404 src: the status', async () => {
      const el = document.createElement('kf-kpi') as KfKpi;
      el.indicator = 'new-foreign-enterprises';
      el.src = '/packages/widgets/test/fixtures/missing.json';
      const error = oneEvent(el, 'kf-error');
      await fixture(html`<div>${el}</div>`);
      const { detail } = await error;
      expect(detail.code).to.equal('http-status');
      expect(detail.message).to.contain('404');
      await el.updateComplete;
      expect(text($(el, '[role="alert"]'))).to.contain('404');
    });
  });

  it('at a 320 px viewport the card fills the column without a horizontal scrollbar', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      await fixture(html`<kf-kpi indicator="nev-export-leaders-target" locale="zh-CN"></kf-kpi>`);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});
