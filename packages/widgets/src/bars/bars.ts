import type { Dataset, Indicator, LocaleGrammar, Observation } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, cite, describe, formatObservation, formatPeriod, formatPeriodRange, localize } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { cspStyle } from '../shared/csp-style.js';
import { dataTable } from '../shared/data-table.js';
import type { TableRow } from '../shared/data-table.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { markupTemplate } from '../shared/markup.js';
import { card } from '../shared/card.styles.js';
import type { BarEntry } from './bars.data.js';
import { categorySeries, parseIds, tickLabel } from './bars.data.js';
import { rowLayout } from './bars.draw.js';
import type { Tick } from './bars.draw.js';
import { periodsMarkup } from './bars.markup.js';
import { barsRowsStyles } from './bars.rows.styles.js';
import { barsStyles } from './bars.styles.js';
import type { PeriodsView } from './bars.view.js';
import { periodsView } from './bars.view.js';
import { wordsFor } from '../locales/words.js';

/** The two templates of a view over periods, [not drawn yet, drawn], made when first needed and shared. */
const periodTemplates = new WeakMap<PeriodsView, [TemplateResult | undefined, TemplateResult | undefined]>();

/**
 * Bars over periods (one indicator's levels over time, derived ones included) or over categories
 * (the latest stated level of several indicators that share a unit kind). Derived values are
 * hatched and outlined and say so in words (≈268, derived), with the formula beside them.
 *
 * @summary Bars over periods or categories, with value labels, an axis and derived values marked.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart label - The caption's title line.
 * @csspart change - The caption's second line: the change, or the periods shown.
 * @csspart chart - The drawing (role="img", named by the indicator's sentence).
 * @csspart bar - Each bar (a box over periods, an SVG rect over categories); derived ones also have the part `derived`.
 * @csspart value - Each value label.
 * @csspart footer - The legend and source line under the chart.
 * @csspart source - The source line (inside `footer`). kf-dashboard would hide it, citing the source once.
 * @csspart table - The visually hidden data table (named by the label over periods).
 * @csspart loading - The wrapper of the placeholder shown while `src` loads.
 * @csspart error - The error message.
 * @csspart stale - "Not up to date: data from 3 minutes ago", under the element when live data could not be updated.
 *
 * @cssproperty [--kf-accent=#0b5cd5] - Bars, outlines and hatching (dark: #7fb0ff).
 * @cssproperty [--kf-text=#1b1f24] - Values and labels (dark: #e8eaed).
 * @cssproperty [--kf-muted=#545e69] - Axis, periods, caption and footer; the baseline (dark: #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Card background, behind the hatching (dark: #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Card border and gridlines (dark: #3b424b).
 * @cssproperty [--kf-positive=#18753c] - The ▲ of a rise (dark: #6fd08f).
 * @cssproperty [--kf-negative=#b42318] - The ▼ of a fall and the error border (dark: #ff8f86).
 * @cssproperty [--kf-radius=10px] - Card corner radius.
 * @cssproperty [--kf-gap=16px] - Card padding.
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 * @cssproperty [--kf-bars-height=150px] - Height of the plot area (by default 200px where the chart is 400px wide or more, from a card of about 434px).
 *
 * @event kf-load - The data is shown for the first time; `detail.dataset`, `detail.indicator`.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The data could not be shown: an unknown id, an invalid dataset, a failed `src`, or an indicator without levels. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfBars extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, barsStyles, barsRowsStyles];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    indicators: {},
  };

  /** Either `indicator` (bars over time) or `indicators` (one bar each) names what to draw. */
  protected static override indicatorRequired = false;

  /**
   * Space- or comma-separated indicator ids, e.g. `new-foreign-enterprises fortune-500-companies`:
   * one bar per indicator (its latest stated level), in this order, instead of one indicator over
   * time. They must share a unit kind. When set, `indicator` is ignored.
   */
  indicators?: string;

  protected override renderReady({ dataset, indicator, locale, g }: Ready): TemplateResult {
    const ids = parseIds(this.indicators);
    if (ids.length) return this.renderCategories(dataset, categorySeries(dataset, ids), locale, g);
    if (!indicator) {
      const known = dataset.indicators.filter((i) => i.observations.some((o) => o.measure === 'level')).map((i) => i.id);
      throw new KeyfiguresError(
        ErrorCode.unknownIndicator,
        `set indicator to one id (bars over time) or indicators to several (one bar each), from: ${known.join(', ')}`,
      );
    }
    return this.renderPeriods(dataset, indicator, locale);
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const rows = parseIds(this.indicators).length;
    const line = (cls: string, text = wordsFor(g).loading) => html`<p class=${cls}><span class="skeleton">${text}</span></p>`;
    // The skeleton only holds the space; a screen reader hears "Loading…" once, not each bone.
    return html`<span class="sr-only">${wordsFor(g).loading}</span>
      <div class="card ${rows ? 'cats' : 'periods-mode'}" aria-hidden="true">
      <div class="caption">${line('label')}${line('sub')}</div>
      ${rows
        ? html`<div class="rows">
            ${Array.from({ length: rows }, () => html`<div class="row"><span class="name"><span class="skeleton">${wordsFor(g).loading}</span></span><span class="num"><span class="skeleton short">0</span></span><span class="track"></span></div>`)}
            <div class="scale"></div>
          </div>`
        : html`<div class="chart"><div class="axis"></div><div class="plot"></div><div class="periods"></div></div>`}
      ${line('meta foot')}
    </div>`;
  }

  private renderPeriods(dataset: Dataset, indicator: Indicator, locale: string): TemplateResult {
    const view = periodsView(dataset, indicator, locale);
    let templates = periodTemplates.get(view);
    if (!templates) periodTemplates.set(view, (templates = [undefined, undefined]));
    const i = this.drawn ? 1 : 0;
    return (templates[i] ??= markupTemplate(periodsMarkup(view, this.drawn)));
  }

  private renderCategories(dataset: Dataset, entries: readonly BarEntry[], locale: string, g: LocaleGrammar): TemplateResult {
    const title = localize(dataset.title, locale);
    const periods = [...new Set(entries.map((e) => e.observation.period))].sort();
    const span = formatPeriodRange(periods[0]!, periods[periods.length - 1]!, g);
    const name = entries.map((e) => describe(e.indicator, locale, dataset)).join(' ');
    const rows: TableRow[] = entries.map((e) => ({
      head: localize(e.indicator.label, locale),
      cells: [formatObservation(e.indicator, e.observation, locale), formatPeriod(e.observation.period, g)],
    }));
    const layout = this.drawn ? rowLayout(entries, { width: 100 }) : undefined;
    const labels = layout ? this.tickLabels(layout.ticks, entries[0]!.indicator.unit, g) : [];
    return html`<figure class="card cats" part="card">
      <figcaption class="caption">
        <p class="label" part="label">${title}</p>
        <p class="sub" part="change">${span}</p>
      </figcaption>
      <div class="rows" part="chart" role="img" aria-label=${name}>
        ${entries.map((e, i) => {
          const b = layout?.bars[i];
          return html`<div class="row">
            <span class="name">${localize(e.indicator.label, locale)} <span class="when">${formatPeriod(e.observation.period, g)}</span></span>
            <span class="num" part="value">${formatObservation(e.indicator, e.observation, locale, { noun: false })}</span>
            <span class="track"
              >${layout && b
                ? html`<svg aria-hidden="true" focusable="false">
                    ${layout.ticks.map((t) => svg`<line class="grid" x1="${t.at}%" x2="${t.at}%" y1="0" y2="100%"></line>`)}
                    <rect class="bar" part="bar" x="${b.x}%" y="0" width="${b.width}%" height="100%"></rect>
                    <line class="baseline" x1="${layout.baseline}%" x2="${layout.baseline}%" y1="0" y2="100%"></line>
                  </svg>`
                : nothing}</span
            >
          </div>`;
        })}
        <div class="scale">
          ${layout?.ticks.map((t, i) => html`<span style=${cspStyle({ left: `${t.at}%` })}>${labels[i]}</span>`) ?? nothing}
        </div>
      </div>
      ${this.footer(dataset, [], entries.map((e) => e.observation), locale, g)}
      ${dataTable(title, ['', wordsFor(g).value, wordsFor(g).period], rows)}
    </figure>`;
  }

  private tickLabels(ticks: readonly Tick[], unit: Indicator['unit'], g: LocaleGrammar): string[] {
    const largest = Math.max(...ticks.map((t) => Math.abs(t.value)));
    return ticks.map((t) => tickLabel(t.value, unit, largest, g));
  }

  /** The derived-value legend, then the sources of the stated observations shown. */
  private footer(dataset: Dataset, legend: TemplateResult[], shown: readonly Observation[], locale: string, g: LocaleGrammar): TemplateResult {
    const ids = [...new Set(shown.map((o) => o.source ?? dataset.sources[0]!.id))];
    const sources = ids.map((id) => dataset.sources.find((s) => s.id === id)).filter((s) => s !== undefined);
    const line = sources.length ? `${wordsFor(g).source}${wordsFor(g).labelSep}${sources.map((s) => cite(s, 'plain', locale)).join(' ')}` : '';
    return html`<p class="meta foot" part="footer">${legend}${line ? html`<span class="source" part="source">${line}</span>` : nothing}</p>`;
  }
}
