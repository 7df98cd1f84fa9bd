import type { LocaleGrammar } from './grammar.js';
import { en } from './locales/en.js';
import { zhCN } from './locales/zh-CN.js';

const registry = new Map<string, LocaleGrammar>([
  ['en', en],
  ['zh-CN', zhCN],
]);

/** Adds (or replaces) the grammar of a locale, e.g. registerLocale('fr', fr). */
export function registerLocale(tag: string, grammar: LocaleGrammar): void {
  registry.set(tag, grammar);
}

/** The locale tags that have a grammar. */
export const supportedLocales = (): string[] => [...registry.keys()];

/**
 * The supported tag nearest to `tag`: itself; else one with the same language (zh, zh-Hans and
 * zh-Hans-CN find zh-CN; en-GB finds en); else en. Never throws, so a bad attribute still renders.
 */
export function resolveLocale(tag: string | null | undefined): string {
  if (!tag) return 'en';
  if (registry.has(tag)) return tag;
  const lang = tag.toLowerCase().split(/[-_]/)[0];
  for (const known of registry.keys()) if (known.toLowerCase().split('-')[0] === lang) return known;
  return 'en';
}

/** The grammar of the nearest supported locale. */
export const grammarOf = (tag: string | null | undefined): LocaleGrammar => registry.get(resolveLocale(tag)) ?? en;

/** Picks a localized entry: the exact tag, then the same language, then en. */
export function localize<T>(entries: { readonly en: T; readonly [tag: string]: T }, tag: string | null | undefined): T {
  if (tag && entries[tag] !== undefined) return entries[tag]!;
  const resolved = resolveLocale(tag);
  if (entries[resolved] !== undefined) return entries[resolved]!;
  const lang = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  const same = Object.keys(entries).find((k) => k.toLowerCase().split('-')[0] === lang);
  return same ? entries[same]! : entries.en;
}
