// Smoke test of the Storybook: builds it (unless --no-build and a build exists), serves
// storybook-static on 127.0.0.1, and opens every entry of its index.json in headless Chromium —
// each story twice (en + light, zh-CN + dark), each docs page once. A story fails on a render
// error, a console error, a page error, a failed request or an axe violation (WCAG 2.x A/AA and
// best practices). One line per entry, then `N passed, N failed`.
//   node scripts/storybook-smoke.mjs [--no-build] [--filter text] [--counts file.json]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, headlessArgs, noChromeMessage } from './find-chrome.mjs';
import { HOLD_PREFIX, ONCE_PREFIX, releaseHeld, storyEndpoints } from './storybook-endpoints.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const filter = option('--filter');
const countsFile = option('--counts');

/** Passes of every story: the toolbar's globals, as Storybook takes them in the URL. */
const passes = [
  { name: 'en light', globals: 'locale:en;theme:light', scheme: 'light' },
  { name: 'zh-CN dark', globals: 'locale:zh-CN;theme:dark', scheme: 'dark' },
];
/** axe rules: WCAG 2.0–2.2 A and AA, and best practices. `region` is off: a story is a fragment of a page, not a page. */
const axeOptions = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  rules: { region: { enabled: false } },
  resultTypes: ['violations'],
};
/**
 * Docs pages: the same, except landmark-unique. A docs page shows several stories of one element,
 * so kf-dashboard's region, named by the dataset's title, appears more than once with that name;
 * each story alone is checked with the rule on.
 */
const docsAxeOptions = { ...axeOptions, rules: { ...axeOptions.rules, 'landmark-unique': { enabled: false } } };
const RENDER_TIMEOUT = 15_000;

