// `npm run bench:memory`: whether the elements give back what they take. In headless Chromium
// (--js-flags=--expose-gc), the built drop-in mounts and removes every element — kf-figure, kf-kpi
// (embedded data and a src), kf-progress (bar and ring), kf-waffle, kf-bars, kf-timeline,
// kf-dashboard — N times, and prints the JS heap and DOM counters after a full garbage collection
// (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage and Memory.getDOMCounters), before
// and after. Then live data: the same elements with `live` and a Server-Sent Events `stream`, and
// UPDATES messages, each a changed dataset, pushed by this script. A benchmark that prints
// figures, not a timed test. Exits 1 when the heap after is
// more than RATIO × the heap before and grew by more than FLOOR_KB (a leak, not noise).
//
//   npm run bench:memory                      1000 cycles
//   npm run bench:memory -- --cycles 200 --updates 2000
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findChrome, headlessArgs, noChromeMessage } from './find-chrome.mjs';

const RATIO = 1.25;
const FLOOR_KB = 1024;

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: opts } = parseArgs({ options: { cycles: { type: 'string', default: '1000' }, updates: { type: 'string', default: '10000' } } });
const cycles = Math.max(1, Number(opts.cycles));
const updates = Math.max(1, Number(opts.updates));
const BATCH = 200; // messages pushed before waiting for the page to have taken them all

