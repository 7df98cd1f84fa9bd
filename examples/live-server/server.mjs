// The reference data server for live figures: one dataset served with ETag and Last-Modified
// (a 304 when nothing changed), a Server-Sent Events stream of every change, and an admin form to
// change a figure. Plain node:http, no framework.
//
//   node examples/live-server/server.mjs [port]     standalone, on 127.0.0.1 (default port 8010)
//   npm start                                       mounted at /live/ on the examples' server
//
//   GET  /live/dataset.json   the dataset; If-None-Match / If-Modified-Since → 304
//   GET  /live/events         text/event-stream: the current dataset, then each new one, one message each
//   GET  /live/admin          a form to change the headline value of an indicator (loopback only)
//   POST /live/admin          indicator=…&value=… (a form), or {"indicator": …, "value": …} (JSON)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const DEFAULT_DATASET = new URL('../../packages/data/chongqing-commerce-2024.json', import.meta.url);
/** Seconds between comments on idle streams, so that proxies do not close them (most wait 60 s). */
const HEARTBEAT_S = 25;

/**
 * A live data server mounted at `mount` (a path ending in "/"). Returns `handle(req, res)`, which
 * answers the requests under the mount and returns false for any other, and `close()`, which
 * ends the streams and the heartbeat.
 */
export function createLiveServer({ mount = '/live/', dataset = JSON.parse(readFileSync(DEFAULT_DATASET, 'utf8')) } = {}) {
  let data = dataset;
  let body = '';
  let etag = '';
  let lastModified = '';
  const streams = new Set();
  const publish = (next) => {
    data = next;
    body = JSON.stringify(data);
    etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
    // HTTP dates have whole seconds: two changes within one second share a Last-Modified, which is
    // why the ETag, exact, is checked first.
    lastModified = new Date().toUTCString();
    for (const res of streams) res.write(`data: ${body}\n\n`);
  };
  publish(data);
  const heartbeat = setInterval(() => streams.forEach((res) => res.write(': ping\n\n')), HEARTBEAT_S * 1000);
  heartbeat.unref();

  function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    if (!url.pathname.startsWith(mount)) return false;
    const path = url.pathname.slice(mount.length);
    if (path === 'dataset.json' && (req.method === 'GET' || req.method === 'HEAD')) serveDataset(req, res);
    else if (path === 'events' && req.method === 'GET') openStream(req, res);
    else if (path === 'admin' && req.method === 'GET') send(res, 200, 'text/html; charset=utf-8', adminPage(data, mount));
    else if (path === 'admin' && req.method === 'POST') void change(req, res);
    else send(res, 404, 'text/plain; charset=utf-8', `not found: ${url.pathname}\n`);
    return true;
  }

  function serveDataset(req, res) {
    const headers = {
      etag,
      'last-modified': lastModified,
      // Always revalidate here; behind a CDN: "public, max-age=<refresh>, stale-while-revalidate=…" (README, Live data).
      'cache-control': 'no-cache',
    };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    const fresh = inm ? inm.split(/\s*,\s*/).includes(etag) : ims ? Date.parse(ims) >= Date.parse(lastModified) : false;
    if (fresh) {
      res.writeHead(304, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  function openStream(req, res) {
    res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive' });
    // The current data first: whatever changed between the client's fetch and this connection.
    res.write(`retry: 5000\ndata: ${body}\n\n`);
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function change(req, res) {
    if (!isLoopback(req.socket.remoteAddress)) return send(res, 403, 'text/plain; charset=utf-8', 'the admin is for 127.0.0.1 only\n');
    let text = '';
    for await (const chunk of req) {
      text += chunk;
      if (text.length > 10_000) return send(res, 413, 'text/plain; charset=utf-8', 'too large\n');
    }
    const isJson = /json/.test(req.headers['content-type'] ?? '');
    const fields = isJson ? safeJson(text) ?? {} : Object.fromEntries(new URLSearchParams(text));
    const result = await withValue(data, String(fields.indicator ?? ''), Number(fields.value));
    if (!result.ok) return send(res, 400, 'text/plain; charset=utf-8', `${result.message}\n`);
    publish(result.dataset);
    if (isJson) send(res, 200, 'application/json', JSON.stringify({ ok: true, etag }));
    else {
      res.writeHead(303, { location: `${mount}admin` }).end();
    }
  }

  return {
    handle,
    /** The dataset now served. */
    get dataset() {
      return data;
    },
    close() {
      clearInterval(heartbeat);
      for (const res of streams) res.end();
      streams.clear();
    },
  };
}

/** The source a value changed through the admin cites. */
const ADMIN_SOURCE = {
  id: 'live-server-admin',
  title: { en: 'keyfigures live-server demonstration admin', 'zh-CN': 'keyfigures 实时数据演示管理页' },
  language: 'en',
};

/**
 * A copy of `data` with the headline value (latest level, else latest target) of `id` set to
 * `value`, its derived values recomputed, validated by the SDK.
 */
async function withValue(data, id, value) {
  // The SDK when first needed: npm start builds it before any request can come.
  const { evaluateFormula, validateDataset } = await import('@keyfigures/sdk');
  const roundTo = (v, decimals) => Math.round(v * 10 ** decimals) / 10 ** decimals;
  const next = structuredClone(data);
  const indicator = next.indicators.find((i) => i.id === id);
  if (!indicator) return { ok: false, message: `no indicator "${id}"` };
  if (!Number.isFinite(value)) return { ok: false, message: 'value must be a number' };
  const main = headlineOf(indicator);
  if (!main) return { ok: false, message: `${id} has no stated level or target to change` };
  main.value = value;
  // The document never stated this value: cite the admin, not the document's sentence with its number.
  const at = new Date();
  if (!next.sources.some((x) => x.id === ADMIN_SOURCE.id)) next.sources.push({ ...ADMIN_SOURCE, date: at.toISOString().slice(0, 10) });
  main.source = ADMIN_SOURCE.id;
  main.quote = `Set to ${value} through the live-server admin at ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC.`;
  for (const ind of next.indicators) {
    for (const o of ind.observations) {
      if (o.derived) o.value = roundTo(evaluateFormula(next, ind, o.derived.formula), o.derived.decimals ?? 0);
    }
  }
  const checked = validateDataset(next);
  if (!checked.ok) return { ok: false, message: `not changed: ${checked.problems[0].path}: ${checked.problems[0].message}` };
  return { ok: true, dataset: next };
}

function headlineOf(indicator) {
  const stated = indicator.observations.filter((o) => !o.derived);
  const pick = (m) => stated.filter((o) => o.measure === m).sort((a, b) => String(b.period).localeCompare(String(a.period)))[0];
  return pick('level') ?? pick('target');
}

function adminPage(data, mount) {
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const rows = data.indicators
    .map((i) => [i, headlineOf(i)])
    .filter(([, o]) => o)
    .map(([i, o]) => `<option value="${esc(i.id)}">${esc(i.id)} (now ${esc(o.value)})</option>`)
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live data admin</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem}label{display:block;margin-top:1rem}input,select,button{font:inherit}</style></head>
<body><h1>Live data admin</h1>
<p>Change a figure of <a href="${mount}dataset.json">${mount}dataset.json</a>; pages that show it with <code>live</code> or <code>stream</code> follow.
This is a demonstration: a value changed here cites this admin as its source, not the document.</p>
<form method="post" action="${mount}admin">
<label>Indicator <select name="indicator">${rows}</select></label>
<label>New value <input name="value" type="number" step="any" required></label>
<p><button>Publish</button></p></form></body></html>`;
}

function send(res, status, type, text) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' }).end(text);
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const isLoopback = (address = '') => address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.argv[2] ?? 8010);
  const live = createLiveServer({ mount: '/live/' });
  const server = createServer((req, res) => {
    if (!live.handle(req, res)) send(res, 404, 'text/plain; charset=utf-8', 'try /live/dataset.json, /live/events or /live/admin\n');
  });
  server.listen(port, '127.0.0.1', () => console.log(`keyfigures live data: http://127.0.0.1:${port}/live/dataset.json  admin: http://127.0.0.1:${port}/live/admin`));
}
