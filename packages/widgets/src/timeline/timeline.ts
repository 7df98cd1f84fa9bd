import type { LocaleGrammar } from '@keyfigures/sdk';
import { formatPeriod, formatPeriodRange, localize } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { cspStyle } from '../shared/csp-style.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/card.styles.js';
import { timelineItems } from './timeline.data.js';
import type { TimelineItem } from './timeline.data.js';
import type { Placement, YearSpan } from './timeline.draw.js';
import { LAYOUTS, Side, axisLabels, axisLayout, bandHeight, leaderPath, markerY, textWidth, timePositions, yearSpan, yearTicks } from './timeline.draw.js';
import { timelineStyles } from './timeline.styles.js';
import { wordsFor } from '../locales/words.js';

/** Most year labels on the axis: a 4-digit year (2016年 in Chinese) needs about 70px at 510px. */
const MAX_YEAR_LABELS = 7;

/** Font sizes inside the axis band, px (the styles use the same): year labels, and the Today word (bold). */
const AXIS_FONT = 12;

/** A horizontal layout that fits, with its placements. */
type Layout = (typeof LAYOUTS)[number] & { readonly placed: readonly Placement[] };

/**
 * The dataset's dated events and target deadlines (2016 … 2027): every event, or with
 * `indicator` those that concern it and its target's deadline. Past and upcoming differ in shape
 * (filled, hollow), line (solid, dashed) and words; "Today" divides them. A list in time order
 * is the content; the axis drawn beside it is decoration. From 560px wide, where the labels fit
 * in one row on each side, the axis runs across with the labels alternately above and below it,
 * each joined to its marker by a leader that crosses no other label; Today is a tick on the axis
 * and a deadline its own diamond. Elsewhere the events are a vertical list.
 *
 * @summary Dated events and deadlines on a time axis; past and upcoming distinct.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart label - The caption's title: "Events and deadlines", or the indicator's label.
 * @csspart subtitle - The caption's second line without an indicator: the dataset's title.
 * @csspart span - The caption's last line: first to last date.
 * @csspart axis - The decorative time axis (horizontal layout only).
 * @csspart events - The ordered list of events.
 * @csspart event - Each event (`<li>`).
 * @csspart loading - The wrapper of the placeholder shown while `src` loads.
 * @csspart error - The error message.
 * @csspart stale - "Not up to date: data from 3 minutes ago", under the element when live data could not be updated.
 *
 * @cssproperty [--kf-accent=#0b5cd5] - Past events' markers and leaders (dark: #7fb0ff).
 * @cssproperty [--kf-future=#6b3fb8] - Upcoming events' markers, leaders and tags (dark: #c9a2ff).
 * @cssproperty [--kf-text=#1b1f24] - Event labels and the Today marker (dark: #e8eaed).
 * @cssproperty [--kf-muted=#545e69] - Dates, year labels, the axis' outline and the span line (dark: #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Card background and the axis' year dividers (dark: #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Card border and the list's rail (dark: #3b424b).
 * @cssproperty [--kf-track=#e4e8ee] - The axis band (dark: #2e353e).
 * @cssproperty [--kf-radius=10px] - Card corner radius.
 * @cssproperty [--kf-gap=16px] - Card padding.
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 *
 * @event kf-load - The data is shown for the first time; `detail.dataset`, `detail.indicator`.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The data could not be shown: an unknown id, an invalid dataset, a failed `src`, or an indicator without events or deadline. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfTimeline extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, timelineStyles];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    now: { attribute: false },
  };

  /** Optional here: without it the timeline shows every event of the dataset. */
  protected static override indicatorRequired = false;

  /**
   * The moment that divides past from upcoming, in milliseconds since 1970 (UTC), as
   * `Date.now()` returns. Property only. Default: when the element was created.
   */
  now: number = Date.now();

  protected override renderReady({ dataset, indicator, locale, g }: Ready): TemplateResult {
    const items = timelineItems(dataset, indicator, locale, this.now);
    const w = wordsFor(locale);
    // With an indicator the caption names it; without, it is the heading of the dataset's events.
    const title = indicator ? localize(indicator.label, locale) : w.events;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const span = formatPeriodRange(first.date, last.date, g);
    const years = yearSpan(items.map((i) => i.time));
    const at = timePositions(items.map((i) => i.time), years);
    // Each horizontal layout whose labels fit, by its key; the others leave the list vertical there.
    const layouts = LAYOUTS.flatMap((l) => {
      const placed = axisLayout(at, l.track);
      return placed ? [{ ...l, placed }] : [];
    });
    const sides = layouts[0]?.placed.map((p) => p.side);
    // The Today rule of the vertical list: above the first upcoming event, or under the last.
    const firstFuture = items.findIndex((i) => !i.past);
    const rule = (where: 'before' | 'after') => html`<span class="today-rule ${where}" aria-hidden="true">${w.today}</span>`;
    return html`<figure class="card" part="card">
      <figcaption class="caption">
        <p class="label" id="title" part="label">${title}</p>
        ${indicator ? nothing : html`<p class="sub subtitle" part="subtitle">${localize(dataset.title, locale)}</p>`}
        <p class="sub" part="span">${span}</p>
      </figcaption>
      <div class="timeline ${layouts.map((l) => `h-${l.key}`).join(' ')} ${items.length === 1 ? 'one' : ''}">
        ${this.drawn && layouts.length ? this.axis(items, at, years, layouts, g) : html`<div class="axis" part="axis"></div>`}
        <ol class="events" part="events" aria-labelledby="title">
          ${items.map(
            (item, i) => html`<li
              class="event ${item.past ? 'past' : 'future'} ${item.kind} ${sides?.[i] ?? ''}"
              part="event"
              style=${cspStyle({ '--x': `${at[i]}%`, ...Object.fromEntries(layouts.map((l) => [`--p-${l.key}`, `${l.placed[i]!.label}%`])) })}
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

  /**
   * The decorative axis of the horizontal layouts: a band of year segments with the Today tick,
   * a marker per event on the side of its label, and per layout the leaders from the markers to
   * the labels with the words inside the band (only the layout in force at the width shows).
   */
  private axis(items: readonly TimelineItem[], at: readonly number[], years: YearSpan, layouts: readonly Layout[], g: LocaleGrammar): TemplateResult {
    const w = wordsFor(g);
    const ticks = yearTicks(years, MAX_YEAR_LABELS);
    const [now] = timePositions([this.now], years);
    const shown = now !== undefined && now >= 0 && now <= 100;
    const yearText = (year: number) => formatPeriod(String(year).padStart(4, '0'), g);
    const text = {
      year: Math.max(...ticks.filter((t) => t.label).map((t) => textWidth(yearText(t.year), AXIS_FONT))),
      today: textWidth(w.today, AXIS_FONT) * 1.08, // bold
      pad: 4,
    };
    const sides = layouts[0]!.placed.map((p) => p.side);
    const h = bandHeight();
    return html`<div class="axis" part="axis" aria-hidden="true">
      <div class="band">
        ${ticks.slice(1, -1).map((t) => html`<span class="year-line" style=${cspStyle({ left: `${t.at}%` })}></span>`)}
        ${shown ? html`<span class="now" style=${cspStyle({ left: `${now}%` })}></span>` : nothing}
      </div>
      ${layouts.map((l) => {
        const labels = axisLabels(ticks, shown ? now : undefined, l.track, text);
        return html`<div class="at at-${l.key}">
          <svg class="leaders" viewBox="0 0 100 ${h}" preserveAspectRatio="none" focusable="false">
            ${items.map((item, i) => svg`<path class="leader ${item.past ? 'past' : 'future'}" d=${leaderPath(at[i]!, l.placed[i]!.label, sides[i]!)} vector-effect="non-scaling-stroke"></path>`)}
          </svg>
          <div class="years">
            ${labels.years.map((y) => html`<span style=${cspStyle({ left: `${y.at}%` })}>${yearText(y.year)}</span>`)}
          </div>
          ${labels.today ? html`<span class="today ${labels.today.anchor}" style=${cspStyle({ left: `${labels.today.at}%` })}>${w.today}</span>` : nothing}
        </div>`;
      })}
      ${items.map(
        (item, i) => html`<span
          class="dot ${item.past ? 'past' : 'future'} ${item.kind}"
          style=${cspStyle({ left: `${at[i]}%`, top: `${markerY(sides[i]!)}px` })}
        ></span>`,
      )}
    </div>`;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const w = wordsFor(g);
    const row = (side: Side) =>
      html`<li class="event ${side}"><div class="body"><p class="when"><span class="skeleton">${w.loading}</span></p><p class="what"><span class="skeleton">${w.loading}</span></p></div></li>`;
    const line = (cls: string) => html`<p class=${cls}><span class="skeleton">${w.loading}</span></p>`;
    // The skeleton only holds the space; a screen reader hears "Loading…" once, not each bone.
    return html`<span class="sr-only">${w.loading}</span>
      <div class="card" aria-hidden="true">
      <div class="caption">${line('label')}${this.indicator ? nothing : line('sub subtitle')}${line('sub')}</div>
      <div class="timeline ${LAYOUTS.map((l) => `h-${l.key}`).join(' ')}"><div class="axis"></div><ol class="events">${row(Side.above)}${row(Side.below)}</ol></div>
    </div>`;
  }
}
