// examples/live-server, as npm start mounts it at /live/ (scripts/dev-server.mjs): ETag and
// Last-Modified with 304s, the admin that changes a figure (derived values follow, validated by
// the SDK), the event stream; and, in headless Chromium, the news example's live figures
// following a change. The browser part is skipped, with the reason, where no Chrome is found.
import { existsSync } from 'node:fs';
import { expect } from 'chai';
import puppeteer from 'puppeteer-core';
import { serve } from '../../scripts/dev-server.mjs';
import { findChrome, headlessArgs, noChromeMessage } from '../../scripts/find-chrome.mjs';
import { freePort } from './examples-browser.mjs';

describe('examples/live-server at /live/ (npm start)', function () {
  this.timeout(60000);
  let server;
  let origin;

  before(async () => {
    const port = await freePort();
    server = await serve({ port });
    origin = `http://127.0.0.1:${port}`;
  });
  after(async () => server?.stop());

  const post = (fields) => fetch(`${origin}/live/admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(fields) });
  const headlineOf = (d, id) => d.indicators.find((i) => i.id === id).observations.filter((o) => o.measure === 'level' && !o.derived).at(-1).value;

  it('GET /live/dataset.json → 200 with ETag and Last-Modified; the same ETag back → 304 without a body', async () => {
    const first = await fetch(`${origin}/live/dataset.json`);
    expect(first.status).to.equal(200);
    const etag = first.headers.get('etag');
    expect(etag).to.match(/^"[\w-]+"$/);
    expect(Date.parse(first.headers.get('last-modified'))).to.be.a('number').and.not.NaN;
    expect((await first.json()).id).to.equal('chongqing-commerce-2024');
    const again = await fetch(`${origin}/live/dataset.json`, { headers: { 'if-none-match': etag } });
    expect(again.status).to.equal(304);
    expect(await again.text()).to.equal('');
    const since = await fetch(`${origin}/live/dataset.json`, { headers: { 'if-modified-since': first.headers.get('last-modified') } });
    expect(since.status).to.equal(304);
  });

  it('POST /live/admin changes a figure: a new ETag, the derived 2022 value recomputed', async () => {
    const before = await fetch(`${origin}/live/dataset.json`);
    const res = await post({ indicator: 'new-foreign-enterprises', value: 400 });
    expect(res.status).to.equal(200);
    const after = await fetch(`${origin}/live/dataset.json`, { headers: { 'if-none-match': before.headers.get('etag') } });
    expect(after.status).to.equal(200);
    const d = await after.json();
    const obs = d.indicators.find((i) => i.id === 'new-foreign-enterprises').observations;
    expect(obs.map((o) => o.value)).to.deep.equal([277, 400, 44.4]);
    // The changed value no longer quotes the document's sentence (which says 387): it cites the admin.
    const changed = obs.find((o) => o.value === 400);
    expect(changed.source).to.equal('live-server-admin');
    expect(changed.quote).to.match(/^Set to 400 through the live-server admin at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    expect(d.sources.map((x) => x.id)).to.deep.equal(['chongqing-commercial-work-conference-2024', 'live-server-admin']);
    expect(obs.find((o) => o.value === 44.4).source, 'the unchanged change still cites the document').to.equal(undefined);
  });

  it('POST /live/admin refuses what would make the dataset invalid, with the SDK’s reason', async () => {
    const res = await post({ indicator: 'fortune-500-companies', value: 600 });
    expect(res.status).to.equal(400);
    expect(await res.text()).to.match(/^not changed: indicators\[\d+\]/);
    expect((await post({ indicator: 'nope', value: 1 })).status).to.equal(400);
  });

  it('GET /live/events sends the current dataset, then each change', async () => {
    const controller = new AbortController();
    const res = await fetch(`${origin}/live/events`, { signal: controller.signal });
    expect(res.headers.get('content-type')).to.match(/^text\/event-stream/);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const messages = [];
    let buffer = '';
    const nextMessage = async () => {
      while (!buffer.includes('\n\n')) buffer += (await reader.read()).value;
      const [event, rest] = [buffer.slice(0, buffer.indexOf('\n\n')), buffer.slice(buffer.indexOf('\n\n') + 2)];
      buffer = rest;
      const data = event.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
      return data ? JSON.parse(data) : nextMessage();
    };
    messages.push(await nextMessage());
    await post({ indicator: 'fortune-500-companies', value: 330 });
    messages.push(await nextMessage());
    controller.abort();
    expect(messages.map((d) => headlineOf(d, 'fortune-500-companies'))).to.deep.equal([319, 330]);
  });

  describe('the news example in headless Chromium', () => {
    let browser;
    before(async function () {
      const executablePath = findChrome();
      if (!executablePath) {
        console.log(`    skipped: ${noChromeMessage}`);
        this.skip();
      }
      if (!existsSync(new URL('../../packages/widgets/dist/keyfigures.js', import.meta.url))) throw new Error('run `npm run build` first');
      browser = await puppeteer.launch({ executablePath, headless: true, args: headlessArgs });
    });
    after(async () => browser?.close());

    it('its live figures (polled and streamed) follow a change made at /live/admin, and announce it', async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (m) => ['error', 'warn'].includes(m.type()) && problems.push(m.text()));
      page.on('pageerror', (e) => problems.push(e.message));
      try {
        await page.goto(`${origin}/examples/news/`, { waitUntil: 'load' });
        const text = (selector) => page.$eval(selector, (el) => el.shadowRoot.querySelector('[part~="value"]')?.textContent.trim() ?? '');
        const inline = 'article p kf-figure[indicator="fortune-500-companies"]';
        const card = 'aside kf-kpi[indicator="fortune-500-companies"]';
        await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="value"]'), {}, inline);
        await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('[part~="value"]'), {}, card);
        await post({ indicator: 'fortune-500-companies', value: 341 });
        // The stream brings it at once; the poll within its 5 s.
        const changed = (s, v) => page.waitForFunction((s, v) => document.querySelector(s).shadowRoot.querySelector('[part~="value"]').textContent.includes(v), { timeout: 15000 }, s, v);
        await changed(card, '341');
        await changed(inline, '341');
        expect(await text(inline)).to.equal('341 companies');
        const said = await page.$eval(card, (el) => el.shadowRoot.querySelector('[aria-live="polite"]').textContent);
        expect(said).to.equal('341 of the Fortune 500 companies have settled in Chongqing.');
        expect(problems).to.deep.equal([]);
      } finally {
        await page.close();
      }
    });
  });
});
