// What the hardening tests (tests/browser/csp.test.ts, packages/widgets/test/faults.test.ts …)
// need from the test server, as web-test-runner middleware:
// - /__hard/page.html?policy=strict|nonce&load=<script URL>[&load=…]: a page served with a
//   Content-Security-Policy header (the policy of README's recipe) whose first script records
//   every `securitypolicyviolation` and the head of the document before anything else ran;
// - /__hard/probe.js: that first script;
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
window.__headBefore = Array.from(document.head.children, function (n) { return n.outerHTML; });
`;

const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function page(policyName, loads, body) {
  const nonce = randomBytes(16).toString('base64');
  const policy = policyName === 'nonce' ? noncePolicy(nonce) : STRICT_POLICY;
  const n = policyName === 'nonce' ? ` nonce="${nonce}"` : '';
  const scripts = loads.map((src) => `<script type="module"${n} src="${escAttr(src)}"></script>`).join('\n');
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
<kf-kpi id="remote" indicator="fortune-500-companies" src="/packages/widgets/test/fixtures/dataset.json"></kf-kpi>`;

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
      const { policy, html } = page(url.searchParams.get('policy') ?? 'strict', loads, body);
      ctx.set('content-security-policy', policy);
      ctx.type = 'text/html';
      ctx.body = html;
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
