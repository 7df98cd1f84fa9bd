import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { KfKpi } from '../src/kpi/kpi.js';
import { KfBars } from '../src/bars/bars.js';
import { defineElements } from '../src/shared/define-elements.js';

defineElements({ 'kf-kpi': KfKpi, 'kf-bars': KfBars });

// A statistics office's JSON-stat table given as `src`: detected by its class and version, read by
// the SDK's adapter, shown like any dataset.
const TABLE = '/packages/widgets/test/fixtures/chongqing.jsonstat.json';
const text = (el: Element, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

describe('JSON-stat as src', () => {
  it('<kf-kpi src=table.json indicator=service-opening-pilot-rate> → 95.3%, citing the table', async () => {
    const el = document.createElement('kf-kpi');
    Object.assign(el, { src: TABLE, indicator: 'service-opening-pilot-rate' });
    const loaded = oneEvent(el, 'kf-load');
    await fixture(html`<div>${el}</div>`);
    await loaded;
    await el.updateComplete;
    expect(text(el, 'value')).to.equal('95.3%');
    expect(text(el, 'source')).to.contain('Foreign investment and opening-up, Chongqing');
    await expect(el).to.be.accessible();
  });

  it('<kf-bars> draws the table’s years, the estimate marked approximate', async () => {
    const el = document.createElement('kf-bars');
    Object.assign(el, { src: TABLE, indicator: 'new-foreign-enterprises', locale: 'en' });
    const loaded = oneEvent(el, 'kf-load');
    await fixture(html`<div style="width:480px">${el}</div>`);
    await loaded;
    await el.updateComplete;
    const all = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(all).to.match(/≈\s?270/);
    expect(all).to.contain('387');
  });

  it('a table that cannot be mapped → kf-error invalid-json-stat, and the reason shown', async () => {
    const el = document.createElement('kf-kpi');
    Object.assign(el, { src: '/packages/sdk/test/fixtures/chongqing.jsonstat.json', indicator: 'service-opening-pilot-rate' });
    const failed = oneEvent(el, 'kf-error');
    await fixture(html`<div>${el}</div>`);
    const { detail } = await failed;
    expect(detail.code).to.equal('invalid-json-stat');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('dimension.geo: has 2 categories');
  });
});
