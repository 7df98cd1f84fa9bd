// `npm run bench`: renders 500 × <kf-bars indicator="new-foreign-enterprises">, 500 × <kf-kpi …>
// and 500 × the same 2-bar chart hand-written with d3-scale + plain SVG (the floor, bench/floor.ts)
// in headless Chromium, and prints ms, JS heap and DOM nodes per instance (medians over fresh page
// loads, the three pages interleaved) and each one's ratio to the floor. A benchmark, not a test:
// it always exits 0 unless it cannot run at all.
//
//   npm run bench                      7 loads per page
//   npm run bench -- --runs 11 --n 500
//   npm run bench -- --profile         also: time by renderer phase (script, style, layout, paint)
//                                      from a trace, and CPU profiles of an unminified build of the
//                                      same sources: top functions by self and inclusive time
//   npm run bench -- --bundle tmp/x.js load another build of the elements instead (to compare builds)
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { availableParallelism, loadavg } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, headlessArgs, noChromeMessage } from './find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dropIn = join(root, 'packages/widgets/dist/keyfigures.js');
const elementsQuery = (bundle) => (bundle ? `?bundle=/${relative(root, resolve(root, bundle)).split(sep).join('/')}` : '');
const benchDir = join(root, 'bench');
const TARGET = 1.5; // issue 3 §8: each element at most 1.5 × the floor's time
const PROFILE_LOADS = 3;

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    n: { type: 'string', default: '500' },
    profile: { type: 'boolean', default: false },
    // Another build of the elements to load instead of dist/keyfigures.js (a path under the repo).
    bundle: { type: 'string' },
  },
});
const runs = Math.max(1, Number(opts.runs));
const n = Math.max(1, Number(opts.n));

const cases = [
  { name: 'floor', label: 'floor: d3-scale + SVG DOM', page: 'floor.html' },
  { name: 'kf-bars', label: 'kf-bars', page: 'bars.html' },
  { name: 'kf-kpi', label: 'kf-kpi', page: 'kpi.html' },
];

