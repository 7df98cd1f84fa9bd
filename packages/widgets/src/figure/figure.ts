import type { Dataset, Indicator, LocaleGrammar, Observation, Source } from '@keyfigures/sdk';
import { changeFor, cite, describe, formatDeadline, formatObservation, formatPeriod, getIndicator, headline, localize } from '@keyfigures/sdk';
import { html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { peekDefaultDataset } from '../shared/dataset-source.js';
import { KeyfigureElement } from '../shared/keyfigure-element.js';
import type { Ready } from '../shared/keyfigure-element.js';
import { placePopover } from './figure.draw.js';
import { figureStyles } from './figure.styles.js';
import { wordsFor } from '../locales/words.js';

/** Milliseconds the popover stays after the pointer leaves, so the pointer can cross to it (WCAG 1.4.13 hoverable). */
const HOVER_GRACE_MS = 250;
/** A click this soon after the popover opened (a tap: focus, then click) keeps it open instead of toggling it shut. */
const TAP_MS = 400;

const supportsPopover = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

/**
 * One key figure inline in running text, in the host's typography:
 * `<p>Chongqing set up <kf-figure indicator="new-foreign-enterprises"></kf-figure> in 2023.</p>`
 * shows "387 new foreign-invested enterprises" (zh-CN "387家"). The figure is focusable; on hover
 * and on keyboard focus a popover shows its label, period, quote and source (Escape dismisses it
 * without moving focus). Screen readers hear the figure, then the SDK's full sentence and source.
 *
 * @summary A figure inside a sentence that cites its source on hover and focus.
 *
 * @csspart value - The figure (a text-like button with a dotted underline).
 * @csspart popover - The popover with label, period, quote and source.
 * @csspart loading - The placeholder while `src` loads.
 * @csspart error - The inline error message.
 * @csspart stale - The mark after the figure when live data could not be updated (its words are in the description and popover).
 *
 * @cssproperty [--kf-font=system-ui, …] - Font of the popover (the figure itself takes the host's font).
 * @cssproperty [--kf-text=#1b1f24] - Popover text colour (the figure takes the host's colour).
 * @cssproperty [--kf-muted=#545e69] - Popover period and source colour.
 * @cssproperty [--kf-surface=#ffffff] - Popover background.
 * @cssproperty [--kf-border=#d3d9e0] - Popover border and loading placeholder.
 * @cssproperty [--kf-accent=#0b5cd5] - Keyboard focus ring.
 * @cssproperty [--kf-negative=#b42318] - Wavy underline of an error.
 *
 * @event kf-load - The data was first shown; `detail: {dataset, indicator}`.
 * @event kf-update - The data changed (new live data, a new `src`, `data` or `indicator`); `detail: {dataset, indicator, value, oldValue, oldDataset}`.
 * @event {{code: string, message: string}} kf-error - The figure cannot be shown, and why. A live element also emits it on each failed update, keeping its last figure.
 */
export class KfFigure extends KeyfigureElement {
  static override styles = [...KeyfigureElement.styles, figureStyles];
  protected static override ownLiveRegion = true;

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    withChange: { type: Boolean, reflect: true, attribute: 'with-change' },
    open: { state: true, attribute: false },
  };

  /** Append the change of the figure's period after it: "387 … (up 44.4% year on year)". Boolean attribute. */
  withChange = false;

  /** Whether the popover is showing. */
  private open = false;

  private get valueEl(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.value') ?? null;
  }
  private get tipEl(): HTMLElement | null {
    return this.renderRoot?.querySelector<HTMLElement>('.tip') ?? null;
  }

  private hovered = false;
  private focused = false;
  private pinned = false;
  private openedAt = 0;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private listening = false;
  // Live-region bookkeeping: a changed value of the same figure in the same locale is announced.
  private shownKey = '';
  private shownText = '';
  private announcement = '';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.closeTimer);
    this.listen(false);
    this.open = false;
    this.hovered = this.focused = this.pinned = false;
  }

  protected override renderReady({ dataset, indicator, locale, g, stale }: Ready): TemplateResult {
    const ind = indicator!; // indicatorRequired: the controller reports a missing id as an error
    const w = wordsFor(g);
    const main = headline(ind);
    const change = this.withChange ? changeFor(ind, main) : undefined;
    const text = figureText(ind, main, change, locale);
    const source = sourceOf(dataset, main);
    const citation = `${wordsFor(g).source}${w.labelSep}${cite(source, 'plain', locale)}`;
    const when = main.measure === 'target' ? formatDeadline(main.period, locale) : formatPeriod(main.period, g);
    // Each quote in its source's language (the document may be English under a Chinese page).
    const quotes = [main, change].flatMap((o) => (o?.quote ? [{ text: o.quote, lang: sourceOf(dataset, o).language }] : []));
    const sentence = describe(ind, locale, dataset);
    this.noteShown(`${ind.id}|${locale}|${this.withChange}`, text, sentence);
    return html`<span class="figure" lang=${locale}
      ><span
        class="value ${this.open ? 'open' : ''}"
        part="value"
        role="button"
        tabindex="0"
        aria-describedby="desc"
        @focus=${this.onFocus}
        @blur=${this.onBlur}
        @click=${this.onClick}
        @keydown=${this.onKeydown}
        @pointerenter=${this.onEnter}
        @pointerleave=${this.onLeave}
        >${text}</span
      >${stale ? html`<sup class="stale-mark" part="stale" aria-hidden="true">⚠\uFE0E</sup>` : nothing}<span
        class="tip ${this.open ? 'open' : ''}"
        part="popover"
        role="tooltip"
        popover="manual"
        @pointerenter=${this.onEnterTip}
        @pointerleave=${this.onLeave}
        ><span><span class="tip-label">${localize(ind.label, locale)}</span> <span class="tip-period">${when}</span></span
        >${quotes.map((q) => html`<span class="tip-quote" lang=${q.lang}>${w.quoteOpen}${q.text}${w.quoteClose}</span>`)}<span
          class="tip-source"
          >${citation}</span
        >${stale ? html`<span class="tip-stale">${stale}</span>` : nothing}</span
      ><span id="desc" hidden>${stale ? `${stale}. ` : ''}${sentence} ${citation}</span
      ><span class="sr-only" aria-live="polite">${this.announcement}</span></span
    >`;
  }

  /** The cue is the mark after the figure and the words in its description and popover (renderReady). */
  protected override renderStale(): typeof nothing {
    return nothing;
  }

  protected override renderLoading(g: LocaleGrammar): TemplateResult {
    // Where the embedded dataset has this indicator, reserve the width of its text (a live src
    // is usually a newer copy of it); otherwise the width of the loading word.
    const hint = this.hintText();
    return html`<span class="skeleton" aria-hidden="true">${hint ?? wordsFor(g).loading}</span><span class="sr-only">${wordsFor(g).loading}</span>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const tip = this.tipEl;
    const open = this.open && !!tip && this.source.state.status === 'ready';
    if (tip && supportsPopover) {
      const shown = tip.matches(':popover-open');
      if (open && !shown) tip.showPopover();
      if (!open && shown) tip.hidePopover();
    }
    this.listen(open);
    if (open) this.position();
  }

  /** The popover's place: under (or above) the figure, inside the viewport. One layout read per open or scroll. */
  private position = (): void => {
    const tip = this.tipEl;
    const anchor = this.valueEl;
    if (!tip || !anchor) return;
    const rects = anchor.getClientRects();
    const first = rects[0] ?? anchor.getBoundingClientRect();
    const last = rects[rects.length - 1] ?? first;
    const root = document.documentElement;
    const box = tip.getBoundingClientRect();
    const p = placePopover(
      // Below the last line the figure wraps onto, starting where that line's part of it starts.
      { left: last.left, top: first.top, right: last.right, bottom: last.bottom },
      { width: box.width, height: box.height },
      { width: root.clientWidth || window.innerWidth, height: window.innerHeight },
    );
    tip.style.left = `${p.left}px`;
    tip.style.top = `${p.top}px`;
    tip.dataset.side = p.side;
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    if (on) {
      window.addEventListener('scroll', this.position, { capture: true, passive: true });
      window.addEventListener('resize', this.position);
      document.addEventListener('keydown', this.onDocumentKeydown, true);
    } else {
      window.removeEventListener('scroll', this.position, { capture: true });
      window.removeEventListener('resize', this.position);
      document.removeEventListener('keydown', this.onDocumentKeydown, true);
    }
  }

  private show(): void {
    clearTimeout(this.closeTimer);
    if (!this.open) this.openedAt = performance.now();
    this.open = true;
  }

  private hide(): void {
    clearTimeout(this.closeTimer);
    this.open = false;
    this.pinned = false;
  }

  private onFocus = (): void => {
    this.focused = true;
    this.show();
  };

  private onBlur = (): void => {
    this.focused = false;
    this.pinned = false;
    if (!this.hovered) this.hide();
  };

  private onEnter = (): void => {
    this.hovered = true;
    this.show();
  };

  private onEnterTip = (): void => {
    this.hovered = true;
    clearTimeout(this.closeTimer);
  };

  private onLeave = (): void => {
    this.hovered = false;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => {
      if (!this.hovered && !this.focused && !this.pinned) this.hide();
    }, HOVER_GRACE_MS);
  };

  /** Click, tap, Enter or Space: pin the popover open, or close a pinned one. */
  private onClick = (): void => {
    if (this.open && this.pinned) return this.hide();
    if (this.open && performance.now() - this.openedAt > TAP_MS && !this.hovered && !this.focused) return this.hide();
    this.pinned = true;
    this.show();
  };

  private onKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.onClick();
    }
  };

  /** Escape anywhere dismisses the popover and leaves focus where it is (WCAG 1.4.13). */
  private onDocumentKeydown = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && this.open) this.hide();
  };

  private noteShown(key: string, text: string, sentence: string): void {
    if (key === this.shownKey && text !== this.shownText && this.shownText) this.announcement = sentence;
    else if (key !== this.shownKey) this.announcement = '';
    this.shownKey = key;
    this.shownText = text;
  }

  private hintText(): string | undefined {
    try {
      const fallback = peekDefaultDataset();
      if (!fallback || !this.indicator) return undefined;
      const ind = getIndicator(fallback, this.indicator);
      const main = headline(ind);
      return figureText(ind, main, this.withChange ? changeFor(ind, main) : undefined, this.resolvedLocale);
    } catch {
      return undefined;
    }
  }
}

/** The visible figure: "387 new foreign-invested enterprises", with-change " (up 44.4% year on year)". */
function figureText(indicator: Indicator, main: Observation, change: Observation | undefined, locale: string): string {
  const value = formatObservation(indicator, main, locale);
  if (!change) return value;
  const w = wordsFor(locale);
  return `${value}${w.asideOpen}${formatObservation(indicator, change, locale, { style: 'phrase' })}${w.asideClose}`;
}

/** The source an observation quotes: its own, else the dataset's first. */
function sourceOf(dataset: Dataset, o: Observation): Source {
  return dataset.sources.find((s) => s.id === o.source) ?? dataset.sources[0]!;
}
