import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-timeline>` element, e.g. the type of a ref to it. */
export type KfTimelineElement = InstanceType<(typeof elements)['kf-timeline']>;

/** Props of {@link KfTimeline}: the shared ones (`indicator` optional) and `now`. */
export type KfTimelineProps = SharedProps & Partial<Pick<KfTimelineElement, 'now'>>;

/**
 * `<kf-timeline>`: the dated events and target deadlines of a dataset, or of one indicator.
 *
 * @example <KfTimeline locale="zh-CN" />
 */
export const KfTimeline: KfComponent<KfTimelineElement, KfTimelineProps> = createComponent({
  react: React,
  tagName: 'kf-timeline',
  elementClass: elements['kf-timeline'],
  events,
  displayName: 'KfTimeline',
});
