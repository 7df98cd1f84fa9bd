// What the hardening tests (tests/browser/csp.test.ts, packages/widgets/test/faults.test.ts …)
// need from the test server, as web-test-runner middleware:
// - /__hard/page.html?policy=strict|nonce&load=<script URL>[&load=…]: a page served with a
//   Content-Security-Policy header (the policy of README's recipe) whose first script records
//   every `securitypolicyviolation` and the head of the document before anything else ran;
// - /__hard/probe.js: that first script;
// - /__hard/plain.html?load=…&css=full|box&pollute=1&predefine=kf-kpi: the same elements on a page
//   without a policy, optionally after a hostile style sheet, polluted prototypes, or a page
//   script that defined a kf-* name first (tests/browser/hostile-host.test.ts);
// - /__hard/flaky/<name>[/down|/up]: the dataset, until /down closes every later connection;
// - /__hard/faults/*: answers a network can give — 404, 500, truncated JSON, a slow answer;
// - /__hard/ports.json: a second origin (another port) that serves the dataset without CORS
//   headers, and a port where nothing listens (the network is down).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const dataset = readFileSync(fileURLToPath(new URL('../../packages/widgets/test/fixtures/dataset.json', import.meta.url)), 'utf8');

/** The strict policy of issue 7 and README's "Content Security Policy" section. */
export const STRICT_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

/** The nonce variant: scripts by nonce only ('strict-dynamic' lets a nonced module import its chunks). */
const noncePolicy = (nonce) =>
  `default-src 'none'; script-src 'nonce-${nonce}' 'strict-dynamic'; style-src 'self'; connect-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'; base-uri 'none'; object-src 'none'`;

// Runs before any other script of the page (it is the first one): a violation of any later
// script, style or request is recorded. Plain JS: it is served as it is.
const PROBE = `
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.violatedDirective + " blocked " + (e.blockedURI || "(inline)") + (e.sample ? " (" + e.sample + ")" : "") + " at " + e.sourceFile + ":" + e.lineNumber + ":" + e.columnNumber);
});
window.__problems = [];
['warn', 'error'].forEach(function (level) {
  var original = console[level].bind(console);
  console[level] = function () { window.__problems.push('console.' + level + ': ' + Array.prototype.map.call(arguments, String).join(' ')); original.apply(null, arguments); };
});
window.addEventListener('error', function (e) { window.__problems.push('uncaught: ' + e.message); });
window.addEventListener('unhandledrejection', function (e) { window.__problems.push('unhandled rejection: ' + String(e.reason)); });
window.__headBefore = Array.from(document.head.children, function (n) { return n.outerHTML; });
`;

