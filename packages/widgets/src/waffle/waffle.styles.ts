import { css } from 'lit';

/** kf-waffle: summary, a grid box of fixed aspect ratio, legend beside it on wide cards and under it on narrow ones. */
export const waffleStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  figure {
    margin: 0;
  }
  /* The summary: the figure at display size, the words around it at text size, on one baseline. */
  .value {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    line-height: 1.4;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .nw {
    white-space: nowrap;
  }
  .value strong {
    font-size: 2rem;
    font-weight: 650;
    line-height: 1.15;
    letter-spacing: -0.01em;
  }
  .value strong.long {
    font-size: 1.375rem;
  }
  .value.skeleton {
    font-size: 2rem;
    line-height: 1.15;
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    margin-block-start: 0.75rem;
  }
  /* Fixed 5:4 box (the 25 × 20 grid of 500): the same box while loading and once drawn. */
  .grid-box {
    inline-size: 100%;
    max-inline-size: 24rem;
    aspect-ratio: 5 / 4;
  }
  .grid-box svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .filled {
    fill: var(--_accent);
  }
  .empty {
    fill: var(--_track);
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  text {
    font: 600 4.5px var(--_font);
    text-anchor: middle;
    dominant-baseline: central;
    font-variant-numeric: tabular-nums;
  }
  .on-filled {
    fill: var(--_accent-text);
  }
  .on-empty {
    fill: var(--_text);
  }
  .side {
    min-inline-size: 0;
  }
  .legend,
  .items {
    margin: 0;
    padding: 0;
    font-size: 0.875rem;
    line-height: 1.4;
  }
  .legend {
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    overflow-wrap: anywhere;
  }
  .legend li + li {
    margin-block-start: 0.25rem;
  }
  .swatch {
    flex: none;
    inline-size: 0.75rem;
    block-size: 0.75rem;
    /* Centred on the first line of a legend entry that wraps: (line-height − swatch) / 2. */
    margin-block-start: calc((1.4em - 0.75rem) / 2);
  }
  .per-cell {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .items {
    margin-block-start: 0.5rem;
    padding-inline-start: 1.5em;
    font-variant-numeric: tabular-nums;
  }
  .items li::marker {
    color: var(--_muted);
  }
  .grid-box.skeleton {
    background: var(--_track);
  }
  .legend .skeleton {
    display: inline-block;
    inline-size: 70%;
  }
  .skeleton.label {
    inline-size: 60%;
  }
  .value.skeleton {
    inline-size: 80%;
  }
  /* Two lines reserved for the source, so cards in a grid line up and loading does not shift. */
  .source {
    min-block-size: calc(2 * 1.4em);
  }
  .period + .source {
    margin-block-start: 0.125em;
  }
  .meta.skeleton {
    inline-size: 90%;
  }
  /* Forced colours: Highlight and GrayText can be alike in a high-contrast theme, so filled cells
     are solid text colour and empty ones the background outlined in the text colour — told apart
     by fill alone, in any theme. The legend's swatches follow (same classes). */
  @media (forced-colors: active) {
    .filled {
      fill: CanvasText;
    }
    .empty {
      fill: Canvas;
      stroke: CanvasText;
    }
    .on-filled {
      fill: Canvas;
    }
    .on-empty {
      fill: CanvasText;
    }
  }
  @container (min-width: 34rem) {
    .body {
      flex-direction: row;
      align-items: center;
      gap: 1.25rem;
    }
    .grid-box {
      flex: 0 0 min(22rem, 55%);
    }
    .side {
      flex: 1;
    }
  }
`;
