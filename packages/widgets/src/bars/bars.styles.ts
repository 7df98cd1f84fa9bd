import { css } from 'lit';

export const barsStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  /* The card is no size container: a container costs every instance a style pass of its own
     inside layout. Only the chart (a small subtree) is one, and the card's wide layout below
     works from percentages instead. */
  :host {
    container-type: normal;
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
  .dir.up {
    color: var(--_positive);
  }
  .dir.down {
    color: var(--_negative);
  }

  /* Columns over periods: [value axis | plot] above [ | period labels]. The top padding is the
     headroom of the value labels (two lines: the value and the word "derived"). The plot's
     boxes are placed in percent of it (bars.draw.ts), so the chart follows the card's width. */
  .chart {
    container-type: inline-size;
    --_plot-h: var(--kf-bars-height, 150px);
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-rows: auto auto;
    column-gap: 8px;
    padding-block-start: 2.5rem;
  }
  /* A chart 400px wide or more (a card of about 434px) gets a taller plot. */
  @container (min-width: 400px) {
    .axis,
    .plot {
      --_plot-h: var(--kf-bars-height, 200px);
    }
  }
  /* The tick labels, top down, one line per tick: the line height is the ticks' spacing and the
     first line is centred on the top tick (--step and --top in percent of the plot height). */
  .axis {
    grid-area: 1 / 1;
    /* No height of its own: the lines hang out of it, so the plot alone sets the row's height. */
    block-size: 0;
    margin-block-start: calc(var(--_plot-h) * (var(--top, 0) - var(--step, 100) / 2) / 100);
    font-size: 0.75rem;
    line-height: calc(var(--_plot-h) * var(--step, 100) / 100);
    color: var(--_muted);
    text-align: end;
    white-space: pre;
    font-variant-numeric: tabular-nums;
  }
  /* Gridlines are the plot's background (set per chart), the baseline its bottom border. Both
     keep their token colours in forced-colors mode, where backgrounds would be dropped. The
     plot's inline padding is the band scale's outer padding; each column is one band. */
  .plot {
    display: flex;
    grid-area: 1 / 2;
    block-size: var(--_plot-h);
    border-block-end: 1px solid var(--_muted);
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  .col {
    display: flex;
    flex: 1 1 0;
    flex-direction: column;
    justify-content: flex-end;
    align-items: center;
    min-inline-size: 0;
  }
  .bar {
    flex: none;
    background: var(--_accent);
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  /* A derived value: hatched and outlined, never solid like a stated one. */
  .bar.derived {
    border: 1.5px solid var(--_accent);
    background: repeating-linear-gradient(-45deg, var(--_accent) 0 2px, var(--_surface) 2px 6px);
  }
  /* Over its bar; a label taller than the room above a full bar rises into the chart's headroom. */
  .value {
    flex: none;
    inline-size: 100%;
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
    display: flex;
    grid-area: 2 / 2;
    min-block-size: calc(1.4em + 6px);
    padding-block-start: 6px;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
    text-align: center;
    overflow-wrap: anywhere;
  }
  .periods span {
    flex: 1 1 0;
    min-inline-size: 0;
  }

  /* Footer: the legend of derived values, then the source. Lines are reserved (three over
     periods: legend and a two-line source; two over categories) so the card keeps its height
     from loading to ready. */
  .foot {
    min-block-size: calc(2 * 1.4em);
    margin-block-start: 12px;
  }
  /* Padding, not margin: placed under floats, a box's top margin is absorbed (border-box, so the
     three reserved lines are the padding more). */
  .periods-mode .foot {
    min-block-size: calc(3 * 1.4em + 12px);
    margin-block-start: 0;
    padding-block-start: 12px;
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
    background: repeating-linear-gradient(-45deg, var(--_accent) 0 1.5px, transparent 1.5px 4.5px);
    forced-color-adjust: none;
  }
  /* Wide cards (from 720px, a content box of 686px): caption and footer on the left, the chart
     beside them, so two bars stay bars, not slabs. Floats sized by percentages do it without a
     container query: (686px - 100%) * 999 is huge below the width (clamped to 100%: stacked)
     and negative above it (clamped to the column's width: side by side). */
  .periods-mode {
    display: flow-root;
    --_left: max(14rem, (100% - 32px) / 3);
  }
  .periods-mode .caption {
    float: left;
    inline-size: clamp(var(--_left), (686px - 100%) * 999, 100%);
  }
  .periods-mode .chart {
    float: right;
    inline-size: clamp(100% - var(--_left) - 32px, (686px - 100%) * 999, 100%);
    /* The gap is the float's margin, so that the footer beside it keeps its distance. */
    margin-inline-start: clamp(0px, (100% - 686px) * 999, 32px);
  }
  /* A formatting context beside the floated chart: under the caption on the left when wide, under the chart when not. */
  .periods-mode .foot {
    display: flow-root;
    clear: left;
    /* Stacked, its whole width: a formatting context fits beside a float whenever its (tiny,
       overflow-wrap: anywhere) minimum does. */
    min-inline-size: clamp(0px, (686px - 100%) * 999, 100%);
  }
  .skeleton {
    display: inline-block;
    min-inline-size: 6em;
  }
  .skeleton.short {
    min-inline-size: 2em;
  }
`;
