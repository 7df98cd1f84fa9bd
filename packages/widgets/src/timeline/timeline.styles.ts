import { css, unsafeCSS } from 'lit';
import { LANES } from './timeline.draw.js';

// The lanes are computed for these sizes (timeline.draw.ts); the labels must be drawn at them.
const labelWidth = unsafeCSS(`${LANES.medium.label}px`);
const markerHalf = unsafeCSS(`${LANES.medium.marker}px`);

/**
 * The horizontal layout for a scope class (the timeline whose lanes fit at this width), its lane
 * custom property and its anchor attribute: the axis on top, the labels in lanes under it. The
 * list is a one-column grid whose rows are the lanes; the labels of a lane share its cell, side by
 * side by their margins, so a lane is as tall as its tallest label and nothing overlaps.
 */
const horizontal = (scope: string, lane: string, anchor: string) =>
  unsafeCSS(`
    ${scope} {
      min-block-size: 15rem;
      padding-block-start: 18px;
      padding-inline: 8px;
    }
    ${scope} .axis {
      display: block;
      position: absolute;
      inset: 0 8px;
      font-size: 0.75rem;
      line-height: 16px;
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    ${scope} .events {
      display: grid;
      grid-template-columns: 100%;
      row-gap: 14px;
      align-items: start;
      margin-inline: -8px;
      padding: 34px 8px 2px;
      /* Clips the leaders at the axis line. */
      overflow: hidden;
      isolation: isolate;
    }
    ${scope} .events::before,
    ${scope} .today-rule {
      display: none;
    }
    ${scope} .event {
      grid-column: 1;
      grid-row: var(${lane});
      justify-self: start;
      inline-size: var(--_w);
      padding: 0;
      background: var(--_surface);
    }
    /* The leader from the marker up to the axis, behind every label it passes (z-index -1 in
       the list's isolated stacking context paints under all the labels' backgrounds). */
    ${scope} .event::after {
      content: '';
      position: absolute;
      z-index: -1;
      inset-block-end: calc(100% - 10px);
      block-size: 100vh;
      border-inline-start: 2px solid var(--_accent);
    }
    ${scope} .event.future::after {
      border-inline-start: 2px dashed var(--_future);
    }
    ${scope} .event[${anchor}='start'] {
      margin-inline-start: calc(var(--x) - var(--_m));
      text-align: start;
    }
    ${scope} .event[${anchor}='start'] .body {
      padding-inline: calc(2 * var(--_m) + 6px) 0;
    }
    ${scope} .event[${anchor}='start'] .marker {
      inset-inline: 0 auto;
    }
    ${scope} .event[${anchor}='start']::after {
      inset-inline: calc(var(--_m) - 1px) auto;
    }
    ${scope} .event[${anchor}='end'] {
      margin-inline-start: calc(var(--x) + var(--_m) - var(--_w));
      text-align: end;
    }
    ${scope} .event[${anchor}='end'] .body {
      padding-inline: 0 calc(2 * var(--_m) + 6px);
    }
    ${scope} .event[${anchor}='end'] .marker {
      inset-inline: auto 0;
    }
    ${scope} .event[${anchor}='end']::after {
      inset-inline: auto calc(var(--_m) - 1px);
    }
  `);

export const timelineStyles = css`
  :host {
    --_w: ${labelWidth};
    --_m: ${markerHalf};
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
  .axis {
    display: none;
  }
  .years span {
    position: absolute;
    inset-block-start: 0;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .years .from-start,
  .today.from-start {
    transform: none;
  }
  .years .from-end,
  .today.from-end {
    transform: translateX(-100%);
  }
  .guides {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .year {
    stroke: var(--_muted);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .baseline {
    stroke: var(--_muted);
    stroke-width: 2;
  }
  .now {
    stroke: var(--_text);
    stroke-width: 2;
    stroke-dasharray: 5 4;
  }
  .today {
    position: absolute;
    z-index: 1;
    inset-block-start: 24px;
    transform: translateX(-50%);
    padding: 0 0.5em;
    border: 1px solid var(--_text);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-weight: 600;
    white-space: nowrap;
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

  /* Horizontal from 560px (and again, with the wide lanes, from 900px) where the lanes fit. */
  @container (min-width: 560px) {
    ${horizontal('.h-m', '--lane-m', 'data-m')}
  }
  @container (min-width: 900px) {
    ${horizontal('.h-w', '--lane-w', 'data-w')}
  }
  .skeleton {
    display: inline-block;
    min-inline-size: 6em;
  }
`;