// 1. What the pages load: the drop-in as built, and the floor bundled by esbuild (minified, as a
//    hand-written chart would ship).
if (opts.bundle && !existsSync(resolve(root, opts.bundle))) fail(`--bundle ${opts.bundle}: no such file`);
if (!opts.bundle && !existsSync(dropIn)) {
  console.log('bench: packages/widgets/dist/keyfigures.js is missing; running npm run build first.');
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) fail('npm run build failed');
}
await esbuild.build({
  entryPoints: [join(benchDir, 'floor.ts')],
  outfile: join(benchDir, 'dist/floor.js'),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  // The floor uses d3-scale (a dev dependency of the repo since the widgets draw without it).
  nodePaths: [join(root, 'packages/widgets/node_modules'), join(root, 'node_modules')],
  logLevel: 'warning',
});
const profileBundle = '/bench/dist/keyfigures-profile.js';
if (opts.profile) {
  // The same sources as dist/keyfigures.js, unminified, so that profile frames keep their names
  // and every module starts with esbuild's `// path` comment (how frames are mapped to files).
  await esbuild.build({
    entryPoints: [join(root, 'packages/widgets/src/define.ts')],
    outfile: join(root, profileBundle),
    bundle: true,
    format: 'esm',
    minify: false,
    target: 'es2022',
    conditions: ['@keyfigures/source', 'browser'],
    tsconfig: join(root, 'tsconfig.base.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
}

// 2. A static server for the repository, loopback only.
const server = await serveStatic(root);
const origin = `http://127.0.0.1:${server.address().port}`;

const executablePath = findChrome();
if (!executablePath) fail(noChromeMessage);
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: [...headlessArgs, '--js-flags=--expose-gc', '--window-size=1280,900'],
});

try {
  // 3. One discarded warm-up round, then `runs` rounds; within a round every page once, the
  //    order rotated from round to round so that no page always goes first.
  const results = Object.fromEntries(cases.map((c) => [c.name, []]));
  const notes = [];
  for (let round = -1; round < runs; round++) {
    const order = cases.map((_, i) => cases[(i + Math.max(round, 0)) % cases.length]);
    for (const c of order) {
      const r = await measure(`${origin}/bench/${c.page}${c.name === 'floor' ? '' : elementsQuery(opts.bundle)}`, n);
      if (r.undrawn) throw new Error(`${c.name}: ${r.undrawn} of ${n} instances did not draw (laziness was not off)`);
      if (r.errors.length) notes.push(`${c.name}: ${r.errors.slice(0, 3).join(' | ')}`);
      if (round >= 0) results[c.name].push(r);
    }
    if (round >= 0 && process.stdout.isTTY) process.stdout.write(`\rbench: round ${round + 1}/${runs}`);
  }
  if (process.stdout.isTTY) process.stdout.write('\n');
  console.log('');
  report(results, notes);

  if (opts.profile) {
    // Where the time goes by the renderer's own accounting: script, style, layout, paint.
    const phases = {};
    for (const c of cases) {
      const r = await measure(`${origin}/bench/${c.page}${c.name === 'floor' ? '' : elementsQuery(opts.bundle)}`, n, { trace: true });
      phases[c.name] = r.phases;
    }
    printPhases(phases);
    for (const c of cases.filter((k) => k.name !== 'floor')) {
      const loads = [];
      for (let i = 0; i < PROFILE_LOADS; i++) loads.push(await measure(`${origin}/bench/${c.page}?bundle=${profileBundle}`, n, { profile: true }));
      printProfile(c.name, loads);
    }
  }
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1; // could not measure at all (a slow result is never a failure)
} finally {
  await browser.close();
  server.close();
}

/** One fresh page load (its own browser context): n instances rendered, timed, heap and nodes counted. */
async function measure(url, count, { profile = false, trace = false } = {}) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warn') && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.kfBenchReady === true', { timeout: 30000 }).catch(() => {
    throw new Error(`${url} did not get ready: ${errors.join(' | ') || 'no error logged'}`);
  });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const heapUsed = async () => {
    await page.evaluate(() => {
      window.gc();
      window.gc();
    });
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  };
  const heap0 = await heapUsed();
  const dom0 = await page.evaluate(() => window.kfBench.countNodes());
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
    await cdp.send('Profiler.start');
  }
  if (trace) await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'v8'] });
  const run = await page.evaluate((k) => window.kfBench.run(k), count);
  const cpu = profile ? (await cdp.send('Profiler.stop')).profile : undefined;
  const phases = trace ? tracePhases(JSON.parse(new TextDecoder().decode(await page.tracing.stop()))) : undefined;
  const heap1 = await heapUsed();
  const dom1 = await page.evaluate(() => window.kfBench.countNodes());
  await context.close();
  return {
    ...run,
    errors,
    profile: cpu,
    phases,
    heapPer: (heap1 - heap0) / count,
    nodesPer: (dom1.nodes - dom0.nodes) / count,
    elementsPer: (dom1.elements - dom0.elements) / count,
  };
}