const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(policyName, loads, body, classics = []) {
  const nonce = randomBytes(16).toString('base64');
  // 'named': a page that also names the Trusted Types policies it allows; Lit's is lit-html.
  const policy = policyName === 'nonce' ? noncePolicy(nonce) : policyName === 'named' ? `${STRICT_POLICY}; trusted-types lit-html` : STRICT_POLICY;
  const n = policyName === 'nonce' ? ` nonce="${nonce}"` : '';
  const scripts = [
    ...loads.map((src) => `<script type="module"${n} src="${escAttr(src)}"></script>`),
    ...classics.map((src) => `<script defer${n} src="${escAttr(src)}"></script>`),
  ].join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>keyfigures under CSP</title>
<script${n} src="/__hard/probe.js"></script>
${scripts}
</head><body>${body}</body></html>`;
  return { policy, html, nonce };
}

// Every element, with the attributes the drop-in contract shows.
const ELEMENTS = `
<p id="sentence">Chongqing set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>
<kf-kpi indicator="new-foreign-enterprises" locale="zh-CN"></kf-kpi>
<kf-progress indicator="fortune-500-companies"></kf-progress>
<kf-progress indicator="service-opening-pilot-rate" variant="ring" theme="dark"></kf-progress>
<kf-waffle indicator="fortune-500-companies"></kf-waffle>
<kf-bars indicator="new-foreign-enterprises"></kf-bars>
<kf-timeline></kf-timeline>
<kf-dashboard locale="zh-CN"></kf-dashboard>
<kf-kpi id="remote" indicator="fortune-500-companies" src="/packages/widgets/test/fixtures/dataset.json" live></kf-kpi>`;

// A portal's aggressive global CSS. `box` is what reaches an element from outside only through
// its host box (box-sizing, and div/span/svg rules that must not pierce the shadow root); `full`
// adds inherited typography forced on every element with !important.
const HOSTILE_BOX = `
* { box-sizing: content-box !important; }
div, span, figure, section, table { display: flex !important; flex-direction: column !important; padding: 13px !important; margin: 7px !important; border: 3px solid red !important; float: left !important; position: relative !important; width: auto !important; }
svg, svg * { width: 100% !important; height: 400px !important; fill: red !important; stroke: red !important; stroke-width: 9px !important; display: block !important; }
table, th, td, caption { display: block !important; position: static !important; }
button { all: unset !important; font-size: 40px !important; }
[hidden] { display: block !important; }
`;
const HOSTILE_FULL = `${HOSTILE_BOX}
* { line-height: 4 !important; letter-spacing: 0.3em !important; word-spacing: 1em !important; text-transform: uppercase !important;
    font-style: italic !important; font-weight: 900 !important; font-family: 'Courier New', monospace !important; text-align: right !important;
    text-indent: 3em !important; white-space: pre !important; color: red !important; text-shadow: 2px 2px blue !important;
    word-break: break-all !important; visibility: visible !important; direction: ltr !important; font-variant: small-caps !important; }
`;

// Realistic pollution: an old library's enumerable Array.prototype helpers, a page-wide
// enumerable Object.prototype property (what a prototype-pollution bug leaves behind).
const POLLUTE = `
Array.prototype.remove = function (x) { var i = this.indexOf(x); if (i >= 0) this.splice(i, 1); return this; };
Array.prototype.x = 'polluted';
Object.prototype.y = 'polluted';
`;

// A page (or another library) that defined a kf-* name before keyfigures loaded.
const predefine = (tag) => `customElements.define(${JSON.stringify(tag)}, class extends HTMLElement { connectedCallback() { this.textContent = "the page's own ${tag}"; } });`;

/**
 * A server on another port (so another origin) that serves the dataset with no
 * Access-Control-Allow-Origin, and a port where nothing listens. Started once per test run.
 */
function otherOrigins() {
  return new Promise((resolve) => {
    const noCors = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(dataset);
    });
    noCors.unref(); // never keeps the test runner alive
    noCors.listen(0, '127.0.0.1', () => {
      const closed = createServer();
      closed.listen(0, '127.0.0.1', () => {
        const closedPort = closed.address().port;
        // Free again: connecting to it is refused, as when a server is down.
        closed.close(() => resolve({ noCors: noCors.address().port, closed: closedPort, server: noCors }));
      });
    });
  });
}

/** The web-test-runner middleware (Koa style) of the hardening tests. */
export function hostileServer() {
  let ports;
  const downs = new Set();
  return async function hostile(ctx, next) {
    const url = new URL(ctx.url, 'http://localhost');
    if (!url.pathname.startsWith('/__hard/')) return next();
    const path = url.pathname.slice('/__hard/'.length);
    ctx.set('cache-control', 'no-store');
    if (path === 'probe.js') {
      ctx.type = 'application/javascript';
      ctx.body = PROBE;
      return;
    }
    if (path === 'page.html') {
      const loads = url.searchParams.getAll('load');
      const body = url.searchParams.get('body') === 'none' ? '' : ELEMENTS;
      const { policy, html } = page(url.searchParams.get('policy') ?? 'strict', loads, body, url.searchParams.getAll('classic'));
      ctx.set('content-security-policy', policy);
      ctx.type = 'text/html';
      ctx.body = html;
      return;
    }
    if (path === 'plain.html') {
      const q = url.searchParams;
      const css = q.get('css');
      const head = [
        css ? `<link rel="stylesheet" href="/__hard/hostile-${css === 'full' ? 'full' : 'box'}.css">` : '',
        q.get('pollute') ? '<script src="/__hard/pollute.js"></script>' : '',
        q.get('predefine') ? `<script src="/__hard/predefine.js?tag=${encodeURIComponent(q.get('predefine'))}"></script>` : '',
        '<script src="/__hard/probe.js"></script>',
        ...q.getAll('load').map((src) => `<script type="module" src="${escAttr(src)}"></script>`),
        ...q.getAll('classic').map((src) => `<script src="${escAttr(src)}"></script>`),
      ].join('\n');
      ctx.type = 'text/html';
      ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>keyfigures on a hostile page</title>${head}</head><body>${ELEMENTS}</body></html>`;
      return;
    }
    if (path === 'hostile-full.css' || path === 'hostile-box.css') {
      ctx.type = 'text/css';
      ctx.body = path === 'hostile-full.css' ? HOSTILE_FULL : HOSTILE_BOX;
      return;
    }
    if (path === 'pollute.js' || path === 'predefine.js') {
      ctx.type = 'application/javascript';
      ctx.body = path === 'pollute.js' ? POLLUTE : predefine(url.searchParams.get('tag') ?? 'kf-kpi');
      return;
    }
    const flaky = /^flaky\/([\w-]+)(?:\/(down|up))?$/.exec(path);
    if (flaky) {
      // A dataset URL whose server can be taken down and brought back: /down, then requests get a
      // closed connection (the network is down); /up, the dataset again.
      const [, name, action] = flaky;
      if (action) {
        downs[action === 'down' ? 'add' : 'delete'](name);
        ctx.body = 'ok';
        return;
      }
      if (downs.has(name)) {
        ctx.status = 200; // for the runner's log: not a missing file
        ctx.respond = false;
        ctx.req.socket.destroy();
        return;
      }
      ctx.type = 'application/json';
      ctx.body = dataset;
      return;
    }
    if (path === 'ports.json') {
      ports ??= await otherOrigins();
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ noCors: ports.noCors, closed: ports.closed });
      return;
    }
    if (path === 'faults/404.json') {
      ctx.status = 404;
      ctx.type = 'text/plain';
      ctx.body = 'not here';
      return;
    }
    if (path === 'faults/500.json') {
      ctx.status = 500;
      ctx.type = 'text/plain';
      ctx.body = 'broken';
      return;
    }
    if (path === 'faults/truncated.json') {
      ctx.type = 'application/json';
      ctx.body = dataset.slice(0, Math.floor(dataset.length / 2));
      return;
    }
    if (path === 'faults/html.json') {
      // A login page or a proxy's error page where the dataset should be.
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Sign in</title><p>Please sign in';
      return;
    }
    if (path === 'faults/slow.json') {
      const ms = Math.min(Number(url.searchParams.get('ms')) || 3000, 20000);
      await new Promise((r) => setTimeout(r, ms));
      ctx.type = 'application/json';
      ctx.body = dataset;
      return;
    }
    ctx.status = 404;
  };
}