if (!existsSync(join(root, 'packages/widgets/dist/keyfigures.js'))) {
  console.log('bench:memory: packages/widgets/dist/keyfigures.js is missing; running npm run build first.');
  if (spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(1);
}
const executablePath = findChrome();
if (!executablePath) {
  console.error(noChromeMessage);
  process.exit(1);
}

// Each cycle mounts these, waits until each has drawn, and removes them.
const MARKUP = `
<p>Chongqing set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>
<kf-kpi indicator="new-foreign-enterprises"></kf-kpi>
<kf-kpi indicator="fortune-500-companies" locale="zh-CN" src="/packages/widgets/test/fixtures/dataset.json"></kf-kpi>
<kf-progress indicator="fortune-500-companies"></kf-progress>
<kf-progress indicator="service-opening-pilot-rate" variant="ring" theme="dark"></kf-progress>
<kf-waffle indicator="fortune-500-companies"></kf-waffle>
<kf-bars indicator="new-foreign-enterprises"></kf-bars>
<kf-timeline></kf-timeline>
<kf-dashboard></kf-dashboard>`;

// Live: every element on one URL and stream (one shared source), updated by each message.
const LIVE = 'src="/live/dataset.json" live stream="/live/events"';
const LIVE_MARKUP = `
<p>China has held <kf-figure indicator="depa-negotiation-rounds" ${LIVE}></kf-figure> on DEPA.</p>
<kf-kpi indicator="depa-negotiation-rounds" ${LIVE}></kf-kpi>
<kf-kpi indicator="depa-negotiation-rounds" locale="zh-CN" ${LIVE}></kf-kpi>
<kf-progress indicator="fortune-500-companies" ${LIVE}></kf-progress>
<kf-bars indicators="fortune-500-companies depa-negotiation-rounds" ${LIVE}></kf-bars>
<kf-dashboard ${LIVE}></kf-dashboard>`;

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench:memory</title>
<script type="module" src="/packages/widgets/dist/keyfigures.js"></script></head>
<body><main id="stage" style="width: 1000px"></main>
<script type="module">
const stage = document.getElementById('stage');
const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
async function settled() {
  for (let i = 0; i < 20; i++) {
    const results = await Promise.all(deep(stage).map((el) => el.updateComplete).filter(Boolean));
    await new Promise((r) => requestAnimationFrame(r));
    if (results.every((r) => r !== false) && !deep(stage).some((el) => el.isUpdatePending)) return;
  }
}
window.updates = 0;
window.liveMount = () => {
  stage.innerHTML = ${JSON.stringify(LIVE_MARKUP)};
  const kpi = stage.querySelector('kf-kpi');
  kpi.addEventListener('kf-update', () => window.updates++);
};
window.liveValue = () => stage.querySelector('kf-kpi').shadowRoot.querySelector('[part~="value"]')?.textContent.trim();
window.cycle = async (n) => {
  for (let i = 0; i < n; i++) {
    stage.innerHTML = ${JSON.stringify(MARKUP)};
    await settled();
    const kpi = stage.querySelectorAll('kf-kpi')[1];
    while (!kpi.shadowRoot.textContent.includes('319')) await new Promise((r) => setTimeout(r, 5));
    stage.replaceChildren();
  }
  return deep(document.body).length;
};
</script></body></html>`;

const fixture = JSON.parse(readFileSync(join(root, 'packages/widgets/test/fixtures/dataset.json'), 'utf8'));
/**
 * The dataset with a new figure for DEPA negotiation rounds: a new value in every message, as a
 * counter or a running total would send (each update draws markup never drawn before).
 */
const withRounds = (value) => {
  const d = structuredClone(fixture);
  d.indicators.find((i) => i.id === 'depa-negotiation-rounds').observations[0].value = value;
  return JSON.stringify(d);
};
let current = JSON.stringify(fixture);
const streams = new Set();
const push = (json) => {
  current = json;
  for (const res of streams) res.write(`data: ${json}\n\n`);
};

const types = { '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
    return;
  }
  if (url.pathname === '/live/dataset.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' }).end(current);
    return;
  }
  if (url.pathname === '/live/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
    res.write(': open\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
    return;
  }
  const path = resolve(root, `.${decodeURIComponent(url.pathname)}`);
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(path) || !statSync(path).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
  createReadStream(path).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));

const browser = await puppeteer.launch({ executablePath, args: [...headlessArgs, '--js-flags=--expose-gc'], headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1100, height: 4000 });
  const cdp = await page.createCDPSession();
  const measure = async () => {
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    return { heapKB: heap.usedSize / 1024, nodes: dom.nodes, listeners: dom.jsEventListeners, documents: dom.documents };
  };
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction('typeof window.cycle === "function" && customElements.get("kf-dashboard")');
  // Warm-up: the first cycles fill caches that are meant to stay (templates, the fetched dataset, formatters).
  await page.evaluate((n) => window.cycle(n), Math.min(50, cycles));
  const before = await measure();
  const start = performance.now();
  // In slices, so that no single call outlasts the DevTools protocol's timeout.
  for (let done = 0; done < cycles; done += 100) await page.evaluate((n) => window.cycle(n), Math.min(100, cycles - done));
  const seconds = (performance.now() - start) / 1000;
  const after = await measure();

  const row = (label, m) => `${label.padEnd(8)} ${m.heapKB.toFixed(0).padStart(8)} KB heap  ${String(m.nodes).padStart(6)} DOM nodes  ${String(m.listeners).padStart(5)} listeners  ${m.documents} documents`;
  console.log(`mount/unmount: ${cycles} cycles of 9 elements (kf-dashboard's 10 cards and timeline inside it too) in ${seconds.toFixed(1)} s`);
  console.log(row('before', before));
  console.log(row('after', after));
  const grew = after.heapKB - before.heapKB;
  console.log(`heap ${grew >= 0 ? '+' : ''}${grew.toFixed(0)} KB (× ${(after.heapKB / before.heapKB).toFixed(3)}), ${((grew * 1024) / cycles).toFixed(0)} bytes per cycle; DOM nodes ${after.nodes - before.nodes >= 0 ? '+' : ''}${after.nodes - before.nodes}`);
  const leak = (label, b, a) => {
    if (a.heapKB > b.heapKB * RATIO && a.heapKB - b.heapKB > FLOOR_KB) {
      console.error(`bench:memory: ${label}: the heap grew more than ${RATIO}× and ${FLOOR_KB} KB: a leak`);
      process.exitCode = 1;
    }
  };
  leak('mount/unmount', before, after);

  // Live updates: mount the live elements once, let the first messages fill what is meant to
  // stay, then push `updates` messages in batches and wait until the kf-kpi has taken each one.
  await page.evaluate(() => window.liveMount());
  await page.waitForFunction(() => window.liveValue() === '10', { timeout: 60000 });
  const until = (n) => page.waitForFunction((n) => window.updates >= n, { timeout: 120000, polling: 50 }, n);
  while (!streams.size) await new Promise((r) => setTimeout(r, 20));
  let sent = 0;
  const send = async (n) => {
    for (let i = 0; i < n; i++) push(withRounds(11 + sent++));
    await until(sent);
  };
  for (let done = 0; done < 200; done += BATCH) await send(BATCH);
  const liveBefore = await measure();
  const liveStart = performance.now();
  for (let done = 0; done < updates; done += BATCH) await send(Math.min(BATCH, updates - done));
  const liveSeconds = (performance.now() - liveStart) / 1000;
  const liveAfter = await measure();
  const shown = await page.evaluate(() => window.liveValue());
  console.log(`\nlive: ${updates} updates (SSE messages, each a dataset with a new value) to 6 live elements on one source in ${liveSeconds.toFixed(1)} s; kf-kpi shows ${shown} (expected ${(10 + sent).toLocaleString('en')})`);
  console.log(row('before', liveBefore));
  console.log(row('after', liveAfter));
  const liveGrew = liveAfter.heapKB - liveBefore.heapKB;
  console.log(`heap ${liveGrew >= 0 ? '+' : ''}${liveGrew.toFixed(0)} KB (× ${(liveAfter.heapKB / liveBefore.heapKB).toFixed(3)}), ${((liveGrew * 1024) / updates).toFixed(0)} bytes per update; DOM nodes ${liveAfter.nodes - liveBefore.nodes >= 0 ? '+' : ''}${liveAfter.nodes - liveBefore.nodes}`);
  leak('live updates', liveBefore, liveAfter);
} finally {
  await browser.close();
  server.close();
}
