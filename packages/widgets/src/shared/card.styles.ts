import { css } from 'lit';

// A module of its own, not beside `tokens`: Lit's css`` is a call the bundler must keep, so in the
// same module kf-figure (which never uses the card) would carry it in dist/elements/kf-figure.js.
/** Card chrome for the block elements (kpi, progress, waffle, bars, timeline, dashboard). */
export const card = css`
  /*
   * A page's CSS reaches a shadow tree only through what the host inherits, and * {…!important}
   * on the page beats any :host rule. So the inherited text properties are set again on the
   * shadow root's own top-level elements, which no page selector can match. (kf-figure does not
   * use this: it takes the sentence's typography by design.) First, so that element rules win.
   */
  :host > * {
    font-family: var(--_font);
    font-style: normal;
    font-weight: 400;
    font-variant: normal;
    font-stretch: normal;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    hyphens: manual;
    color: var(--_text);
    visibility: visible;
    cursor: auto;
  }
  :host {
    display: block;
    container-type: inline-size;
    font-family: var(--_font);
    color: var(--_text);
    /* Inherited text styles of the host page stop here (a portal's uppercase, italic, tracking or
       right alignment would otherwise reach every label): a card sets its own type. kf-figure,
       which takes the article's typography on purpose, does not use this sheet. */
    font-style: normal;
    font-weight: normal;
    font-variant: normal;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    line-height: normal;
  }
  .card {
    position: relative;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
  }
  .label {
    margin: 0 0 0.25em;
    font-size: 0.9375rem;
    font-weight: 600;
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .meta {
    margin: 0.5em 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  @media print {
    .card {
      break-inside: avoid;
    }
  }
`;