function report(results, notes) {
  const med = (list, key) => median(list.map((r) => r[key]));
  const row = (name) => {
    const list = results[name];
    return {
      ms: med(list, 'total') / n,
      scripted: med(list, 'scripted') / n,
      laidOut: med(list, 'laidOut') / n,
      min: Math.min(...list.map((r) => r.total)) / n,
      max: Math.max(...list.map((r) => r.total)) / n,
      heapKB: med(list, 'heapPer') / 1024,
      nodes: med(list, 'nodesPer'),
      elements: med(list, 'elementsPer'),
    };
  };
  const floor = row('floor');
  const loaded = opts.bundle ? resolve(root, opts.bundle) : dropIn;
  const size = readFileSync(loaded);
  console.log(`npm run bench — ${n} instances per page load; medians of ${runs} fresh page loads per page, pages interleaved.`);
  console.log(`keyfigures pages load ${relative(root, loaded)}${opts.bundle ? '' : ' as built'} (${kB(size.length)}, ${kB(gzipSync(size).length)} gzip);`);
  console.log('laziness off: bench/all-visible.js reports every element visible at once, so each draws as it connects');
  console.log('(checked: every instance has drawn). Floor: bench/floor.ts, bundled and minified by esbuild.');
  console.log('Time: from inserting the elements to all rendered (every updateComplete), a forced layout, and two');
  console.log('animation frames (so it includes style, layout and the first paint). Heap: JSHeapUsedSize after gc,');
  console.log('after minus before. DOM nodes: every node, shadow roots and their contents included.');
  console.log(`Load average at the end: ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs (other work on the machine makes the times noisy).\n`);

  const header = ['', 'ms/instance', '(min–max)', 'script', '+layout', 'heap KB/inst', 'nodes/inst', 'elements/inst', 'time × floor', 'heap × floor', 'nodes × floor'];
  const lines = [header];
  for (const c of cases) {
    const r = row(c.name);
    lines.push([
      c.label,
      r.ms.toFixed(3),
      `${r.min.toFixed(3)}–${r.max.toFixed(3)}`,
      r.scripted.toFixed(3),
      r.laidOut.toFixed(3),
      r.heapKB.toFixed(1),
      r.nodes.toFixed(1),
      r.elements.toFixed(1),
      ratio(r.ms, floor.ms),
      ratio(r.heapKB, floor.heapKB),
      ratio(r.nodes, floor.nodes),
    ]);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => String(l[i]).length)));
  for (const l of lines) console.log(l.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  '));
  console.log('(script: until every updateComplete; +layout: until after the forced layout; ms/instance: after two frames)\n');

  for (const c of cases.filter((k) => k.name !== 'floor')) {
    const x = row(c.name).ms / floor.ms;
    if (x <= TARGET) console.log(`target ≤ ${TARGET}× the floor's time — ${c.name}: met (${x.toFixed(2)}×)`);
    else {
      const faster = (1 - TARGET / x) * 100;
      console.log(`target ≤ ${TARGET}× the floor's time — ${c.name}: MISSED, ${x.toFixed(2)}× (${(x / TARGET).toFixed(2)}× over the target; needs to be ${faster.toFixed(0)} % faster)`);
    }
  }
  if (notes.length) console.log(`\nconsole errors/warnings on the pages:\n  ${[...new Set(notes)].join('\n  ')}`);
}

/** Renderer main-thread time by phase (ms), from a devtools.timeline trace of one run. */
function tracePhases(trace) {
  const events = trace.traceEvents ?? trace;
  // The page's renderer main thread: of the CrRendererMain threads, the one with the most time in
  // counted events (other renderer processes, e.g. the previous page's, barely appear).
  const mains = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const busy = new Map();
  for (const e of events) {
    const k = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.dur && mains.has(k)) busy.set(k, (busy.get(k) ?? 0) + e.dur);
  }
  const [mainKey] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? [];
  const main = mainKey && { pid: Number(mainKey.split(':')[0]), tid: Number(mainKey.split(':')[1]) };
  const phaseOf = {
    FunctionCall: 'script',
    EvaluateScript: 'script',
    'v8.evaluateModule': 'script',
    RunMicrotasks: 'script',
    'v8.callFunction': 'script',
    'V8.Execute': 'script',
    // The outermost task: whatever of it no inner phase claims is script or the renderer's own
    // work (a CDP call's JavaScript has no FunctionCall event of its own).
    RunTask: 'script',
    FireAnimationFrame: 'script',
    UpdateLayoutTree: 'style',
    ParseAuthorStyleSheet: 'style',
    Layout: 'layout',
    PrePaint: 'paint',
    Paint: 'paint',
    PaintImage: 'paint',
    Layerize: 'paint',
    UpdateLayer: 'paint',
    CompositeLayers: 'paint',
    Commit: 'paint',
    MajorGC: 'gc',
    MinorGC: 'gc',
    'V8.GC_SCAVENGER': 'gc',
    'BlinkGC.AtomicPhase': 'gc',
  };
  // Sum each phase over events not nested in another counted event (a Layout inside a script
  // call — a forced layout — counts as layout, and is taken out of the script's time).
  const counted = events
    .filter((e) => e.ph === 'X' && e.dur !== undefined && phaseOf[e.name] && (!main || (e.pid === main.pid && e.tid === main.tid)))
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const totals = { script: 0, style: 0, layout: 0, paint: 0, gc: 0 };
  const stack = [];
  for (const e of counted) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    totals[phaseOf[e.name]] += e.dur / 1000;
    if (parent) totals[phaseOf[parent.name]] -= e.dur / 1000;
    stack.push(e);
  }
  return totals;
}

