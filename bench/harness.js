// In-page side of `npm run bench` (scripts/bench.mjs drives it through puppeteer). A page calls
// install({ create, drawn }) once its code has loaded; the driver then calls kfBench.run(n).

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Every node of the document, shadow roots and their contents included (elements, text, comments). */
export function countNodes(root = document) {
  let nodes = 0;
  let elements = 0;
  const walk = (node) => {
    nodes++;
    if (node.nodeType === 1) elements++;
    if (node.shadowRoot) walk(node.shadowRoot);
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(root);
  return { nodes, elements };
}

/** Awaits updateComplete of every Lit element in `roots` and inside their shadow roots, until none is pending. */
async function settle(roots) {
  for (let round = 0; round < 10; round++) {
    const pending = [];
    const walk = (el) => {
      if (el.updateComplete) pending.push(el.updateComplete);
      const inner = el.shadowRoot?.querySelectorAll('*') ?? [];
      for (const child of inner) if (child.localName.includes('-')) walk(child);
    };
    roots.forEach(walk);
    if (!pending.length) return;
    const results = await Promise.all(pending);
    if (results.every((r) => r !== false)) return;
  }
}

/**
 * @param {{ create: () => Element, drawn?: (el: Element) => boolean }} bench
 *   create: one instance, not yet in the document; drawn: whether an instance has drawn its chart.
 */
export function install(bench) {
  window.kfBench = {
    countNodes,
    /** Inserts n instances, waits until all have rendered; times it. */
    async run(n) {
      const stage = document.getElementById('stage');
      const t0 = performance.now();
      const fragment = document.createDocumentFragment();
      const instances = [];
      for (let i = 0; i < n; i++) instances.push(fragment.appendChild(bench.create()));
      stage.append(fragment);
      await settle(instances);
      const scripted = performance.now() - t0;
      void document.body.offsetHeight; // forced style + layout of everything inserted
      const laidOut = performance.now() - t0;
      await frame();
      await frame(); // the second callback runs after the first frame's paint
      const total = performance.now() - t0;
      const undrawn = bench.drawn ? instances.filter((el) => !bench.drawn(el)).length : 0;
      const sample = instances[0].shadowRoot ?? instances[0];
      return { scripted, laidOut, total, undrawn, sampleText: sample.textContent.replace(/\s+/g, ' ').trim().slice(0, 160) };
    },
  };
  window.kfBenchReady = true;
}
