import { css } from 'lit';

/** kf-kpi: label, big value with smaller unit words, badge row, trend, source. */
export const kpiStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  /* The card is no size container (a container costs every instance a style pass of its own
     inside layout): the value's line is one, for its size; the rest works from percentages. */
  :host {
    container-type: normal;
  }
  p {
    margin: 0;
  }
  /* Figure, then the change and period, then the trend; from a 382px body (a 416px card) the
     trend sits beside the change, under the figure. (382px - 100%) * 999 is huge below that
     width (clamped to 100%: a line of its own) and negative above it (clamped to the minimum). */
  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    column-gap: 1.25rem;
  }
  .figure {
    flex: 1 0 100%;
    margin-block-start: 0.375rem;
    line-height: 1.15;
    overflow-wrap: anywhere;
    container-type: inline-size;
  }
  /* 2rem at a 280px card to 2.625rem from about 900px: the line is the card less 34px, hence 1.385rem. */
  .value {
    font-size: clamp(2rem, 1.385rem + 4cqi, 2.625rem);
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
    flex: 1 1 0;
    min-inline-size: clamp(0px, (382px - 100%) * 999, 100%);
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
    flex: 0 0 clamp(max(10rem, 42%), (382px - 100%) * 999, 100%);
    max-inline-size: 15rem;
    margin-block-start: clamp(0.5rem, (382px - 100%) * 999, 0.75rem);
  }
  /* The mini bars: a 5 : 1 strip (kpi.draw.ts's 240 × 48) whose bars are boxes in percent of it. */
  .bars {
    display: flex;
    justify-content: space-around;
    align-items: flex-end;
    inline-size: 100%;
    aspect-ratio: 240 / 48;
  }
  .bars.skeleton {
    border-radius: 4px;
  }
  .bars.drawn {
    border-block-end: 1px solid var(--_muted);
  }
  .bar {
    flex: none;
    background: var(--_accent);
    forced-color-adjust: none;
    print-color-adjust: exact;
  }
  /* Derived: hatched and outlined, never solid like a stated value. */
  .bar.derived {
    border: 1.5px solid var(--_accent);
    background: repeating-linear-gradient(-45deg, var(--_accent) 0 1.5px, var(--_surface) 1.5px 4px);
  }
  /* The labels under the bars: a table of equal columns, one per bar, periods (the column heads) under the values. */
  .ticks {
    inline-size: 100%;
    margin-block-start: 0.25rem;
    border-collapse: collapse;
    table-layout: fixed;
    font-size: 0.75rem;
    line-height: 1.3;
    text-align: center;
  }
  .ticks thead {
    display: table-footer-group;
  }
  .ticks th,
  .ticks td {
    padding: 0;
    overflow-wrap: anywhere;
  }
  .tick-value {
    font-variant-numeric: tabular-nums;
    /* "约268（推算值）" breaks before the bracket, not inside the word. */
    word-break: keep-all;
  }
  .tick-period {
    font-weight: inherit;
    color: var(--_muted);
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
  /* The disclosure: a button that shows and hides the quote (a details element costs a shadow
     tree of its own in every card). The triangle is decoration, outside the accessible name. */
  .quote button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .quote button::before {
    content: '▶\\FE0E' / '';
    margin-inline-end: 0.4em;
    font-size: 0.75em;
  }
  .quote button[aria-expanded='true']::before {
    content: '▼\\FE0E' / '';
  }
  /* Forced colours: it stays recognisably interactive, as a details summary was. */
  @media (forced-colors: active) {
    .quote button {
      color: LinkText;
    }
  }
  .quote button:focus-visible {
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
  @media print {
    .quote button {
      display: none;
    }
    .quote blockquote[hidden] {
      display: block !important;
    }
  }
`;
