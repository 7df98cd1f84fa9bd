// Type tests: what an app may write with @keyfigures/react, and what tsc must refuse. Checked by
// `tsc -p packages/react/test` (tests/node/react-types.test.mjs); never run.
/// <reference types="@keyfigures/react/jsx" />
import { createRef } from 'react';
import type { ReactNode } from 'react';
import { KfBars, KfDashboard, KfFigure, KfKpi, KfProgress, KfTimeline, KfWaffle } from '@keyfigures/react';
import type { KfErrorDetail, KfKpiElement } from '@keyfigures/react';
import type { Dataset } from '@keyfigures/sdk';

declare const dataset: Dataset;
declare function report(detail: KfErrorDetail): void;
const kpiRef = createRef<KfKpiElement>();
const inputRef = createRef<HTMLInputElement>();

export const accepted: ReactNode[] = [
  // The shared props, the element's own, HTML props, a ref to the element, the three callbacks.
  <KfFigure indicator="new-foreign-enterprises" locale="zh-CN" theme="dark" withChange className="x" />,
  <KfKpi ref={kpiRef} indicator="new-foreign-enterprises" src="/data.json" data={dataset} style={{ maxWidth: '20rem' }} aria-describedby="note" />,
  <KfKpi
    indicator="new-foreign-enterprises"
    onKfLoad={(e) => e.detail.dataset.indicators.map((i) => i.id)}
    onKfUpdate={(e) => e.detail.indicator?.toUpperCase()}
    onKfError={(e) => report(e.detail)}
  />,
  <KfProgress indicator="service-opening-pilot-rate" variant="ring" now={Date.UTC(2025, 0, 1)} />,
  <KfWaffle indicator="fortune-500-companies" cellsPerRow={25} perCell={2} />,
  <KfBars indicators="new-foreign-enterprises fortune-500-companies" />,
  <KfTimeline now={Date.now()} theme="auto" />,
  <KfDashboard headingLevel={3} onKfError={(e) => e.detail.code === 'unknown-indicator'} />,
  // The tags themselves, with their HTML attribute names (@keyfigures/react/jsx).
  <kf-figure indicator="new-foreign-enterprises" with-change locale="en" />,
  <kf-kpi indicator="new-foreign-enterprises" theme="light" onkf-error={(e) => report(e.detail)} />,
  <kf-progress indicator="service-opening-pilot-rate" variant="ring" />,
  <kf-waffle indicator="fortune-500-companies" cells-per-row={25} per-cell="2" />,
  <kf-bars indicators="new-foreign-enterprises" onkf-load={(e) => e.detail.dataset.title} />,
  <kf-timeline data={dataset} />,
  <kf-dashboard heading-level={3} className="panel" />,
];

export const refused: ReactNode[] = [
  // @ts-expect-error theme is light, dark or auto
  <KfKpi theme="blue" />,
  // @ts-expect-error kf-error's detail is {code, message}
  <KfKpi onKfError={(e) => e.detail.reason} />,
  // @ts-expect-error LitElement's own members are not props
  <KfKpi requestUpdate={() => undefined} />,
  // @ts-expect-error withChange belongs to kf-figure
  <KfKpi withChange />,
  // @ts-expect-error variant is bar or ring
  <KfProgress variant="pie" />,
  // @ts-expect-error cellsPerRow is a number
  <KfWaffle cellsPerRow="25" />,
  // @ts-expect-error headingLevel is a number
  <KfDashboard headingLevel="3" />,
  // @ts-expect-error the ref is to the element
  <KfKpi ref={inputRef} />,
  // @ts-expect-error theme is light, dark or auto on the tag too
  <kf-kpi theme="blue" />,
  // @ts-expect-error variant is bar or ring on the tag too
  <kf-progress variant="pie" />,
  // @ts-expect-error the tag's kf-error detail is {code, message}
  <kf-kpi onkf-error={(e) => e.detail.reason} />,
];
