import type { KeyfigureElement } from '@keyfigures/widgets';
import type { ForwardRefExoticComponent, HTMLAttributes, RefAttributes } from 'react';
import type { KfEventProps } from './events.js';

/**
 * The properties every element has: `indicator`, `src`, `locale`, `theme`, `data` (a dataset
 * object, which overrides `src`), and `live`, `refresh`, `stream` (keep `src` current). Picked from
 * the element class, so their docs and types are the element's own.
 */
export type SharedProps = Partial<Pick<KeyfigureElement, 'indicator' | 'src' | 'locale' | 'theme' | 'data' | 'live' | 'refresh' | 'stream'>>;

/**
 * A wrapper component: the element's own properties `P`, the kf-* event callbacks, and the usual
 * HTML props (`className`, `style`, `id`, `aria-*`, `children`…), with a ref to the element `E`.
 * Narrower than @lit/react's own type, which offers every public member of a LitElement
 * (`requestUpdate`, `renderRoot`…) as a prop.
 */
export type KfComponent<E extends HTMLElement, P> = ForwardRefExoticComponent<
  P & KfEventProps & Omit<HTMLAttributes<E>, keyof P | keyof KfEventProps> & RefAttributes<E>
>;
