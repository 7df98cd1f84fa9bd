import type { LocaleGrammar } from '@keyfigures/sdk';
import { describe, localize } from '@keyfigures/sdk';
import { html, nothing, svg } from 'lit';
import type { PropertyDeclarations, TemplateResult } from 'lit';
import { cspStyle } from '../shared/csp-style.js';
import { dataTable } from '../shared/data-table.js';
import { splitFigure } from '../shared/split-figure.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { card } from '../shared/card.styles.js';
import { progressBar, progressRing, timeSpan } from './progress.draw.js';
import { keepQuantities } from '../shared/keep-quantities.js';
import { progressStyles } from './progress.styles.js';
import type { ProgressView } from './progress.view.js';
import { progressView } from './progress.view.js';
import { wordsFor } from '../locales/words.js';

/** The drawings kf-progress offers. */
export const ProgressVariant = { bar: 'bar', ring: 'ring' } as const;
export type ProgressVariant = (typeof ProgressVariant)[keyof typeof ProgressVariant];

// SVG user units. The bar and the time bar stretch to the card's width (preserveAspectRatio
// none, so their height stays fixed in CSS); 1000 units keep two-decimal geometry finer than a pixel.
const BAR = { width: 1000, height: 16 } as const;
const TIME = { width: 1000, height: 12, pad: 6 } as const;
// The ring: outer radius 50, a 12-unit band: thick enough to read at 7.5rem, thin enough to hold the figure.
const RING = { radius: 50, thickness: 12 } as const;

/** A number this long no longer fits at display size; it is set smaller rather than overflowing. */
const LONG = 12;

