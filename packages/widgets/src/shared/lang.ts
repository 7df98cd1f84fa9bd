/**
 * The language of the nearest ancestor with a `lang` attribute, looking through shadow roots
 * (an element inside another component's shadow DOM takes the page's language), else undefined.
 */
export function inheritedLang(el: Element): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') || undefined;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
