import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-progress',
  component: 'kf-progress',
  args: { indicator: 'service-opening-pilot-rate', variant: 'bar' },
  argTypes: { variant: { control: 'inline-radio', options: ['bar', 'ring'] } },
};
export default meta;
type Story = StoryObj<Args>;

const progress = embed((args, g) => ({
  html: tag('kf-progress', { indicator: args.indicator, ...common(args, g), variant: args.variant === 'bar' ? undefined : args.variant }),
}));

/** A percent level as a bar: 95.3 % of the pilot tasks. */
export const PercentBar: Story = { ...progress };

/** The same as a ring. */
export const PercentRing: Story = { ...progress, args: { variant: 'ring' } };

/** A share of a total: 319 of the Fortune 500. */
export const ShareBar: Story = { ...progress, args: { indicator: 'fortune-500-companies' } };

/** A share of a total as a ring. */
export const ShareRing: Story = { ...progress, args: { indicator: 'fortune-500-companies', variant: 'ring' } };

/** A target with a deadline and no current value: the target, its deadline and the time left. */
export const TargetBar: Story = { ...progress, args: { indicator: 'vehicle-export-share-target' } };

/** A target as a ring. */
export const TargetRing: Story = { ...progress, args: { indicator: 'vehicle-export-share-target', variant: 'ring' } };
