import type { Indicator } from '@keyfigures/sdk';

/** The elements a dashboard composes its cards from, by tag. */
export const CardTag = { kpi: 'kf-kpi', progress: 'kf-progress', waffle: 'kf-waffle' } as const;
export type CardTag = (typeof CardTag)[keyof typeof CardTag];

/** Why an indicator got its card: the rule of {@link cardFor} that matched, first match wins. */
export const CardReason = {
  /** A count of things with a stated whole (319 of the Fortune 500): a unit chart, one cell a thing. */
  shareOfCount: 'share-of-count',
  /** Any other stated level with a whole (e.g. money of a budget): a bar of the whole. */
  share: 'share',
  /** A stated level and a target for it: a bar toward the target. */
  towardTarget: 'toward-target',
  /** A percentage level (95.3 %): a bar of 100 %. */
  percent: 'percent',
  /** Only a target, no current value (10 % by 2027): the target, its deadline and the time left. */
  target: 'target',
  /** Two or more levels (derived ones count) or a change: a KPI card with its change and mini series. */
  series: 'series',
  /** A single level of anything else: a KPI card. */
  level: 'level',
} as const;
export type CardReason = (typeof CardReason)[keyof typeof CardReason];

/** The card for one indicator: which element, and why. */
export interface Card {
  readonly tag: CardTag;
  readonly reason: CardReason;
}

/**
 * Picks the element that shows an indicator best. Pure: it reads only the indicator's unit,
 * total and observations, so any publisher's dataset lays itself out.
 *
 * A share of a *count* goes to kf-waffle rather than kf-progress: the whole is a number of
 * discrete things (500 companies), which a unit chart shows as things, and it keeps the rule
 * independent of the id. A share of anything else (money, a percentage) is a continuous
 * quantity and gets a bar.
 */
export function cardFor(indicator: Indicator): Card {
  const stated = indicator.observations.filter((o) => !o.derived);
  const levels = indicator.observations.filter((o) => o.measure === 'level');
  const hasStatedLevel = stated.some((o) => o.measure === 'level');
  const hasTarget = stated.some((o) => o.measure === 'target');
  const hasChange = stated.some((o) => o.measure === 'change');

  if (hasStatedLevel && indicator.total) {
    return indicator.unit.kind === 'count'
      ? { tag: CardTag.waffle, reason: CardReason.shareOfCount }
      : { tag: CardTag.progress, reason: CardReason.share };
  }
  if (hasStatedLevel && hasTarget) return { tag: CardTag.progress, reason: CardReason.towardTarget };
  if (hasStatedLevel && indicator.unit.kind === 'percent') return { tag: CardTag.progress, reason: CardReason.percent };
  if (!hasStatedLevel && hasTarget) return { tag: CardTag.progress, reason: CardReason.target };
  if (levels.length >= 2 || hasChange) return { tag: CardTag.kpi, reason: CardReason.series };
  return { tag: CardTag.kpi, reason: CardReason.level };
}
