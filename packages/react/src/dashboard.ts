import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-dashboard>` element, e.g. the type of a ref to it. */
export type KfDashboardElement = InstanceType<(typeof elements)['kf-dashboard']>;

/** Props of {@link KfDashboard}: the shared ones (no `indicator` needed) and `headingLevel`. */
export type KfDashboardProps = SharedProps & Partial<Pick<KfDashboardElement, 'headingLevel'>>;

/**
 * `<kf-dashboard>`: every key figure of a dataset as a responsive panel, grouped by theme.
 *
 * @example <KfDashboard headingLevel={2} onKfError={(e) => console.warn(e.detail.message)} />
 */
export const KfDashboard: KfComponent<KfDashboardElement, KfDashboardProps> = createComponent({
  react: React,
  tagName: 'kf-dashboard',
  elementClass: elements['kf-dashboard'],
  events,
  displayName: 'KfDashboard',
});
