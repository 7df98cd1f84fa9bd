// examples/react: built by its own script, served as `npm start` serves it, loaded in headless
// Chromium. It must show its figures, follow the language switch, report an unknown indicator
// through onKfError, and log no error or warning on the way.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { expect } from 'chai';
import puppeteer from 'puppeteer-core';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { buildReactExample } from '../../examples/react/build.mjs';
import { findChrome, headlessArgs, noChromeMessage } from '../../scripts/find-chrome.mjs';
import { start } from '../../scripts/start.mjs';

/** A port the OS says is free right now. */
const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Defined in the page (evaluateOnNewDocument): the text of `selector` in `host`'s shadow root, '' when none. */
function shadowText(host, selector) {
  return (host?.shadowRoot?.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('examples/react', function () {
  this.timeout(60000);
  let built;
  let server;
  let browser;
  let page;
  const problems = [];

  before(async () => {
    built = await buildReactExample();
    server = await start({ port: await freePort() });
    const executablePath = findChrome();
    if (!executablePath) throw new Error(noChromeMessage);
    browser = await puppeteer.launch({ executablePath, headless: true, args: [...headlessArgs, '--window-size=1280,900'] });
    page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.evaluateOnNewDocument(shadowText.toString());
    page.on('console', (m) => ['error', 'warn', 'warning', 'assert'].includes(m.type()) && problems.push(`console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('node examples/react/build.mjs → dist/app.js, one ES module with nothing left to resolve', () => {
    const code = readFileSync(built.file, 'utf8');
    expect(built.file.replaceAll('\\', '/')).to.match(/examples\/react\/dist\/app\.js$/);
    // A bare or relative import left in the bundle would need a bundler or an import map in the page.
    expect(code).to.not.match(/\bimport\s*[{*\w][^;]*?from\s*["']/);
    expect(code).to.not.match(/\bimport\s*\(\s*["']/);
    expect(code, "React's production build").to.not.include('react.development');
    expect(built.gzip).to.be.above(0);
  });

  it('GET /examples/react/ → the app renders its figures: kf-figure in a sentence, kf-kpi, kf-dashboard', async () => {
    await page.goto(new URL('react/', server.url).href, { waitUntil: 'load' });
    await page.waitForFunction(
      () => shadowText(document.querySelector('.sentence kf-figure'), '[part~="value"]') === '387 new foreign-invested enterprises (up 44.4% year on year)',
      { timeout: 15000 },
    );
    const seen = await page.evaluate(() => {
      const kpi = document.querySelector('.card-row kf-kpi');
      const dashboard = document.querySelector('kf-dashboard');
      return {
        sentence: document.querySelector('.sentence').textContent.replace(/\s+/g, ' ').trim(),
        figures: [...document.querySelectorAll('.sentence kf-figure')].map((f) => shadowText(f, '[part~="value"]')),
        kpi: [shadowText(kpi, '[part="label"]'), shadowText(kpi, '[part="value"]')],
        dashboardTitle: shadowText(dashboard, '[part~="title"]'),
        dashboardKpi: shadowText(dashboard.shadowRoot.querySelector('kf-kpi[indicator="new-foreign-enterprises"]'), '[part="value"]'),
        options: [...document.querySelectorAll('select option')].map((o) => o.value),
        errors: document.querySelector('.errors').textContent,
      };
    });
    expect(seen.figures).to.deep.equal(['387 new foreign-invested enterprises (up 44.4% year on year)', '319 companies']);
    expect(seen.sentence).to.equal('In 2023 Chongqing set up , and of the Fortune 500 have settled in the city.');
    expect(seen.kpi).to.deep.equal(['New foreign-invested enterprises', '387']);
    expect(seen.dashboardTitle).to.not.equal('');
    expect(seen.dashboardKpi).to.equal('387');
    // The card's onKfLoad listed the dataset's ids; the misspelt one is the page's own.
    expect(seen.options).to.deep.equal([...data.indicators.map((i) => i.id), 'new-foreign-enterprise']);
    expect(seen.errors).to.equal('No errors.');
  });

  it('choosing 中文（简体） → the same elements in Chinese, and <html lang="zh-CN">', async () => {
    await page.click('input[name="locale"][value="zh-CN"]');
    await page.waitForFunction(() => shadowText(document.querySelector('.sentence kf-figure'), '[part~="value"]') === '387家（同比增长44.4%）', { timeout: 10000 });
    const seen = await page.evaluate(() => {
      const kpi = document.querySelector('.card-row kf-kpi');
      return {
        lang: document.documentElement.lang,
        fortune: shadowText(document.querySelectorAll('.sentence kf-figure')[1], '[part~="value"]'),
        kpi: [shadowText(kpi, '[part="label"]'), shadowText(kpi, '[part="value"]'), shadowText(kpi, '[part="unit"]')],
      };
    });
    expect(seen).to.deep.equal({ lang: 'zh-CN', fortune: '319家', kpi: ['新设外资企业', '387', '家'] });
  });

  it('choosing a misspelt id → onKfError shows code unknown-indicator; a valid id clears it', async () => {
    await page.select('select', 'new-foreign-enterprise');
    await page.waitForFunction(() => document.querySelector('.errors').textContent.includes('unknown-indicator'), { timeout: 10000 });
    expect(await page.$eval('.errors', (p) => p.textContent)).to.match(/^kf-error unknown-indicator: unknown indicator "new-foreign-enterprise"/);
    await page.select('select', 'fortune-500-companies');
    await page.waitForFunction(() => document.querySelector('.errors').textContent === '没有错误。', { timeout: 10000 });
    expect(await page.evaluate(() => shadowText(document.querySelector('.card-row kf-kpi'), '[part="value"]'))).to.equal('319');
  });

  it('at 375 px wide (a phone), nothing is wider than the page', async () => {
    await page.setViewport({ width: 375, height: 800 });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).to.be.at.most(375);
  });

  it('logged no error or warning, and no request failed', () => {
    expect(problems).to.deep.equal([]);
  });
});
