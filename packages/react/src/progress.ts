import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-progress>` element, e.g. the type of a ref to it. */
export type KfProgressElement = InstanceType<(typeof elements)['kf-progress']>;

/** Props of {@link KfProgress}: the shared ones, `variant` and `now`. */
export type KfProgressProps = SharedProps & Partial<Pick<KfProgressElement, 'variant' | 'now'>>;

/**
 * `<kf-progress>`: progress toward a target or a share of a total (95.3 %; 319 of 500; 10 % by 2027), as a bar or a ring.
 *
 * @example <KfProgress indicator="service-opening-pilot-rate" variant="ring" />
 */
export const KfProgress: KfComponent<KfProgressElement, KfProgressProps> = createComponent({
  react: React,
  tagName: 'kf-progress',
  elementClass: elements['kf-progress'],
  events,
  displayName: 'KfProgress',
});
