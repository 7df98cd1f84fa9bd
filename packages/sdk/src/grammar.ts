/** A large-number word: values of at least `at` are divided by `divisor` and followed by `word`. */
export interface ScaleWord {
  readonly at: number;
  readonly divisor: number;
  readonly word: string;
}

/** Phrases of a change, by direction; {n} is the unsigned number, {basis} the basis phrase. */
export interface ChangePhrases {
  readonly up: string;
  readonly down: string;
  readonly flat: string;
  /** A signed change: {n} is the number with its sign. */
  readonly signed: string;
}

/**
 * The number grammar and words of one locale. Locale is data: a new locale is a new table of this
 * shape registered with registerLocale(), with no change to the formatting code.
 */
export interface LocaleGrammar {
  /** The locale tag handed to Intl (NumberFormat, PluralRules, DateTimeFormat). */
  readonly intl: string;
  /** Whether to group digits: en writes 9,999; Chinese statistical style writes 9999. */
  readonly grouping: boolean;
  /** Large-number words per unit kind, largest first (en billion; zh 万亿, 亿, 万). */
  readonly scales: {
    readonly count: readonly ScaleWord[];
    readonly currency: readonly ScaleWord[];
  };
  /** Names of currencies after the number (zh 元); a currency missing here is written by its ISO code. */
  readonly currencyNames: Readonly<Record<string, string>>;
  /** Patterns; {n} is a formatted number, {noun} a count's noun, {q} a whole quantity, {code} an ISO code. */
  readonly patterns: {
    readonly count: string;
    readonly currency: string;
    /** Currency written by its ISO code, when currencyNames has no entry. */
    readonly currencyCode: string;
    readonly percent: string;
    readonly range: string;
    readonly approximate: string;
    readonly 'more-than': string;
    /** Overrides more-than for counts with a noun (zh: 10余轮). */
    readonly 'more-than-count'?: string;
    readonly 'at-least': string;
    readonly 'less-than': string;
    readonly 'at-most': string;
    /** A deadline: {period} is the formatted period (by 2027 / 到2027年). */
    readonly deadline: string;
    /** A target with its deadline: {q} the target, {deadline} the deadline phrase. */
    readonly target: string;
    /** Overrides target when the target is a bound (zh drops 达到 before 超过). */
    readonly 'target-bound'?: string;
  };
  /** Change phrases by change unit, and the words for each basis. */
  readonly change: {
    readonly percent: ChangePhrases;
    readonly 'percentage-points': ChangePhrases;
    readonly basis: { readonly 'year-on-year': string; readonly 'period-on-period': string };
  };
  /** The sentence describe() falls back to when an indicator has no template of its own. */
  readonly sentence: string;
  /** Citation punctuation: the marks around a title (“” in English, 《》 in Chinese), the separator of parts, the end. */
  readonly cite: { readonly open: string; readonly close: string; readonly sep: string; readonly end: string };
}
