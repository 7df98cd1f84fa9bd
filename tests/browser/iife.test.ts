// dist/keyfigures.iife.js on a page with no module scripts at all: an iframe whose only script is
// the classic <script src>. It defines every element on load and puts one global, `keyfigures`,
// on the page. (The test page itself runs modules, so the check happens in the iframe.)
import { expect } from '@open-wc/testing';
import { assertBuilt, deepText, settled, watchProblems } from './built-page.js';

const SCRIPT = '/packages/widgets/dist/keyfigures.iife.js';
const TAGS = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];

interface KeyfiguresGlobal {
  defineAll: () => void;
  elements: Record<string, CustomElementConstructor>;
  [name: string]: unknown;
}

describe('dist/keyfigures.iife.js in a page without modules', () => {
  let frame: HTMLIFrameElement;
  let win: Window & { keyfigures?: KeyfiguresGlobal };
  let problems: string[];

  before(async function () {
    this.timeout(20000);
    await assertBuilt(SCRIPT);
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '600px';
    document.body.append(frame);
    win = frame.contentWindow as typeof win;
    problems = watchProblems(win);
    const doc = frame.contentDocument!;
    doc.open();
    // Markup first, then the script at the end of the body: the usual classic-script page.
    doc.write(`<!doctype html><html lang="en"><body>
      <p>Chongqing set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>
      <kf-kpi indicator="fortune-500-companies" locale="zh-CN"></kf-kpi>
      <script src="${SCRIPT}"></script></body></html>`);
    doc.close();
    await new Promise<void>((resolve) => (doc.readyState === 'complete' ? resolve() : win.addEventListener('load', () => resolve())));
  });

  after(() => frame.remove());

  it('has no module script', () => {
    const scripts = Array.from(frame.contentDocument!.scripts);
    expect(scripts.map((s) => s.type)).to.deep.equal(['']);
  });

  it('puts one global `keyfigures` with defineAll and every element class', () => {
    const kf = win.keyfigures!;
    expect(kf, 'window.keyfigures').to.exist;
    expect(kf.defineAll).to.be.a('function');
    for (const name of ['KfFigure', 'KfKpi', 'KfProgress', 'KfWaffle', 'KfBars', 'KfTimeline', 'KfDashboard']) {
      expect(kf[name], `keyfigures.${name}`).to.be.a('function');
    }
    expect(Object.keys(kf.elements).sort()).to.deep.equal([...TAGS].sort());
  });

  it('defines every tag on load, with the classes of the global', () => {
    for (const tag of TAGS) expect(win.customElements.get(tag), tag).to.equal(win.keyfigures!.elements[tag]);
  });

  it('renders the markup that was on the page before the script', async function () {
    this.timeout(20000);
    const doc = frame.contentDocument!;
    await settled(doc, win);
    expect(deepText(doc.querySelector('kf-figure')!)).to.contain('387');
    expect(deepText(doc.querySelector('kf-kpi')!)).to.contain('319');
  });

  it('calling keyfigures.defineAll() again is harmless: no warning, no exception', () => {
    win.keyfigures!.defineAll();
    expect(problems).to.deep.equal([]);
  });
});
