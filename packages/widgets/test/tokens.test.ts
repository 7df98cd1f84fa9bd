import { expect } from '@open-wc/testing';
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
});
