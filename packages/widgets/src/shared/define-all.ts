import { KfBars } from '../bars/bars.js';
import { KfDashboard } from '../dashboard/dashboard.js';
import { KfFigure } from '../figure/figure.js';
import { KfKpi } from '../kpi/kpi.js';
import { KfProgress } from '../progress/progress.js';
import { KfTimeline } from '../timeline/timeline.js';
import { KfWaffle } from '../waffle/waffle.js';
import { defineElements } from './define-elements.js';

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
 * Defines every element: a tag that is already taken is kept, with one warning (defineElements).
 */
export function defineAll(registry: CustomElementRegistry = customElements): void {
  defineElements(elements, registry);
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
