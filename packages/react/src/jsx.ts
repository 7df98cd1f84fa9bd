// JSX typings for the kf-* tags written directly, without the wrappers (React 19, which sets
// properties and listens to custom events on custom elements). Bring them in once:
//   /// <reference types="@keyfigures/react/jsx" />
// Attribute names are the HTML ones (`with-change`, `cells-per-row`); `on<event>` props such as
// `onkf-error` are event listeners. The page must still define the tags:
//   import '@keyfigures/widgets/define.js';
import type { Dataset } from '@keyfigures/sdk';
import type { Theme } from '@keyfigures/widgets';
import type { elements } from '@keyfigures/widgets/define.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { KfErrorEvent, KfLoadEvent, KfUpdateEvent } from './events.js';

type ElementOf<Tag extends keyof typeof elements> = InstanceType<(typeof elements)[Tag]>;

/** The attributes and events every kf-* tag has. */
export interface KfAttributes {
  /** Id of the indicator to show, e.g. `new-foreign-enterprises` (optional on kf-timeline, kf-dashboard). */
  indicator?: string;
  /** URL of a dataset JSON. Default: the embedded dataset. */
  src?: string;
  /** BCP 47 locale; `en` and `zh-CN` ship. Default: the nearest ancestor's `lang`, then `en`. */
  locale?: string;
  /** `light`, `dark` or `auto` (the reader's system preference, the default). */
  theme?: Theme;
  /** A dataset object, overriding `src`. A property, not an attribute: React 19 sets it on a defined element. */
  data?: Dataset | object;
  'onkf-load'?: (event: KfLoadEvent) => void;
  'onkf-update'?: (event: KfUpdateEvent) => void;
  'onkf-error'?: (event: KfErrorEvent) => void;
}

/** A kf-* tag in JSX: its own attributes, the shared ones, and every HTML attribute. */
export type KfIntrinsic<Tag extends keyof typeof elements, Own = object> = Own &
  KfAttributes &
  Omit<DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>>, keyof KfAttributes | keyof Own>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'kf-figure': KfIntrinsic<'kf-figure', {
        /** Append the change of the figure's period: "387 … (up 44.4% year on year)". Boolean attribute. */
        'with-change'?: boolean;
      }>;
      'kf-kpi': KfIntrinsic<'kf-kpi'>;
      'kf-progress': KfIntrinsic<'kf-progress', {
        /** `bar` (default) or `ring`. */
        variant?: 'bar' | 'ring';
        /** "Now" for the time left to a deadline, ms since 1970. A property, like `data`. */
        now?: number;
      }>;
      'kf-waffle': KfIntrinsic<'kf-waffle', {
        /** Cells per row, a whole number ≥ 1. Default: a tidy, roughly square grid. */
        'cells-per-row'?: number | string;
        /** Value one cell stands for, > 0. Default: 1 up to a whole of 1000. */
        'per-cell'?: number | string;
      }>;
      'kf-bars': KfIntrinsic<'kf-bars', {
        /** Space- or comma-separated indicator ids: one bar each, instead of `indicator` over time. */
        indicators?: string;
      }>;
      'kf-timeline': KfIntrinsic<'kf-timeline', {
        /** The moment dividing past from upcoming, ms since 1970. A property, like `data`. */
        now?: number;
      }>;
      'kf-dashboard': KfIntrinsic<'kf-dashboard', {
        /** Heading level of the dataset's title, 1–5 (default 2); themes one level below. */
        'heading-level'?: number | string;
      }>;
    }
  }
}
