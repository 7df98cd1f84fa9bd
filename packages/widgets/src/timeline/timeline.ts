import type { LocaleGrammar } from '@keyfigures/sdk';
import { formatPeriod, localize } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/tokens.styles.js';
import { timelineItems } from './timeline.data.js';
import type { TimelineItem } from './timeline.data.js';
import type { Placement } from './timeline.draw.js';
import { LANES, lanes, timePositions, yearSpan, yearTicks } from './timeline.draw.js';
import { timelineStyles } from './timeline.styles.js';
import { wordsFor } from '../locales/words.js';

/** Most year labels on the axis: a 4-digit year (2016年 in Chinese) needs about 70px at 510px. */
const MAX_YEAR_LABELS = 7;

/** A label centred on its tick, except near the ends of the axis, where it runs inward. */
const edge = (at: number): string => (at < 5 ? 'from-start' : at > 95 ? 'from-end' : '');

/**
 * Most lanes of labels the horizontal layout may take; a timeline that needs more at a width
 * (many events close in time) stays a vertical list there, which then reads better.
 */
const MAX_LANES = 5;

/**
 * The dataset's dated events and target deadlines (2016 … 2027): every event, or with
 * `indicator` those that concern it and its target's deadline. Past and upcoming differ in shape
 * (filled, hollow), line (solid, dashed) and words; a "Today" marker divides them. A list in
 * time order is the content; the axis drawn beside it is decoration. Horizontal with labels in
 * lanes from 560px wide, a vertical list below.
 *
 * @summary Dated events and deadlines on a time axis; past and upcoming distinct.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart label - The caption's title: the dataset's title, or the indicator's label.
 * @csspart span - The caption's second line: first to last date.
 * @csspart axis - The decorative time axis (horizontal layout only).
 * @csspart events - The ordered list of events.
 * @csspart event - Each event (`<li>`).
 * @csspart loading - The wrapper of the placeholder shown while `src` loads.
 * @csspart error - The error message.
 *
 * @cssproperty [--kf-accent=#0b5cd5] - Past events' markers and leaders (dark: #7fb0ff).
 * @cssproperty [--kf-future=#6b3fb8] - Upcoming events' markers, leaders and tags (dark: #c9a2ff).
 * @cssproperty [--kf-text=#1b1f24] - Event labels and the Today marker (dark: #e8eaed).
 * @cssproperty [--kf-muted=#545e69] - Dates, axis labels and the span line (dark: #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Card background (dark: #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Card border, rail and year gridlines (dark: #3b424b).
 * @cssproperty [--kf-radius=10px] - Card corner radius.
 * @cssproperty [--kf-gap=16px] - Card padding.
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 *
 * @event kf-load - The data is shown for the first time; `detail.dataset`, `detail.indicator`.
 * @event kf-update - The data changed (a new `src`, `data` or `indicator`).
 * @event {{code: string, message: string}} kf-error - The data could not be shown: an unknown id, an invalid dataset, a failed `src`, or an indicator without events or deadline.
 */
