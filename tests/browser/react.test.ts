// @keyfigures/react rendered by react-dom into the page: the wrappers pass props to the elements,
// call onKfLoad / onKfUpdate / onKfError, and the kf-* tags also work written directly (React 19).
// Plain TS with createElement, so that no JSX transform is needed. React is served as ES modules
// by tests/browser/react-esm.mjs.
import { expect } from '@open-wc/testing';
import { createElement as h, createRef } from 'react';
import type { ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { lazyOptions } from '@keyfigures/widgets';
import { elements } from '@keyfigures/widgets/define.js';
import { KfBars, KfDashboard, KfFigure, KfKpi, KfProgress, KfTimeline, KfWaffle } from '@keyfigures/react';
import type { KfErrorEvent, KfKpiElement, KfLoadEvent, KfUpdateEvent } from '@keyfigures/react';

const text = (node: Element | null | undefined): string | undefined => node?.textContent?.replace(/\s+/g, ' ').trim();
const part = (el: Element, name: string): Element | null => el.shadowRoot!.querySelector(`[part~="${name}"]`);

interface Updating extends Element {
  updateComplete?: Promise<boolean>;
}

/** Waits until `el` and every element in its shadow tree have finished updating. */
async function settled(el: Element): Promise<void> {
  for (let round = 0; round < 20; round++) {
    const all = [el, ...Array.from(el.shadowRoot?.querySelectorAll('*') ?? [])] as Updating[];
    const done = await Promise.all(all.map((e) => e.updateComplete ?? true));
    if (done.every(Boolean)) return;
  }
}

let container: HTMLDivElement;
let root: Root;

/** Renders `element` synchronously (layout effects, where @lit/react sets properties, included). */
function render(element: ReactElement): void {
  flushSync(() => root.render(element));
}

/** The one element of `tag` in the container. */
function the<K extends keyof typeof elements>(tag: K): InstanceType<(typeof elements)[K]> {
  const el = container.querySelector(tag);
  if (!el) throw new Error(`no <${tag}> rendered`);
  return el as InstanceType<(typeof elements)[K]>;
}

describe('@keyfigures/react', () => {
  before(() => {
    lazyOptions.enabled = false;
  });
  after(() => {
    lazyOptions.enabled = true;
  });
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    flushSync(() => root.unmount());
    container.remove();
  });

  it('importing it defines every kf-* tag', () => {
    for (const tag of Object.keys(elements)) expect(customElements.get(tag), tag).to.not.equal(undefined);
  });

  it('<KfKpi indicator="new-foreign-enterprises"> → a kf-kpi card showing 387', async () => {
    render(h(KfKpi, { indicator: 'new-foreign-enterprises', locale: 'en' }));
    const el = the('kf-kpi');
    await settled(el);
    expect(el.indicator).to.equal('new-foreign-enterprises');
    expect(text(part(el, 'value'))).to.equal('387');
    expect(text(part(el, 'label'))).to.equal('New foreign-invested enterprises');
  });

  it('<KfFigure locale="zh-CN"> inside a sentence → "387家"', async () => {
    render(h('p', null, '重庆新设外资企业', h(KfFigure, { indicator: 'new-foreign-enterprises', locale: 'zh-CN' }), '。'));
    const el = the('kf-figure');
    await settled(el);
    expect(el.parentElement!.tagName).to.equal('P');
    expect(text(part(el, 'value'))).to.equal('387家');
  });

  it('a new locale prop re-renders the element in that locale: en → zh-CN', async () => {
    const figure = (locale: string) =>
      h('div', null, h(KfFigure, { indicator: 'new-foreign-enterprises', locale, withChange: true }), h(KfKpi, { indicator: 'new-foreign-enterprises', locale }));
    render(figure('en'));
    await settled(the('kf-figure'));
    await settled(the('kf-kpi'));
    expect(text(part(the('kf-figure'), 'value'))).to.equal('387 new foreign-invested enterprises (up 44.4% year on year)');
    const kpi = the('kf-kpi');
    render(figure('zh-CN'));
    expect(the('kf-kpi'), 'the same element, updated').to.equal(kpi);
    await settled(the('kf-figure'));
    await settled(kpi);
    expect(text(part(the('kf-figure'), 'value'))).to.equal('387家（同比增长44.4%）');
    expect(text(part(kpi, 'label'))).to.equal('新设外资企业');
    expect([text(part(kpi, 'value')), text(part(kpi, 'unit'))]).to.deep.equal(['387', '家']);
  });

  it('onKfError(event) for an unknown indicator → detail {code: "unknown-indicator", message}', async () => {
    const errors: KfErrorEvent['detail'][] = [];
    render(h(KfKpi, { indicator: 'no-such-indicator', onKfError: (e) => errors.push(e.detail) }));
    await settled(the('kf-kpi'));
    expect(errors).to.have.length(1);
    expect(errors[0]!.code).to.equal('unknown-indicator');
    expect(errors[0]!.message).to.include('no-such-indicator');
    expect(text(part(the('kf-kpi'), 'error'))).to.include('no-such-indicator');
  });

  it('onKfLoad when the data is first shown, onKfUpdate when the indicator prop changes', async () => {
    const seen: string[] = [];
    const props = {
      onKfLoad: (e: KfLoadEvent) => seen.push(`load ${e.detail.indicator} ${e.detail.dataset.indicators.length > 0}`),
      onKfUpdate: (e: KfUpdateEvent) => seen.push(`update ${e.detail.indicator}`),
    };
    render(h(KfKpi, { indicator: 'new-foreign-enterprises', ...props }));
    await settled(the('kf-kpi'));
    render(h(KfKpi, { indicator: 'fortune-500-companies', ...props }));
    await settled(the('kf-kpi'));
    expect(seen).to.deep.equal(['load new-foreign-enterprises true', 'update fortune-500-companies']);
    expect(text(part(the('kf-kpi'), 'value'))).to.equal('319');
  });

  it('a callback prop that is removed is no longer called', async () => {
    const errors: string[] = [];
    render(h(KfKpi, { indicator: 'nope-1', onKfError: (e) => errors.push(e.detail.message) }));
    await settled(the('kf-kpi'));
    render(h(KfKpi, { indicator: 'nope-2' }));
    await settled(the('kf-kpi'));
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('nope-1');
  });

  it('ref → the element; className, style and id reach it as attributes', async () => {
    const ref = createRef<KfKpiElement>();
    render(h(KfKpi, { ref, indicator: 'new-foreign-enterprises', className: 'wide', style: { maxWidth: '20rem' }, id: 'nfe' }));
    const el = the('kf-kpi');
    expect(ref.current).to.equal(el);
    expect(el).to.be.instanceOf(elements['kf-kpi']);
    expect(el.getAttribute('class')).to.equal('wide');
    expect(el.style.maxWidth).to.equal('20rem');
    expect(el.id).to.equal('nfe');
  });

  // Every public property of each element is a typed prop of its wrapper (this object is type-checked
  // against the wrapper's props) and reaches the element. A property added to an element and not to
  // its wrapper fails the first assertion.
  describe('every public property of each element is a prop of its wrapper', () => {
    const FIXTURE = '/packages/widgets/test/fixtures/dataset.json';
    type Shared = { indicator: string; src: string; locale: string; theme: 'dark'; data: object; live: boolean; refresh: number; stream: string };
    // [tag, the wrapper with every prop (type-checked against its props), the element's own properties]
    const cases = [
      ['kf-figure', (p: Shared) => h(KfFigure, { ...p, withChange: true }), { withChange: true }],
      ['kf-kpi', (p: Shared) => h(KfKpi, p), {}],
      ['kf-progress', (p: Shared) => h(KfProgress, { ...p, variant: 'ring', now: 1e12 }), { variant: 'ring', now: 1e12 }],
      ['kf-waffle', (p: Shared) => h(KfWaffle, { ...p, cellsPerRow: 20, perCell: 5 }), { cellsPerRow: 20, perCell: 5 }],
      ['kf-bars', (p: Shared) => h(KfBars, { ...p, indicators: 'new-foreign-enterprises fortune-500-companies' }), { indicators: 'new-foreign-enterprises fortune-500-companies' }],
      ['kf-timeline', (p: Shared) => h(KfTimeline, { ...p, now: 1e12 }), { now: 1e12 }],
      ['kf-dashboard', (p: Shared) => h(KfDashboard, { ...p, headingLevel: 3 }), { headingLevel: 3 }],
    ] as const;
    let shared: Shared;

    before(async () => {
      // A real dataset object, so that the element accepts `data` (which overrides `src`).
      const data = (await fetch(FIXTURE).then((r) => r.json())) as object;
      // live, refresh and stream reach the element; `data` overrides `src`, so nothing is followed.
      shared = { indicator: 'fortune-500-companies', src: FIXTURE, locale: 'zh-CN', theme: 'dark', data, live: true, refresh: 30, stream: '/live/events' };
    });

    for (const [tag, element, own] of cases) {
      it(`${tag}: ${['indicator', 'src', 'locale', 'theme', 'data', 'live', 'refresh', 'stream', ...Object.keys(own)].join(', ')}`, async () => {
        render(element(shared));
        const el = the(tag);
        const expected: Record<string, unknown> = { ...shared, ...own };
        const ctor = elements[tag] as unknown as { elementProperties: Map<string, { state?: boolean }> };
        const publicProperties = [...ctor.elementProperties].filter(([, o]) => !o.state).map(([name]) => name);
        expect(publicProperties.sort(), "the element's public properties").to.deep.equal(Object.keys(expected).sort());
        for (const [name, value] of Object.entries(expected)) {
          expect((el as unknown as Record<string, unknown>)[name], name).to.equal(value);
        }
        await settled(el);
      });
    }
  });

  it('<KfDashboard headingLevel={3}> → an h3 title and the cards of every figure, 387 among them', async () => {
    render(h(KfDashboard, { headingLevel: 3, locale: 'en' }));
    const el = the('kf-dashboard');
    await settled(el);
    expect(part(el, 'title')!.tagName).to.equal('H3');
    const kpi = el.shadowRoot!.querySelector('kf-kpi[indicator="new-foreign-enterprises"]')!;
    await settled(kpi);
    expect(text(part(kpi, 'value'))).to.equal('387');
  });

  describe('the tags written directly (React 19; typings in @keyfigures/react/jsx)', () => {
    it('<kf-figure with-change locale="zh-CN"> → "387家（同比增长44.4%）"', async () => {
      render(h('kf-figure', { indicator: 'new-foreign-enterprises', locale: 'zh-CN', 'with-change': true }));
      const el = the('kf-figure');
      await settled(el);
      expect(el.withChange).to.equal(true);
      expect(text(part(el, 'value'))).to.equal('387家（同比增长44.4%）');
    });

    it('<kf-kpi onkf-error={…}> → called with code "unknown-indicator"', async () => {
      const codes: string[] = [];
      render(h('kf-kpi', { indicator: 'no-such-indicator', 'onkf-error': (e: KfErrorEvent) => codes.push(e.detail.code) }));
      await settled(the('kf-kpi'));
      expect(codes).to.deep.equal(['unknown-indicator']);
    });

    it('<kf-waffle cells-per-row="20"> and <kf-dashboard heading-level="4"> → the properties', async () => {
      render(h('div', null, h('kf-waffle', { indicator: 'fortune-500-companies', 'cells-per-row': 20 }), h('kf-dashboard', { 'heading-level': 4 })));
      expect(the('kf-waffle').cellsPerRow).to.equal(20);
      expect(the('kf-dashboard').headingLevel).to.equal(4);
      await settled(the('kf-waffle'));
      await settled(the('kf-dashboard'));
    });
  });
});
