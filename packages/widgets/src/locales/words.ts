import type { LocaleGrammar } from '@keyfigures/sdk';
import { resolveLocale } from '@keyfigures/sdk';
import { en } from './en.js';
import { zhCN } from './zh-CN.js';

/**
 * The words of the elements' interface in one locale. Number grammar lives in the SDK's locale
 * tables; these are the elements' own words. Patterns use {placeholders}: {n} a number alone,
 * {q} or {value} a quantity with its noun, {total} a whole with its noun, {label} a name,
 * {t} a duration, {a} and {b} two texts.
 */
export interface UiWords {
  readonly source: string;
  readonly derived: string;
  readonly approximate: string;
  readonly target: string;
  readonly deadline: string;
  readonly loading: string;
  readonly error: string;
  readonly of: string;
  readonly value: string;
  readonly period: string;
  readonly past: string;
  readonly future: string;
  readonly noCurrent: string;
  readonly quote: string;
  /** Between a word and what it introduces: "Source: …" / "来源：…". */
  readonly labelSep: string;
  /** Brackets around an aside: " (…)" / "（…）". */
  readonly asideOpen: string;
  readonly asideClose: string;
  readonly quoteOpen: string;
  readonly quoteClose: string;
  /** A value of a whole that has a name. */
  readonly ofNamedTotal: string;
  /** A value of a whole without a name (a percent level: of 100 %). */
  readonly ofTotal: string;
  readonly total: string;
  readonly share: string;
  readonly progress: string;
  readonly today: string;
  readonly timeLeft: string;
  readonly timeLeftHead: string;
  readonly deadlinePassed: string;
  readonly timeBar: string;
  readonly perCell: string;
  readonly labelled: string;
  readonly bracketed: string;
  readonly restNamed: string;
  readonly rest: string;
  /** Note under a theme for which the source states no figure. */
  readonly noFigures: string;
  /** Heading of the dashboard's timeline section. */
  readonly events: string;
  /** Live region text when an element without one indicator (the dashboard) gets new data. */
  readonly updated: string;
  /** Stale cue of live data that could not be updated; {t} is its age ("3 minutes ago"). */
  readonly stale: string;
  /** Stale cue when no check has succeeded yet. */
  readonly notUpdated: string;
}

const registry = new Map<string, UiWords>([
  ['en', en],
  ['zh-CN', zhCN],
]);

/** Adds the interface words of a locale; register its number grammar with the SDK's registerLocale too. */
export function registerWords(tag: string, words: UiWords): void {
  registry.set(tag, words);
}

/** The interface words for a locale tag, or for the locale of a grammar; en where a locale has none. */
export function wordsFor(locale: string | LocaleGrammar): UiWords {
  return registry.get(resolveLocale(typeof locale === 'string' ? locale : locale.intl)) ?? en;
}
