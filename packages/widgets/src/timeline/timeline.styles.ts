import { css, unsafeCSS } from 'lit';
import { BAND, LABEL, LAYOUTS, bandHeight } from './timeline.draw.js';

// The layouts are computed for these sizes (timeline.draw.ts); the labels must be drawn at them.
const px = (n: number) => unsafeCSS(`${n}px`);

/**
 * The horizontal layout `key`, for a timeline whose labels fit at this width (class h-key): a
 * three-row grid — labels above, the axis band, labels below. The list is a subgrid over all
 * three rows; its items share the cell of their side, side by side by their margins, so a row
 * is as tall as its tallest label and nothing overlaps. Each label starts at its leader's end
 * (--p-key, computed for this layout) less the marker's half.
 */
const horizontal = (key: string) =>
  unsafeCSS(`
    .h-${key} {
      display: grid;
      grid-template-columns: 100%;
      /* Five lines reserved on each side, so a short timeline keeps its size from loading to ready. */
      grid-template-rows: minmax(6.5rem, auto) ${bandHeight()}px minmax(6.5rem, auto);
      padding-inline: 8px;
    }
    /* A single event leaves the row below empty: it takes no space. */
    .h-${key}.one {
      grid-template-rows: minmax(6.5rem, auto) ${bandHeight()}px 0;
    }
    .h-${key} .axis {
      display: block;
      grid-row: 2;
      grid-column: 1;
    }
    .h-${key} .events {
      display: grid;
      grid-row: 1 / 4;
      grid-column: 1;
      grid-template-rows: subgrid;
      grid-template-columns: 100%;
    }
    .h-${key} .events::before,
    .h-${key} .today-rule,
    .h-${key} .event .marker {
      display: none;
    }
    .h-${key} .event {
      grid-row: 1;
      grid-column: 1;
      align-self: end;
      justify-self: start;
      inline-size: ${LABEL.width}px;
      margin-inline-start: calc(var(--p-${key}, ${LABEL.marker}px) - ${LABEL.marker}px);
      padding: 0;
    }
    .h-${key} .event.below {
      grid-row: 3;
      align-self: start;
    }
    .h-${key} .body {
      padding: 0;
    }
    .h-${key} .at-${key} {
      display: block;
    }
  `);

/** Later layouts (wider cards) hide the earlier ones' leaders and words. */
const hideOthers = (key: string) =>
  unsafeCSS(
    LAYOUTS.filter((l) => l.key !== key)
      .map((l) => `.h-${key} .at-${l.key} { display: none; }`)
      .join('\n'),
  );

