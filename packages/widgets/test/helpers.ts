// Helpers shared by the element tests.

/** A copy of the default dataset served by wtr's dev server, for tests that need a `src` that loads. */
export const FIXTURE = '/packages/widgets/test/fixtures/dataset.json';

/** The accessible name as axe-core computes it (accname 1.2), through the shadow root. */
export function accessibleName(node: Element): string {
  const { axe } = window as unknown as { axe: typeof import('axe-core') };
  axe.setup(document);
  try {
    return axe.commons.text.accessibleText(node);
  } finally {
    axe.teardown();
  }
}

/** Makes window.fetch hold back requests until release() is called; restore() undoes it. */
export function holdFetch(): { release: () => void; restore: () => void } {
  const real = window.fetch;
  let release = () => {};
  const gate = new Promise<void>((r) => (release = r));
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    await gate;
    return real(...args);
  };
  return { release, restore: () => (window.fetch = real) };
}

/** Whether two boxes overlap by more than half a pixel. */
export const overlap = (a: DOMRect, b: DOMRect): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
