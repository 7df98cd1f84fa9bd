// Hostile data: a valid dataset whose every text (labels, quotes, nouns, theme and event labels,
// source titles, sentence templates) holds markup and script payloads, bidi overrides, zero-width
// characters or a 400-character word. Every element must show it as text, run none of it, and keep
// its box inside a narrow container (the text wraps or is cut with an ellipsis).
import { expect, fixture, html } from '@open-wc/testing';
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { loadDataset } from '@keyfigures/sdk';
import { defineAll } from '../src/shared/define-all.js';
import { lazyOptions } from '../src/shared/lazy.js';

defineAll();
lazyOptions.enabled = false;

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// Each would set window.__pwned if it ran as markup or script.
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<svg onload="window.__pwned=2"><circle r="9"/></svg>',
  '<script>window.__pwned=3</script>',
  '"><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
  "'><a href=\"javascript:window.__pwned=5\" id=kf-link>x</a>",
  '<style>*{display:none!important}</style>',
  '{{constructor.constructor("window.__pwned=6")()}} ${window.__pwned=7}',
  '&lt;b&gt;not bold&lt;/b&gt; &amp;',
];
const BIDI = '\u202Eevil\u202C \u2067isolate \u200F';
const ZERO_WIDTH = 'zero\u200Bwidth\u200D\uFEFFjoiner\u2060';
const LONG_WORD = 'Donaudampfschifffahrtsgesellschaftskapitän'.repeat(10);

type Json = any;

/** The default dataset with payload `p` put into every text a reader can see. */
function hostile(p: string): Json {
  const d: Json = structuredClone(data);
  const text = (obj: Json) => {
    for (const k of Object.keys(obj)) obj[k] = `${p} ${k}`;
  };
  d.title.en = p;
  d.subject.en = p;
  for (const s of d.sources) text(s.title);
  for (const t of d.themes) {
    text(t.label);
    if (t.quote) t.quote = p;
  }
  for (const e of d.events) {
    text(e.label);
    e.quote = p;
  }
  for (const ind of d.indicators) {
    text(ind.label);
    if (ind.total) text(ind.total.label);
    for (const o of ind.observations) if (o.quote) o.quote = `${p} quote`;
    if (ind.unit.kind === 'count') for (const forms of Object.values(ind.unit.noun) as Json[]) for (const k of Object.keys(forms)) forms[k] = p.slice(0, 200);
    for (const item of ind.items ?? []) text(item.label);
    // Keep the placeholders (the validator checks them), wrap them in the payload.
    if (ind.sentence) for (const k of Object.keys(ind.sentence)) ind.sentence[k] = `${p} ${ind.sentence[k]} ${p}`;
  }
  return loadDataset(d);
}

const ELEMENTS = [
  (d: Json) => html`<p>In 2023: <kf-figure indicator="new-foreign-enterprises" .data=${d}></kf-figure>.</p>`,
  (d: Json) => html`<kf-kpi indicator="new-foreign-enterprises" .data=${d}></kf-kpi>`,
  (d: Json) => html`<kf-kpi indicator="fortune-500-companies" locale="zh-CN" .data=${d}></kf-kpi>`,
  (d: Json) => html`<kf-progress indicator="fortune-500-companies" .data=${d}></kf-progress>`,
  (d: Json) => html`<kf-progress indicator="nev-export-value-target" variant="ring" .data=${d}></kf-progress>`,
  (d: Json) => html`<kf-waffle indicator="fortune-500-companies" .data=${d}></kf-waffle>`,
  (d: Json) => html`<kf-bars indicator="new-foreign-enterprises" .data=${d}></kf-bars>`,
  (d: Json) => html`<kf-bars indicators="fortune-500-companies depa-negotiation-rounds" .data=${d}></kf-bars>`,
  (d: Json) => html`<kf-timeline .data=${d}></kf-timeline>`,
  (d: Json) => html`<kf-dashboard .data=${d}></kf-dashboard>`,
];

interface Updating extends Element {
  updateComplete?: Promise<unknown>;
}

function deep(root: Element | ShadowRoot): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    out.push(el);
    if (el.shadowRoot) out.push(...deep(el.shadowRoot));
  }
  if (root instanceof Element && root.shadowRoot) out.push(...deep(root.shadowRoot));
  return out;
}

