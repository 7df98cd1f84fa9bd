import { css } from 'lit';

export const barsStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  :host {
    --_plot-h: var(--kf-bars-height, 150px);
  }
  @container (min-width: 480px) {
    .card {
      --_plot-h: var(--kf-bars-height, 200px);
    }
  }
  figure {
    margin: 0;
  }
  .caption p {
    margin: 0;
  }
  .caption .label {
    margin-block-end: 0.125em;
  }
  .sub {
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .sub .when::before {
    content: '· ';
  }
  .dir.up {
    color: var(--_positive);
  }
  .dir.down {
    color: var(--_negative);
  }

  /* Columns over periods: [value axis | plot] above [ | period labels]. The top padding is the
     headroom of the value labels (two lines: the value and the word "derived"). */
  .chart {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: var(--_plot-h) auto;
    column-gap: 8px;
    padding-block-start: 2.5rem;
  }
  .axis {
    position: relative;
    grid-area: 1 / 1;
    font-size: 0.75rem;
    line-height: 1;
    color: var(--_muted);
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sizer {
    visibility: hidden;
    block-size: 0;
    overflow: hidden;
  }
  .sizer span {
    display: block;
    white-space: nowrap;
  }
  .tick {
    position: absolute;
    inset-inline-end: 0;
    transform: translateY(-50%);
    white-space: nowrap;
  }
  .frame {
    position: relative;
    grid-area: 1 / 2;
  }
  .plot {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .baseline {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .bar:not(.derived) {
    fill: var(--_accent);
  }
  /* A derived value: hatched and outlined, never solid like a stated one (the fill is the pattern). */
  .bar.derived {
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .hatch {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .hatch-bg {
    fill: var(--_surface);
  }
  .value {
    position: absolute;
    padding-block-end: 4px;
    text-align: center;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .value small {
    display: block;
    font-size: 0.75rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .periods {
    display: grid;
    grid-area: 2 / 2;
    min-block-size: calc(1.4em + 6px);
    padding-block-start: 6px;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
    text-align: center;
    overflow-wrap: anywhere;
  }

  /* Rows over categories: the label, then the bar with its value; from 560px wide,
     label | bar | value on one line. The rows share their parent's columns (subgrid), so the
     values line up and the scale under the bars matches them. */
  .rows {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    column-gap: 10px;
    row-gap: 12px;
    margin-block-start: 12px;
  }
  .row {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
    align-items: center;
  }
  .row .name {
    grid-column: 1 / -1;
  }
  .row .track {
    grid-area: 2 / 1;
  }
  .row .num {
    grid-area: 2 / 2;
  }
  .scale {
    grid-column: 1;
  }
  @container (min-width: 560px) {
    .rows {
      grid-template-columns: fit-content(40%) minmax(0, 1fr) auto;
      row-gap: 10px;
    }
    .row {
      align-items: center;
    }
    .row .name {
      grid-column: 1;
    }
    .row .track {
      grid-area: 1 / 2;
      margin: 0;
    }
    .row .num {
      grid-area: 1 / 3;
    }
    .scale {
      grid-column: 2;
    }
  }
  .name {
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .name .when {
    font-size: 0.75rem;
    color: var(--_muted);
    white-space: nowrap;
  }
  .num {
    font-size: 0.9375rem;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
  }
  .track {
    display: block;
    block-size: 14px;
  }
  .track svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .scale {
    position: relative;
    margin-block-start: -4px;
    block-size: 1.2em;
    font-size: 0.75rem;
    line-height: 1.2;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .scale span {
    position: absolute;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .scale span:first-child {
    transform: none;
  }
  .scale span:last-child {
    transform: translateX(-100%);
  }
  /* Narrow cards: every other scale label, so 300 and 400 do not run together. */
  @container (max-width: 399px) {
    .scale span:nth-child(even) {
      visibility: hidden;
    }
  }

  /* Footer: the legend of derived values, then the source. Lines are reserved (three over
     periods: legend and a two-line source; two over categories) so the card keeps its height
     from loading to ready. */
  .foot {
    min-block-size: calc(2 * 1.4em);
    margin-block-start: 12px;
  }
  .periods-mode .foot {
    min-block-size: calc(3 * 1.4em);
  }
  .legend,
  .source {
    display: block;
  }
  /* A formula breaks as a whole ("= 387 / (1 + 44.4 / 100)" to the next line), inside only when longer than a line. */
  .formula {
    display: inline-block;
    max-inline-size: 100%;
  }
  .swatch {
    display: inline-block;
    inline-size: 1.1em;
    block-size: 0.8em;
    margin-inline-end: 0.25em;
    vertical-align: -0.05em;
    border: 1.5px solid var(--_accent);
    background: repeating-linear-gradient(45deg, var(--_accent) 0 1.5px, transparent 1.5px 4.5px);
    forced-color-adjust: none;
  }
  /* Wide cards: caption and footer beside the chart, so two bars stay bars, not slabs. */
  @container (min-width: 720px) {
    .periods-mode {
      display: grid;
      grid-template-columns: minmax(14rem, 1fr) minmax(0, 2fr);
      grid-template-rows: auto 1fr;
      grid-template-areas: 'caption chart' 'foot chart';
      column-gap: 32px;
    }
    .periods-mode .caption {
      grid-area: caption;
    }
    .periods-mode .chart {
      grid-area: chart;
    }
    .periods-mode .foot {
      grid-area: foot;
      align-self: end;
    }
  }
  .skeleton {
    display: inline-block;
    min-inline-size: 6em;
  }
  .skeleton.short {
    min-inline-size: 2em;
  }
`;
