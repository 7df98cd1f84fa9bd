import type { Dataset, Indicator, LocaleGrammar } from '@keyfigures/sdk';
import { cite, describe, indicatorsByTheme, localize } from '@keyfigures/sdk';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/card.styles.js';
import { esc, markupTemplate } from '../shared/markup.js';
import { CardTag, cardFor } from './dashboard.layout.js';
import { dashboardStyles } from './dashboard.styles.js';
import { wordsFor } from '../locales/words.js';

/**
 * A real h1–h6 element rather than role="heading", so that reading modes and outline tools see
 * it: fixed markup (the text escaped), since a tag name cannot be a part of a plain template.
 */
const heading = (level: number, attrs: string, text: string): TemplateResult => markupTemplate(`<h${level} ${attrs}>${esc(text)}</h${level}>`);
/** Heading levels the title may take; its themes take the next level, which must still exist. */
const MIN_LEVEL = 1;
const MAX_LEVEL = 5;

/** Children announce their own kf-load / kf-update; outside, the dashboard's own events stand for them. */
const keepInside = (e: Event): void => e.stopPropagation();

/**
 * All key figures of a dataset as a responsive panel: the dataset's title and source, then one
 * section per theme (in the dataset's order) with a card per indicator, then a timeline of the
 * dataset's events. Themes without figures are listed too, with a short note, so the panel is
 * honest about what the source leaves out.
 *
 * Each indicator's card is chosen by `cardFor` (dashboard.layout.ts): a share of a count →
 * `kf-waffle`; a percentage, a target or a level toward a target → `kf-progress`; anything else
 * → `kf-kpi`. The cards are the other keyfigures elements, used by tag: the page defines them
 * (import `@keyfigures/widgets/define.js` or the drop-in bundle).
 *
 * The header cites the source once, so the cards' own source lines (their part `source`) are
 * hidden, and the timeline under "Events and deadlines" shows only its span of dates.
 *
 * The panel is one region named by the dataset's title, so a screen-reader user can jump to it
 * and skip it; inside it are headings only, no further landmarks, since the host page has its own.
 *
 * @summary Every key figure of a dataset, grouped by theme.
 *
 * @csspart dashboard - The panel (the named region).
 * @csspart header - Title and source line.
 * @csspart title - The dataset's title (a heading of level `heading-level`).
 * @csspart source - The source line.
 * @csspart theme - One theme's section.
 * @csspart theme-heading - A theme's heading (level `heading-level` + 1).
 * @csspart grid - The cards of one theme.
 * @csspart note - The note of a theme without figures.
 * @csspart events - The timeline's section.
 * @csspart loading - The placeholder while `src` loads.
 * @csspart error - The error message.
 * @csspart stale - "Not up to date: data from 3 minutes ago", under the element when live data could not be updated.
 *
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 * @cssproperty [--kf-text=#1b1f24] - Text colour (dark theme #e8eaed).
 * @cssproperty [--kf-muted=#545e69] - Secondary text: source line, notes (dark #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Panel background (dark #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Panel border and the rules between themes (dark #3b424b).
 * @cssproperty [--kf-accent=#0b5cd5] - Accent of the cards' charts (dark #7fb0ff).
 * @cssproperty [--kf-radius=10px] - Corner radius of the panel and cards.
 * @cssproperty [--kf-gap=16px] - Padding and the gap between cards.
 *
 * @event kf-load - The dataset is shown for the first time (detail: {dataset}). The cards' own kf-load and kf-update stay inside.
 * @event kf-update - A later dataset replaced the shown one.
 * @event {{code: string, message: string}} kf-error - The dataset could not be loaded or shown; a card's kf-error passes through. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfDashboard extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, dashboardStyles];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  protected static override indicatorRequired = false;

  /**
   * Heading level of the dataset's title, 1–5 (default 2, for a page that has its own h1); the
   * themes' headings are one level below. Out-of-range values are clamped.
   */
  headingLevel = 2;

  private get level(): number {
    const n = Math.round(Number(this.headingLevel));
    return Number.isFinite(n) ? Math.min(MAX_LEVEL, Math.max(MIN_LEVEL, n)) : 2;
  }

  protected override renderReady({ dataset, locale, g }: Ready): TemplateResult {
    const words = wordsFor(locale);
    const level = this.level;
    const source = dataset.sources[0];
    return html`<div class="dashboard" part="dashboard" role="region" aria-labelledby="title" @kf-load=${keepInside} @kf-update=${keepInside}>
      <div class="header" part="header">
        ${heading(level, 'id="title" class="title" part="title"', localize(dataset.title, locale))}
        ${source ? html`<p class="source" part="source">${wordsFor(g).source}${wordsFor(g).labelSep}${cite(source, 'plain', locale)}</p>` : nothing}
      </div>
      ${indicatorsByTheme(dataset).map(
        ({ theme, indicators }) => html`<section class=${indicators.length ? 'theme' : 'theme empty'} part="theme" data-theme=${theme.id}>
          ${heading(level + 1, 'class="theme-heading" part="theme-heading"', localize(theme.label, locale))}
          ${indicators.length
            ? html`<div class="grid" part="grid">${indicators.map((i) => this.renderCard(i, dataset, locale))}</div>`
            : html`<p class="note" part="note">${words.noFigures}</p>`}
        </section>`,
      )}
      ${dataset.events.length
        ? html`<section class="theme events" part="events">
            ${heading(level + 1, 'class="theme-heading" part="theme-heading"', words.events)}
            <kf-timeline .data=${dataset} locale=${locale} theme=${this.theme}></kf-timeline>
          </section>`
        : nothing}
    </div>`;
  }

  /** One indicator's card. The dataset object is passed on, so no card fetches it again (objects are validated once per page). */
  private renderCard(indicator: Indicator, dataset: Dataset, locale: string): TemplateResult {
    const { tag } = cardFor(indicator);
    const id = indicator.id;
    // Shown only while the tag is undefined (the cards render no slot): the figure as a sentence,
    // so a page that registered the dashboard alone still shows every figure.
    const fallback = describe(indicator, locale, dataset);
    switch (tag) {
      case CardTag.waffle:
        return html`<kf-waffle class="card-slot" indicator=${id} .data=${dataset} locale=${locale} theme=${this.theme}>${fallback}</kf-waffle>`;
      case CardTag.progress:
        return html`<kf-progress class="card-slot" indicator=${id} .data=${dataset} locale=${locale} theme=${this.theme}>${fallback}</kf-progress>`;
      case CardTag.kpi:
        return html`<kf-kpi class="card-slot" indicator=${id} .data=${dataset} locale=${locale} theme=${this.theme}>${fallback}</kf-kpi>`;
    }
  }

  /** A header and three card-sized boxes, so the page below does not jump far when the data comes. */
  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    return html`<div class="dashboard" part="dashboard">
      <div class="header" part="header">
        <p class="title skeleton">${wordsFor(g).loading}</p>
        <p class="source skeleton">${wordsFor(g).loading}</p>
      </div>
      <div class="theme">
        <p class="theme-heading skeleton">${wordsFor(g).loading}</p>
        <div class="grid">${[0, 1, 2].map(() => html`<div class="placeholder skeleton"></div>`)}</div>
      </div>
    </div>`;
  }
}
