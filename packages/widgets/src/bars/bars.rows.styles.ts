import { css } from 'lit';

/** kf-bars over categories (the `indicators` attribute): one row per indicator. */
export const barsRowsStyles = css`
  /* Rows over categories: the label, then the bar with its value; from 560px wide,
     label | bar | value on one line. The rows share their parent's columns (subgrid), so the
     values line up and the scale under the bars matches them. */
  /* Over categories the figure is the size container (the host is none); its content box is the
     host's width less 34px of padding and border, hence 526px and 365px below. */
  .cats {
    container-type: inline-size;
  }
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
  @container (min-width: 526px) {
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
  .track .grid {
    stroke: var(--_border);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .track .baseline {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .track .bar {
    fill: var(--_accent);
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
  @container (max-width: 365px) {
    .scale span:nth-child(even) {
      visibility: hidden;
    }
  }
`;