export const timelineStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  :host {
    --_m: ${px(LABEL.marker)};
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
  }

  /* Vertical list (narrow cards): a rail on the start side, a marker per event. The space of a
     short timeline is kept from loading to ready; a longer one grows. */
  .timeline {
    position: relative;
    margin-block-start: 14px;
    min-block-size: 11rem;
  }
  /* The axis band (horizontal layouts only): year segments, the Today tick, markers at its edges. */
  .axis {
    display: none;
    position: relative;
    block-size: ${px(bandHeight())};
    font-size: 0.75rem;
    line-height: ${px(BAND.axis)};
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .band {
    position: absolute;
    inset-inline: 0;
    inset-block-start: ${px(BAND.leader)};
    block-size: ${px(BAND.axis)};
    border-radius: 4px;
    /* An outline (kept in forced colours, unlike a fill) shows the band's extent; it adds no box. */
    outline: 1px solid var(--_muted);
    outline-offset: -1px;
    background: var(--_track);
  }
  .year-line {
    position: absolute;
    inset-block: 0;
    border-inline-start: 1px solid var(--_surface);
  }
  .at {
    display: none;
  }
  .leaders {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .leader {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.5px;
  }
  .leader.future {
    stroke: var(--_future);
    stroke-dasharray: 4 3;
  }
  .years span,
  .today {
    position: absolute;
    inset-block-start: ${px(BAND.leader)};
    white-space: nowrap;
  }
  .years span {
    transform: translateX(-50%);
  }
  /* Today: a tick across the band and the word beside it, never a line through the labels. */
  .now {
    position: absolute;
    inset-block: -1px;
    inline-size: 2px;
    margin-inline-start: -1px;
    background: var(--_text);
    forced-color-adjust: none;
  }
  .today {
    padding-inline: 4px;
    color: var(--_text);
    font-weight: 650;
  }
  .today.end {
    transform: translateX(-100%);
  }
  .dot {
    position: absolute;
    inline-size: ${px(BAND.marker)};
    block-size: ${px(BAND.marker)};
    margin: ${px(-BAND.marker / 2)} 0 0 ${px(-BAND.marker / 2)};
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    /* A ring of the surface keeps two markers that touch apart. */
    box-shadow: 0 0 0 1.5px var(--_surface);
    forced-color-adjust: none;
  }
  .dot.future {
    border-color: var(--_future);
    background: var(--_surface);
  }
  .dot.deadline {
    border-radius: 2px;
    transform: rotate(45deg) scale(0.9);
  }
  .events {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .events::before {
    content: '';
    position: absolute;
    inset-block: 8px 12px;
    inset-inline-start: calc(var(--_m) - 1px);
    border-inline-start: 2px solid var(--_border);
  }
  .event {
    position: relative;
    padding-block-end: 14px;
  }
  .body {
    position: relative;
    padding-inline-start: calc(2 * var(--_m) + 12px);
  }
  .event:last-child {
    padding-block-end: 0;
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    inset-block-start: 3px;
    inline-size: calc(2 * var(--_m));
    block-size: calc(2 * var(--_m));
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    /* Filled and hollow are meaning, so forced colours keep them (the tokens are system colours there). */
    forced-color-adjust: none;
  }
  .future .marker {
    border-color: var(--_future);
    background: var(--_surface);
  }
  .deadline .marker {
    border-radius: 2px;
    transform: rotate(45deg) scale(0.82);
  }
  .when,
  .what,
  .target {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .when {
    font-size: 0.8125rem;
    line-height: 1.5;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  time {
    color: var(--_text);
    font-weight: 600;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.3em;
    padding: 0 0.45em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.6875rem;
    line-height: 1.35;
    white-space: nowrap;
  }
  .future .tag.status {
    color: var(--_future);
    border-style: dashed;
  }
  .tag.kind {
    color: var(--_text);
  }
  .what {
    font-size: 0.875rem;
    line-height: 1.4;
    /* No single character (一个字) or word alone on a label's last line. */
    text-wrap: pretty;
  }
  .target {
    font-size: 0.8125rem;
    font-weight: 600;
  }
  /* Today, between the past and the upcoming events. */
  .today-rule {
    display: flex;
    align-items: center;
    gap: 8px;
    margin-block-end: 12px;
    font-size: 0.75rem;
    font-weight: 600;
    line-height: 1.2;
  }
  .today-rule.after {
    margin-block: 12px 0;
  }
  .today-rule::after {
    content: '';
    flex: 1;
    border-block-start: 2px dashed var(--_text);
  }

  /* Horizontal where the labels fit in one row on each side, from the width of each layout. */
${unsafeCSS(LAYOUTS.map((l) => `@container (min-width: ${l.min}px) { ${horizontal(l.key)} ${hideOthers(l.key)} }`).join('\n'))}
  /* Forced colours: the band is the background outlined (its GrayText fill would put a backplate
     behind every year), its year dividers and the Today tick in the text colours. */
  @media (forced-colors: active) {
    .band {
      background: Canvas;
    }
    .year-line {
      border-color: GrayText;
    }
    .now {
      background: CanvasText;
    }
  }
  .skeleton {
    display: inline-block;
    min-inline-size: 6em;
  }
`;
