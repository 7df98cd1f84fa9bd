import { grammarOf, localize } from './locale.js';
import type { Source } from './model.js';
import { formatPeriod } from './period.js';

/** Citation styles: a plain line for captions, and GB/T 7714-2015, China's national reference standard. */
export const CiteStyle = { plain: 'plain', gbt7714: 'gbt7714' } as const;
export type CiteStyle = (typeof CiteStyle)[keyof typeof CiteStyle];

export interface CiteOptions {
  /** Date the online source was read (YYYY-MM-DD), for GB/T 7714's [引用日期]; omitted when absent. */
  readonly accessed?: string;
}

/**
 * A citation of a source.
 * - plain: publisher, “title”, date, URL in the reader's locale (zh-CN uses 《》 and 年月日).
 * - gbt7714: `Publisher. Title[EB/OL]. (2024-01-29)[accessed]. URL.` with the title in the
 *   source's own language, as the standard asks; [EB/OL] when it has a URL, [Z] otherwise.
 */
export function cite(source: Source, style: CiteStyle = 'plain', locale?: string, options: CiteOptions = {}): string {
  if (style === 'gbt7714') {
    const title = localize(source.title, source.language);
    const publisher = source.publisher ? `${localize(source.publisher, source.language)}. ` : '';
    const type = source.url ? 'EB/OL' : 'Z';
    const accessed = options.accessed ? `[${options.accessed}]` : '';
    const url = source.url ? ` ${source.url}` : '';
    return `${publisher}${title}[${type}]. (${source.date})${accessed}.${url}${url ? '.' : ''}`;
  }
  const g = grammarOf(locale);
  const parts = [
    source.publisher ? localize(source.publisher, locale) : undefined,
    `${g.cite.open}${localize(source.title, locale)}${g.cite.close}`,
    formatPeriod(source.date, g),
    source.url,
  ].filter((p): p is string => p !== undefined);
  return parts.join(g.cite.sep) + g.cite.end;
}
