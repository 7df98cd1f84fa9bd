import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args, Globals } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';
import { longLabels } from './support/datasets.js';
import { sentence } from './support/sentences.js';

/** Pages that make life hard: very long labels, a 280 px column, a portal's aggressive CSS. */
const meta: Meta<Args> = {
  title: 'Situations',
};
export default meta;
type Story = StoryObj<Args>;

const a = (args: Args, g: Globals, attrs: Record<string, unknown>): Record<string, unknown> => ({ ...attrs, ...common(args, g) });

/** Labels and a title of 100+ characters in both languages (switch Locale in the toolbar): they wrap, nothing overlaps. */
export const LongLabels: Story = embed((args, g) => ({
  html: [
    `<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 16px">`,
    `  ${tag('kf-kpi', a(args, g, { class: 'long', indicator: 'new-foreign-enterprises' }))}`,
    `  ${tag('kf-progress', a(args, g, { class: 'long', indicator: 'service-opening-pilot-rate', variant: 'ring' }))}`,
    `  ${tag('kf-waffle', a(args, g, { class: 'long', indicator: 'fortune-500-companies' }))}`,
    `  ${tag('kf-bars', a(args, g, { class: 'long', indicators: 'new-foreign-enterprises fortune-500-companies' }))}`,
    `</div>`,
    tag('kf-dashboard', a(args, g, { class: 'long' })),
  ].join('\n'),
  data: { selector: '.long', value: longLabels() },
}));

/** Every element in a 280 px column (a phone's sidebar): nothing is cut or overlaps. */
export const Narrow280: Story = embed((args, g) => ({
  html: [
    `<div style="width: 280px; display: grid; gap: 16px">`,
    `  <p style="margin: 0">${sentence({ en: ['Chongqing set up ', ' in 2023.'], 'zh-CN': ['2023年，重庆新设外资企业', '。'] }, g.locale, tag('kf-figure', a(args, g, { indicator: 'new-foreign-enterprises', 'with-change': true })))}</p>`,
    `  ${tag('kf-kpi', a(args, g, { indicator: 'nev-export-value-target' }))}`,
    `  ${tag('kf-progress', a(args, g, { indicator: 'service-opening-pilot-rate' }))}`,
    `  ${tag('kf-progress', a(args, g, { indicator: 'vehicle-export-share-target', variant: 'ring' }))}`,
    `  ${tag('kf-waffle', a(args, g, { indicator: 'fortune-500-companies' }))}`,
    `  ${tag('kf-bars', a(args, g, { indicator: 'new-foreign-enterprises' }))}`,
    `  ${tag('kf-timeline', a(args, g, {}))}`,
    `  ${tag('kf-dashboard', a(args, g, {}))}`,
    `</div>`,
  ].join('\n'),
}));

// A portal's style sheet at its worst: universal selectors with !important on layout, type and
// colour, element selectors for the tags the widgets use inside. Scoped to .portal here only so
// that it stays in this story; on a real page it would be global, and shadow DOM stops it the same.
const portalCss = `
.portal * { box-sizing: content-box !important; margin: 12px !important; padding: 6px !important; border: 2px dashed #8a1c1c !important; }
.portal p, .portal span, .portal div, .portal strong { display: block !important; width: 90% !important; }
.portal svg, .portal rect, .portal path, .portal text { display: none !important; fill: #ff00ff !important; }
.portal button { appearance: none !important; font-size: 40px !important; background: #222 !important; color: #fff !important; }
.portal table, .portal td, .portal th { border: 4px double #8a1c1c !important; }
.portal { font: italic 19px/2.2 "Courier New", monospace; color: #3b1010; background: #fff8e7; text-transform: uppercase; letter-spacing: 0.12em; text-align: right; }
`;

/**
 * Inside a portal with aggressive CSS. Its selectors do not reach into the elements (shadow DOM):
 * no hidden SVG, no dashed borders inside. The host elements' own boxes take the portal's margin,
 * padding and border, as any element of the page does. The cards reset inherited text styles;
 * kf-figure takes the article's typography on purpose (uppercase, italic and tracking included).
 */
export const HostileHostCss: Story = embed((args, g) => ({
  css: portalCss,
  html: [
    `<div class="portal">`,
    `  <p>${sentence({ en: ['Chongqing set up ', ' in 2023.'], 'zh-CN': ['2023年，重庆新设外资企业', '。'] }, g.locale, tag('kf-figure', a(args, g, { indicator: 'new-foreign-enterprises' })))}</p>`,
    `  ${tag('kf-kpi', a(args, g, { indicator: 'new-foreign-enterprises' }))}`,
    `  ${tag('kf-progress', a(args, g, { indicator: 'fortune-500-companies', variant: 'ring' }))}`,
    `  ${tag('kf-bars', a(args, g, { indicator: 'new-foreign-enterprises' }))}`,
    `</div>`,
  ].join('\n'),
}));
