import { css } from 'lit';

/**
 * kf-figure sits inside a sentence: no card, no box, the host's font, size, colour and line
 * height, so the line box it is in keeps its height. Only the popover has its own look.
 */
export const figureStyles = css`
  :host {
    display: inline;
    font: inherit;
    color: inherit;
  }
  /*
   * The base element wraps the loading state in a div; inline keeps the paragraph whole.
   * line-height 0 on these inline boxes: a glyph from a fallback font (Chinese in a Latin serif,
   * the error's warning sign) has taller metrics and would otherwise grow the line box; with a
   * zero line height only the paragraph's own strut sets the line, and the glyphs paint as usual.
   */
  div[part='loading'],
  .figure,
  .error {
    display: inline;
    line-height: 0;
  }
  .value {
    font: inherit;
    color: inherit;
    /* A dataset's noun may be one long word; it breaks rather than run out of the sentence's column. */
    overflow-wrap: anywhere;
    cursor: help;
    border-radius: 2px;
    text-decoration-line: underline;
    text-decoration-style: dotted;
    text-decoration-thickness: max(1px, 0.07em);
    text-underline-offset: 0.2em;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .value:hover,
  .value.open {
    text-decoration-style: solid;
  }
  .value:focus {
    outline: none;
  }
  .value:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .skeleton {
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }

  /* The popover: fixed (in the top layer where the Popover API exists), so it never moves text. */
  .tip {
    display: none;
    position: fixed;
    inset: auto;
    z-index: 2147483647;
    margin: 0;
    box-sizing: border-box;
    inline-size: max-content;
    max-inline-size: min(22rem, calc(100vw - 16px));
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 8px;
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.14);
    font: 400 0.8125rem/1.45 var(--_font);
    font-style: normal;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
    overflow: visible;
  }
  .tip.open {
    display: block;
  }
  .tip > span {
    display: block;
  }
  .tip-label {
    font-weight: 600;
  }
  .tip-period {
    color: var(--_muted);
  }
  .tip-quote {
    margin-block: 0.35em;
    padding-inline-start: 0.6em;
    border-inline-start: 3px solid var(--_border);
    font-style: italic;
  }
  .tip-quote:lang(zh) {
    font-style: normal;
  }
  .tip-source {
    color: var(--_muted);
  }
  .tip-stale {
    font-weight: 600;
  }
  /* The stale mark: a glyph raised after the figure, so it shifts the line as little as a footnote mark. */
  .stale-mark {
    font-size: 0.7em;
    line-height: 0;
    margin-inline-start: 0.1em;
  }

  /* An inline error: readable in the sentence, marked by a glyph and a wavy line, not by colour alone. */
  .error {
    display: inline;
    padding: 0;
    border: 0;
    border-radius: 0;
    background: none;
    color: inherit;
    font-family: inherit;
    font-size: inherit;
    text-decoration: underline wavy var(--_negative);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.25em;
  }
  .error strong {
    color: inherit;
    font-weight: 600;
  }
  .error::before {
    content: '\\26A0\\FE0E\\00A0' / '';
  }

  @media print {
    .tip {
      display: none !important;
    }
    .value {
      text-decoration: none;
    }
  }
  @media (forced-colors: active) {
    .tip {
      border-color: CanvasText;
    }
  }
`;
