// React components for the keyfigures elements. Importing one registers the kf-* tags.
export { KfBars } from './bars.js';
export type { KfBarsElement, KfBarsProps } from './bars.js';
export { KfDashboard } from './dashboard.js';
export type { KfDashboardElement, KfDashboardProps } from './dashboard.js';
export { KfFigure } from './figure.js';
export type { KfFigureElement, KfFigureProps } from './figure.js';
export { KfKpi } from './kpi.js';
export type { KfKpiElement, KfKpiProps } from './kpi.js';
export { KfProgress } from './progress.js';
export type { KfProgressElement, KfProgressProps } from './progress.js';
export { KfTimeline } from './timeline.js';
export type { KfTimelineElement, KfTimelineProps } from './timeline.js';
export { KfWaffle } from './waffle.js';
export type { KfWaffleElement, KfWaffleProps } from './waffle.js';
export type { KfErrorDetail, KfUpdateDetail, KfErrorEvent, KfEventProps, KfLoadDetail, KfLoadEvent, KfUpdateEvent } from './events.js';
export type { KfComponent, SharedProps } from './props.js';
