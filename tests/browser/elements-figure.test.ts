// The per-element build, loaded the way a page that needs only <kf-figure> loads it: one
// <script type="module" src=".../dist/elements/kf-figure.js">. It defines kf-figure and nothing
// else, fetches no other element's code, loads the embedded dataset only when an element is shown
// without `src` or `data`, and the SDK's validator only when one gets a `src` or a `data` object.
// `npm test` builds first.
import { expect } from '@open-wc/testing';
import { addScript, assertBuilt, deepText, loadedScripts, settled, until, watchProblems } from './built-page.js';

const ENTRY = '/packages/widgets/dist/elements/kf-figure.js';
const DATASET = '/packages/data/chongqing-commerce-2024.json';
const OTHERS = ['kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard'];

const problems = watchProblems();
const kfErrors: string[] = [];
document.addEventListener('kf-error', (e) => kfErrors.push(JSON.stringify((e as CustomEvent).detail)));

/** The built scripts fetched so far, as names under dist/elements/ (`kf-figure.js`, `chunks/core-….js`). */
const elementScripts = () => loadedScripts().filter((p) => p.includes('/dist/elements/')).map((p) => p.replace(/^.*\/dist\/elements\//, ''));

/** A paragraph with `<kf-figure attrs>` in it, once the figure has shown its data (kf-load). */
async function figure(attrs: string): Promise<Element> {
  const p = document.createElement('p');
  p.innerHTML = `Chongqing set up <kf-figure ${attrs}></kf-figure> in 2023.`;
  const el = p.querySelector('kf-figure')!;
  const loaded = new Promise((resolve) => el.addEventListener('kf-load', resolve, { once: true }));
  document.body.append(p);
  await loaded;
  await settled(p);
  return el;
}

describe('dist/elements/kf-figure.js alone in a plain page', () => {
  before(async function () {
    this.timeout(20000);
    await assertBuilt(ENTRY);
    await addScript(ENTRY);
  });

  it('defines kf-figure, and none of the other elements', () => {
    expect(customElements.get('kf-figure'), 'kf-figure').to.exist;
    expect(OTHERS.filter((tag) => customElements.get(tag)), 'other tags defined').to.deep.equal([]);
  });

  it('fetches only kf-figure.js and shared chunks: no other element, not the dataset, not the validator', () => {
    const scripts = elementScripts();
    expect(scripts, 'scripts under dist/elements/').to.include('kf-figure.js');
    expect(scripts.filter((s) => !s.startsWith('chunks/') && s !== 'kf-figure.js'), 'other entries').to.deep.equal([]);
    expect(scripts.filter((s) => /^chunks\/(dataset|validation|kpi|progress|waffle|bars|timeline|dashboard)/.test(s)), 'chunks of other elements, the dataset or the validator').to.deep.equal([]);
  });

  it('<kf-figure indicator="new-foreign-enterprises"> with no src loads the dataset chunk once and renders "387"', async () => {
    const el = await figure('indicator="new-foreign-enterprises"');
    expect(el.shadowRoot, 'shadow root').to.exist;
    expect(deepText(el)).to.contain('387');
    const second = await figure('indicator="fortune-500-companies"');
    expect(deepText(second)).to.contain('319');
    expect(elementScripts().filter((s) => s.startsWith('chunks/dataset')), 'dataset chunk fetched').to.have.length(1);
    expect(elementScripts().filter((s) => s.startsWith('chunks/validation')), 'validator chunk fetched').to.deep.equal([]);
    el.parentElement!.remove();
    second.parentElement!.remove();
  });

  it('an indicator the dataset does not have shows the error once the dataset chunk has loaded', async () => {
    const before = kfErrors.length;
    const p = document.createElement('p');
    p.innerHTML = '<kf-figure indicator="no-such-figure"></kf-figure>';
    document.body.append(p);
    await until(() => kfErrors.length > before, 'kf-error');
    await settled(p);
    expect(JSON.parse(kfErrors[kfErrors.length - 1]).code).to.equal('unknown-indicator');
    expect(p.querySelector('kf-figure')!.shadowRoot!.querySelector('[role="alert"]'), 'the error is shown').to.exist;
    kfErrors.length = before;
    p.remove();
  });

  it(`<kf-figure src="${DATASET}"> loads the validator chunk, then renders "319"`, async function () {
    this.timeout(10000);
    // (While it loads, kf-figure already shows the embedded dataset's figure: kf-load is the sign.)
    const el = await figure(`indicator="fortune-500-companies" src="${DATASET}"`);
    expect(deepText(el)).to.contain('319');
    expect(elementScripts().filter((s) => s.startsWith('chunks/validation')), 'validator chunk fetched').to.have.length(1);
    el.parentElement!.remove();
  });

  it('a `data` object that is not a dataset shows the validation error and emits kf-error', async () => {
    const before = kfErrors.length;
    const p = document.createElement('p');
    const el = document.createElement('kf-figure') as HTMLElement & { data?: object };
    el.setAttribute('indicator', 'new-foreign-enterprises');
    el.data = { id: 'not-a-dataset' };
    p.append(el);
    document.body.append(p);
    await until(() => kfErrors.length > before, 'kf-error');
    await settled(p);
    expect(JSON.parse(kfErrors[kfErrors.length - 1]).code).to.equal('invalid-dataset');
    expect(el.shadowRoot!.querySelector('[role="alert"]'), 'the error is shown').to.exist;
    kfErrors.length = before;
    p.remove();
  });

  it('logs no console error or warning and throws nothing', () => {
    expect(problems).to.deep.equal([]);
    expect(kfErrors, 'kf-error events').to.deep.equal([]);
  });
});
