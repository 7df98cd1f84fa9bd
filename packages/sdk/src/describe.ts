import { ErrorCode, KeyfiguresError } from './errors.js';
import { formatDeadline, formatObservation } from './format.js';
import { grammarOf, localize } from './locale.js';
import type { Dataset, Indicator } from './model.js';
import { formatNumber } from './number.js';
import { ownerOf } from './owner.js';
import { formatPeriod } from './period.js';
import { changeFor, findObservation, headline, shareOfTotal } from './query.js';
import type { Placeholder } from './template.js';
import { fillTemplate } from './template.js';

/**
 * One complete sentence about an indicator, for screen readers, captions and alt text:
 * "In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year." /
 * "2023年，重庆新设外资企业387家，同比增长44.4%。". The words come from the indicator's `sentence`
 * template (or the locale's generic one); every number comes from its observations.
 */
export function describe(indicator: Indicator, locale?: string, dataset?: Dataset): string {
  const g = grammarOf(locale);
  const template = indicator.sentence ? localize(indicator.sentence, locale) : g.sentence;
  const main = headline(indicator);
  const change = changeFor(indicator, main);
  const target = findObservation(indicator, { measure: 'target' });
  const need = <T>(x: T | undefined, name: string): T => {
    if (x === undefined) throw new KeyfiguresError(ErrorCode.noObservation, `${indicator.id}: the sentence uses {${name}}, which it has no value for`);
    return x;
  };
  const fillers: Record<Placeholder, () => string> = {
    value: () => formatObservation(indicator, main, locale, { deadline: false }),
    'value:number': () => formatObservation(indicator, main, locale, { deadline: false, noun: false }),
    period: () => formatPeriod(main.period, g),
    change: () => formatObservation(indicator, need(change, 'change'), locale, { style: 'phrase' }),
    'change:signed': () => formatObservation(indicator, need(change, 'change'), locale),
    target: () => formatObservation(indicator, need(target, 'target'), locale, { deadline: false }),
    'target:number': () => formatObservation(indicator, need(target, 'target'), locale, { deadline: false, noun: false }),
    deadline: () => formatDeadline(need(target, 'deadline').period, locale),
    'deadline:year': () => formatPeriod(need(target, 'deadline').period, g),
    'total:number': () => formatNumber(need(indicator.total, 'total').value, g),
    'total:label': () => localize(need(indicator.total, 'total').label, locale),
    share: () => `${formatNumber(shareOfTotal(indicator).value, g, { digits: 1 })}%`,
    label: () => localize(indicator.label, locale),
    subject: () => {
      const owner = dataset ?? ownerOf(indicator);
      if (!owner) throw new KeyfiguresError(ErrorCode.noObservation, `${indicator.id}: pass the dataset to describe(); the sentence names its subject`);
      return localize(owner.subject, locale);
    },
  };
  const sentence = fillTemplate(template, (name) => fillers[name]());
  return sentence.charAt(0).toLocaleUpperCase(g.intl) + sentence.slice(1);
}
