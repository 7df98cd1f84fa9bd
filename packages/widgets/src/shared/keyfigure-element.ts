import type { Dataset, Indicator, LocaleGrammar } from '@keyfigures/sdk';
import { KeyfiguresError, describe, grammarOf, resolveLocale } from '@keyfigures/sdk';
import { LitElement, html, nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { DatasetController } from './dataset-controller.js';
import { errorView } from './error-view.js';
import { inheritedLang } from './lang.js';
import { forget, whenVisible } from './lazy.js';
import { applyMarkupStyles } from './markup.js';
import { getLive } from './live.js';
import { wordsFor } from '../locales/words.js';
import { tokens } from './tokens.styles.js';

/** The theme attribute's values. */
export const Theme = { light: 'light', dark: 'dark', auto: 'auto' } as const;
export type Theme = (typeof Theme)[keyof typeof Theme];

/** What a ready element draws from. */
export interface Ready {
  readonly dataset: Dataset;
  /** The indicator named by the `indicator` attribute; undefined only where it is optional. */
  readonly indicator: Indicator | undefined;
  /** The resolved locale tag (en or zh-CN), and its grammar. */
  readonly locale: string;
  readonly g: LocaleGrammar;
  /** When live data could not be updated: the cue's words ("Not up to date: data from 3 minutes ago"). */
  readonly stale: string | undefined;
}

/**
 * The one thin base of every keyfigures element: the shared attributes, the data controller, the
 * locale, and the three states. Subclasses implement renderReady() and, to keep the loading box
 * the size of the ready one, renderLoading().
 */
export abstract class KeyfigureElement extends LitElement {
  static override styles = [tokens];

  /** Lit's reactive properties (rather than decorators: less code in every bundle). */
  static override properties: PropertyDeclarations = {
    indicator: { reflect: true },
    src: {},
    locale: {},
    theme: { reflect: true },
    data: { attribute: false },
    live: { type: Boolean, reflect: true },
    refresh: { type: Number },
    stream: {},
    drawn: { state: true, attribute: false },
  };

  /** Whether this element shows one indicator (and so needs the `indicator` attribute). */
  protected static indicatorRequired = true;

  /** Id of the indicator to show, e.g. `new-foreign-enterprises`. */
  indicator?: string;

  /** URL of a dataset JSON (http, https or relative). Default: the embedded dataset. */
  src?: string;

  /** BCP 47 locale; `en` and `zh-CN` ship. Default: the nearest ancestor's `lang`, then `en`. */
  locale?: string;

  /** Colour theme: `light`, `dark`, or `auto` (the reader's system preference). */
  theme: Theme = 'auto';

  /**
   * A dataset object, which overrides `src`. Validated once per object. (Named `data`, not
   * `dataset`, because HTMLElement.dataset is the element's data-* attributes.)
   */
  data?: Dataset | object;

  /**
   * Keep the figure current: poll `src` with conditional requests (ETag / Last-Modified) every
   * `refresh` seconds, paused while the page is hidden. One poller per URL however many elements
   * use it. On failure the last good figure stays with a visible "not up to date" cue. Boolean attribute.
   */
  live = false;

  /** Seconds between polls when `live`; clamped to 5–3600 (a non-number is 60), with one console warning. */
  refresh = 60;

  /**
   * URL of a Server-Sent Events stream whose messages are the whole dataset JSON, for updates as
   * they happen; implies `live`. `src` is fetched once first; when the stream fails the element
   * polls `src` instead.
   */
  stream?: string;

  /** An error thrown while rendering ready data, announced once by updated(). */
  private renderError?: { code: string; message: string };
  private announcedError?: string;

  /** Whether the element has its own live region for changed figures (kf-figure); else the base renders one when live. */
  protected static ownLiveRegion = false;
  // Live-region bookkeeping: what was last shown (indicator, locale, dataset, sentence) and what to announce.
  private shown?: { key: string; dataset: Dataset; indicator: Indicator | undefined };
  private liveAnnouncement = '';
  private internals?: ElementInternals;

  /** Whether the chart has been drawn (false while an off-screen element waits to be seen). */
  protected drawn = false;

  protected readonly source = new DatasetController(this, {
    indicatorRequired: (this.constructor as typeof KeyfigureElement).indicatorRequired,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.drawn) whenVisible(this, () => (this.drawn = true));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    forget(this);
  }

  /** The locale tag in force: the attribute, else the nearest ancestor's lang, else en. */
  get resolvedLocale(): string {
    return resolveLocale(this.locale || inheritedLang(this));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme') && !Object.values(Theme).includes(this.theme)) this.theme = 'auto';
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const g = grammarOf(locale);
    const s = this.source.state;
    if (s.status === 'error') return errorView(g, s.message);
    if (s.status === 'loading') return html`<span class="loading" part="loading" aria-busy="true">${this.renderLoading(g)}</span>`;
    try {
      this.renderError = undefined;
      // Stale data comes only from the live source, so its module (a chunk in per-element builds) is loaded by now.
      const live = s.stale && getLive();
      const stale = live && !(live instanceof Promise) ? live.staleText(s.stale!, locale) : undefined;
      const ready = this.renderReady({ dataset: s.dataset, indicator: s.indicator, locale, g, stale });
      const own = (this.constructor as typeof KeyfigureElement).ownLiveRegion;
      this.noteChange(s.dataset, s.indicator, locale, !own && (this.live || !!this.stream));
      return html`${ready}${stale ? this.renderStale(stale) : nothing}${own || !(this.live || this.stream)
        ? nothing
        : html`<span class="sr-only" aria-live="polite">${this.liveAnnouncement}</span>`}`;
    } catch (e) {
      // An indicator this element cannot draw, or a figure the SDK cannot format, shows why
      // instead of a blank box, and is announced by kf-error like a data error.
      const message = e instanceof Error ? e.message : String(e);
      this.renderError = { code: e instanceof KeyfiguresError ? e.code : 'render', message };
      return errorView(g, message);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    applyMarkupStyles(this.renderRoot);
    const err = this.renderError;
    if (err && err.message !== this.announcedError) {
      this.dispatchEvent(new CustomEvent('kf-error', { detail: err, bubbles: true, composed: true }));
    }
    this.announcedError = err?.message;
  }

  /**
   * The stale cue: text, not colour alone, after the element. kf-figure, inline in a sentence,
   * overrides it with a mark and puts the words in its description and popover.
   */
  protected renderStale(text: string): TemplateResult | typeof nothing {
    return html`<p class="stale" part="stale"><span aria-hidden="true">⚠\uFE0E </span>${text}</p>`;
  }

  /**
   * A real change of the figure (same indicator and locale, new data, a new sentence): announced
   * once in the live region, and the value animated (the :state(kf-updated) rule of tokens.styles,
   * only under prefers-reduced-motion: no-preference). A poll that changes nothing renders nothing new.
   */
  private noteChange(dataset: Dataset, indicator: Indicator | undefined, locale: string, announce: boolean): void {
    const key = `${indicator?.id ?? ''}|${locale}`;
    const before = this.shown;
    if (before?.key === key && before.dataset === dataset) return;
    this.shown = { key, dataset, indicator };
    if (!before || before.key !== key) {
      this.liveAnnouncement = '';
      return;
    }
    // Sentences only now, on a change: a first render (500 cards on a page) pays nothing here.
    const sentence = indicator ? describe(indicator, locale, dataset) : '';
    if (indicator && before.indicator && sentence === describe(before.indicator, locale, before.dataset)) return;
    if (announce) this.liveAnnouncement = sentence || wordsFor(locale).updated;
    this.flagUpdated();
  }

  private flagUpdated(): void {
    try {
      this.internals ??= this.attachInternals();
      const states = this.internals.states;
      states.delete('kf-updated');
      // A frame apart, so that a second change restarts the animation.
      requestAnimationFrame(() => states.add('kf-updated'));
      setTimeout(() => states.delete('kf-updated'), 1500);
    } catch {
      // No custom states (an older browser): the value changes without the animation.
    }
  }

  /** The element with its data. */
  protected abstract renderReady(ready: Ready): TemplateResult;

  /** Placeholder of the same size as the ready element, shown while `src` loads. */
  protected abstract renderLoading(g: LocaleGrammar): TemplateResult;
}
