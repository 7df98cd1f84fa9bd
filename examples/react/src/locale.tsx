import type { ReactNode } from 'react';

/** The two locales keyfigures ships, with the words this page needs in each. */
export const locales = {
  en: {
    name: 'English',
    title: 'keyfigures in a React app',
    intro: 'The figures below are React components from @keyfigures/react. Switch the language and pick an indicator: the components re-render in place.',
    language: 'Language',
    sentence: (figure: ReactNode, fortune: ReactNode) => (
      <>In 2023 Chongqing set up {figure}, and {fortune} of the Fortune 500 have settled in the city.</>
    ),
    card: 'One card, any indicator',
    indicator: 'Indicator',
    misspelt: 'a misspelt id (shows onKfError)',
    noErrors: 'No errors.',
    error: 'kf-error',
    dashboard: 'Every key figure',
  },
  'zh-CN': {
    name: '中文（简体）',
    title: '在 React 应用中使用 keyfigures',
    intro: '以下数字都是 @keyfigures/react 的 React 组件。切换语言或选择指标，组件就地重新渲染。',
    language: '语言',
    sentence: (figure: ReactNode, fortune: ReactNode) => (
      <>2023年，重庆新设外资企业{figure}，世界500强企业落户{fortune}。</>
    ),
    card: '一张卡片，任选指标',
    indicator: '指标',
    misspelt: '拼错的指标（触发 onKfError）',
    noErrors: '没有错误。',
    error: 'kf-error',
    dashboard: '全部关键数据',
  },
} as const;

export type Locale = keyof typeof locales;