function printPhases(phases) {
  console.log(`\nRenderer main thread by phase, one traced load each (ms per instance; devtools.timeline events, nested time given to the inner phase;`);
  console.log('script = tasks minus the other phases; with container queries, style recalc happens inside layout):');
  const names = ['script', 'style', 'layout', 'paint', 'gc'];
  console.log(`  ${''.padEnd(8)}${names.map((k) => k.padStart(9)).join('')}`);
  for (const [name, t] of Object.entries(phases)) {
    console.log(`  ${name.padEnd(8)}${names.map((k) => (t[k] / n).toFixed(3).padStart(9)).join('')}`);
  }
}

/**
 * Top self and inclusive time of CPU profiles of several loads, as medians over the loads (one
 * load's profile can blame a single function for a pause of the whole process on a busy machine).
 * Functions are named as in the unminified bundle, with the source file each comes from.
 */
function printProfile(name, loads) {
  const bundleText = readFileSync(join(root, profileBundle), 'utf8').split('\n');
  // esbuild starts every module's code with a `// path/to/file.ts` line.
  const markers = [];
  bundleText.forEach((line, i) => {
    const m = /^\/\/ (\S+\.(?:ts|js|mjs|json))$/.exec(line);
    if (m) markers.push([i, m[1].replace(/^(\.\.\/)+/, '')]);
  });
  const fileAt = (line) => {
    let file = '?';
    for (const [at, f] of markers) {
      if (at > line) break;
      file = f;
    }
    return file;
  };
  const keyOf = (node) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const inBundle = url.endsWith(profileBundle);
    const file = inBundle ? fileAt(lineNumber) : url ? new URL(url).pathname.slice(1) : '(browser)';
    return { key: `${functionName || '(anonymous)'}  ${file}${inBundle ? ` (bundle line ${lineNumber + 1})` : ''}`, file, inBundle };
  };

  const perLoad = loads.map(({ profile }) => {
    const self = new Map(profile.nodes.map((node) => [node.id, 0]));
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = profile.timeDeltas[i + 1] ?? 0; // a sample's time runs until the next one
      self.set(profile.samples[i], self.get(profile.samples[i]) + dt / 1000);
    }
    const byFunction = new Map();
    const byFile = new Map();
    const lines = new Map(); // function key → Map(url#line → ticks)
    let sampled = 0;
    for (const node of profile.nodes) {
      const ms = self.get(node.id);
      const { key, file, inBundle } = keyOf(node);
      if (ms) {
        sampled += ms;
        byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
        byFile.set(file, (byFile.get(file) ?? 0) + ms);
      }
      if (inBundle || node.callFrame.url.includes('/bench/')) {
        const l = lines.get(key) ?? new Map();
        for (const t of node.positionTicks ?? []) l.set(`${node.callFrame.url}#${t.line}`, (l.get(`${node.callFrame.url}#${t.line}`) ?? 0) + t.ticks);
        lines.set(key, l);
      }
    }
    // Inclusive time (the function and all it called) of bundle functions; a recursive call is
    // counted once, at its outermost frame.
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const inclusive = new Map();
    const subtotal = (node, open) => {
      let t = self.get(node.id) ?? 0;
      const { key, inBundle } = keyOf(node);
      const counted = inBundle && !open.has(key);
      if (counted) open.add(key);
      for (const child of node.children ?? []) t += subtotal(byId.get(child), open);
      if (counted) {
        open.delete(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + t);
      }
      return t;
    };
    subtotal(profile.nodes[0], new Set());
    return { byFunction, byFile, inclusive, lines, sampled };
  });

  const medianOf = (which) => {
    const keys = new Set(perLoad.flatMap((l) => [...l[which].keys()]));
    return new Map([...keys].map((k) => [k, median(perLoad.map((l) => l[which].get(k) ?? 0))]));
  };
  const top = (map, k) => [...map].sort((a, b) => b[1] - a[1]).slice(0, k);
  const sampled = median(perLoad.map((l) => l.sampled));
  const sourceCache = new Map();
  const lineText = (ref) => {
    const [url, line] = ref.split('#');
    const path = join(root, new URL(url).pathname);
    if (!sourceCache.has(path)) sourceCache.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : []);
    return (sourceCache.get(path)[Number(line) - 1] ?? '').trim().slice(0, 110);
  };
  const hottest = (key) => {
    const all = new Map();
    for (const l of perLoad) for (const [ref, ticks] of l.lines.get(key) ?? []) all.set(ref, (all.get(ref) ?? 0) + ticks);
    if (!all.size) return undefined;
    const [[ref, ticks]] = top(all, 1);
    const sum = [...all.values()].reduce((a, b) => a + b, 0);
    return `hottest line (${((ticks / sum) * 100).toFixed(0)} %): ${lineText(ref)}`;
  };

  console.log(`\nCPU profile of ${name}: unminified build of the same sources, ${n} instances, median of ${loads.length} loads`);
  console.log(`(${median(loads.map((l) => l.total)).toFixed(0)} ms from insertion to painted, ${sampled.toFixed(0)} ms sampled). Native work (style, layout, DOM calls, Intl)`);
  console.log('counts as self time of the JS function that triggered it; "run" is the harness (its forced layout).');
  console.log('  self ms   share  function  file');
  for (const [key, ms] of top(medianOf('byFunction'), 20)) {
    console.log(`  ${ms.toFixed(1).padStart(7)}  ${pct(ms, sampled)}  ${key}`);
    const h = hottest(key);
    if (h) console.log(`                    ${h}`);
  }
  console.log('  inclusive ms (bundle functions):');
  for (const [key, ms] of top(medianOf('inclusive'), 15)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${pct(ms, sampled)}  ${key}`);
  console.log('  self ms by file:');
  for (const [file, ms] of top(medianOf('byFile'), 15)) console.log(`  ${ms.toFixed(1).padStart(7)}  ${pct(ms, sampled)}  ${file}`);
}

/** Serves `dir` on 127.0.0.1 at a free port: GET and HEAD of files only. */
function serveStatic(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.map': 'application/json' };
  const s = createServer((req, res) => {
    const path = resolve(dir, `.${decodeURIComponent(new URL(req.url, 'http://x').pathname)}`);
    const inside = path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
    if (!inside || !existsSync(path) || !statSync(path).isFile() || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': `${types[extname(path)] ?? 'application/octet-stream'}; charset=utf-8`, 'cache-control': 'no-store' });
    if (req.method === 'HEAD') res.end();
    else createReadStream(path).pipe(res);
  });
  return new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s)));
}

function median(list) {
  const s = [...list].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
function ratio(a, b) {
  return b > 0 ? `${(a / b).toFixed(2)}×` : '—';
}
function pct(part, whole) {
  return `${((part / whole) * 100).toFixed(1).padStart(5)} %`;
}
function kB(bytes) {
  return `${(bytes / 1024).toFixed(1)} kB`;
}
function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
