// The classic-script build (dist/keyfigures.iife.js): defines every element on load, and its
// exports become the one global `keyfigures` — the element classes, `elements`, `defineAll`,
// and what index.ts exports — for pages that script the elements without modules.
import { defineAll } from '../shared/define-all.js';

export { defineAll, elements } from '../shared/define-all.js';
export { KfBars } from '../bars/bars.js';
export { KfDashboard } from '../dashboard/dashboard.js';
export { KfFigure } from '../figure/figure.js';
export { KfKpi } from '../kpi/kpi.js';
export { KfProgress } from '../progress/progress.js';
export { KfTimeline } from '../timeline/timeline.js';
export { KfWaffle } from '../waffle/waffle.js';
export * from '../index.js';

defineAll();

declare global {
  /** What dist/keyfigures.iife.js puts on the page (`window.keyfigures`). */
  var keyfigures: typeof import('./global.js');
}
