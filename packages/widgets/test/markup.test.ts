import { expect } from '@open-wc/testing';
import { esc, markupTemplate } from '../src/shared/markup.js';

describe('markupTemplate(markup)', () => {
  it('equal markup → the same strings array (Lit parses it once for every instance)', () => {
    expect(markupTemplate('<p>387</p>').strings).to.equal(markupTemplate('<p>387</p>').strings);
  });

  it('keeps a bounded number of markups: after 300 others, the first is made afresh (a live figure does not leak one template per value)', () => {
    const first = markupTemplate('<p>first</p>').strings;
    for (let i = 0; i < 300; i++) markupTemplate(`<p>${i}</p>`);
    expect(markupTemplate('<p>first</p>').strings).not.to.equal(first);
  });

  it('esc("<img src=x onerror=\'…\'> & \\"") → text, no markup', () => {
    expect(esc('<img src=x onerror=\'alert(1)\'> & "')).to.equal('&lt;img src=x onerror=&#39;alert(1)&#39;&gt; &amp; &quot;');
  });
});
