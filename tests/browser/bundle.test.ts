// The built drop-in bundle, loaded the way a portal loads it: one <script type="module"> tag
// and plain markup, no build step, no imports of our sources. (Every other browser test imports
// source; this one is the check that what ships works.) `npm test` builds first.
import { expect } from '@open-wc/testing';

const BUNDLE = '/packages/widgets/dist/keyfigures.js';
const TAGS = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];

/** Every console.error / console.warn, uncaught error and unhandled rejection on the page. */
const problems: string[] = [];
for (const level of ['error', 'warn'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    problems.push(`console.${level}: ${args.map(String).join(' ')}`);
    original(...args);
  };
}
addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
const kfErrors: string[] = [];
document.addEventListener('kf-error', (e) => kfErrors.push(JSON.stringify((e as CustomEvent).detail)));

/** Adds the script tag and resolves once the module has run (a module script's load event). */
function addScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

interface Updating extends Element {
  updateComplete?: Promise<unknown>;
}

/** Waits until every element in the tree, in every shadow root, has finished updating. */
async function settled(root: Element | ShadowRoot | Document): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const pending = deepElements(root)
      .map((el) => (el as Updating).updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    const results = await Promise.all(pending);
    // updateComplete resolves false when another update was requested meanwhile.
    if (results.every((r) => r !== false)) {
      await new Promise((r) => requestAnimationFrame(r));
      const again = deepElements(root).filter((el) => (el as { isUpdatePending?: boolean }).isUpdatePending);
      if (!again.length) return;
    }
  }
}

/** Every element under `root` (not root itself), through every shadow root, root's own included. */
function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: ShadowRoot | Element | Document) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * The text a reader sees: an element with a shadow root shows its shadow tree (light DOM only
 * where a slot takes it), so a card's unslotted fallback text does not count as rendered.
 */
function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof HTMLStyleElement || node instanceof SVGStyleElement) return;
    if (node instanceof Element && node.shadowRoot) return walk(node.shadowRoot);
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : Array.from(node.childNodes)).forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

describe('dist/keyfigures.js in a plain page', () => {
  before(async function () {
    this.timeout(20000);
    const head = await fetch(BUNDLE, { method: 'HEAD' });
    if (!head.ok) {
      throw new Error(`${BUNDLE} is missing (HTTP ${head.status}): run \`npm run build\` first (npm test builds before testing).`);
    }
    await addScript(BUNDLE);
  });

  it('defines all seven tags when the script has run', () => {
    const undefinedTags = TAGS.filter((tag) => !customElements.get(tag));
    expect(undefinedTags, 'tags not defined by the bundle').to.deep.equal([]);
  });

  it('renders <kf-figure>, <kf-kpi locale="zh-CN"> and <kf-dashboard> from plain markup', async function () {
    this.timeout(20000);
    const page = document.createElement('main');
    page.innerHTML = `
      <p>Chongqing set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>
      <kf-kpi indicator="new-foreign-enterprises" locale="zh-CN"></kf-kpi>
      <kf-dashboard></kf-dashboard>`;
    document.body.append(page);
    await settled(page);

    const figure = page.querySelector('kf-figure')!;
    const kpi = page.querySelector('kf-kpi')!;
    const dashboard = page.querySelector('kf-dashboard')!;
    for (const el of [figure, kpi, dashboard]) expect(el.shadowRoot, `${el.localName} has a shadow root`).to.exist;

    expect(deepText(figure)).to.contain('387');
    expect(deepText(kpi)).to.contain('387家');
    const dash = deepText(dashboard);
    expect(dash).to.contain('387');
    expect(dash).to.contain('319');
    // The dashboard is made of the other elements, used by tag: they must have been defined too.
    const inner = deepElements(dashboard).filter((el) => el.localName.startsWith('kf-'));
    expect(inner.length, 'kf-* elements inside the dashboard').to.be.greaterThan(3);
    expect(inner.filter((el) => !customElements.get(el.localName)).map((el) => el.localName)).to.deep.equal([]);
    const card = inner.find((el) => el.getAttribute('indicator') === 'new-foreign-enterprises');
    expect(card, 'the dashboard has a card for new-foreign-enterprises').to.exist;
    expect(deepText(card!), `${card!.localName} card rendered in its shadow root`).to.contain('387');

    expect(kfErrors, 'kf-error events').to.deep.equal([]);
    page.remove();
  });

  it('logs no console error or warning, and throws nothing, while loading and rendering', () => {
    expect(problems).to.deep.equal([]);
  });

  it('keeps working when a second copy of the bundle loads (one warning, no exception)', async () => {
    const before = problems.length;
    await addScript(`${BUNDLE}?copy=2`);
    const added = problems.splice(before);
    expect(added.filter((p) => !p.startsWith('console.warn: keyfigures:')), 'problems other than the double-load warning').to.deep.equal([]);
    expect(added.length, 'one warning for the second copy').to.equal(1);
    const el = document.createElement('kf-kpi');
    el.setAttribute('indicator', 'fortune-500-companies');
    document.body.append(el);
    await settled(document.body);
    expect(deepText(el)).to.contain('319');
    el.remove();
  });
});
