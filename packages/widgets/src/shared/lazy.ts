// One IntersectionObserver for every element on the page: an element that is off-screen draws
// its chart when it first comes near the viewport, so a page of 500 charts starts fast.
const waiting = new WeakMap<Element, () => void>();
let observer: IntersectionObserver | undefined;

/** Draw everything at once, e.g. for benchmarks and printing. Set before elements connect. */
export const lazyOptions = { enabled: true };

/** Calls `show` once `el` is within 200 px of the viewport (at once where there is no observer). */
export function whenVisible(el: Element, show: () => void): void {
  if (!lazyOptions.enabled || typeof IntersectionObserver === 'undefined') return show();
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        waiting.get(e.target)?.();
        waiting.delete(e.target);
        observer!.unobserve(e.target);
      }
    },
    { rootMargin: '200px' },
  );
  waiting.set(el, show);
  observer.observe(el);
}

/** Stops waiting for `el` (it was removed before it was seen). */
export function forget(el: Element): void {
  waiting.delete(el);
  observer?.unobserve(el);
}
