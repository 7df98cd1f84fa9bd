// dist/elements/kf-dashboard.js alone: it defines the dashboard and the elements its panel is made
// of (kf-kpi, kf-progress, kf-waffle cards and a kf-timeline), so the panel shows every figure
// with no other script on the page — and defines nothing it does not use.
import { expect } from '@open-wc/testing';
import { addScript, assertBuilt, deepElements, deepText, settled, watchProblems } from './built-page.js';

const ENTRY = '/packages/widgets/dist/elements/kf-dashboard.js';
const problems = watchProblems();

describe('dist/elements/kf-dashboard.js alone in a plain page', () => {
  before(async function () {
    this.timeout(20000);
    await assertBuilt(ENTRY);
    await addScript(ENTRY);
  });

  it('defines kf-dashboard and the elements it composes, not kf-figure or kf-bars', () => {
    const tags = ['kf-dashboard', 'kf-kpi', 'kf-progress', 'kf-waffle', 'kf-timeline'];
    expect(tags.filter((t) => !customElements.get(t)), 'not defined').to.deep.equal([]);
    expect(['kf-figure', 'kf-bars'].filter((t) => customElements.get(t)), 'defined but not used').to.deep.equal([]);
  });

  it('<kf-dashboard> renders every card, each one a defined element', async function () {
    this.timeout(20000);
    const dashboard = document.createElement('kf-dashboard');
    // The embedded dataset is a chunk of its own here: kf-load says it has arrived.
    const loaded = new Promise((resolve) => dashboard.addEventListener('kf-load', resolve, { once: true }));
    document.body.append(dashboard);
    await loaded;
    await settled(dashboard);
    const inner = deepElements(dashboard).filter((el) => el.localName.startsWith('kf-'));
    expect(inner.length, 'kf-* elements inside').to.be.greaterThan(3);
    expect(inner.filter((el) => !customElements.get(el.localName)).map((el) => el.localName), 'undefined inside').to.deep.equal([]);
    const text = deepText(dashboard);
    for (const figure of ['387', '319', '95.3']) expect(text).to.contain(figure);
    dashboard.remove();
  });

  it('logs no console error or warning and throws nothing', () => {
    expect(problems).to.deep.equal([]);
  });
});
