import type { LocaleGrammar } from '@keyfigures/sdk';
import { describe, localize } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { dataTable } from '../shared/data-table.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/card.styles.js';
import type { WaffleLayout } from './waffle.draw.js';
import { wafflePaths, waffleCells, waffleViewBox } from './waffle.draw.js';
import { keepQuantities } from '../shared/keep-quantities.js';
import { waffleStyles } from './waffle.styles.js';
import { waffleView } from './waffle.view.js';
import { wordsFor } from '../locales/words.js';

// A cell is 10 user units with a 2-unit gap; the SVG scales to its box, whose aspect ratio is
// fixed (5:4, the default 25 × 20 grid of 500) so the loading box is the ready box.
const CELL = { size: 10, gap: 2 } as const;
/** Up to this many cells, each is numbered after the named items it stands for. */
const MAX_NUMBERED = 20;
/** An emphasised figure this long is set smaller than display size. */
const LONG = 12;

const swatch = (cls: string) =>
  html`<svg class="swatch" viewBox="0 0 12 12" aria-hidden="true"><rect class=${cls} x="0.5" y="0.5" width="11" height="11"></rect></svg>`;

/**
 * A unit chart: a grid of cells, filled for the value and empty for the rest of the whole —
 * 319 of the Fortune 500, 95.3 of 100 (the last cell filled three tenths), or just the counted
 * cells where there is no whole (5 other cities; the four firsts, numbered and named). A large
 * value is drawn at more than one per cell, and the legend says what one cell stands for.
 *
 * @summary Unit chart (waffle): cells filled for a value of a whole.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart label - The caption: the indicator's label.
 * @csspart value - The summary under the caption ("319 of the 500 companies in the Fortune 500").
 * @csspart graphic - The SVG of cells (role="img", named by the indicator's sentence).
 * @csspart legend - The legend: filled, empty, and the value of one cell.
 * @csspart items - The named items the cells count, when the source names them.
 * @csspart meta - The lines under the chart: the period (when the source's date does not say it) and the source.
 * @csspart period - The period line, when shown (also part `meta`).
 * @csspart source - The source line (also part `meta`). kf-dashboard hides it, citing the source once.
 * @csspart table - The visually hidden data table.
 * @csspart loading - The placeholder while `src` loads.
 * @csspart error - The error message.
 * @csspart stale - "Not up to date: data from 3 minutes ago", under the element when live data could not be updated.
 *
 * @cssproperty [--kf-font=system-ui, …] - Font family.
 * @cssproperty [--kf-text=#1b1f24] - Text colour (dark theme #e8eaed).
 * @cssproperty [--kf-muted=#545e69] - Secondary text and the outline of empty cells (dark #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Card background (dark #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Card border (dark #3b424b).
 * @cssproperty [--kf-accent=#0b5cd5] - Filled cells (dark #7fb0ff).
 * @cssproperty [--kf-accent-text=#ffffff] - Numbers on filled cells (dark #0b1a33).
 * @cssproperty [--kf-track=#e4e8ee] - Empty cells (dark #2e353e).
 * @cssproperty [--kf-radius=10px] - Card corner radius.
 * @cssproperty [--kf-gap=16px] - Card padding.
 *
 * @event kf-load - The data is shown for the first time.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The data could not be shown; code `unsupported-indicator` for an indicator with no stated value (a target alone). A live element also emits it on each failed update, keeping its last figure.
 */
export class KfWaffle extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, waffleStyles];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    cellsPerRow: { type: Number, attribute: 'cells-per-row' },
    perCell: { type: Number, attribute: 'per-cell' },
  };

  /** Cells per row, a whole number ≥ 1. Default: a tidy, roughly square grid (25 for 500, 10 for 100). Invalid values use the default. */
  cellsPerRow?: number;

  /** Value one cell stands for, > 0. Default: 1 up to a whole of 1000, else a round number giving ≤ 500 cells. Invalid values use the default. */
  perCell?: number;

  protected override renderReady({ dataset, indicator, locale }: Ready): TemplateResult {
    const ind = indicator!;
    const view = waffleView(dataset, ind, locale, this.perCell);
    const label = localize(ind.label, locale);
    const layout = waffleCells(view.value, view.total, { perRow: this.cellsPerRow, perCell: view.perCell, ...CELL });
    const numbered = view.items.length > 0 && view.items.length === layout.cells.length && layout.cells.length <= MAX_NUMBERED;
    return html`<figure class="card" part="card">
      <figcaption class="label" part="label">${label}</figcaption>
      <p class="value" part="value">
        ${view.summaryParts.map((p) =>
          p.strong ? html`<strong class="${p.text.length > LONG ? 'long' : ''}">${keepQuantities(p.text)}</strong>` : keepQuantities(p.text),
        )}
      </p>
      <div class="body">
        <div class="grid-box">${this.drawn ? this.grid(layout, describe(ind, locale, dataset), numbered) : nothing}</div>
        <div class="side">
          <ul class="legend" part="legend">
            <li>${swatch('filled')}<span>${keepQuantities(view.filledText)}</span></li>
            ${view.restText ? html`<li>${swatch('empty')}<span>${keepQuantities(view.restText)}</span></li>` : nothing}
            <li class="per-cell"><span>${keepQuantities(view.perCellText)}</span></li>
          </ul>
          ${view.items.length
            ? html`<ol class="items" part="items">
                ${view.items.map((item) => html`<li>${item}</li>`)}
              </ol>`
            : nothing}
        </div>
      </div>
      ${view.meta.period ? html`<p class="meta period" part="meta period">${view.meta.period}</p>` : nothing}
      <p class="meta source" part="meta source">${keepQuantities(view.meta.source)}</p>
      ${dataTable(label, [], view.rows)}
    </figure>`;
  }

  private grid(layout: WaffleLayout, name: string, numbered: boolean): TemplateResult {
    const paths = wafflePaths(layout);
    const box = waffleViewBox(layout, CELL);
    return html`<svg viewBox=${box.join(' ')} preserveAspectRatio="xMinYMid meet" role="img" aria-label=${name} part="graphic">
      ${paths.empty ? svg`<path class="empty" d=${paths.empty} vector-effect="non-scaling-stroke"></path>` : nothing}
      ${paths.filled ? svg`<path class="filled" d=${paths.filled}></path>` : nothing}
      ${numbered
        ? layout.cells.map(
            (c, i) => svg`<text class=${c.fill >= 1 ? 'on-filled' : 'on-empty'} x=${c.x + c.w / 2} y=${c.y + c.h / 2} aria-hidden="true">${i + 1}</text>`,
          )
        : nothing}
    </svg>`;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const line = (cls: string, text: string) => html`<p class="${cls} skeleton">${text}</p>`;
    return html`<div class="card" part="card">
      ${line('label', wordsFor(g).loading)} ${line('value', '\u00a0')}
      <div class="body">
        <div class="grid-box skeleton"></div>
        <div class="side">
          <ul class="legend">
            <li><span class="skeleton">\u00a0</span></li>
            <li><span class="skeleton">\u00a0</span></li>
            <li class="per-cell"><span class="skeleton">\u00a0</span></li>
          </ul>
        </div>
      </div>
      ${line('meta source', '\u00a0')}
    </div>`;
  }
}
