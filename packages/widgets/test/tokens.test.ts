import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { tokens } from '../src/shared/tokens.styles.js';

/** The rules of the tokens' stylesheet, flattened out of @media blocks with their condition. */
function rules(): { media: string; selector: string; index: number }[] {
  const out: { media: string; selector: string; index: number }[] = [];
  [...tokens.styleSheet!.cssRules].forEach((rule, index) => {
    if (rule instanceof CSSMediaRule) {
      for (const inner of rule.cssRules) if (inner instanceof CSSStyleRule) out.push({ media: rule.conditionText, selector: inner.selectorText, index });
    } else if (rule instanceof CSSStyleRule) out.push({ media: '', selector: rule.selectorText, index });
  });
  return out;
}

describe('design tokens', () => {
  // The test runner cannot emulate forced-colors, so pin what makes system colours win: the
  // forced-colors rule is as specific as the theme rules and comes after them.
  it('forced colours override the dark theme: :host([theme]) in the forced-colors rule, after the theme rules', () => {
    const all = rules();
    const forced = all.find((r) => r.media.includes('forced-colors'))!;
    expect(forced.selector).to.contain(':host([theme])');
    const themed = all.filter((r) => r.selector.includes("theme='dark'") || r.selector.includes('theme="dark"') || r.media.includes('prefers-color-scheme'));
    expect(themed.length).to.be.greaterThan(0);
    for (const t of themed) expect(forced.index, t.selector).to.be.greaterThan(t.index);
  });

  // A portal's style sheet sets inherited text styles on its content; cards must not take them.
  for (const tag of ['kf-kpi', 'kf-progress', 'kf-waffle', 'kf-bars', 'kf-timeline', 'kf-dashboard']) {
    it(`${tag} does not inherit the host page's text-transform, letter-spacing, font-style, text-align or text-indent`, async () => {
      const page = await fixture(html`<div style="text-transform: uppercase; letter-spacing: 0.3em; font-style: italic; font-weight: 800; text-align: right; text-indent: 40px; line-height: 3; word-spacing: 1em">
        <kf-kpi indicator="new-foreign-enterprises"></kf-kpi><kf-progress indicator="service-opening-pilot-rate"></kf-progress><kf-waffle indicator="fortune-500-companies"></kf-waffle><kf-bars indicator="new-foreign-enterprises"></kf-bars><kf-timeline></kf-timeline><kf-dashboard></kf-dashboard>
      </div>`);
      const el = page.querySelector(tag)!;
      const s = getComputedStyle(el);
      expect([s.textTransform, s.letterSpacing, s.fontStyle, s.fontWeight, s.textAlign, s.textIndent, s.lineHeight, s.wordSpacing]).to.deep.equal(['none', 'normal', 'normal', '400', 'start', '0px', 'normal', '0px']);
    });
  }
});
