import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';
import { sentence } from './support/sentences.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-figure',
  component: 'kf-figure',
  args: { indicator: 'new-foreign-enterprises' },
};
export default meta;
type Story = StoryObj<Args>;

const figure = (args: Args, g: Parameters<typeof common>[1]): string =>
  tag('kf-figure', { indicator: args.indicator, ...common(args, g), 'with-change': args['with-change'] });

/** One figure inside a sentence, in the article's own font; focus or hover it for its source and quote. */
export const InASentence: Story = embed((args, g) => ({
  html: `<p>${sentence({ en: ['In 2023 Chongqing set up ', '.'], 'zh-CN': ['2023年，重庆新设外资企业', '。'] }, g.locale, figure(args, g))}</p>`,
}));

/** `with-change`: the year-on-year change follows the level. */
export const WithChange: Story = {
  ...embed((args, g) => ({
    html: `<p>${sentence({ en: ['Chongqing set up ', ' in 2023.'], 'zh-CN': ['2023年，重庆新设外资企业', '。'] }, g.locale, figure(args, g))}</p>`,
  })),
  args: { 'with-change': true },
};

/** Lower bounds, ranges and targets keep their words: "more than", "1–2", "by 2027". */
export const LowerBoundRangeAndTarget: Story = embed((args, g) => {
  const f = (indicator: string): string => tag('kf-figure', { indicator, ...common(args, g) });
  const en = `<p>Chongqing's NEV industry is to export ${f('nev-export-value-target')} a year and build ${f('nev-export-leaders-target')}; China has held ${f('depa-negotiation-rounds')} on joining DEPA.</p>`;
  const zh = `<p>重庆智能网联新能源汽车年出口额${f('nev-export-value-target')}，出口领先企业和品牌${f('nev-export-leaders-target')}；中国加入DEPA已完成${f('depa-negotiation-rounds')}。</p>`;
  return { html: g.locale === 'zh-CN' ? zh : en };
});

/** A headline: the figure takes the heading's size and weight. */
export const InAHeadline: Story = {
  ...embed((args, g) => ({
    html: `<h2 style="font: 700 2rem/1.2 Georgia, serif">${sentence({ en: ['', ' of the Fortune 500 are in Chongqing'], 'zh-CN': ['世界500强', '落户重庆'] }, g.locale, figure(args, g))}</h2>`,
  })),
  args: { indicator: 'fortune-500-companies' },
};
