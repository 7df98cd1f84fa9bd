// Helpers shared by the element tests.
import type { Clock } from '@keyfigures/sdk/live';

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

/**
 * A clock for live sources whose timers run only when the test calls tick() (the first timer set,
 * or the last): a poll never waits for real time. `pending()` lists the delays set, in order.
 */
export function drivenClock(): { clock: Clock; timers: Map<number, { ms: number; run: () => void }>; pending: () => number[]; tick: (which?: 'first' | 'last') => void } {
  const timers = new Map<number, { ms: number; run: () => void }>();
  let timerId = 0;
  const clock: Clock = {
    now: () => Date.now(),
    setTimeout: (run, ms) => (timers.set(++timerId, { ms, run }), timerId),
    clearTimeout: (h) => void timers.delete(h as number),
  };
  const pending = () => [...timers.values()].map((t) => t.ms);
  const tick = (which: 'first' | 'last' = 'first'): void => {
    const entry = which === 'first' ? [...timers.entries()][0] : [...timers.entries()].at(-1);
    if (!entry) throw new Error('no poll pending');
    timers.delete(entry[0]);
    entry[1].run();
  };
  return { clock, timers, pending, tick };
}

/** Waits (turns of the event loop, no fixed delay) until `condition` holds. */
export async function until(condition: () => boolean | Promise<boolean>, what = 'condition'): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if (await condition()) return;
    await new Promise((r) => setTimeout(r, 2));
  }
  throw new Error(`${what} never held`);
}
