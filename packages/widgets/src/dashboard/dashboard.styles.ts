import { css } from 'lit';

export const dashboardStyles = css`
  .dashboard {
    padding: calc(var(--_gap) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.4;
  }
  .title {
    margin: 0;
    font-size: 1.375rem;
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
    text-wrap: balance;
  }
  .source {
    margin: 0.375rem 0 0;
    font-size: 0.8125rem;
    color: var(--_muted);
    overflow-wrap: anywhere;
  }
  .theme {
    margin-block-start: calc(var(--_gap) * 1.25);
    padding-block-start: var(--_gap);
    border-block-start: 1px solid var(--_border);
  }
  .theme-heading {
    margin: 0 0 0.75rem;
    font-size: 1.0625rem;
    font-weight: 650;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  /* Cards at least 260 px wide (a KPI's label, value and change fit), as many as the width holds. */
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
    gap: var(--_gap);
    align-items: start;
  }
  /* A card whose element is not defined on this page shows its sentence in a plain box. */
  .card-slot:not(:defined) {
    display: block;
    padding: var(--_gap);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.9375rem;
    overflow-wrap: anywhere;
  }
  /* A theme without figures takes one line: its name and the note, side by side where they fit. */
  .theme.empty {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.125rem 0.75rem;
    margin-block-start: var(--_gap);
    padding-block-start: calc(var(--_gap) * 0.75);
  }
  .theme.empty .theme-heading {
    margin: 0;
  }
  .note {
    margin: 0;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  /* The header cites the source once: the cards' own source lines would repeat it under every figure. */
  kf-kpi::part(source),
  kf-progress::part(source),
  kf-waffle::part(source),
  kf-bars::part(source) {
    display: none;
  }
  /* The section heading names the timeline ("Events and deadlines"): its own caption says it
     again, so it stays for screen readers only; its subtitle (the dataset's title) repeats the
     panel's title and goes. */
  kf-timeline::part(subtitle) {
    display: none;
  }
  kf-timeline::part(label) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .placeholder {
    block-size: 10rem;
  }
  /* While loading, the panel keeps roughly a screenful so the page below does not jump far. */
  [part='loading'] .dashboard {
    min-block-size: 28rem;
  }
  .skeleton.title {
    inline-size: 60%;
  }
  .skeleton.source,
  .skeleton.theme-heading {
    inline-size: 35%;
  }
  @container (max-width: 420px) {
    .dashboard {
      padding: calc(var(--_gap) * 0.75);
    }
    .title {
      font-size: 1.1875rem;
    }
    .theme-heading {
      font-size: 1rem;
    }
  }
  @media print {
    .dashboard {
      padding: 0;
      border: 0;
    }
    .theme-heading {
      break-after: avoid;
    }
    .card-slot,
    kf-timeline {
      break-inside: avoid;
    }
    .grid {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
`;
