// Laziness off without changing the bundle: every observed element intersects at once, so
// lazy.ts's whenVisible() calls show() inside observe(), as it does with lazyOptions.enabled = false.
// bench.mjs checks that every instance has drawn (KeyfigureElement.drawn) so this cannot silently fail.
window.IntersectionObserver = class AllVisible {
  constructor(callback) {
    this.callback = callback;
  }
  observe(target) {
    this.callback([{ target, isIntersecting: true, intersectionRatio: 1 }], this);
  }
  unobserve() {}
  disconnect() {}
  takeRecords() {
    return [];
  }
};
