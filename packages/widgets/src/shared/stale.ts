import { fillPattern } from '@keyfigures/sdk';
import type { Staleness } from './dataset-controller.js';
import { wordsFor } from '../locales/words.js';

/** Age in the largest whole unit, as Intl says it: "3 minutes ago", "3分钟前". */
function age(ms: number, locale: string): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const [n, unit] = s < 60 ? [s, 'second'] : s < 3600 ? [Math.floor(s / 60), 'minute'] : s < 86_400 ? [Math.floor(s / 3600), 'hour'] : [Math.floor(s / 86_400), 'day'];
  return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-n, unit as Intl.RelativeTimeFormatUnit);
}

/** The words of the stale cue: "Not up to date: data from 3 minutes ago" / "未能更新：3分钟前的数据". */
export function staleText(stale: Staleness, locale: string, now = Date.now()): string {
  const w = wordsFor(locale);
  return stale.since === undefined ? w.notUpdated : fillPattern(w.stale, { t: age(now - stale.since, locale) });
}
