// Generated from schema/dataset.schema.json by scripts/gen-types.mjs. Do not edit:
// change the schema and run `npm run gen:types`.

/** A keyfigures dataset: the key figures of one or more published documents, each figure with its provenance. */
export interface Dataset {
  /** URL or path of this schema, for editors. */
  readonly $schema?: string;
  /** Stable id of the dataset. */
  readonly id: Id;
  /** Publisher's version of the dataset, e.g. a date or semver. */
  readonly version?: string;
  /** Title of the dataset. */
  readonly title: LocalizedText;
  /** Who or what the figures are about, e.g. "Chongqing". */
  readonly subject: LocalizedText;
  /** Documents the figures are quoted from. The first is the default source of every quote. */
  readonly sources: readonly Source[];
  /** Themes that group indicators, in display order. */
  readonly themes: readonly Theme[];
  /** The key figures. */
  readonly indicators: readonly Indicator[];
  /** Dated events and deadlines the sources state. */
  readonly events: readonly DatasetEvent[];
}

/** A stable identifier: lowercase letters, digits and single hyphens. */
export type Id = string;

/** A calendar period in ISO 8601: a year (2023), a month (2021-07) or a day (2024-01-26). */
export type Period = string;

/** Text per BCP 47 locale tag. English (en) is required and is the fallback for every other locale. */
export interface LocalizedText {
  readonly en: string;
  readonly [key: string]: string;
}

/** A word in the plural categories of Intl.PluralRules; only other is required. */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** Plural forms per BCP 47 locale tag; en is required. In Chinese this is the measure word with its noun (家, 轮, 个城市). */
export interface LocalizedPlural {
  readonly en: PluralForms;
  readonly [key: string]: PluralForms;
}

/** A published document that figures are quoted from. */
export interface Source {
  readonly id: Id;
  /** Title; the entry for the source's own language is the original title. */
  readonly title: LocalizedText;
  /** Who published the document, when it says so. */
  readonly publisher?: LocalizedText;
  /** Date of the document, or of the event it reports when it gives no other. */
  readonly date: Period;
  /** Where the document can be read, when known. */
  readonly url?: string;
  /** Language the document is written in; quotes are in this language. */
  readonly language: string;
}

/** A theme that groups indicators, e.g. one of the seven aspects of work for 2024. */
export interface Theme {
  readonly id: Id;
  readonly label: LocalizedText;
  /** Verbatim text of the source that names the theme. */
  readonly quote?: string;
  /** Id of the quoted source; the dataset's first source by default. */
  readonly source?: Id;
}

/** What a value counts or measures. */
export type Unit = CountUnit | PercentUnit | CurrencyUnit;

/** A count of things, with the noun (or Chinese measure word) that follows the number. */
export interface CountUnit {
  readonly kind: "count";
  readonly noun: LocalizedPlural;
}

/** A percentage (a level such as a rate or a share, not a change). */
export interface PercentUnit {
  readonly kind: "percent";
}

/** An amount of money. */
export interface CurrencyUnit {
  readonly kind: "currency";
  /** ISO 4217 code, e.g. CNY. */
  readonly currency: string;
  /**
   * Power of ten the stored values are in, so that a figure can be kept as published: 120 with scale 9 is 120 billion.
   * @default 0
   */
  readonly scale?: number;
}

/** How exact a value is: exact; approximate (≈); a lower bound (more-than, at-least); an upper bound (less-than, at-most); or a range from value to upper. */
export type Qualifier = "exact" | "approximate" | "more-than" | "at-least" | "less-than" | "at-most" | "range";

/** What an observation states: the level itself, a change of it, or a target for it. */
export type Measure = "level" | "change" | "target";

/** What a change is measured against and in what. */
export interface Change {
  /** year-on-year compares with the same period a year before; period-on-period with the period just before. */
  readonly basis: "year-on-year" | "period-on-period";
  /** percent is a relative change; percentage-points the difference of two percentages. */
  readonly unit: "percent" | "percentage-points";
}

/** How a value the sources do not state was computed from values they do. */
export interface Derivation {
  /** Arithmetic over numbers and references: {measure@period} in the same indicator or {indicator-id:measure@period}, e.g. {level@2023} / (1 + {change@2023} / 100). */
  readonly formula: string;
  /**
   * Decimals the stored value was rounded to.
   * @default 0
   */
  readonly decimals?: number;
}

/** One value of an indicator: stated (with its quote) or derived (with its formula). */
export interface Observation {
  /** When the value holds; for a target, its deadline. */
  readonly period: Period;
  readonly measure: Measure;
  /** The value in the indicator's unit; for a change, in the change's unit. The lower end of a range. */
  readonly value: number;
  /** @default "exact" */
  readonly qualifier?: Qualifier;
  /** Upper end, when the qualifier is range. */
  readonly upper?: number;
  /** Required when the measure is change. */
  readonly change?: Change;
  /** Verbatim text of the source that states the value. Required unless the value is derived. */
  readonly quote?: string;
  /** Id of the quoted source; the dataset's first source by default. */
  readonly source?: Id;
  /** Present when the sources do not state the value. */
  readonly derived?: Derivation;
}

/** The whole that a count is a share of, e.g. the 500 of the Fortune 500. */
export interface Total {
  readonly value: number;
  /** Name of the whole, e.g. "Fortune 500". */
  readonly label: LocalizedText;
  /** Verbatim text of the source that names the whole. */
  readonly quote?: string;
}

/** A named member of a list an indicator counts, e.g. one of the four firsts. */
export interface Item {
  readonly id: Id;
  readonly label: LocalizedText;
  readonly quote?: string;
}

/** A key figure: what is measured, in what unit, and its observations. */
export interface Indicator {
  /** Stable id; public API once published. */
  readonly id: Id;
  /** Name of the figure, as a heading. */
  readonly label: LocalizedText;
  /** Ids of the themes it belongs to; the first is its home. */
  readonly themes: readonly Id[];
  readonly unit: Unit;
  /** The whole the figure is a share of, if any. */
  readonly total?: Total;
  readonly observations: readonly Observation[];
  /** Named members of what is counted, where the sources name them. */
  readonly items?: readonly Item[];
  /** Template of the sentence describe() returns, with placeholders {value}, {value:number}, {change}, {change:signed}, {period}, {target}, {deadline}, {total}, {total:number}, {share}, {label}, {subject}. */
  readonly sentence?: LocalizedText;
}

/** A dated event or deadline that a source states. */
export interface DatasetEvent {
  readonly id: Id;
  readonly date: Period;
  /** A milestone happened; a deadline is when targets fall due. */
  readonly kind: "milestone" | "deadline";
  readonly label: LocalizedText;
  readonly quote: string;
  /** Id of the quoted source; the dataset's first source by default. */
  readonly source?: Id;
  readonly themes?: readonly Id[];
  /** Ids of the indicators the event concerns. */
  readonly indicators?: readonly Id[];
}
