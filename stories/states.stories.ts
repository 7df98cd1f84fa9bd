import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { Args, Globals } from './support/snippet.js';
import { common, embed, tag } from './support/snippet.js';
import { invalidValue } from './support/datasets.js';
import { sentence } from './support/sentences.js';

/**
 * Loading and error states. Loading: `src` points at a URL that never answers (`/kf-hold/…`; the
 * Storybook dev server and the smoke test's server hold it open; a plain static host answers 404
 * and the story then shows the error state). Errors: a clear message in the reader's language,
 * `role="alert"`, and a `kf-error` event (see the Actions panel).
 *
 * Stale: `live` elements whose `src` answers once, then fails (`/kf-once/…`, same servers): the
 * last good figure stays, with a cue in words, after the first failed refresh (5 s).
 */
const meta: Meta<Args> = {
  title: 'States',
};
export default meta;
type Story = StoryObj<Args>;

const HOLD = '/kf-hold/chongqing-commerce-2024.json';

const several = (args: Args, g: Globals, extra: Record<string, unknown>): string =>
  [
    `<p>${sentence({ en: ['In 2023 Chongqing set up ', '.'], 'zh-CN': ['2023年，重庆新设外资企业', '。'] }, g.locale, tag('kf-figure', { indicator: 'new-foreign-enterprises', ...common(args, g), ...extra }))}</p>`,
    `<div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(260px, 1fr)); gap: 16px">`,
    `  ${tag('kf-kpi', { indicator: 'new-foreign-enterprises', ...common(args, g), ...extra })}`,
    `  ${tag('kf-progress', { indicator: 'service-opening-pilot-rate', ...common(args, g), ...extra })}`,
    `  ${tag('kf-bars', { indicator: 'new-foreign-enterprises', ...common(args, g), ...extra })}`,
    `</div>`,
  ].join('\n');

/** `src` that never answers: placeholders the size of the ready elements (no layout shift), `aria-busy`. */
export const Loading: Story = embed((args, g) => ({ html: several(args, g, { src: HOLD }) }));

/** A dashboard while its `src` loads. */
export const LoadingDashboard: Story = embed((args, g) => ({ html: tag('kf-dashboard', { ...common(args, g), src: HOLD }) }));

/**
 * `live` with `refresh="5"` and a `src` that answers once, then 503: after the first failed check
 * (5 s) every element keeps its figure and says it is not up to date; `kf-error` fires each time.
 */
export const Stale: Story = embed((args, g) => {
  // A new token per render: the endpoint answers each token once.
  const src = `/kf-once/${Math.random().toString(36).slice(2, 10)}/chongqing-commerce-2024.json`;
  return { html: several(args, g, { src, live: true, refresh: 5 }) };
});

/** An indicator id the dataset does not have: the message lists the nearest ids. */
export const UnknownIndicator: Story = embed((args, g) => ({
  html: [
    tag('kf-kpi', { indicator: 'new-foreign-enterprise', ...common(args, g) }),
    tag('kf-progress', { indicator: 'fortune-500', ...common(args, g) }),
  ].join('\n'),
}));

/** `src` is a JSON file that is not a dataset: the message says what is missing, where. */
export const BadSrc: Story = embed((args, g) => ({
  html: tag('kf-kpi', { indicator: 'new-foreign-enterprises', ...common(args, g), src: 'fixtures/not-a-dataset.json' }),
}));

/** `data` with a value written as a string: the message gives the JSON path and what to write instead. */
export const InvalidData: Story = embed((args, g) => ({
  html: tag('kf-kpi', { class: 'invalid', indicator: 'new-foreign-enterprises', ...common(args, g) }),
  data: { selector: 'kf-kpi.invalid', value: invalidValue() },
}));