if (!flag('--no-build') || !existsSync(join(out, 'index.json'))) {
  const r = spawnSync(process.execPath, [join(root, 'scripts/storybook.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) {
    console.error('storybook-smoke: build-storybook failed.');
    process.exit(r.status ?? 1);
  }
}

const chrome = findChrome();
if (!chrome) {
  console.error(noChromeMessage);
  process.exit(1);
}

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.ico': 'image/x-icon' };

/** Static files of storybook-static, and the stories' test endpoints (storybook-endpoints.mjs). */
const server = createServer((req, res) => {
  storyEndpoints(req, res, () => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(out, path);
    if (file.endsWith('/')) file = join(file, 'index.html');
    if (!file.startsWith(out) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((e) => !filter || e.id.includes(filter));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const browser = await puppeteer.launch({ executablePath: chrome, headless: true, args: headlessArgs });
const page = await browser.newPage();
// Tall enough that lazily drawn elements (drawn when near the viewport) are drawn and checked.
await page.setViewport({ width: 1280, height: 2400 });

let current; // problems of the entry being checked; events outside a check are not counted
/** A failure the story asked for: the Stale story's endpoint answers 503 after its first answer. */
const onPurpose = (url) => Boolean(url) && new URL(url).pathname.startsWith(ONCE_PREFIX);
page.on('console', (m) => {
  const at = m.location()?.url;
  if (current && m.type() === 'error' && !at?.endsWith('/favicon.ico') && !onPurpose(at)) current.push(`console error: ${m.text()}`);
});
page.on('pageerror', (e) => current?.push(`page error: ${e.message}`));
page.on('requestfailed', (r) => {
  // A held request (the Loading stories) ends aborted when its element is re-rendered or the page left.
  if (new URL(r.url()).pathname.startsWith(HOLD_PREFIX) && r.failure()?.errorText === 'net::ERR_ABORTED') return;
  current?.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
});
page.on('response', (r) => {
  // The browser's own favicon request (Storybook's iframe names none) is not the page's.
  if (new URL(r.url()).pathname === '/favicon.ico') return;
  if (current && r.status() >= 400 && !onPurpose(r.url())) current.push(`HTTP ${r.status()}: ${r.url()}`);
});

/** Resolves when the entry has rendered: a story's elements are ready (or loading, on purpose), a docs page has its content. */
async function rendered(entry) {
  await page.waitForFunction(
    () => ['sb-show-main', 'sb-show-errordisplay', 'sb-show-nopreview'].some((c) => document.body.classList.contains(c)),
    { timeout: RENDER_TIMEOUT },
  );
  const error = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay') ? document.querySelector('#error-message')?.textContent + ' ' + (document.querySelector('#error-stack')?.textContent ?? '') : null,
  );
  if (error) throw new Error(`render error: ${error.trim().slice(0, 400)}`);
  if (entry.type === 'docs') await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: RENDER_TIMEOUT });
  // Loading stories stay loading; docs pages show them among the others.
  const expectLoading = /loading/i.test(entry.id) || entry.type === 'docs';
  const expectStale = /stale/i.test(entry.id) && entry.type !== 'docs';
  // Every kf-* element (through shadow roots) has finished its update and, unless the story is
  // about loading, shows its data or its error rather than the loading placeholder; in a story
  // about stale data, shows the stale cue (after its first failed refresh).
  await page.waitForFunction(
    async (expectLoading, expectStale) => {
      const all = [];
      const walk = (r) => {
        for (const el of r.querySelectorAll('*')) {
          if (el.localName.startsWith('kf-')) all.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document);
      await Promise.all(all.map((el) => el.updateComplete));
      return all.every(
        (el) => (expectLoading || !el.shadowRoot?.querySelector('[part~="loading"]')) && (!expectStale || el.shadowRoot?.querySelector('[part~="stale"]')),
      );
    },
    { timeout: RENDER_TIMEOUT, polling: 100 },
    expectLoading,
    expectStale,
  );
}

/**
 * axe's violations in `context`. The a11y addon runs axe in the preview too, and one page runs one
 * axe at a time: wait for the addon's run to end.
 */
async function axe(context, options) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await page.evaluate(
        (context, options) => window.axe.run(context, options).then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`) }))),
        context,
        options,
      );
    } catch (e) {
      if (!/already running/.test(String(e)) || attempt > 50) throw e;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

async function check(entry, pass) {
  const mode = entry.type === 'docs' ? 'docs' : 'story';
  const url = `${base}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${mode}${pass ? `&globals=${pass.globals}` : ''}`;
  const problems = (current = []);
  try {
    // Reduced motion: axe measures text colour mid-animation, and the loading skeleton's pulse
    // (opacity) would make its transparent placeholder text count as low-contrast text.
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: pass?.scheme ?? 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(url, { waitUntil: 'load' });
    await rendered(entry);
    await page.evaluate(axeSource);
    const context = mode === 'docs' ? '#storybook-docs' : '#storybook-root';
    const violations = await axe(context, mode === 'docs' ? docsAxeOptions : axeOptions);
    for (const v of violations) problems.push(`axe ${v.id}: ${v.help} — ${v.nodes.slice(0, 3).join(' | ')}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ''}`);
  } catch (e) {
    problems.push(e instanceof Error ? e.message.split('\n')[0] : String(e));
  }
  current = undefined;
  // Leave the page before the next entry: a held request is aborted here, outside any check.
  await page.goto('about:blank');
  return problems;
}

let passed = 0;
let failed = 0;

// Issue 6: every element has at least three stories (checked on the whole index, not a --filter).
if (!filter) {
  const tags = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];
  const few = tags.filter((t) => entries.filter((e) => e.type === 'story' && e.title === `Elements/${t}`).length < 3);
  if (few.length) {
    failed++;
    console.log(`✗ fewer than 3 stories: ${few.join(', ')}`);
  } else {
    passed++;
    console.log(`✓ every element has at least 3 stories`);
  }
}
const started = Date.now();
for (const entry of entries) {
  for (const pass of entry.type === 'docs' ? [undefined] : passes) {
    const t = Date.now();
    const problems = await check(entry, pass);
    const label = `${entry.type === 'docs' ? 'docs ' : 'story'} ${entry.title} › ${entry.name}${pass ? ` [${pass.name}]` : ''}`;
    if (problems.length) {
      failed++;
      console.log(`✗ ${label}`);
      for (const p of problems) console.log(`    ${p}`);
    } else {
      passed++;
      console.log(`✓ ${label} (${Date.now() - t} ms)`);
    }
  }
}

await browser.close();
releaseHeld();
server.close();
const stories = entries.filter((e) => e.type === 'story').length;
console.log(`\nstorybook: ${stories} stories × ${passes.length} passes and ${entries.length - stories} docs pages in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
if (countsFile) writeFileSync(countsFile, JSON.stringify({ passed, failed, skipped: 0 }));
process.exit(failed ? 1 : 0);
