import type { LocaleGrammar } from '@keyfigures/sdk';
import { getIndicator } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { dataTable } from '../shared/data-table.js';
import { getDefaultDataset } from '../shared/dataset-source.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/tokens.styles.js';
import type { CardModel } from './kpi.model.js';
import { cardModel, placeholderModel } from './kpi.model.js';
import { kpiStyles } from './kpi.styles.js';
import { wordsFor } from '../locales/words.js';

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
 * @csspart change - The change badge ("▲ +44.4% year on year").
 * @csspart period - The period, or a target's deadline.
 * @csspart trend - The mini bars with their labels.
 * @csspart source - The source line. kf-dashboard hides it, citing the source once.
 * @csspart quote - The disclosure with the verbatim quote.
 * @csspart table - The visually hidden data table of the trend.
 * @csspart loading - The placeholder while `src` loads (same size as the card).
 * @csspart error - The error message.
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
 * @event kf-update - The data changed (a new dataset or indicator); `detail: {dataset, indicator}`.
 * @event {{code: string, message: string}} kf-error - The card cannot be shown, and why.
 */
export class KfKpi extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, kpiStyles];

  protected override renderReady({ dataset, indicator, locale }: Ready): TemplateResult {
    return this.renderCard(cardModel(dataset, indicator!, locale), locale, false);
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const locale = this.resolvedLocale;
    // Where the embedded dataset has this indicator, the skeleton has its exact layout (a live
    // src is usually a newer copy of it), so nothing moves when the data arrives.
    let model: CardModel | undefined;
    try {
      const fallback = getDefaultDataset();
      if (fallback && this.indicator) model = cardModel(fallback, getIndicator(fallback, this.indicator), locale);
    } catch {
      model = undefined;
    }
    return html`${this.renderCard(model ?? placeholderModel(locale), locale, true)}<p class="sr-only">${wordsFor(g).loading}</p>`;
  }

  /** One template for both states: `skeleton` greys out every text and hides the card from assistive technology. */
  private renderCard(m: CardModel, locale: string, skeleton: boolean): TemplateResult {
    const t = (text: string) => (skeleton ? html`<span class="skeleton">${text}</span>` : text);
    const sk = skeleton ? ' skeleton' : '';
    return html`<div
      class="card ${m.trend ? 'with-trend' : ''}"
      part="card"
      lang=${locale}
      role=${skeleton ? nothing : 'group'}
      aria-labelledby=${skeleton ? nothing : 'label'}
      aria-describedby=${skeleton ? nothing : 'desc'}
      aria-hidden=${skeleton ? 'true' : nothing}
      ?inert=${skeleton}
    >
      <p class="label" id="label" part="label">${t(m.label)}</p>
      <div class="body">
        <p class="figure">${m.figure.before ? html`<span class="unit${sk}" part="unit">${m.figure.before}</span>` : nothing}<span
            class="value${sk}"
            part="value"
            >${m.figure.number}</span
          >${m.figure.after ? html`<span class="unit${sk}" part="unit">${m.figure.after}</span>` : nothing}</p>
        <p class="meta-row">
          ${m.target ? html`<span class="tag${sk}">${m.targetWord}</span>` : nothing}
          ${m.change
            ? html`<span class="change ${m.change.direction}${sk}" part="change"
                ><span aria-hidden="true"><span class="glyph">${m.change.glyph}</span> ${m.change.text}</span
                ><span class="sr-only">${m.change.phrase}</span></span
              >`
            : nothing}
          <span class="period${sk}" part="period">${m.when}</span>
        </p>
        ${m.trend ? this.renderTrend(m, skeleton) : nothing}
      </div>
      <p class="source" part="source">${t(m.citation)}</p>
      ${m.quote
        ? html`<details class="quote" part="quote">
            <summary>${t(m.quoteWord)}</summary>
            <blockquote lang=${m.quote.lang}>${m.quote.text}</blockquote>
          </details>`
        : nothing}
      ${skeleton ? nothing : html`<p id="desc" hidden>${m.sentence}</p>`}
    </div>`;
  }

  private renderTrend(m: CardModel, skeleton: boolean): TemplateResult {
    const { bars, ticks } = m.trend!;
    const draw = this.drawn && !skeleton;
    return html`<div class="trend" part="trend">
      ${draw
        ? svg`<svg class="bars" viewBox="0 0 ${bars.width} ${bars.height}" aria-hidden="true" focusable="false">
            <defs>
              <pattern id="hatch" class="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                <line x1="0" y1="0" x2="0" y2="4"></line>
              </pattern>
            </defs>
            ${bars.bars.map(
              (b) => svg`<rect class=${b.derived ? 'bar derived' : 'bar'} x=${b.x} y=${b.y} width=${b.width} height=${b.height}></rect>`,
            )}
            <line class="baseline" x1="0" x2=${bars.width} y1=${bars.baseline} y2=${bars.baseline}></line>
          </svg>`
        : html`<div class="bars${skeleton ? ' skeleton' : ''}"></div>`}
      <div class="ticks" aria-hidden="true" style=${styleMap({ '--n': String(ticks.length) })}>
        ${ticks.map(
          (k) => html`<span class="tick ${k.derived ? 'derived' : ''}"
            ><span class="tick-value${skeleton ? ' skeleton' : ''}">${k.value}</span
            ><span class="tick-period${skeleton ? ' skeleton' : ''}">${k.period}</span></span
          >`,
        )}
      </div>
      ${skeleton
        ? nothing
        : html`<div class="table-clip">${dataTable(m.label, m.columns, ticks.map((k) => ({ head: k.period, cells: [k.value] })))}</div>`}
    </div>`;
  }
}
