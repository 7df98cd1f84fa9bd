import { css } from 'lit';

/** kf-progress: big figure, a bar (or ring) outlined so its whole extent is visible, time bar for targets. */
export const progressStyles = css`
  /* A label of two or three lines wraps into even lines, so no word (or Chinese character) is left alone. */
  .label {
    text-wrap: balance;
  }
  figure {
    margin: 0;
  }
  /* The figure: the number at display size; the words around it at text size on its baseline
     (a unit right after it, 家 or 亿元, hugs it), wrapping at text line height. */
  .value {
    margin: 0.375rem 0 0;
    font-size: 1rem;
    font-weight: 500;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .nw {
    white-space: nowrap;
  }
  .number {
    font-size: 2.25rem;
    font-weight: 650;
    line-height: 1.1;
    letter-spacing: -0.01em;
    font-variant-numeric: tabular-nums;
  }
  .value.long .number {
    font-size: 1.375rem;
    line-height: 1.25;
  }
  .kicker {
    margin: 0.5rem 0 0;
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  .detail {
    margin: 0.25rem 0 0;
    font-size: 0.9375rem;
    line-height: 1.4;
    overflow-wrap: anywhere;
  }
  /* Two lines reserved for the source, so cards in a grid line up and loading does not shift. */
  .source {
    min-block-size: calc(2 * 1.4em);
  }
  .period + .source {
    margin-block-start: 0.125em;
  }
  svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  .track {
    fill: var(--_track);
    stroke: var(--_muted);
    stroke-width: 1px;
  }
  .fill {
    fill: var(--_accent);
  }
  .bar-box {
    margin-block-start: 0.875rem;
    block-size: 1rem;
  }
  .scale {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    margin-block-start: 0.25rem;
    font-size: 0.8125rem;
    line-height: 1.4;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .scale span:last-child {
    text-align: end;
  }

  /* Ring: the figure in the ring's hole, the words beside it. */
  .ring-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    margin-block-start: 0.75rem;
  }
  .ring-box {
    position: relative;
    flex: none;
    inline-size: 7.5rem;
    aspect-ratio: 1;
  }
  .ring-box svg {
    position: absolute;
    inset: 0;
  }
  .ring-box .value {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    padding: 1rem;
    font-size: 0.75rem;
    text-align: center;
  }
  .ring-box .number {
    font-size: 1.3rem;
  }
  .ring-box .value.long .number {
    font-size: 0.9375rem;
  }
  .ring-box .value.skeleton {
    inset: 1.5rem;
    padding: 0;
    border-radius: 50%;
  }
  .ring-row .detail {
    flex: 1 1 9rem;
    min-inline-size: 0;
    margin: 0;
  }
  @container (min-width: 30rem) {
    .ring-box {
      inline-size: 9rem;
    }
    .ring-box .number {
      font-size: 1.6rem;
    }
  }

  /* Time toward a deadline: labelled as time, with a today marker; not a progress fill. */
  .time {
    margin-block-start: 0.875rem;
  }
  .time-head {
    margin: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .today-row {
    position: relative;
    block-size: 1.25rem;
    margin-block-start: 0.25rem;
  }
  .today {
    position: absolute;
    inset-block-end: 0;
    font-size: 0.8125rem;
    font-weight: 600;
    line-height: 1.4;
    white-space: nowrap;
  }
  .time-box {
    block-size: 1.5rem;
  }
  .elapsed {
    fill: var(--_muted);
    fill-opacity: 0.45;
  }
  .marker {
    stroke: var(--_text);
    stroke-width: 2px;
  }
  .note {
    margin: 0.625rem 0 0;
    font-size: 0.8125rem;
    font-style: italic;
    color: var(--_muted);
  }

  /* Placeholders while loading: blocks the size of the text they stand for. */
  .skeleton.label {
    inline-size: 60%;
  }
  .value.skeleton {
    inline-size: fit-content;
  }
  .detail.skeleton {
    inline-size: 80%;
  }
  .meta.skeleton {
    inline-size: 90%;
  }

  @media (forced-colors: active) {
    .elapsed {
      fill-opacity: 1;
      fill: CanvasText;
    }
  }
`;
