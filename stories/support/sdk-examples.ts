// The Data SDK guide's examples, run when Storybook builds: each is the code shown and the value
// the SDK returned for it, so the outputs on the page are the SDK's, never typed by hand.
import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };
import { cite, describe, findObservation, format, formatObservation, getIndicator, loadDataset, validateDataset } from '@keyfigures/sdk';

export interface Example {
  readonly code: string;
  readonly result: string;
}

const show = (v: unknown): string => (typeof v === 'string' ? JSON.stringify(v) : JSON.stringify(v, null, 2));
const ex = (code: string, run: () => unknown): Example => ({ code, result: show(run()) });
/** The error a call throws: its class, code and message. */
const thrown = (code: string, run: () => unknown): Example => {
  try {
    run();
  } catch (e) {
    const err = e as Error & { code?: string; suggestions?: readonly string[] };
    return { code, result: `${err.name} (code "${err.code}"): ${err.message}${err.suggestions ? `\nsuggestions: ${show(err.suggestions)}` : ''}` };
  }
  throw new Error(`sdk-examples: ${code} did not throw`);
};

const dataset = loadDataset(data);
const nfe = getIndicator(dataset, 'new-foreign-enterprises');
const broken = structuredClone(data) as unknown as { indicators: { observations: { value: unknown }[] }[] };
broken.indicators[0]!.observations[1]!.value = '387';

/** Every example of the guide, by name. */
export const sdkExamples = {
  describeEn: ex(`describe(nfe, 'en')`, () => describe(nfe, 'en')),
  describeZh: ex(`describe(nfe, 'zh-CN')`, () => describe(nfe, 'zh-CN')),
  describeTarget: ex(`describe(getIndicator(dataset, 'nev-export-value-target'), 'zh-CN')`, () => describe(getIndicator(dataset, 'nev-export-value-target'), 'zh-CN')),
  changePhrase: ex(`formatObservation(nfe, findObservation(nfe, { measure: 'change' }), 'zh-CN', { style: 'phrase' })`, () =>
    formatObservation(nfe, findObservation(nfe, { measure: 'change' })!, 'zh-CN', { style: 'phrase' }),
  ),
  derived: ex(`formatObservation(nfe, findObservation(nfe, { period: '2022', derived: true }), 'en')`, () =>
    formatObservation(nfe, findObservation(nfe, { period: '2022', derived: true })!, 'en'),
  ),
  moneyEn: ex(`format({ value: 120, unit: { kind: 'currency', currency: 'CNY', scale: 9 }, qualifier: 'more-than' }, 'en')`, () =>
    format({ value: 120, unit: { kind: 'currency', currency: 'CNY', scale: 9 }, qualifier: 'more-than' }, 'en'),
  ),
  moneyZh: ex(`format({ value: 120, unit: { kind: 'currency', currency: 'CNY', scale: 9 }, qualifier: 'more-than' }, 'zh-CN')`, () =>
    format({ value: 120, unit: { kind: 'currency', currency: 'CNY', scale: 9 }, qualifier: 'more-than' }, 'zh-CN'),
  ),
  citePlain: ex(`cite(dataset.sources[0], 'plain', 'en')`, () => cite(dataset.sources[0]!, 'plain', 'en')),
  citeZh: ex(`cite(dataset.sources[0], 'plain', 'zh-CN')`, () => cite(dataset.sources[0]!, 'plain', 'zh-CN')),
  citeGbt: ex(`cite(dataset.sources[0], 'gbt7714')`, () => cite(dataset.sources[0]!, 'gbt7714')),
  validate: ex(`validateDataset(broken) // indicators[0].observations[1].value = "387"`, () => validateDataset(broken)),
  load: thrown(`loadDataset(broken)`, () => loadDataset(broken)),
  loadText: thrown(`loadDataset('{"id": ')`, () => loadDataset('{"id": ')),
  unknown: thrown(`getIndicator(dataset, 'new-foreign-enterprise')`, () => getIndicator(dataset, 'new-foreign-enterprise')),
} satisfies Record<string, Example>;

/** An example as the Markdown of a code block: the call, then what it returned (or threw) as a comment. */
export function exampleBlock(e: Example): string {
  return ['```js', e.code, ...e.result.split('\n').map((l, i) => `${i ? '//   ' : '// → '}${l}`), '```'].join('\n');
}
