/** Fills the {name} placeholders of a locale pattern from `parts`; a missing part is left empty. */
export const fillPattern = (pattern: string, parts: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? '');
