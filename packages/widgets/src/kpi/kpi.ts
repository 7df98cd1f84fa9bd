import type { LocaleGrammar } from '@keyfigures/sdk';
import { getIndicator } from '@keyfigures/sdk';
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { peekDefaultDataset } from '../shared/dataset-source.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { markupTemplate } from '../shared/markup.js';
import { card } from '../shared/card.styles.js';
import { cardMarkup } from './kpi.markup.js';
import type { CardModel } from './kpi.model.js';
import { placeholderModel, sharedCardModel } from './kpi.model.js';
import { kpiStyles } from './kpi.styles.js';
import { wordsFor } from '../locales/words.js';

/** Ready cards' templates per model, by locale and drawn state: made by the first card, cloned by the rest. */
const readyTemplates = new WeakMap<CardModel, Map<boolean, TemplateResult>>();

/**
 * A key-figure card: the indicator's label, its value large with its unit words smaller, a change
 * badge (▲/▼ and sign, not colour alone), the period or a target's deadline, mini bars when the
 * indicator has a series (derived values hatched and marked), and the source with its quote.
 * Screen readers get a group named by the label and described by the SDK's full sentence.
 *
 * @summary A card with one key figure, its change, trend and source.
 *
 * @csspart card - The card box.
 * @csspart label - The indicator's label.
 * @csspart value - The number of the figure ("387", "1200", "95.3%").
 * @csspart unit - The words around the number ("new foreign-invested enterprises", "亿元", "more than").
 * @csspart change - The change badge ("▲ +44.4% year on year"; the arrow is hidden from assistive technology).
 * @csspart period - The period, or a target's deadline.
 * @csspart trend - The mini bars with their labels.
 * @csspart source - The source line. kf-dashboard hides it, citing the source once.
 * @csspart quote - The verbatim quote and the button that shows it.
 * @csspart table - The labels under the mini bars: a data table of their values under their periods.
 * @csspart loading - The placeholder while `src` loads (same size as the card).
 * @csspart error - The error message.
 * @csspart stale - "Not up to date: data from 3 minutes ago", under the element when live data could not be updated.
 *
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 * @cssproperty [--kf-text=#1b1f24] - Text colour.
 * @cssproperty [--kf-muted=#545e69] - Period, source and bar labels.
 * @cssproperty [--kf-surface=#ffffff] - Card background.
 * @cssproperty [--kf-border=#d3d9e0] - Card border, separators, loading placeholders.
 * @cssproperty [--kf-accent=#0b5cd5] - Bars and the target tag.
 * @cssproperty [--kf-positive=#18753c] - An increase.
 * @cssproperty [--kf-negative=#b42318] - A decrease, and errors.
 * @cssproperty [--kf-radius=10px] - Corner radius.
 * @cssproperty [--kf-gap=16px] - Padding of the card.
 *
 * @event kf-load - The data was first shown; `detail: {dataset, indicator}`.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The card cannot be shown, and why. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfKpi extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, kpiStyles];

  constructor() {
    super();
    // The card is static markup (no event bindings), so the quote's disclosure button is handled here.
    this.addEventListener('click', (e) => {
      const button = e.composedPath()[0];
      if (!(button instanceof HTMLButtonElement) || !button.matches('.quote button')) return;
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      const quote = this.renderRoot.querySelector<HTMLElement>('#quote');
      if (quote) quote.hidden = !open;
    });
  }

  protected override renderReady({ dataset, indicator, locale }: Ready): TemplateResult {
    const model = sharedCardModel(dataset, indicator!, locale);
    let templates = readyTemplates.get(model);
    if (!templates) readyTemplates.set(model, (templates = new Map()));
    // The card is the same in every instance of one indicator and locale: one template, cloned.
    let t = templates.get(this.drawn);
    if (!t) templates.set(this.drawn, (t = markupTemplate(cardMarkup(model, locale, false, this.drawn))));
    return t;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const locale = this.resolvedLocale;
    // Where the embedded dataset has this indicator, the skeleton has its exact layout (a live
    // src is usually a newer copy of it), so nothing moves when the data arrives.
    let model: CardModel | undefined;
    try {
      const fallback = peekDefaultDataset();
      if (fallback && this.indicator) model = sharedCardModel(fallback, getIndicator(fallback, this.indicator), locale);
    } catch {
      model = undefined;
    }
    return html`${markupTemplate(cardMarkup(model ?? placeholderModel(locale), locale, true, false))}<p class="sr-only">${wordsFor(g).loading}</p>`;
  }
}
