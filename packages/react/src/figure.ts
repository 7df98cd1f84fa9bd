import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-figure>` element, e.g. the type of a ref to it. */
export type KfFigureElement = InstanceType<(typeof elements)['kf-figure']>;

/** Props of {@link KfFigure}: the shared ones and `withChange`. */
export type KfFigureProps = SharedProps & Partial<Pick<KfFigureElement, 'withChange'>>;

/**
 * `<kf-figure>`: one figure inside a sentence, in the text's own font; its source on hover and focus.
 *
 * @example <p>Chongqing set up <KfFigure indicator="new-foreign-enterprises" withChange /> in 2023.</p>
 */
export const KfFigure: KfComponent<KfFigureElement, KfFigureProps> = createComponent({
  react: React,
  tagName: 'kf-figure',
  elementClass: elements['kf-figure'],
  events,
  displayName: 'KfFigure',
});
