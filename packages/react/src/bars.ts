import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-bars>` element, e.g. the type of a ref to it. */
export type KfBarsElement = InstanceType<(typeof elements)['kf-bars']>;

/** Props of {@link KfBars}: the shared ones and `indicators` (one bar per id, instead of `indicator` over time). */
export type KfBarsProps = SharedProps & Partial<Pick<KfBarsElement, 'indicators'>>;

/**
 * `<kf-bars>`: bars over periods or categories; derived values drawn distinctly (2022 ≈ 268 vs 2023: 387).
 *
 * @example <KfBars indicator="new-foreign-enterprises" />
 */
export const KfBars: KfComponent<KfBarsElement, KfBarsProps> = createComponent({
  react: React,
  tagName: 'kf-bars',
  elementClass: elements['kf-bars'],
  events,
  displayName: 'KfBars',
});
