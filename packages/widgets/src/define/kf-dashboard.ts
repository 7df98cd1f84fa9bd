// Defines <kf-dashboard> (dist/elements/kf-dashboard.js) and the elements it is made of: its
// cards are kf-kpi, kf-progress and kf-waffle (dashboard.layout.ts's cardFor) and its events a
// kf-timeline, all used by tag, so they must be defined for the panel to show anything.
import { KfDashboard } from '../dashboard/dashboard.js';
import type { CardTag } from '../dashboard/dashboard.layout.js';
import { KfKpi } from '../kpi/kpi.js';
import { KfProgress } from '../progress/progress.js';
import { KfTimeline } from '../timeline/timeline.js';
import { KfWaffle } from '../waffle/waffle.js';
import { defineElements } from '../shared/define-elements.js';

export { KfDashboard, KfKpi, KfProgress, KfTimeline, KfWaffle };

// `satisfies`: a card tag added to the layout and not defined here fails to compile.
defineElements({
  'kf-dashboard': KfDashboard,
  'kf-kpi': KfKpi,
  'kf-progress': KfProgress,
  'kf-waffle': KfWaffle,
  'kf-timeline': KfTimeline,
} satisfies Record<CardTag | 'kf-timeline' | 'kf-dashboard', CustomElementConstructor>);

declare global {
  interface HTMLElementTagNameMap {
    'kf-dashboard': KfDashboard;
    'kf-kpi': KfKpi;
    'kf-progress': KfProgress;
    'kf-waffle': KfWaffle;
    'kf-timeline': KfTimeline;
  }
}
