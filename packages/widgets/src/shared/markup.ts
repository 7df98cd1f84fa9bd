// Fixed markup as a Lit template: text from a dataset written into a template's own strings, so
// that a card whose words and numbers are the same in every instance is one template, parsed once
// and then only cloned — no parts to create, walk or commit.
import type { TemplateResult } from 'lit';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text escaped for HTML text and quoted attribute values. Everything from a dataset goes through
 * this before it becomes markup: labels, sources and quotes are data, never markup.
 */
export const esc = (text: string): string => text.replace(/[&<>"']/g, (c) => entities[c]!);

/**
 * One strings array per markup text: Lit caches a template by its strings array's identity.
 * Bounded, because what is kept here keeps Lit's parsed template (its DOM) alive, and a live figure
 * that changes writes markup never seen before at every update: unbounded, 2 000 updates kept
 * 96 000 DOM nodes (npm run bench:memory). The oldest goes first; 256 is far more than the
 * distinct cards of a page, so instances of one card still share one template.
 */
const stringsOf = new Map<string, TemplateStringsArray>();
const KEPT = 256;

/**
 * A template of fixed markup (built with esc() around every piece of data): what lit/static-html's
 * `html\`${unsafeStatic(markup)}\`` makes, without its module. Equal markup in 500 instances is
 * one strings array, so Lit parses it once; callers that keep the result (per indicator and
 * locale) skip even the lookup. (`raw` is what Lit checks to tell a template's strings array.)
 */
export function markupTemplate(markup: string): TemplateResult {
  let strings = stringsOf.get(markup);
  if (!strings) {
    stringsOf.set(markup, (strings = Object.assign([markup], { raw: [markup] })));
    if (stringsOf.size > KEPT) stringsOf.delete(stringsOf.keys().next().value!);
  }
  return { ['_$litType$']: 1, strings, values: [] } as TemplateResult;
}

/**
 * A cache of what an element shows of one indicator in one locale (a view model, its templates):
 * computed by the first of many instances, shared by the rest. Keyed by the indicator object, so a
 * new dataset (new objects) is computed afresh; the dataset is checked too, since a view may
 * also read the dataset's sources or other indicators.
 */
export function viewCache<D extends object, I extends object, V>(compute: (dataset: D, indicator: I, locale: string) => V) {
  const cache = new WeakMap<I, Map<string, { dataset: D; view: V }>>();
  return (dataset: D, indicator: I, locale: string): V => {
    let byLocale = cache.get(indicator);
    if (!byLocale) cache.set(indicator, (byLocale = new Map()));
    const hit = byLocale.get(locale);
    if (hit && hit.dataset === dataset) return hit.view;
    const view = compute(dataset, indicator, locale);
    byLocale.set(locale, { dataset, view });
    return view;
  };
}

/**
 * Markup carries geometry as `data-kf-style`, not `style`: a style attribute in markup is an
 * inline style, which a strict Content-Security-Policy (style-src without 'unsafe-inline')
 * reports or refuses. Setting it through the CSSOM is allowed, so the base element calls this
 * after each update.
 */
export function applyMarkupStyles(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-kf-style]')) {
    el.style.cssText = el.dataset.kfStyle!;
    el.removeAttribute('data-kf-style');
  }
}
