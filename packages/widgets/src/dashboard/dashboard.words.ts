import { resolveLocale } from '@keyfigures/sdk';

// TODO-move: these UI words belong in the SDK's locale tables (packages/sdk/src/locales/*.ts,
// LocaleGrammar.words); they live here until the lead adds them there.
const words = {
  en: {
    /** Note under an aspect of work for which the source states no figure. */
    noFigures: 'No figures stated in the source',
    /** Heading of the dashboard's timeline section. */
    events: 'Events and deadlines',
  },
  'zh-CN': {
    noFigures: '原文未列出具体数据',
    events: '大事记与时间节点',
  },
} as const;

export type DashboardWords = { readonly [K in keyof (typeof words)['en']]: string };

/** The dashboard's own UI words in `locale` (en for a locale without a table). */
export const dashboardWords = (locale: string): DashboardWords =>
  (words as Record<string, DashboardWords>)[resolveLocale(locale)] ?? words.en;
