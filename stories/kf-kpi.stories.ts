import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-kpi',
  component: 'kf-kpi',
  args: { indicator: 'new-foreign-enterprises' },
};
export default meta;
type Story = StoryObj<Args>;

const card = embed((args, g) => ({ html: tag('kf-kpi', { indicator: args.indicator, ...common(args, g) }) }));

/** A level with its change and a series: 387 in 2023, +44.4 %, the derived 2022 value hatched. */
export const WithChangeAndSeries: Story = { ...card };

/** A lower bound: more than CNY 120 billion (超过1200亿元) by 2027. */
export const LowerBound: Story = { ...card, args: { indicator: 'nev-export-value-target' } };

/** A range: 1–2 leading enterprises and brands. */
export const Range: Story = { ...card, args: { indicator: 'nev-export-leaders-target' } };

/** A target with its deadline and no current value: 10 % of national vehicle exports by 2027. */
export const Target: Story = { ...card, args: { indicator: 'vehicle-export-share-target' } };

/** Cards side by side in a grid of the page. */
export const InAGrid: Story = embed((args, g) => ({
  html: `<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 16px">\n${[
    'new-foreign-enterprises',
    'fortune-500-companies',
    'depa-negotiation-rounds',
    'consumer-center-pilot-cities',
  ]
    .map((indicator) => `  ${tag('kf-kpi', { indicator, ...common(args, g) })}`)
    .join('\n')}\n</div>`,
}));
