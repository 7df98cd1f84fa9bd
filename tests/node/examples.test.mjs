// The HTML examples (examples/portal, news, classic-script, cms-snippet) in headless Chromium,
// served by scripts/dev-server.mjs as `npm start` serves them, loading the built bundles from
// packages/widgets/dist/ as a real site would (`npm test` builds first). Each page, at 1280 and
// 375 px, shows its figures, logs no console error or warning, throws nothing and requests
// nothing that fails. Skipped, with the reason, only where no Chrome or Chromium is found.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/dev-server.mjs';
import { findChrome, headlessArgs, noChromeMessage } from '../../scripts/find-chrome.mjs';
import { deepElementsIn, deepTextOf, freePort, lightTextShown, settlePage } from './examples-browser.mjs';

const dist = new URL('../../packages/widgets/dist/', import.meta.url);
const BUNDLES = ['keyfigures.js', 'keyfigures.iife.js'];
const WIDTHS = [1280, 375];

describe('examples/ in headless Chromium (built bundles, as npm start serves them)', function () {
  this.timeout(120000);
  let server;
  let origin;
  let browser;

  before(async function () {
    const executablePath = findChrome();
    if (!executablePath) {
      console.log(`    skipped: ${noChromeMessage}`);
      this.skip();
    }
    const missing = BUNDLES.filter((f) => !existsSync(new URL(f, dist)));
    if (missing.length) {
      throw new Error(`${missing.map((f) => fileURLToPath(new URL(f, dist))).join(', ')} missing: run \`npm run build\` first.`);
    }
    const port = await freePort();
    server = await serve({ port });
    origin = `http://127.0.0.1:${port}`;
    browser = await puppeteer.launch({ executablePath, headless: true, args: headlessArgs });
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /**
   * Opens `path` at `width` px and returns the page with `problems`: console errors and
   * warnings, uncaught exceptions, failed requests and HTTP errors seen so far.
   */
  async function open(path, width, { settle = true } = {}) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warn') problems.push(`console.${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    });
    await page.setViewport({ width, height: 900 });
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (settle) await page.evaluate(settlePage);
    return { page, problems };
  }

  /** The seen text of the first element matching `selector` (see deepTextOf). */
  const textOf = (page, selector) =>
    page.$eval(selector, (el, deepText) => new Function(`return (${deepText})`)()(el), deepTextOf.toString());

  for (const width of WIDTHS) {
    describe(`at ${width} px`, () => {
      it('portal/: zh-CN page with one module script, a dashboard, four kinds of chart and the portal theme', async () => {
        const { page, problems } = await open('/examples/portal/', width);
        try {
          expect(problems, 'while loading').to.deep.equal([]);
          const head = await page.evaluate(() => ({
            lang: document.documentElement.lang,
            scripts: [...document.scripts].map((s) => `${s.type} ${s.getAttribute('src')}`),
          }));
          expect(head.lang).to.equal('zh-CN');
          expect(head.scripts).to.deep.equal(['module /packages/widgets/dist/keyfigures.js']);

          expect(await textOf(page, 'main')).to.contain('新设外资企业387家（同比增长44.4%）');
          const dashboard = await textOf(page, 'kf-dashboard');
          for (const figure of ['387家', '319家', '95.3%', '1200亿元', '10余轮', '2027年']) expect(dashboard, `dashboard shows ${figure}`).to.contain(figure);
          expect(await textOf(page, 'kf-progress[variant="ring"]')).to.contain('95.3%');
          expect(await textOf(page, 'kf-waffle')).to.contain('319家');
          expect(await textOf(page, 'kf-bars')).to.match(/约268[\s\S]*387/);
          expect(await textOf(page, 'main > section kf-timeline')).to.contain('2016年');

          // The portal's --kf-* values reach inside: its red fills the bars, its font sets the labels.
          const theme = await page.evaluate((deep) => {
            const deepElements = new Function(`return (${deep})`)();
            const bars = document.querySelector('kf-bars');
            const inside = deepElements(bars);
            const red = 'rgb(179, 19, 27)';
            return {
              redFill: inside.some((el) => [getComputedStyle(el).fill, getComputedStyle(el).backgroundColor].includes(red)),
              font: getComputedStyle(bars.shadowRoot.querySelector('[part~="label"]')).fontFamily,
            };
          }, deepElementsIn.toString());
          expect(theme.redFill, 'an element in kf-bars is drawn in the portal red #b3131b').to.equal(true);
          expect(theme.font).to.match(/^"Microsoft YaHei"/);
          expect(problems).to.deep.equal([]);
        } finally {
          await page.close();
        }
      });

      it('news/: kf-figure inside paragraphs in the article serif, and a kf-kpi aside', async () => {
        const { page, problems } = await open('/examples/news/', width);
        try {
          expect(problems, 'while loading').to.deep.equal([]);
          const body = await textOf(page, 'article');
          expect(body).to.contain('set up 387 new foreign-invested enterprises (up 44.4% year on year) last year');
          expect(body).to.contain('and 319 companies of the Fortune 500');
          expect(body).to.contain('more than CNY 120 billion');
          expect(await textOf(page, 'aside kf-kpi')).to.match(/387[\s\S]*\+44\.4%/);

          // Each figure is set in its paragraph's face, size and colour.
          const type = await page.evaluate(() =>
            [...document.querySelectorAll('article p kf-figure')].map((el) => {
              const value = el.shadowRoot.querySelector('[part~="value"]');
              const [p, v] = [el.closest('p'), value].map(getComputedStyle);
              return {
                indicator: el.getAttribute('indicator'),
                same: p.fontFamily === v.fontFamily && p.fontSize === v.fontSize && p.color === v.color,
                font: v.fontFamily,
              };
            }),
          );
          expect(type.length).to.be.at.least(8);
          expect(type.filter((t) => !t.same), 'figures not in their paragraph’s type').to.deep.equal([]);
          expect(type[0].font).to.match(/^Georgia/);
          expect(problems).to.deep.equal([]);
        } finally {
          await page.close();
        }
      });

      it('classic-script/: the IIFE build on a page with no module script; classic.js uses the global', async () => {
        const { page, problems } = await open('/examples/classic-script/', width);
        try {
          expect(problems, 'while loading').to.deep.equal([]);
          const page1 = await page.evaluate(() => ({
            scripts: [...document.scripts].map((s) => ({ type: s.type, src: s.getAttribute('src'), inline: s.text.trim() !== '' })),
            defineAll: typeof window.keyfigures?.defineAll,
            status: document.getElementById('status').textContent,
          }));
          expect(page1.scripts).to.deep.equal([
            { type: '', src: '/packages/widgets/dist/keyfigures.iife.js', inline: false },
            { type: '', src: 'classic.js', inline: false },
          ]);
          expect(page1.defineAll).to.equal('function');
          expect(page1.status).to.equal(
            'window.keyfigures is here, and has defined kf-figure, kf-kpi, kf-progress, kf-waffle, kf-bars, kf-timeline, kf-dashboard.',
          );

          expect(await textOf(page, '.lead')).to.contain('set up 387 new foreign-invested enterprises (up 44.4% year on year), and 319 companies');
          expect(await textOf(page, 'kf-kpi')).to.contain('387');
          expect(await textOf(page, 'kf-progress')).to.contain('95.3%');
          expect(await textOf(page, 'kf-waffle')).to.contain('319');
          // The fallback text written inside each element is hidden once it is defined.
          const shown = await page.$$eval('kf-figure, .cards > *', (els, f) => els.filter(new Function(`return (${f})`)()).map((el) => el.localName), lightTextShown.toString());
          expect(shown, 'elements still showing their fallback text').to.deep.equal([]);

          // The button from classic.js switches the cards to Chinese and back.
          await page.click('#switch-locale');
          await page.evaluate(settlePage);
          expect(await textOf(page, 'kf-kpi')).to.contain('387家');
          expect(await textOf(page, '.lead')).to.contain('387 new foreign-invested enterprises');
          await page.click('#switch-locale');
          await page.evaluate(settlePage);
          expect(await textOf(page, 'kf-kpi')).to.contain('387 new foreign-invested enterprises');
          expect(problems).to.deep.equal([]);
        } finally {
          await page.close();
        }
      });

      it('cms-snippet/: the height reserved before the script runs is the height after; fallback text until then', async () => {
        const page = await browser.newPage();
        const problems = [];
        page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
        page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
        page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
        page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
        try {
          await page.setViewport({ width, height: 900 });
          // Hold the bundle back until the page has been measured without it.
          await page.setRequestInterception(true);
          const held = new Promise((resolve) => {
            page.on('request', (request) => {
              if (request.url().endsWith('/packages/widgets/dist/keyfigures.js')) resolve(request);
              else request.continue();
            });
          });
          const loaded = page.goto(`${origin}/examples/cms-snippet/`, { waitUntil: 'load' });
          const request = await held;
          await page.waitForFunction(() => document.readyState !== 'loading');
          await page.evaluate(() => {
            window.__shifts = [];
            new PerformanceObserver((list) => window.__shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
          });
          const measure = () =>
            page.evaluate((f) => {
              const el = document.querySelector('.cms-body kf-kpi');
              const next = el.nextElementSibling;
              return {
                defined: customElements.get('kf-kpi') !== undefined,
                height: el.getBoundingClientRect().height,
                nextTop: next.getBoundingClientRect().top + scrollY,
                fallbackShown: new Function(`return (${f})`)()(el),
              };
            }, lightTextShown.toString());
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const before = await measure();
          await request.continue();
          await loaded;
          await page.evaluate(settlePage);
          const after = await measure();

          expect(before.defined, 'kf-kpi is not defined while the script is held').to.equal(false);
          expect(before.fallbackShown, 'fallback text shown before the script runs').to.equal(true);
          expect(after.defined).to.equal(true);
          expect(after.fallbackShown, 'fallback text hidden once the card renders').to.equal(false);
          expect(await textOf(page, '.cms-body kf-kpi')).to.contain('387家');
          expect(after.height, 'card height after rendering').to.equal(before.height);
          expect(after.nextTop, 'the paragraph below the card').to.equal(before.nextTop);
          const shift = await page.evaluate(() => window.__shifts.filter((e) => !e.hadRecentInput).reduce((n, e) => n + e.value, 0));
          expect(shift, 'cumulative layout shift').to.equal(0);
          expect(problems).to.deep.equal([]);
        } finally {
          await page.close();
        }
      });
    });
  }

  it('portal/ and news/: the cards keep the site’s light palette when the reader’s system prefers dark', async () => {
    for (const path of ['/examples/portal/', '/examples/news/']) {
      const page = await browser.newPage();
      try {
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        await page.setViewport({ width: 1280, height: 900 });
        await page.goto(`${origin}${path}`, { waitUntil: 'load' });
        await page.evaluate(settlePage);
        const cards = await page.$$eval('kf-kpi, kf-waffle, kf-bars, kf-progress', (els) =>
          els.map((el) => {
            const card = getComputedStyle(el.shadowRoot.querySelector('[part~="card"]'));
            return `${el.localName}: ${card.backgroundColor} / ${card.color}`;
          }),
        );
        expect(cards.length, path).to.be.above(0);
        for (const card of cards) expect(card, path).to.match(/: rgb\(255, 255, 255\) \/ rgb\((?:[0-4]?\d), (?:[0-4]?\d), (?:[0-4]?\d)\)$/);
      } finally {
        await page.close();
      }
    }
  });

  it('cms-snippet/: the snippet shown in <pre> is, character for character, the one included live', async () => {
    const html = await (await fetch(`${origin}/examples/cms-snippet/`)).text();
    const live = html.match(/<!-- snippet -->\n([\s\S]*?)\n\s*<!-- \/snippet -->/)?.[1];
    expect(live, 'the page marks its live snippet with <!-- snippet --> … <!-- /snippet -->').to.be.a('string');
    const shown = html
      .match(/<pre class="snippet"><code>([\s\S]*?)<\/code><\/pre>/)?.[1]
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&');
    expect(shown).to.equal(live);
    expect(live).to.match(/^<script type="module" src="[^"]+keyfigures\.js"><\/script>\n<kf-kpi [^>]*style="display:block;min-height:\d+px">[^<]+<\/kf-kpi>$/);
  });

  it('cms-snippet/: without JavaScript the element shows its fallback sentence in the reserved height', async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width: 375, height: 900 });
      await page.goto(`${origin}/examples/cms-snippet/`, { waitUntil: 'load' });
      const seen = await page.$eval('.cms-body kf-kpi', (el) => ({ text: el.innerText.trim(), height: el.getBoundingClientRect().height, minHeight: getComputedStyle(el).minHeight }));
      expect(seen.text).to.equal('2023年，重庆新设外资企业387家，同比增长44.4%。');
      expect(`${seen.height}px`).to.equal(seen.minHeight);
    } finally {
      await page.close();
    }
  });

  it('index.html links every example', async () => {
    const html = await (await fetch(`${origin}/examples/`)).text();
    for (const dir of ['portal', 'news', 'classic-script', 'cms-snippet', 'node-sdk']) expect(html, dir).to.match(new RegExp(`href="${dir}/`));
  });
});