/**
 * Progress toward a target, or a share of a total: 319 of the Fortune 500 (63.8 %), 95.3 % of the
 * pilot tasks implemented, or a level toward a target in the same unit. A target with a deadline
 * and no current value (10 % by 2027) shows the target, the deadline and the time left on a time
 * bar — never a fake 0 % bar. An indicator with nothing to be progress toward (a count with no total
 * and no target) shows an error that names the ids that work.
 *
 * @summary Progress toward a target or share of a total, as a bar or a ring.
 *
 * @csspart card - The card (a `<figure>`).
 * @csspart label - The caption: the indicator's label.
 * @csspart value - The figure line (share, level, or target): the number large, its words at text size.
 * @csspart unit - The words around the number ("leading NEV export enterprises and brands", "超过", "亿元").
 * @csspart detail - The line under the figure (of the total, target and deadline, time left).
 * @csspart graphic - The SVG (role="img", named by the indicator's sentence).
 * @csspart note - "No current value stated", for a target alone.
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
 * @cssproperty [--kf-muted=#545e69] - Secondary text and the outline of the track (dark #aab3bd).
 * @cssproperty [--kf-surface=#ffffff] - Card background (dark #15191e).
 * @cssproperty [--kf-border=#d3d9e0] - Card border (dark #3b424b).
 * @cssproperty [--kf-accent=#0b5cd5] - The filled part of the bar or ring (dark #7fb0ff).
 * @cssproperty [--kf-track=#e4e8ee] - The unfilled track (dark #2e353e).
 * @cssproperty [--kf-radius=10px] - Card corner radius.
 * @cssproperty [--kf-gap=16px] - Card padding.
 *
 * @event kf-load - The data is shown for the first time.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The data could not be shown; code `unsupported-indicator` when the indicator has nothing to be progress toward. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfProgress extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, card, progressStyles];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    variant: { reflect: true },
    now: { attribute: false },
  };

  /** Drawing: `bar` (default) or `ring`. A target without a current value always draws its time bar. */
  variant: ProgressVariant = 'bar';

  /** The time "now" for the time left until a deadline, in ms since 1970 (UTC). Default: the time of rendering. */
  now?: number;

  private get ring(): boolean {
    return this.variant === ProgressVariant.ring;
  }

  protected override renderReady({ dataset, indicator, locale, g }: Ready): TemplateResult {
    const ind = indicator!;
    const now = Number.isFinite(this.now) ? this.now! : Date.now();
    const view = progressView(dataset, ind, locale, now);
    const label = localize(ind.label, locale);
    const name = describe(ind, locale, dataset);
    const timeOnly = view.time && !view.scale;
    const ring = this.ring && !timeOnly;
    // The number at display size, the words around it ("leading NEV export enterprises", "亿元") at text size.
    const fig = splitFigure(view.value);
    const unit = (text: string) => (text ? html`<span class="unit" part="unit">${text}</span>` : nothing);
    // A Chinese unit right after the number (家, 亿元) stays on its line.
    const lead = /^\p{Script=Han}{1,2}/u.exec(fig.after)?.[0] ?? '';
    const value = html`<p class="value ${fig.number.length > LONG ? 'long' : ''}" part="value">${unit(fig.before)}<span class="nw"
        ><span class="number">${fig.number}</span>${unit(lead)}</span
      >${unit(fig.after.slice(lead.length))}</p>`;
    const kicker = timeOnly ? html`<p class="kicker">${wordsFor(g).target}</p>` : nothing;
    const detail = view.detail ? html`<p class="detail" part="detail">${keepQuantities(view.detail)}</p>` : nothing;
    return html`<figure class="card ${ring ? 'ring' : 'bar'} kind-${view.kind}" part="card">
      <figcaption class="label" part="label">${label}</figcaption>
      ${ring
        ? html`<div class="ring-row">
            <div class="ring-box">${this.drawn ? this.ringSvg(view, name) : nothing}${value}</div>
            ${detail}
          </div>
          ${this.meta(view)}`
        : html`${kicker}${value}${detail}
            ${timeOnly ? this.timeBar(view, name, locale) : this.bar(view, name)}
            ${view.note ? html`<p class="note" part="note">${view.note}</p>` : nothing}${this.meta(view)}`}
      ${dataTable(label, [], view.rows)}
    </figure>`;
  }

  /** The period (when the source's date does not say it) and the source, each its own line. */
  private meta(view: ProgressView): TemplateResult {
    const { period, source } = view.meta;
    return html`${period ? html`<p class="meta period" part="meta period">${period}</p>` : nothing}<p class="meta source" part="meta source">${keepQuantities(source)}</p>`;
  }

  private bar(view: ProgressView, name: string): TemplateResult {
    const b = progressBar(view.fraction, BAR.width, BAR.height);
    const [from, to] = view.scale ?? ['', ''];
    return html`<div class="bar-box">
        ${this.drawn
          ? html`<svg viewBox="0 0 ${BAR.width} ${BAR.height}" preserveAspectRatio="none" role="img" aria-label=${name} part="graphic">
              <rect class="track" x="0" y="0" width=${b.track.width} height=${b.track.height} vector-effect="non-scaling-stroke"></rect>
              ${b.fill.width > 0 ? svg`<rect class="fill" x="0" y="0" width=${b.fill.width} height=${b.fill.height}></rect>` : nothing}
            </svg>`
          : nothing}
      </div>
      <div class="scale" aria-hidden="true"><span>${from}</span><span>${to}</span></div>`;
  }

  private ringSvg(view: ProgressView, name: string): TemplateResult {
    const r = progressRing(view.fraction, RING.radius, RING.thickness);
    return html`<svg viewBox=${r.viewBox.join(' ')} role="img" aria-label=${name} part="graphic">
      <path class="track" d=${r.track} vector-effect="non-scaling-stroke"></path>
      ${r.fill ? svg`<path class="fill" d=${r.fill}></path>` : nothing}
    </svg>`;
  }

  private timeBar(view: ProgressView, name: string, locale: string): TemplateResult {
    const t = view.time!;
    const w = wordsFor(locale);
    const now = Number.isFinite(this.now) ? this.now! : Date.now();
    const s = timeSpan(t.start, t.end, now, TIME.width, TIME.height);
    const at = `${Math.round(s.fraction * 1000) / 10}%`;
    return html`<div class="time" part="time">
      <p class="time-head">${w.timeBar}</p>
      <div class="today-row" aria-hidden="true">
        <span class="today" style=${cspStyle({ left: at, transform: `translateX(-${at})` })}>${w.today}</span>
      </div>
      <div class="time-box">
        ${this.drawn
          ? html`<svg viewBox="0 0 ${TIME.width} ${TIME.height + 2 * TIME.pad}" preserveAspectRatio="none" role="img" aria-label=${name} part="graphic">
              <g transform="translate(0 ${TIME.pad})">
                <rect class="track" width=${s.track.width} height=${s.track.height} vector-effect="non-scaling-stroke"></rect>
                ${s.elapsed.width > 0 ? svg`<rect class="elapsed" width=${s.elapsed.width} height=${s.elapsed.height}></rect>` : nothing}
              </g>
              <line class="marker" x1=${s.today} x2=${s.today} y1="0" y2=${TIME.height + 2 * TIME.pad} vector-effect="non-scaling-stroke"></line>
            </svg>`
          : nothing}
      </div>
      <div class="scale" aria-hidden="true"><span>${t.startLabel}</span><span>${t.endLabel}</span></div>
    </div>`;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    const line = (cls: string, text: string) => html`<p class="${cls} skeleton">${text}</p>`;
    const value = html`<p class="value skeleton"><span class="number">00.0%</span></p>`;
    return html`<div class="card ${this.ring ? 'ring' : 'bar'}" part="card">
      ${line('label', wordsFor(g).loading)}
      ${this.ring
        ? html`<div class="ring-row">
            <div class="ring-box">${value}</div>
            ${line('detail', '\u00a0')}
          </div>
          ${line('meta source', '\u00a0')}`
        : html`${value}${line('detail', '\u00a0')}
            <div class="bar-box skeleton"></div>
            <div class="scale"><span>\u00a0</span></div>
            ${line('meta source', '\u00a0')}`}
    </div>`;
  }
}
