// The built files on a page served with a strict Content-Security-Policy (README, "Content Security
// Policy"): `default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src
// 'self' data:; require-trusted-types-for 'script'`, and its nonce variant. The page is an iframe
// served by tests/browser/hostile-server.mjs with that header; its first script records every
// `securitypolicyviolation`. Every element must render with zero violations, no request may leave
// the page's origin, and nothing may be added to the host document's head or its style sheets.
import { expect } from '@open-wc/testing';
import { assertBuilt, deepElements, deepText, drawAll, openFrame, until } from './built-page.js';

const DIST = '/packages/widgets/dist';
const TAGS = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];

interface Probed extends Window {
  __violations: string[];
  __headBefore: string[];
}

/** Opens the CSP page in an iframe with `loads` as its module scripts and waits until every element has drawn. */
async function openPage(policy: 'strict' | 'nonce' | 'named', loads: string[], classics: string[] = []): Promise<{ frame: HTMLIFrameElement; win: Probed; doc: Document }> {
  const q = new URLSearchParams({ policy });
  for (const l of loads) q.append('load', l);
  for (const c of classics) q.append('classic', c);
  const { frame, win, doc } = await openFrame(`/__hard/page.html?${q}`);
  await until(() => TAGS.every((t) => win.customElements.get(t)), 'every element to be defined');
  await until(() => deepText(doc.getElementById('remote')!).includes('319'), 'the kf-kpi with src to render');
  await drawAll(doc, win);
  return { frame, win: win as Probed, doc };
}

/** What must hold on a CSP page once it has drawn (shared by every variant). */
function expectCleanPage(win: Probed, doc: Document, loads: string[], classics: string[] = []): void {
  // Plain values only in expect(): a failing assertion on a node of the iframe would make the
  // runner serialise the whole frame.
  expect([...win.__violations], 'CSP violations').to.deep.equal([]);

  const top = Array.from(doc.body.querySelectorAll('*')).filter((el) => el.localName.startsWith('kf-'));
  expect(top.map((el) => el.localName).sort()).to.deep.equal(['kf-bars', 'kf-dashboard', 'kf-figure', 'kf-kpi', 'kf-kpi', 'kf-progress', 'kf-progress', 'kf-timeline', 'kf-waffle']);
  for (const el of [...top, ...deepElements(doc.body).filter((e) => e.localName.startsWith('kf-'))]) {
    const text = deepText(el);
    expect(!!el.shadowRoot, `${el.localName} has a shadow root`).to.equal(true);
    expect(!!el.shadowRoot!.querySelector('[role="alert"]'), `${el.localName}[indicator=${el.getAttribute('indicator')}] shows no error: ${text.slice(0, 200)}`).to.equal(false);
    expect(!!el.shadowRoot!.querySelector('[aria-busy="true"]'), `${el.localName} is not loading`).to.equal(false);
    expect(text.trim().length, `${el.localName} shows text`).to.be.greaterThan(2);
  }
  expect(deepText(doc.querySelector('kf-figure')!)).to.contain('387');
  expect(deepText(doc.querySelector('kf-kpi')!)).to.contain('387家');
  expect(deepText(doc.querySelector('kf-waffle')!)).to.contain('319');
  // The charts were drawn (SVG or styled boxes), not only their text.
  expect(deepElements(doc.querySelector('kf-progress')!).some((e) => e.localName === 'svg' || e.classList.contains('fill')), 'kf-progress drew its bar').to.equal(true);

  // Every request stayed on the page's origin (the policy would also have reported one that did not).
  const origins = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).origin);
  expect([...new Set(origins)]).to.deep.equal([win.location.origin]);

  // Nothing added to the host document: its head holds what the page wrote, and no style sheet.
  const written = new Set([...win.__headBefore, ...Array.from(doc.head.querySelectorAll('script[type="module"], script[defer]'), (s) => s.outerHTML)]);
  expect(Array.from(doc.head.children, (n) => n.outerHTML).filter((h) => !written.has(h)), 'elements added to <head>').to.deep.equal([]);
  expect(Array.from(doc.head.querySelectorAll('script[type="module"], script[defer]'), (s) => new URL((s as HTMLScriptElement).src).pathname)).to.deep.equal([...loads, ...classics].map((l) => l.split('?')[0]));
  expect(doc.querySelectorAll('style, link').length, '<style> or <link> in the light DOM').to.equal(0);
  expect(doc.styleSheets.length, 'document style sheets').to.equal(0);
  expect(doc.adoptedStyleSheets.length, 'document adopted style sheets').to.equal(0);
}

/** Checks that the page really enforces the policy, so that "no violation" means something. */
async function expectPolicyInForce(win: Probed, doc: Document): Promise<void> {
  const before = win.__violations.length;
  expect(() => (win as unknown as { eval: (s: string) => unknown }).eval('1'), 'eval is refused').to.throw();
  expect(() => {
    doc.createElement('div').innerHTML = '<b>x</b>';
  }, 'a string assigned to innerHTML is refused (Trusted Types)').to.throw(/TrustedHTML/);
  // Violation events are queued as tasks.
  await until(() => win.__violations.length > before, 'the probe to hear the refusals');
  win.__violations.length = before;
}

describe('strict Content-Security-Policy and Trusted Types', function () {
  this.timeout(30000);
  const frames: HTMLIFrameElement[] = [];
  before(async () => {
    await assertBuilt(`${DIST}/keyfigures.js`);
  });
  afterEach(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it(`dist/keyfigures.js under "${"default-src 'none'; script-src 'self'; … require-trusted-types-for 'script'"}": every element renders, zero violations`, async () => {
    const loads = [`${DIST}/keyfigures.js`];
    const { frame, win, doc } = await openPage('strict', loads);
    frames.push(frame);
    expectCleanPage(win, doc, loads);
    await expectPolicyInForce(win, doc);
  });

  it('dist/keyfigures.js with a nonce (script-src \'nonce-…\' \'strict-dynamic\'): every element renders, zero violations', async () => {
    const loads = [`${DIST}/keyfigures.js`];
    const { frame, win, doc } = await openPage('nonce', loads);
    frames.push(frame);
    expectCleanPage(win, doc, loads);
    await expectPolicyInForce(win, doc);
  });

  it('dist/keyfigures.js where the policy names the Trusted Types policies allowed ("trusted-types lit-html")', async () => {
    const loads = [`${DIST}/keyfigures.js`];
    const { frame, win, doc } = await openPage('named', loads);
    frames.push(frame);
    expectCleanPage(win, doc, loads);
    await expectPolicyInForce(win, doc);
  });

  it('the classic-script build (dist/keyfigures.iife.js) under the strict policy', async () => {
    const classics = [`${DIST}/keyfigures.iife.js`];
    const { frame, win, doc } = await openPage('strict', [], classics);
    frames.push(frame);
    expectCleanPage(win, doc, [], classics);
  });

  it('per-element builds (dist/elements/kf-*.js, their chunks and the validator loaded on demand) under the strict policy', async () => {
    const loads = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'].map((t) => `${DIST}/elements/${t}.js`);
    const { frame, win, doc } = await openPage('strict', loads);
    frames.push(frame);
    expectCleanPage(win, doc, loads);
    // The live kf-kpi with src made the live source's chunk load, through a dynamic import.
    expect(win.performance.getEntriesByType('resource').some((e) => /\/chunks\/live-/.test(e.name)), 'the live chunk was loaded').to.equal(true);
  });
});
