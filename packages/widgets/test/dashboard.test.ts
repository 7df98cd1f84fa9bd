import type { Dataset } from '@keyfigures/sdk';
import { describe as sentence, loadDataset } from '@keyfigures/sdk';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../src/define.js';
import type { KfDashboard } from '../src/dashboard/dashboard.js';
import { cardFor } from '../src/dashboard/dashboard.layout.js';
import { lazyOptions } from '../src/shared/lazy.js';

lazyOptions.enabled = false;

const dataset: Dataset = loadDataset(structuredClone(data));
const root = (el: Element): ShadowRoot => el.shadowRoot!;
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The dashboard and every card in it have rendered. */
async function settle(el: KfDashboard): Promise<void> {
  await el.updateComplete;
  const children = [...root(el).querySelectorAll<LitElement>('kf-kpi, kf-progress, kf-waffle, kf-timeline')];
  await Promise.all(children.map((c) => c.updateComplete));
  await Promise.all(children.map((c) => c.updateComplete)); // a card may render twice (drawn after connect)
}

async function dashboard(attrs: { locale?: string; theme?: string; level?: number } = {}): Promise<KfDashboard> {
  const el = await fixture<KfDashboard>(
    html`<kf-dashboard .data=${dataset} locale=${attrs.locale ?? 'en'} theme=${attrs.theme ?? 'light'} heading-level=${attrs.level ?? 2}></kf-dashboard>`,
  );
  await settle(el);
  return el;
}

const themeHeadings = (el: KfDashboard): string[] => [...root(el).querySelectorAll('section[data-theme] .theme-heading')].map(text);

