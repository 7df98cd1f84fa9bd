// The built drop-in on pages that are hostile without meaning to be: aggressive global CSS,
// keyfigures loaded twice or a kf-* name taken first, polluted prototypes. Each page is an iframe
// served by tests/browser/hostile-server.mjs, compared with the same elements on a clean page.
import { expect } from '@open-wc/testing';
import { assertBuilt, deepElements, deepText, drawAll, openFrame, until } from './built-page.js';

const BUNDLE = '/packages/widgets/dist/keyfigures.js';
const TAGS = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];

interface Box {
  readonly what: string;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Every box in each top-level element's shadow tree, relative to its host, in document order. */
function boxes(doc: Document, skip: (el: Element) => boolean = () => false): Box[] {
  const out: Box[] = [];
  for (const host of Array.from(doc.body.querySelectorAll('*')).filter((el) => el.localName.startsWith('kf-') && !skip(el))) {
    const origin = host.getBoundingClientRect();
    const name = `${host.localName}[${host.getAttribute('indicator') ?? ''}]`;
    out.push({ what: name, x: 0, y: 0, w: origin.width, h: origin.height });
    for (const el of deepElements(host)) {
      const r = el.getBoundingClientRect();
      // Hidden parts (a closed popover, a clipped table) have no box to keep.
      if (!r.width && !r.height) continue;
      const cls = typeof el.className === 'string' ? el.className : el.getAttribute('class') ?? '';
      out.push({ what: `${name} ${el.localName}${cls ? `.${cls.split(' ').join('.')}` : ''}`, x: r.x - origin.x, y: r.y - origin.y, w: r.width, h: r.height });
    }
  }
  return out;
}

/** The boxes of `b` that differ from `a` by more than a pixel (at most 8, described). */
function differences(a: Box[], b: Box[]): string[] {
  if (a.length !== b.length) return [`${a.length} boxes on the clean page, ${b.length} on the hostile one`];
  const out: string[] = [];
  const fmt = (x: Box) => `${x.x.toFixed(1)},${x.y.toFixed(1)} ${x.w.toFixed(1)}×${x.h.toFixed(1)}`;
  a.forEach((p, i) => {
    const q = b[i]!;
    if (p.what !== q.what || [p.x - q.x, p.y - q.y, p.w - q.w, p.h - q.h].some((d) => Math.abs(d) > 1)) out.push(`${p.what}: ${fmt(p)} → ${q.what} ${fmt(q)}`);
  });
  return out.slice(0, 8).concat(out.length > 8 ? [`… ${out.length - 8} more`] : []);
}

async function open(query: Record<string, string>, loads: string[] = [BUNDLE]) {
  const q = new URLSearchParams(query);
  for (const l of loads) q.append('load', l);
  const page = await openFrame(`/__hard/plain.html?${q}`);
  const problems = watch(page.win);
  await until(() => TAGS.every((t) => page.win.customElements.get(t)), 'every tag to be defined');
  await until(() => deepText(page.doc.getElementById('remote')!).includes('319'), 'the kf-kpi with src to render');
  await drawAll(page.doc, page.win);
  return { ...page, problems };
}

/** Console warnings and errors, uncaught errors and rejections of `win` (watched after load: see probe). */
function watch(win: Window): string[] {
  const w = win as Window & typeof globalThis & { __problems?: string[] };
  return w.__problems ?? [];
}

describe('hostile host pages', function () {
  this.timeout(60000);
  const frames: HTMLIFrameElement[] = [];
  let clean: Box[];
  let cleanText: string[];
  before(async () => {
    await assertBuilt(BUNDLE);
    const page = await open({});
    frames.push(page.frame);
    clean = boxes(page.doc);
    cleanText = TAGS.map((t) => deepText(page.doc.querySelector(t)!));
    expect([...page.problems], 'problems on the clean page').to.deep.equal([]);
  });
  after(() => {
    for (const f of frames.splice(0)) f.remove();
  });

  it('aggressive global CSS (!important on *, div, span, svg; content-box; line-height 4; uppercase…) leaves every card\'s boxes as on a clean page', async () => {
    const page = await open({ css: 'full' });
    frames.push(page.frame);
    // kf-figure takes the sentence's typography by design (it is checked below), so it is compared under the box rules only.
    const notFigure = (el: Element) => el.localName === 'kf-figure';
    expect(differences(clean.filter((b) => !b.what.startsWith('kf-figure')), boxes(page.doc, notFigure))).to.deep.equal([]);
    // Its text inherits nothing forced: what it says is the same (no text-transform…).
    expect(TAGS.slice(1).map((t) => deepText(page.doc.querySelector(t)!))).to.deep.equal(cleanText.slice(1));
    const sentence = page.win.getComputedStyle(page.doc.getElementById('sentence')!);
    const value = page.doc.querySelector('kf-figure')!.shadowRoot!.querySelector('.value')!;
    const figure = page.win.getComputedStyle(value);
    expect([figure.fontFamily, figure.fontWeight, figure.fontStyle], 'kf-figure in the sentence\'s font').to.deep.equal([sentence.fontFamily, sentence.fontWeight, sentence.fontStyle]);
  });

  it('global box rules (content-box, div/span/svg/table/button rules with !important) change no box of any element, kf-figure included', async () => {
    const page = await open({ css: 'box' });
    frames.push(page.frame);
    expect(differences(clean, boxes(page.doc))).to.deep.equal([]);
  });

  it('polluted prototypes (enumerable Array.prototype.remove and .x, Object.prototype.y) change nothing that is drawn or said', async () => {
    const page = await open({ pollute: '1' });
    frames.push(page.frame);
    expect(differences(clean, boxes(page.doc))).to.deep.equal([]);
    expect(TAGS.map((t) => deepText(page.doc.querySelector(t)!))).to.deep.equal(cleanText);
    expect([...page.problems]).to.deep.equal([]);
  });

  it('a page that defined <kf-kpi> first: one warning naming it, no exception, the other elements work', async () => {
    const page = await openFrame(`/__hard/plain.html?predefine=kf-kpi&load=${encodeURIComponent(BUNDLE)}`);
    frames.push(page.frame);
    const w = page.win as Window & { __problems: string[] };
    await until(() => TAGS.every((t) => page.win.customElements.get(t)), 'every tag to be defined');
    await drawAll(page.doc, page.win);
    const problems = [...w.__problems];
    expect(problems.length, problems.join('\n')).to.equal(1);
    expect(problems[0]).to.match(/^console\.warn: keyfigures: kf-kpi already defined on this page/);
    expect(page.doc.querySelector('kf-kpi')!.textContent).to.equal("the page's own kf-kpi");
    expect(deepText(page.doc.querySelector('kf-waffle')!)).to.contain('319');
  });

  it('the drop-in loaded twice, and the classic-script build beside it: one warning per extra copy, no exception', async () => {
    const q = new URLSearchParams();
    q.append('load', BUNDLE);
    q.append('load', `${BUNDLE}?copy=2`);
    q.append('classic', '/packages/widgets/dist/keyfigures.iife.js');
    const page = await openFrame(`/__hard/plain.html?${q}`);
    frames.push(page.frame);
    const w = page.win as Window & { __problems: string[] };
    await until(() => TAGS.every((t) => page.win.customElements.get(t)), 'every tag to be defined');
    await until(() => deepText(page.doc.getElementById('remote')!).includes('319'), 'the kf-kpi with src to render');
    await drawAll(page.doc, page.win);
    const problems = [...w.__problems];
    expect(problems.length, problems.join('\n')).to.equal(2);
    for (const p of problems) expect(p).to.match(/^console\.warn: keyfigures: kf-figure, kf-kpi, kf-progress, kf-waffle, kf-bars, kf-timeline, kf-dashboard already defined on this page \(is keyfigures loaded twice\?\)/);
    expect(differences(clean, boxes(page.doc))).to.deep.equal([]);
  });
});
