import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-bars',
  component: 'kf-bars',
  args: { indicator: 'new-foreign-enterprises' },
};
export default meta;
type Story = StoryObj<Args>;

const bars = embed((args, g) => ({
  html: tag('kf-bars', { indicator: args.indicator, indicators: args.indicators, ...common(args, g) }),
}));

/** Over periods: 2023's stated 387 beside 2022's derived ≈268, hatched and labelled. */
export const Periods: Story = { ...bars };

/** Over categories: `indicators` names several indicators, one bar each. */
export const Categories: Story = {
  ...bars,
  args: { indicator: undefined, indicators: 'new-foreign-enterprises fortune-500-companies depa-negotiation-rounds' },
};

/** Periods in a narrow column of 320 px. */
export const PeriodsNarrow: Story = embed((args, g) => ({
  html: `<div style="max-width: 320px">${tag('kf-bars', { indicator: args.indicator, ...common(args, g) })}</div>`,
}));