async function settle(root: Element): Promise<void> {
  for (let i = 0; i < 10; i++) {
    await Promise.all(deep(root).map((e) => (e as Updating).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
}

function deepText(el: Element | ShadowRoot): string {
  if (el instanceof Element && el.shadowRoot) return deepText(el.shadowRoot);
  let s = '';
  for (const n of Array.from(el.childNodes)) {
    if (n.nodeType === Node.TEXT_NODE) s += n.textContent;
    else if (n instanceof Element && n.localName !== 'style') s += deepText(n.shadowRoot ?? n);
  }
  return s;
}

/** Whether `el` is inside a visually hidden (clipped) part, such as the data tables. */
const hidden = (el: Element): boolean => {
  for (let e: Element | null = el; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    if (e.classList?.contains('sr-only') || e.classList?.contains('tip') || e.localName === 'blockquote') return true;
  }
  return false;
};

describe('hostile data: payloads in every text of a dataset', function () {
  this.timeout(60000);
  afterEach(() => {
    delete window.__pwned;
  });

  for (const [n, payload] of [...PAYLOADS, BIDI, ZERO_WIDTH, LONG_WORD].entries()) {
    it(`payload ${n} ${JSON.stringify(payload.slice(0, 48))}: shown as text by every element, nothing runs, every box stays in a 300 px column`, async () => {
      const dataset = hostile(payload);
      for (const template of ELEMENTS) {
        const box = await fixture<HTMLDivElement>(html`<div style="width: 300px; padding: 0; margin: 0">${template(dataset)}</div>`);
        const el = box.querySelector('[indicator], [indicators], kf-timeline, kf-dashboard')!;
        const name = `${el.localName}[${el.getAttribute('indicator') ?? el.getAttribute('indicators') ?? ''}]`;
        await settle(box);
        // An <img onerror> would fire after its failed load; give the network a turn.
        await fetch('/packages/widgets/test/fixtures/dataset.json', { method: 'HEAD' });
        await new Promise((r) => setTimeout(r, 0));

        expect(window.__pwned, `${name}: a payload ran`).to.equal(undefined);
        const all = deep(el);
        expect(!!el.shadowRoot!.querySelector('[role="alert"]'), `${name} shows an error: ${deepText(el).slice(0, 300)}`).to.equal(false);
        const made = all.filter((e) => ['img', 'script', 'iframe', 'style', 'a', 'circle', 'object', 'embed'].includes(e.localName) && e.closest('svg')?.getAttribute('role') !== 'img' && !e.classList.contains('cell'));
        expect(made.map((e) => e.localName), `${name}: elements made from data`).to.deep.equal([]);
        const handlers = all.flatMap((e) => e.getAttributeNames().filter((a) => a.startsWith('on')).map((a) => `${e.localName}[${a}]`));
        expect(handlers, `${name}: event handler attributes`).to.deep.equal([]);
        // Shown as text: the payload's own characters (the figure shows its label on hover only).
        if (el.localName !== 'kf-figure') expect(deepText(el), name).to.contain(payload.slice(0, 20).trim());

        const column = box.getBoundingClientRect();
        const out = [el, ...all]
          .filter((e) => !hidden(e))
          .map((e) => ({ e, r: e.getBoundingClientRect() }))
          .filter(({ r }) => r.width > 0 && r.height > 0 && (r.left < column.left - 1 || r.right > column.right + 1))
          .map(({ e, r }) => `${e.localName}.${e.getAttribute('class') ?? ''} ${r.left.toFixed(0)}…${r.right.toFixed(0)}`);
        expect(out.slice(0, 6), `${name}: boxes outside the 300 px column (${column.left}…${column.right})`).to.deep.equal([]);
      }
    });
  }

  it('a bidi override in a label does not reverse the figure next to it', async () => {
    const dataset = hostile('\u202Elabel');
    const box = await fixture<HTMLDivElement>(html`<div style="width: 600px"><kf-kpi indicator="new-foreign-enterprises" .data=${dataset}></kf-kpi></div>`);
    const el = box.querySelector('kf-kpi')!;
    await settle(box);
    const value = el.shadowRoot!.querySelector('[part="value"]')!;
    const node = [...value.childNodes].find((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.includes('387'))!;
    const at = node.textContent!.indexOf('387');
    const x = [0, 1, 2].map((i) => {
      const range = document.createRange();
      range.setStart(node, at + i);
      range.setEnd(node, at + i + 1);
      return range.getBoundingClientRect().left;
    });
    expect(x[0]! < x[1]! && x[1]! < x[2]!, `3, 8, 7 drawn left to right: ${x.join(', ')}`).to.equal(true);
  });
});