export class KfTimeline extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, timelineStyles];

  /** Optional here: without it the timeline shows every event of the dataset. */
  protected static override indicatorRequired = false;

  /**
   * The moment that divides past from upcoming, in milliseconds since 1970 (UTC), as
   * `Date.now()` returns. Property only. Default: when the element was created.
   */
  @property({ attribute: false }) now: number = Date.now();

  protected override renderReady({ dataset, indicator, locale, g }: Ready): TemplateResult {
    const items = timelineItems(dataset, indicator, locale, this.now);
    const title = indicator ? localize(indicator.label, locale) : localize(dataset.title, locale);
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const span =
      first.date === last.date ? formatPeriod(first.date, g) : g.patterns.range.replace('{min}', formatPeriod(first.date, g)).replace('{max}', formatPeriod(last.date, g));
    const years = yearSpan(items.map((i) => i.time));
    const at = timePositions(items.map((i) => i.time), years);
    const medium = lanes(at, LANES.medium);
    const wide = lanes(at, LANES.wide);
    const fits = (ps: readonly Placement[]) => ps.every((p) => p.lane < MAX_LANES);
    // The Today rule of the vertical list: above the first upcoming event, or under the last.
    const firstFuture = items.findIndex((i) => !i.past);
    const today = wordsFor(locale).today;
    const rule = (where: 'before' | 'after') => html`<span class="today-rule ${where}" aria-hidden="true">${today}</span>`;
    return html`<figure class="card" part="card">
      <figcaption class="caption">
        <p class="label" id="title" part="label">${title}</p>
        <p class="sub" part="span">${span}</p>
      </figcaption>
      <div class="timeline ${fits(medium) ? 'h-m' : ''} ${fits(wide) ? 'h-w' : ''}">
        ${this.drawn ? this.axis(years, g, today) : html`<div class="axis" part="axis"></div>`}
        <ol class="events" part="events" aria-labelledby="title">
          ${items.map(
            (item, i) => html`<li
              class="event ${item.past ? 'past' : 'future'} ${item.kind}"
              part="event"
              data-m=${medium[i]!.anchor}
              data-w=${wide[i]!.anchor}
              style=${styleMap({ '--x': `${at[i]}%`, '--lane-m': String(medium[i]!.lane + 1), '--lane-w': String(wide[i]!.lane + 1) })}
            >
              ${i === firstFuture ? rule('before') : nothing}
              <div class="body"><span class="marker" aria-hidden="true"></span>${this.eventText(item, g)}</div>
              ${firstFuture < 0 && i === items.length - 1 ? rule('after') : nothing}
            </li>`,
          )}
        </ol>
      </div>
    </figure>`;
  }

  private eventText(item: TimelineItem, g: LocaleGrammar): TemplateResult {
    return html`<p class="when">
        <time datetime=${item.date}>${formatPeriod(item.date, g)}</time>
        <span class="tag status">${item.past ? wordsFor(g).past : wordsFor(g).future}</span>
        ${item.kind === 'deadline' ? html`<span class="tag kind">${wordsFor(g).deadline}</span>` : nothing}
      </p>
      <p class="what">${item.label}</p>
      ${item.target ? html`<p class="target">${item.target}</p>` : nothing}`;
  }

  /** The decorative axis: year ticks and labels, and the Today line down through the lanes. */
  private axis(years: ReturnType<typeof yearSpan>, g: LocaleGrammar, today: string): TemplateResult {
    const ticks = yearTicks(years, MAX_YEAR_LABELS);
    const [now] = timePositions([this.now], years);
    const shown = now !== undefined && now >= 0 && now <= 100;
    return html`<div class="axis" part="axis" aria-hidden="true">
      <div class="years">
        ${ticks.filter((t) => t.label).map((t) => html`<span class=${edge(t.at)} style=${styleMap({ left: `${t.at}%` })}>${formatPeriod(String(t.year).padStart(4, '0'), g)}</span>`)}
      </div>
      <svg class="guides" focusable="false">
        ${ticks.map((t) => svg`<line class="${t.label ? 'year major' : 'year'}" x1="${t.at}%" x2="${t.at}%" y1="${t.label ? 12 : 14}" y2="${t.label ? 24 : 22}"></line>`)}
        ${shown ? svg`<line class="now" x1="${now}%" x2="${now}%" y1="18" y2="100%"></line>` : nothing}
        <line class="baseline" x1="0" x2="100%" y1="18" y2="18"></line>
      </svg>
      ${shown ? html`<span class="today ${edge(now)}" style=${styleMap({ left: `${now}%` })}>${today}</span>` : nothing}
    </div>`;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const row = html`<li class="event"><div class="body"><p class="when"><span class="skeleton">${wordsFor(g).loading}</span></p><p class="what"><span class="skeleton">${wordsFor(g).loading}</span></p></div></li>`;
    // The skeleton only holds the space; a screen reader hears "Loading…" once, not each bone.
    return html`<span class="sr-only">${wordsFor(g).loading}</span>
      <div class="card" aria-hidden="true">
      <div class="caption">
        <p class="label"><span class="skeleton">${wordsFor(g).loading}</span></p>
        <p class="sub"><span class="skeleton">${wordsFor(g).loading}</span></p>
      </div>
      <div class="timeline h-m h-w"><div class="axis"></div><ol class="events">${row}${row}</ol></div>
    </div>`;
  }
}
