import { css } from 'lit';

/** kf-kpi: label, big value with smaller unit words, badge row, trend, source. */
export const kpiStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  .card {
    display: flex;
    flex-direction: column;
  }
  p {
    margin: 0;
  }
  .body {
    display: grid;
    grid-template-areas: 'figure' 'meta' 'trend';
    gap: 0 1.25rem;
  }
  .figure {
    grid-area: figure;
    margin-block-start: 0.375rem;
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  .value {
    font-size: clamp(2rem, 1.3rem + 4cqi, 2.625rem);
    font-weight: 650;
    font-variant-numeric: tabular-nums lining-nums;
    letter-spacing: -0.015em;
  }
  .unit {
    font-size: 1rem;
    font-weight: 500;
  }
  /* A unit right after the number (家, 亿元, %) hugs it; words before it (more than, 超过) sit on its baseline. */
  .meta-row {
    grid-area: meta;
    align-self: start;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin-block-start: 0.5rem;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
  }
  .change {
    font-weight: 600;
    white-space: nowrap;
  }
  .change.up {
    color: var(--_positive);
  }
  .change.down {
    color: var(--_negative);
  }
  .glyph {
    font-size: 0.85em;
  }
  .tag {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_accent);
    font-weight: 600;
  }
  .trend {
    grid-area: trend;
    margin-block-start: 0.75rem;
    inline-size: 100%;
    max-inline-size: 15rem;
  }
  .bars {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 240 / 48;
    overflow: visible;
  }
  div.bars {
    border-radius: 4px;
  }
  .bar {
    fill: var(--_accent);
  }
  .bar.derived {
    fill: url(#hatch);
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .hatch line {
    stroke: var(--_accent);
    stroke-width: 1.5;
  }
  .baseline {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .ticks {
    display: grid;
    grid-template-columns: repeat(var(--n, 2), minmax(0, 1fr));
    margin-block-start: 0.25rem;
    font-size: 0.75rem;
    line-height: 1.3;
    text-align: center;
  }
  .tick > span {
    display: block;
    overflow-wrap: anywhere;
  }
  .tick-value {
    font-variant-numeric: tabular-nums;
    /* "约268（推算值）" breaks before the bracket, not inside the word. */
    word-break: keep-all;
  }
  .tick-period {
    color: var(--_muted);
  }
  /* A table is never narrower than its content, so .sr-only alone would let it overflow the card. */
  .table-clip {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .source {
    margin-block-start: 0.875rem;
    padding-block-start: 0.625rem;
    border-block-start: 1px solid var(--_border);
    font-size: 0.75rem;
    line-height: 1.45;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .quote {
    margin-block-start: 0.25rem;
    font-size: 0.75rem;
    line-height: 1.45;
    color: var(--_muted);
  }
  .quote summary {
    inline-size: fit-content;
    cursor: pointer;
  }
  .quote summary:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  blockquote {
    margin: 0.375rem 0 0;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_text);
    font-size: 0.8125rem;
    font-style: italic;
    overflow-wrap: anywhere;
  }
  /* From 420 px on, the trend sits beside the change and period, under the value. */
  @container (min-width: 26rem) {
    .with-trend .body {
      grid-template-columns: minmax(0, 1fr) minmax(10rem, 42%);
      grid-template-areas: 'figure figure' 'meta trend';
    }
    .with-trend .trend {
      justify-self: end;
      margin-block-start: 0.5rem;
    }
  }
  @media print {
    .quote summary {
      display: none;
    }
    .quote::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
