/**
 * Defines each tag of `elements` with its class. A tag that is already taken (a bundle loaded
 * twice, two builds of keyfigures on one page, or a page that defined a kf-* name first) is left
 * as it is, with one warning for all of them, never an exception: the page keeps working with
 * the first definition. A tag already defined with the same class (two per-element entries of
 * one build that share an element) is no clash and passes silently.
 *
 * Its own module, apart from define-all.ts, so that a per-element entry importing it does not
 * pull in every element class.
 */
export function defineElements(elements: Readonly<Record<string, CustomElementConstructor>>, registry: CustomElementRegistry = customElements): void {
  const taken: string[] = [];
  for (const [tag, ctor] of Object.entries(elements)) {
    const existing = registry.get(tag);
    if (existing === ctor) continue;
    if (existing) taken.push(tag);
    else registry.define(tag, ctor);
  }
  if (taken.length) {
    console.warn(`keyfigures: ${taken.join(', ')} already defined on this page (is keyfigures loaded twice?); keeping the existing definition.`);
  }
}
