import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-waffle>` element, e.g. the type of a ref to it. */
export type KfWaffleElement = InstanceType<(typeof elements)['kf-waffle']>;

/** Props of {@link KfWaffle}: the shared ones, `cellsPerRow` and `perCell`. */
export type KfWaffleProps = SharedProps & Partial<Pick<KfWaffleElement, 'cellsPerRow' | 'perCell'>>;

/**
 * `<kf-waffle>`: a unit chart, cells filled for a value of a whole (319 of 500).
 *
 * @example <KfWaffle indicator="fortune-500-companies" cellsPerRow={25} />
 */
export const KfWaffle: KfComponent<KfWaffleElement, KfWaffleProps> = createComponent({
  react: React,
  tagName: 'kf-waffle',
  elementClass: elements['kf-waffle'],
  events,
  displayName: 'KfWaffle',
});
