import type { Dataset, Indicator, LocaleGrammar } from '@keyfigures/sdk';
import { KeyfiguresError, grammarOf, resolveLocale } from '@keyfigures/sdk';
import { LitElement, html } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import { DatasetController } from './dataset-controller.js';
import { errorView } from './error-view.js';
import { inheritedLang } from './lang.js';
import { forget, whenVisible } from './lazy.js';
import { applyMarkupStyles } from './markup.js';
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

  /** An error thrown while rendering ready data, announced once by updated(). */
  private renderError?: { code: string; message: string };
  private announcedError?: string;

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
      return this.renderReady({ dataset: s.dataset, indicator: s.indicator, locale, g });
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

  /** The element with its data. */
  protected abstract renderReady(ready: Ready): TemplateResult;

  /** Placeholder of the same size as the ready element, shown while `src` loads. */
  protected abstract renderLoading(g: LocaleGrammar): TemplateResult;
}
