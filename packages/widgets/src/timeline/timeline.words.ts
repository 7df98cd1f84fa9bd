// TODO-move: into the SDK's locale tables (LocaleGrammar.words / patterns), then delete this file.
// Until then a locale without an entry here falls back to en, like the SDK's own tables.
import { resolveLocale } from '@keyfigures/sdk';

/** Words kf-timeline writes that the SDK's locale tables do not have yet. */
export interface TimelineWords {
  /** The marker of the present moment on the axis and in the list. */
  readonly today: string;
}

const table: Record<string, TimelineWords> = {
  en: { today: 'Today' },
  'zh-CN': { today: '今天' },
};

export const timelineWords = (locale: string): TimelineWords => table[resolveLocale(locale)] ?? table.en!;
