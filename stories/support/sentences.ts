// Running text around kf-figure in each locale: the element is made to sit inside sentences.
import type { Globals } from './snippet.js';

/** Words before and after the figure, by locale. */
export type Sentence = Readonly<Record<Globals['locale'], readonly [before: string, after: string]>>;

/** The sentence of a story in the story's locale, with `figure` (markup) in its place. */
export function sentence(s: Sentence, locale: string, figure: string): string {
  const [before, after] = s[locale === 'zh-CN' ? 'zh-CN' : 'en'];
  return `${before}${figure}${after}`;
}
