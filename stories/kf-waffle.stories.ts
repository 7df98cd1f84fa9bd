import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-waffle',
  component: 'kf-waffle',
  args: { indicator: 'fortune-500-companies' },
};
export default meta;
type Story = StoryObj<Args>;

const waffle = embed((args, g) => ({
  html: tag('kf-waffle', {
    indicator: args.indicator,
    ...common(args, g),
    'cells-per-row': args['cells-per-row'],
    'per-cell': args['per-cell'],
  }),
}));

/** 319 of the Fortune 500, one cell per company set by the element. */
export const ShareOfACount: Story = { ...waffle };

/** `per-cell="10"`: one cell stands for ten companies. */
export const TenPerCell: Story = { ...waffle, args: { 'per-cell': 10 } };

/** `cells-per-row="25"`: a wider grid. */
export const TwentyFivePerRow: Story = { ...waffle, args: { 'cells-per-row': 25, 'per-cell': 5 } };
