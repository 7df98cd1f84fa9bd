import { css } from 'lit';

// Dark defaults, used twice: for theme="dark", and for theme="auto" (or none) when the reader's
// system prefers dark. A portal's own --kf-* values win over both.
const dark = css`
  --_text: var(--kf-text, #e8eaed);
  --_muted: var(--kf-muted, #aab3bd);
  --_surface: var(--kf-surface, #15191e);
  --_border: var(--kf-border, #3b424b);
  --_accent: var(--kf-accent, #7fb0ff);
  --_accent-text: var(--kf-accent-text, #0b1a33);
  --_track: var(--kf-track, #2e353e);
  --_positive: var(--kf-positive, #6fd08f);
  --_negative: var(--kf-negative, #ff8f86);
  --_future: var(--kf-future, #c9a2ff);
  color-scheme: dark;
`;

/**
 * Design tokens shared by every element. Colours meet WCAG 2.2 AA on their surface in both themes:
 * text and muted ≥ 4.5:1, accent ≥ 3:1 against both surface and track (graphics); the track is
 * a light field whose extent charts outline in --_muted. Forced-colors mode maps them to system
 * colours; print drops the surface.
 */
export const tokens = css`
  :host {
    --_font: var(--kf-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', sans-serif);
    --_text: var(--kf-text, #1b1f24);
    --_muted: var(--kf-muted, #545e69);
    --_surface: var(--kf-surface, #ffffff);
    --_border: var(--kf-border, #d3d9e0);
    --_accent: var(--kf-accent, #0b5cd5);
    --_accent-text: var(--kf-accent-text, #ffffff);
    --_track: var(--kf-track, #e4e8ee);
    --_positive: var(--kf-positive, #18753c);
    --_negative: var(--kf-negative, #b42318);
    --_future: var(--kf-future, #6b3fb8);
    --_radius: var(--kf-radius, 10px);
    --_gap: var(--kf-gap, 16px);
    color-scheme: light;
    box-sizing: border-box;
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  @media (forced-colors: active) {
    /* :host([theme]) matches the specificity of the theme rules above, so system colours win in every theme. */
    :host,
    :host([theme]) {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: Highlight;
      --_accent-text: HighlightText;
      --_track: GrayText;
      --_positive: CanvasText;
      --_negative: CanvasText;
      --_future: LinkText;
    }
  }
  @media print {
    :host {
      --_surface: transparent;
      --_text: #000;
      --_muted: #333;
    }
  }
  /* Not inherit: a page's * { box-sizing: content-box !important } reaches the host and would be inherited. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  /* The loading wrapper adds no box: the placeholder inside it has the ready element's size. */
  .loading {
    display: contents;
  }
  /* At the start edge, not at its static inline position: a page's text-align on the host would move that off the card, widening the page. */
  .sr-only {
    position: absolute !important;
    inset-inline-start: 0;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .error {
    display: block;
    margin: 0;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_negative);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_surface);
    font: 0.875rem/1.4 var(--_font);
    overflow-wrap: anywhere;
  }
  .error strong {
    color: var(--_negative);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: kf-pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes kf-pulse {
    50% {
      opacity: 0.55;
    }
  }
  /* A live figure that changed: the new value fades in from a highlight (once, a second and a half). */
  @media (prefers-reduced-motion: no-preference) {
    :host(:state(kf-updated)) [part~='value'] {
      animation: kf-updated 1.2s ease-out;
    }
  }
  @keyframes kf-updated {
    from {
      opacity: 0.2;
      background: color-mix(in srgb, var(--_accent) 30%, transparent);
    }
  }
  /* Live data that could not be updated: words and a glyph, not colour alone. */
  .stale {
    margin: 0.25rem 0 0;
    color: var(--_text);
    font: 0.8125rem/1.4 var(--_font);
  }
  .skeleton {
    color: transparent !important;
    background: var(--_border);
    border-radius: 4px;
  }
`;
