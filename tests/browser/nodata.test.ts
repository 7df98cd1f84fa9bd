// dist/keyfigures.nodata.js: the drop-in without the embedded dataset, for sites that always set
// `src`. An element without `src` or `data` says so (an error state and kf-error); with `src` it
// renders as the drop-in does.
import { expect } from '@open-wc/testing';
import { addScript, assertBuilt, deepText, settled, until } from './built-page.js';

const BUNDLE = '/packages/widgets/dist/keyfigures.nodata.js';
const DATASET = '/packages/data/chongqing-commerce-2024.json';

const kfErrors: { code: string; message: string }[] = [];
document.addEventListener('kf-error', (e) => kfErrors.push((e as CustomEvent).detail));

describe('dist/keyfigures.nodata.js in a plain page', () => {
  before(async function () {
    this.timeout(20000);
    await assertBuilt(BUNDLE);
    await addScript(BUNDLE);
  });

  it('defines all seven tags', () => {
    const tags = ['kf-figure', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];
    expect(tags.filter((t) => !customElements.get(t))).to.deep.equal([]);
  });

  it('<kf-kpi indicator="new-foreign-enterprises"> without src shows the "no dataset" error and emits kf-error', async () => {
    kfErrors.length = 0;
    const el = document.createElement('kf-kpi');
    el.setAttribute('indicator', 'new-foreign-enterprises');
    document.body.append(el);
    await settled(el);
    const alert = el.shadowRoot!.querySelector('[role="alert"]');
    expect(alert, 'an error shown with role="alert"').to.exist;
    expect(deepText(el)).to.contain('no dataset: set the src attribute');
    expect(deepText(el)).not.to.contain('387');
    expect(kfErrors.map((e) => e.message)).to.deep.equal(['no dataset: set the src attribute to the URL of a dataset JSON']);
    el.remove();
  });

  it(`<kf-kpi src="${DATASET}" indicator="new-foreign-enterprises"> renders 387`, async function () {
    this.timeout(10000);
    kfErrors.length = 0;
    const el = document.createElement('kf-kpi');
    el.setAttribute('indicator', 'new-foreign-enterprises');
    el.setAttribute('src', DATASET);
    document.body.append(el);
    await until(() => deepText(el).includes('387'), 'the fetched dataset to render');
    await settled(el);
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'no error').to.equal(null);
    expect(kfErrors).to.deep.equal([]);
    el.remove();
  });
});
