// Helpers for the tests that load built files (dist/) into a page the way a site does: by script
// tag, with no imports of our sources. Realm-agnostic (nodeType, not instanceof), so that they
// also work on the document of an iframe.

/** Every console.error / console.warn, uncaught error and unhandled rejection of `win` from now on. */
export function watchProblems(win: Window = window): string[] {
  const problems: string[] = [];
  const { console } = win as Window & typeof globalThis;
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      problems.push(`console.${level}: ${args.map(String).join(' ')}`);
      original(...args);
    };
  }
  win.addEventListener('error', (e) => problems.push(`uncaught: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => problems.push(`unhandled rejection: ${String(e.reason)}`));
  return problems;
}

/** Adds a script tag (a module unless `classic`) and resolves once it has run. */
export function addScript(src: string, { classic = false, doc = document } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    if (!classic) script.type = 'module';
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    doc.head.append(script);
  });
}

/** Fails with how to fix it when a built file is missing (npm test builds first). */
export async function assertBuilt(url: string): Promise<void> {
  const head = await fetch(url, { method: 'HEAD' });
  if (!head.ok) throw new Error(`${url} is missing (HTTP ${head.status}): run \`npm run build\` first (npm test builds before testing).`);
}

interface Updating extends Element {
  updateComplete?: Promise<unknown>;
  isUpdatePending?: boolean;
}

/** Every element under `root`, through every shadow root. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const walk = (node: Element | ShadowRoot | Document) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if ('shadowRoot' in root && root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/** Waits until every element in the tree, in every shadow root, has finished updating. */
export async function settled(root: Element | ShadowRoot | Document, win: Window = window): Promise<void> {
  for (let round = 0; round < 40; round++) {
    const pending = deepElements(root)
      .map((el) => (el as Updating).updateComplete)
      .filter((p): p is Promise<unknown> => p !== undefined);
    const results = await Promise.all(pending);
    // updateComplete resolves false when another update was requested meanwhile.
    if (results.every((r) => r !== false)) {
      await new Promise((r) => win.requestAnimationFrame(r));
      if (!deepElements(root).some((el) => (el as Updating).isUpdatePending)) return;
    }
  }
}

/** Resolves once `test()` is true (checked every animation frame), or fails after `ms`. */
export async function until(test: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 16));
  }
}

/** The text a reader sees: shadow trees instead of light DOM, except where a slot shows it. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return;
    const e = node as Element;
    if (e.localName === 'style') return;
    if (e.shadowRoot) return walk(e.shadowRoot);
    if (e.localName === 'slot') {
      const assigned = (e as HTMLSlotElement).assignedNodes({ flatten: true });
      return (assigned.length ? assigned : Array.from(e.childNodes)).forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

// The test runner's own modules nearly fill the default buffer of 250 entries; the scripts a test
// loads later must not be dropped from it.
performance.setResourceTimingBufferSize(10_000);

/** Paths of the scripts the page has fetched so far (Resource Timing), e.g. `/packages/widgets/dist/elements/kf-figure.js`. */
export function loadedScripts(win: Window = window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.endsWith('.js'));
}

/** Opens `url` in a 1000 × 800 iframe of this page and resolves once it has loaded. */
export async function openFrame(url: string): Promise<{ frame: HTMLIFrameElement; win: Window; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1000px; height: 800px; border: 0';
  frame.src = url;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow!, doc: frame.contentDocument! };
}

/**
 * Brings every kf-* element (the dashboard's cards too) into view in turn, since each draws its
 * chart when first seen, and waits until all have finished updating.
 */
export async function drawAll(doc: Document, win: Window): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await settled(doc, win);
    for (const el of deepElements(doc.body).filter((e) => e.localName.startsWith('kf-'))) {
      el.scrollIntoView();
      await new Promise((r) => win.requestAnimationFrame(() => win.requestAnimationFrame(r)));
    }
  }
  win.scrollTo(0, 0);
  await settled(doc, win);
}