describe('kf-dashboard', () => {
  it('shows every indicator of the dataset exactly once, in the element cardFor picks', async () => {
    const el = await dashboard();
    const cards = [...root(el).querySelectorAll('[indicator]')];
    expect(cards.map((c) => c.getAttribute('indicator'))).to.have.members(dataset.indicators.map((i) => i.id));
    for (const indicator of dataset.indicators) {
      const found = root(el).querySelectorAll(`[indicator="${indicator.id}"]`);
      expect(found.length, indicator.id).to.equal(1);
      expect(found[0]!.localName, indicator.id).to.equal(cardFor(indicator).tag);
    }
    expect(root(el).querySelector('[indicator="fortune-500-companies"]')!.localName).to.equal('kf-waffle');
    expect(root(el).querySelector('[indicator="new-foreign-enterprises"]')!.localName).to.equal('kf-kpi');
    expect(root(el).querySelector('[indicator="vehicle-export-share-target"]')!.localName).to.equal('kf-progress');
  });

  it('each card carries its sentence as light-DOM fallback text (seen only where the tag is undefined)', async () => {
    const el = await dashboard({ locale: 'zh-CN' });
    const card = root(el).querySelector('[indicator="new-foreign-enterprises"]')!;
    expect(text(card)).to.equal('2023年，重庆新设外资企业387家，同比增长44.4%。');
    for (const indicator of dataset.indicators) {
      expect(text(root(el).querySelector(`[indicator="${indicator.id}"]`))).to.equal(sentence(indicator, 'zh-CN', dataset));
    }
  });

  it('groups the cards by theme, in the dataset\'s order, with English headings', async () => {
    const el = await dashboard();
    const sections = [...root(el).querySelectorAll<HTMLElement>('section[data-theme]')];
    expect(sections.map((s) => s.dataset.theme)).to.deep.equal(dataset.themes.map((t) => t.id));
    expect(themeHeadings(el)).to.deep.equal([
      'International consumer center city',
      'Stable, high-quality foreign trade',
      'Attracting investment',
      'Open platforms',
      'Reform and innovation',
      'Development and security',
      'Coordinated implementation',
    ]);
    const ids = (theme: string) => [...root(el).querySelectorAll(`section[data-theme="${theme}"] [indicator]`)].map((c) => c.getAttribute('indicator'));
    expect(ids('consumer-center')).to.deep.equal(['consumer-center-pilot-cities', 'ba-yu-new-consumption-actions', 'four-firsts-economy']);
    expect(ids('foreign-trade')).to.deep.equal(['vehicle-export-share-target', 'nev-export-value-target', 'nev-export-leaders-target']);
    expect(ids('attract-investment')).to.deep.equal(['new-foreign-enterprises', 'fortune-500-companies']);
  });

  it('in zh-CN: Chinese title, source, theme headings and notes', async () => {
    const el = await dashboard({ locale: 'zh-CN' });
    expect(text(root(el).querySelector('.title'))).to.equal('2024年重庆市商务工作会议关键数据');
    expect(text(root(el).querySelector('.source'))).to.equal('来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。');
    expect(themeHeadings(el)).to.deep.equal([
      '加快建设国际消费中心城市',
      '推动外贸保稳提质',
      '更大力度招商引资',
      '提升开放平台能级',
      '强化改革创新突破',
      '更好统筹发展和安全',
      '建立高效协同联动落实机制',
    ]);
    expect(text(root(el).querySelector('section[data-theme="development-security"] .note'))).to.equal('原文未列出具体数据');
    expect(text(root(el).querySelector('.events .theme-heading'))).to.equal('大事记与时间节点');
  });

  it('in en: title, source line, and an honest note for the themes without figures', async () => {
    const el = await dashboard();
    expect(text(root(el).querySelector('.title'))).to.equal('Chongqing Commercial Work Conference 2024: key figures');
    expect(text(root(el).querySelector('.source'))).to.equal('Source: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.');
    for (const theme of ['development-security', 'implementation-mechanism']) {
      const section = root(el).querySelector(`section[data-theme="${theme}"]`)!;
      expect(section.querySelector('[indicator]'), theme).to.equal(null);
      expect(text(section.querySelector('.note')), theme).to.equal('No figures stated in the source');
    }
    expect(root(el).querySelectorAll('.note').length).to.equal(2);
  });

  it('cites the source once: every card has a part="source" line, hidden inside the dashboard and shown standalone', async () => {
    const el = await dashboard();
    const cards = [...root(el).querySelectorAll<LitElement>('[indicator]')];
    expect(cards.length).to.equal(dataset.indicators.length);
    expect(new Set(cards.map((c) => c.localName))).to.have.keys('kf-kpi', 'kf-progress', 'kf-waffle');
    for (const card of cards) {
      const source = card.shadowRoot!.querySelector<HTMLElement>('[part~="source"]');
      expect(source, card.getAttribute('indicator')!).to.not.equal(null);
      expect(text(source)).to.match(/^Source: “Chongqing's Commercial Work Conference/);
      expect(getComputedStyle(source!).display, card.getAttribute('indicator')!).to.equal('none');
    }
    // The same elements on their own show their source.
    const alone = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <kf-kpi indicator="new-foreign-enterprises" .data=${dataset}></kf-kpi>
      <kf-progress indicator="vehicle-export-share-target" .data=${dataset}></kf-progress>
      <kf-waffle indicator="fortune-500-companies" .data=${dataset}></kf-waffle>
      <kf-bars indicator="new-foreign-enterprises" .data=${dataset}></kf-bars>
    </div>`);
    const standalone = [...alone.children] as LitElement[];
    await Promise.all(standalone.map((c) => c.updateComplete));
    for (const card of standalone) {
      const source = card.shadowRoot!.querySelector<HTMLElement>('[part~="source"]')!;
      expect(text(source), card.localName).to.match(/^Source: /);
      expect(getComputedStyle(source).display, card.localName).to.not.equal('none');
      expect(source.getBoundingClientRect().height, card.localName).to.be.greaterThan(0);
    }
  });

  it('the timeline under "Events and deadlines" repeats neither that heading (screen readers only) nor the panel title', async () => {
    const el = await dashboard();
    const timeline = root(el).querySelector<LitElement>('kf-timeline')!;
    await timeline.updateComplete;
    const part = (name: string) => timeline.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)!;
    expect(text(part('label'))).to.equal('Events and deadlines');
    expect(part('label').getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(part('subtitle')).display).to.equal('none');
    expect(text(part('span'))).to.equal('2016–2027');
    expect(getComputedStyle(part('span')).display).to.not.equal('none');
  });

  it('ends with a kf-timeline of every event, sharing the dataset, locale and theme', async () => {
    const el = await dashboard({ locale: 'zh-CN', theme: 'dark' });
    const sections = root(el).querySelectorAll('section');
    const timeline = sections[sections.length - 1]!.querySelector('kf-timeline')!;
    expect(timeline).to.exist;
    expect(timeline.hasAttribute('indicator')).to.equal(false);
    expect((timeline as unknown as { data: unknown }).data).to.equal(dataset);
    expect(timeline.getAttribute('locale')).to.equal('zh-CN');
    expect(timeline.getAttribute('theme')).to.equal('dark');
  });

  it('hands every card the same dataset object, the resolved locale and the theme', async () => {
    const el = await fixture<KfDashboard>(html`<div lang="zh-Hans"><kf-dashboard .data=${dataset} theme="dark"></kf-dashboard></div>`);
    const dash = el.querySelector('kf-dashboard')!;
    await settle(dash);
    const cards = [...root(dash).querySelectorAll('[indicator]')];
    expect(cards.length).to.equal(dataset.indicators.length);
    for (const c of cards) {
      expect((c as unknown as { data: unknown }).data, c.localName).to.equal(dataset);
      expect(c.getAttribute('locale')).to.equal('zh-CN');
      expect(c.getAttribute('theme')).to.equal('dark');
    }
  });

  it('headings: the title at heading-level (default 2), themes one below; clamped to 1–5', async () => {
    const levels = (el: KfDashboard) => [root(el).querySelector('.title')!.localName, root(el).querySelector('.theme-heading')!.localName];
    expect(levels(await dashboard())).to.deep.equal(['h2', 'h3']);
    expect(levels(await dashboard({ level: 4 }))).to.deep.equal(['h4', 'h5']);
    expect(levels(await dashboard({ level: 9 }))).to.deep.equal(['h5', 'h6']);
    expect(levels(await dashboard({ level: 0 }))).to.deep.equal(['h1', 'h2']);
  });

  it('is one region named by the dataset title, and the name follows the locale', async () => {
    const el = await dashboard();
    const region = root(el).querySelector('[role="region"]')!;
    const name = () => text(root(el).getElementById(region.getAttribute('aria-labelledby')!));
    expect(root(el).querySelectorAll('[role="region"], main, nav, aside, [role="main"]').length).to.equal(1);
    expect(name()).to.equal('Chongqing Commercial Work Conference 2024: key figures');
    el.locale = 'zh-CN';
    await settle(el);
    expect(name()).to.equal('2024年重庆市商务工作会议关键数据');
  });

  it('a locale change re-localizes the headings and every card\'s locale', async () => {
    const el = await dashboard();
    el.locale = 'zh-CN';
    await settle(el);
    expect(themeHeadings(el)[0]).to.equal('加快建设国际消费中心城市');
    const children = [...root(el).querySelectorAll('[indicator], kf-timeline')];
    expect(children.length).to.equal(dataset.indicators.length + 1);
    for (const c of children) expect(c.getAttribute('locale'), c.localName).to.equal('zh-CN');
    el.locale = 'en';
    await settle(el);
    expect(themeHeadings(el)[0]).to.equal('International consumer center city');
    for (const c of children) expect(c.getAttribute('locale'), c.localName).to.equal('en');
  });

  it('a theme change reaches every card', async () => {
    const el = await dashboard();
    el.theme = 'dark';
    await settle(el);
    for (const c of root(el).querySelectorAll('[indicator], kf-timeline')) expect(c.getAttribute('theme'), c.localName).to.equal('dark');
  });

  for (const locale of ['en', 'zh-CN']) {
    for (const theme of ['light', 'dark']) {
      it(`is accessible (axe), ${locale}, ${theme}`, async () => {
        const el = await dashboard({ locale, theme });
        await expect(el).to.be.accessible();
      });
    }
  }

  it('emits one kf-load of its own; the cards\' kf-load stays inside', async () => {
    const seen: string[] = [];
    const wrapper = await fixture<HTMLDivElement>(html`<div @kf-load=${(e: Event) => seen.push((e.target as Element).localName)}></div>`);
    const el = document.createElement('kf-dashboard') as KfDashboard;
    el.data = dataset;
    wrapper.append(el);
    await settle(el);
    await aTimeout(50);
    expect(seen).to.deep.equal(['kf-dashboard']);
  });

  it('a src that 404s: the error state names the status and kf-error is emitted', async () => {
    const el = document.createElement('kf-dashboard') as KfDashboard;
    el.src = '/packages/widgets/test/fixtures/missing.json';
    const failed = oneEvent(el, 'kf-error');
    document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.code).to.equal('http-status');
    expect(detail.message).to.include('404');
    const error = root(el).querySelector('[part="error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.include('404');
    expect(root(el).querySelector('[indicator]')).to.equal(null);
    el.remove();
  });

  it('an invalid data object: the error names the first problem\'s path', async () => {
    const el = document.createElement('kf-dashboard') as KfDashboard;
    el.data = { ...structuredClone(data), themes: 'none' };
    const failed = oneEvent(el, 'kf-error');
    document.body.append(el);
    const { detail } = await failed;
    await el.updateComplete;
    expect(detail.code).to.equal('invalid-dataset');
    expect(detail.message).to.include('themes');
    expect(text(root(el).querySelector('[part="error"]'))).to.include('themes');
    el.remove();
  });

  it('while src loads it reserves a screenful (aria-busy), then shows the figures', async () => {
    const realFetch = window.fetch;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    window.fetch = async (input, init) => {
      await gate;
      return realFetch(input, init);
    };
    try {
      const el = await fixture<KfDashboard>(html`<kf-dashboard src="/packages/widgets/test/fixtures/dataset.json?slow=${Date.now()}" theme="light"></kf-dashboard>`);
      const loading = root(el).querySelector('[part="loading"]')!;
      expect(loading.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.be.at.least(400);
      expect(root(el).querySelector('[indicator]')).to.equal(null);
      const loaded = oneEvent(el, 'kf-load');
      release();
      await loaded;
      await settle(el);
      expect(root(el).querySelector('[part="loading"]')).to.equal(null);
      expect(root(el).querySelectorAll('[indicator]').length).to.equal(dataset.indicators.length);
    } finally {
      window.fetch = realFetch;
    }
  });
});
