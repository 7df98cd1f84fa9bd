import { createComponent } from '@lit/react';
// Importing the widgets' define module registers the kf-* tags (all seven).
import { elements } from '@keyfigures/widgets/define.js';
import * as React from 'react';
import { events } from './events.js';
import type { KfComponent, SharedProps } from './props.js';

/** The `<kf-kpi>` element, e.g. the type of a ref to it. */
export type KfKpiElement = InstanceType<(typeof elements)['kf-kpi']>;

/** Props of {@link KfKpi}: the shared ones. */
export type KfKpiProps = SharedProps;

/**
 * `<kf-kpi>`: a card with one key figure, its change, trend and source.
 *
 * @example <KfKpi indicator="new-foreign-enterprises" locale="zh-CN" onKfError={(e) => report(e.detail.code)} />
 */
export const KfKpi: KfComponent<KfKpiElement, KfKpiProps> = createComponent({
  react: React,
  tagName: 'kf-kpi',
  elementClass: elements['kf-kpi'],
  events,
  displayName: 'KfKpi',
});
