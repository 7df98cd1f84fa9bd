// What a kf-kpi card says, as plain strings and geometry: every word and number from the SDK.
// Pure (no DOM, no Lit), so the loading skeleton and the ready card share one template.
import type { Dataset, Indicator, LocaleGrammar, Observation } from '@keyfigures/sdk';
import { changeFor, cite, describe, formatDeadline, formatObservation, formatPeriod, grammarOf, headline, localize } from '@keyfigures/sdk';
import type { MiniBarsLayout } from './kpi.draw.js';
import { miniBars, miniBarsDefaults } from './kpi.draw.js';
import { viewCache } from '../shared/markup.js';
import type { FigureParts } from '../shared/split-figure.js';
import { splitFigure } from '../shared/split-figure.js';
import { wordsFor } from '../locales/words.js';

/** The direction of a change, as glyph and colour class; never shown by colour alone. */
export const Direction = { up: 'up', down: 'down', flat: 'flat' } as const;
export type Direction = (typeof Direction)[keyof typeof Direction];
const glyphs: Record<Direction, string> = { up: '▲', down: '▼', flat: '▶' };

export interface ChangeModel {
  readonly direction: Direction;
  readonly glyph: string;
  /** What is seen and heard (the glyph is decoration): "+44.4% year on year" / "同比+44.4%". */
  readonly text: string;
}

export interface TrendTick {
  readonly period: string;
  /** "387", or for a derived value "≈268 (derived)". */
  readonly value: string;
  readonly derived: boolean;
}

export interface CardModel {
  readonly label: string;
  /** The headline is a target: shown with the word Target and its deadline. */
  readonly target: boolean;
  readonly targetWord: string;
  readonly figure: FigureParts;
  readonly change: ChangeModel | undefined;
  /** The period ("2023", "2023年"), or for a target its deadline ("by 2027", "到2027年"). */
  readonly when: string;
  readonly trend: { readonly bars: MiniBarsLayout; readonly ticks: readonly TrendTick[] } | undefined;
  readonly citation: string;
  readonly quote: { readonly text: string; readonly lang: string } | undefined;
  readonly quoteWord: string;
  readonly sentence: string;
}

/** The change badge of `indicator` at the headline's period (else its latest stated change). */
function changeModel(indicator: Indicator, o: Observation, locale: string, g: LocaleGrammar): ChangeModel {
  const unit = o.change?.unit ?? 'percent';
  // As the SDK does: a change that rounds to zero at two decimals is flat.
  const direction: Direction = Math.round(Math.abs(o.value) * 100) === 0 ? 'flat' : o.value > 0 ? 'up' : 'down';
  const signed = formatObservation(indicator, o, locale);
  const basis = g.change.basis[o.change?.basis ?? 'year-on-year'];
  // Word order and spacing follow the locale's phrase: "+44.4% year on year", "同比+44.4%".
  const pattern = g.change[unit].up;
  const basisFirst = pattern.indexOf('{basis}') < pattern.indexOf('{n}');
  const sep = / \{basis\}|\{basis\} /.test(pattern) ? ' ' : '';
  return {
    direction,
    glyph: glyphs[direction],
    text: basisFirst ? `${basis}${sep}${signed}` : `${signed}${sep}${basis}`,
  };
}

/** Level observations, stated and derived, oldest first: a trend when there are two or more. */
function trendModel(indicator: Indicator, locale: string, g: LocaleGrammar): CardModel['trend'] {
  const levels = indicator.observations.filter((o) => o.measure === 'level').sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  if (levels.length < 2) return undefined;
  const w = wordsFor(g);
  const ticks = levels.map((o): TrendTick => {
    const value = formatObservation(indicator, o, locale, { noun: false, deadline: false });
    return {
      period: formatPeriod(o.period, g),
      value: o.derived ? `${value}${w.asideOpen}${w.derived}${w.asideClose}` : value,
      derived: !!o.derived,
    };
  });
  // In percent of the strip (its 5 : 1 shape is CSS's): HTML boxes whose outline is inside them (no inset).
  const box = { ...miniBarsDefaults, width: 100, height: 100, stroke: 0 };
  return { bars: miniBars(levels.map((o) => ({ value: o.value, derived: !!o.derived })), box), ticks };
}

/** Everything a card shows for `indicator` in `locale`. Throws the SDK's errors (e.g. a NaN value). */
export function cardModel(dataset: Dataset, indicator: Indicator, locale: string): CardModel {
  const g = grammarOf(locale);
  const w = wordsFor(g);
  const main = headline(indicator);
  const target = main.measure === 'target';
  const change = changeFor(indicator, main);
  const source = dataset.sources.find((s) => s.id === main.source) ?? dataset.sources[0]!;
  return {
    label: localize(indicator.label, locale),
    target,
    targetWord: wordsFor(g).target,
    figure: splitFigure(formatObservation(indicator, main, locale, { deadline: false })),
    change: change && !target ? changeModel(indicator, change, locale, g) : undefined,
    when: target ? formatDeadline(main.period, locale) : formatPeriod(main.period, g),
    trend: trendModel(indicator, locale, g),
    citation: `${wordsFor(g).source}${w.labelSep}${cite(source, 'plain', locale)}`,
    quote: main.quote ? { text: `${w.quoteOpen}${main.quote}${w.quoteClose}`, lang: source.language } : undefined,
    quoteWord: w.quote,
    sentence: describe(indicator, locale, dataset),
  };
}

/** cardModel(), computed once per dataset, indicator and locale and shared by every card that shows it. */
export const sharedCardModel = viewCache(cardModel);

/** A stand-in card for the loading state when nothing is known of the indicator: typical lengths. */
export function placeholderModel(locale: string): CardModel {
  const g = grammarOf(locale);
  const w = wordsFor(g);
  const filler = (n: number) => Array.from({ length: n }, () => wordsFor(g).loading).join(' ');
  return {
    label: filler(2),
    target: false,
    targetWord: wordsFor(g).target,
    figure: { before: '', number: '000', after: '' },
    change: undefined,
    when: '0000',
    trend: undefined,
    citation: filler(6),
    quote: { text: '', lang: locale },
    quoteWord: w.quote,
    sentence: '',
  };
}
