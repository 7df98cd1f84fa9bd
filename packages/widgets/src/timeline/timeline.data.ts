import type { Dataset, Indicator } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, findObservation, formatObservation, grammarOf, localize, periodEnd, periodStart } from '@keyfigures/sdk';
import { wordsFor } from '../locales/words.js';

/** One entry of the timeline, ready to show. */
export interface TimelineItem {
  readonly id: string;
  /** ISO period at the precision the source gives: 2016, 2021-07, 2023-12-05. */
  readonly date: string;
  /** Where it goes on the axis: the start of its period (UTC ms). */
  readonly time: number;
  readonly kind: 'milestone' | 'deadline';
  readonly label: string;
  /** Whether the whole period lies before `now`; a deadline "2027" is upcoming until 2027 ends. */
  readonly past: boolean;
  /** For the shown indicator's deadline: its target, e.g. "Target: 10% by 2027". */
  readonly target?: string;
}

/**
 * The events to show, in time order: all the dataset's events, or with an indicator only those
 * that concern it, plus its target's deadline (on the dataset's deadline event for that date when
 * there is one, else as an entry of its own). An indicator with neither is an error that names
 * the indicators that have events.
 */
export function timelineItems(dataset: Dataset, indicator: Indicator | undefined, locale: string, now: number): TimelineItem[] {
  const events = indicator ? dataset.events.filter((e) => e.indicators?.includes(indicator.id)) : dataset.events;
  const items: TimelineItem[] = events.map((e) => ({
    id: e.id,
    date: e.date,
    time: periodStart(e.date),
    kind: e.kind,
    label: localize(e.label, locale),
    past: periodEnd(e.date) < now,
  }));
  const target = indicator && findObservation(indicator, { measure: 'target' });
  if (indicator && target) {
    const g = grammarOf(locale);
    const text = `${wordsFor(g).target}${wordsFor(g).labelSep}${formatObservation(indicator, target, locale)}`;
    const at = items.findIndex((i) => i.kind === 'deadline' && i.date === target.period);
    const own: TimelineItem = {
      id: `${indicator.id}-deadline`,
      date: target.period,
      time: periodStart(target.period),
      kind: 'deadline',
      label: localize(indicator.label, locale),
      past: periodEnd(target.period) < now,
    };
    if (at >= 0) items[at] = { ...items[at]!, target: text };
    else items.push({ ...own, target: text });
  }
  if (indicator && !items.length) {
    const known = dataset.indicators.filter((i) => dataset.events.some((e) => e.indicators?.includes(i.id)) || findObservation(i, { measure: 'target' }));
    throw new KeyfiguresError(
      ErrorCode.unsupportedIndicator,
      `${indicator.id} has no dated events or target deadline to show; indicators that have: ${known.map((i) => i.id).join(', ')}`,
    );
  }
  if (!items.length) throw new KeyfiguresError(ErrorCode.noObservation, `dataset ${dataset.id} has no events to show`);
  return items.sort((a, b) => a.time - b.time || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
