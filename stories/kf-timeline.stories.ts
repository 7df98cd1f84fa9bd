import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-timeline',
  component: 'kf-timeline',
};
export default meta;
type Story = StoryObj<Args>;

const at = (width: string) =>
  embed((args, g) => ({
    html: `<div style="max-width: ${width}">${tag('kf-timeline', { indicator: args.indicator, ...common(args, g) })}</div>`,
  }));

/** Every dated event and deadline of the dataset on an axis, 2016 … 2027 (wide). */
export const Axis: Story = at('960px');

/** In a column too narrow for the axis: a list. */
export const List: Story = at('360px');

/** `indicator`: only the events of one indicator. */
export const OfOneIndicator: Story = { ...at('960px'), args: { indicator: 'depa-negotiation-rounds' } };
