// Helpers for tests/node/examples.test.mjs. All but freePort run in the page: they are passed to
// page.evaluate (or rebuilt there from their source text), so each is self-contained.
import { createServer } from 'node:net';

/** A port the OS says is free right now. */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen({ port: 0, host: '127.0.0.1' }, () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Every element under `root`, through every shadow root. */
export function deepElementsIn(root) {
  const out = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  if (root.shadowRoot) walk(root.shadowRoot);
  return out;
}

/**
 * Brings every kf-* element near the viewport in turn (they draw lazily, when first seen), then
 * waits until no element anywhere has an update pending or shows its loading placeholder.
 */
export async function settlePage() {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const deep = (root) => {
    const out = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(root);
    return out;
  };
  const kf = () => deep(document).filter((el) => el.localName.startsWith('kf-'));
  for (const el of kf()) {
    el.scrollIntoView({ block: 'center' });
    await frame();
  }
  for (let round = 0; round < 50; round++) {
    await Promise.all(kf().map((el) => el.updateComplete));
    await frame();
    await frame();
    const busy = kf().filter((el) => el.isUpdatePending || el.shadowRoot?.querySelector('[part~="loading"]'));
    if (!busy.length) break;
  }
  scrollTo(0, 0);
  await frame();
}

/**
 * The text a sighted reader sees in `el`, as one string: an element with a shadow root shows
 * its shadow tree (light DOM only where a slot takes it), so fallback text does not count once
 * the element is defined; closed popovers (display: none) and screen-reader-only text (a 1 px
 * clipped box) do not count either. Text nodes are joined as they are, white space collapsed.
 */
export function deepTextOf(el) {
  const parts = [];
  const walk = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return parts.push(node.textContent ?? '');
    if (node instanceof HTMLStyleElement || node instanceof SVGStyleElement) return;
    if (node instanceof Element) {
      if (!node.checkVisibility({ visibilityProperty: true })) return;
      const box = node.getBoundingClientRect();
      if (box.width <= 1 && box.height <= 1 && getComputedStyle(node).overflow !== 'visible') return;
      if (node.shadowRoot) return walk(node.shadowRoot);
    }
    if (node instanceof HTMLSlotElement) {
      const assigned = node.assignedNodes({ flatten: true });
      return (assigned.length ? assigned : Array.from(node.childNodes)).forEach(walk);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Whether the light-DOM text directly inside `el` is laid out (has boxes on screen). */
export function lightTextShown(el) {
  const range = document.createRange();
  range.selectNodeContents(el);
  return range.getClientRects().length > 0 && range.toString().trim() !== '';
}
