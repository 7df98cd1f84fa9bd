import { KfBars } from '../bars/bars.js';
import { KfDashboard } from '../dashboard/dashboard.js';
import { KfFigure } from '../figure/figure.js';
import { KfKpi } from '../kpi/kpi.js';
import { KfProgress } from '../progress/progress.js';
import { KfTimeline } from '../timeline/timeline.js';
import { KfWaffle } from '../waffle/waffle.js';

/** Every element of keyfigures by tag. */
export const elements = {
  'kf-figure': KfFigure,
  'kf-kpi': KfKpi,
  'kf-progress': KfProgress,
  'kf-waffle': KfWaffle,
  'kf-bars': KfBars,
  'kf-timeline': KfTimeline,
  'kf-dashboard': KfDashboard,
} as const;

/**
 * Defines every element. A tag that is already taken (the bundle loaded twice, or a page that
 * defined a kf-* name first) is left as it is, with one warning for all of them, never an
 * exception: the page keeps working with the first definition.
 */
export function defineAll(registry: CustomElementRegistry = customElements): void {
  const taken: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = registry.get(tag);
    if (existing === ctor) continue;
    if (existing) taken.push(tag);
    else registry.define(tag, ctor);
  }
  if (taken.length) {
    console.warn(`keyfigures: ${taken.join(', ')} already defined on this page (is keyfigures loaded twice?); keeping the existing definition.`);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kf-figure': KfFigure;
    'kf-kpi': KfKpi;
    'kf-progress': KfProgress;
    'kf-waffle': KfWaffle;
    'kf-bars': KfBars;
    'kf-timeline': KfTimeline;
    'kf-dashboard': KfDashboard;
  }
}
