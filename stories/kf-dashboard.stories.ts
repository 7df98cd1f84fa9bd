import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';

const meta: Meta<Args> = {
  title: 'Elements/kf-dashboard',
  component: 'kf-dashboard',
  parameters: { layout: 'fullscreen' },
};
export default meta;
type Story = StoryObj<Args>;

const at = (width: string) =>
  embed((args, g) => ({
    html: `<div style="max-width: ${width}">${tag('kf-dashboard', { ...common(args, g), 'heading-level': args['heading-level'] })}</div>`,
  }));

/** Wide: several cards per row in each theme. */
export const Wide: Story = at('1200px');

/** Medium: two cards per row. */
export const Medium: Story = at('720px');

/** Narrow (the container is under 420 px): one column. */
export const OneColumn: Story = at('360px');

/** `heading-level="3"` for a page whose section already has an h2. */
export const HeadingLevel3: Story = { ...at('960px'), args: { 'heading-level': 3 } };
