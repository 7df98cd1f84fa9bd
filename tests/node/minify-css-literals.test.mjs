import { expect } from 'chai';
import { minifyCss, minifyCssLiterals, minifyLiterals } from '../../scripts/minify-css-literals.mjs';

describe('minifyCss(text)', () => {
  const table = [
    ['  :host {\n    display: block;\n  }\n', ':host{display:block}'],
    ['/* why */ a , b > c { color : red ; }', 'a,b>c{color :red}'],
    ['.x { content: "a  /* not a comment */  b"; }', '.x{content:"a  /* not a comment */  b"}'],
    ['@media (prefers-color-scheme: dark) { :host(:not([theme=\'light\'])) { --_a: 1px; } }', "@media (prefers-color-scheme:dark){:host(:not([theme='light'])){--_a:1px}}"],
    // An apostrophe in a comment opens no string (it used to keep everything up to the next quote).
    ["/* the card's width */\n  :host {\n    display: block;\n  }\n  /* it's */ a { b: c }", ':host{display:block}a{b:c}'],
    ['.x { content: \'it\\\'s /* kept */\'; } /* gone */ .y { }', ".x{content:'it\\'s /* kept */'}.y{}"],
    ['a:hover , .b::part(x) { font: 1em/1.4 var(--_font, system-ui, sans-serif); }', 'a:hover,.b::part(x){font:1em/1.4 var(--_font,system-ui,sans-serif)}'],
  ];
  for (const [input, expected] of table) {
    it(`${JSON.stringify(input.slice(0, 40))} → ${JSON.stringify(expected)}`, () => expect(minifyCss(input)).to.equal(expected));
  }
});

describe('minifyCssLiterals(code)', () => {
  it('minifies css`` templates, keeps ${} expressions and other templates', () => {
    const code = 'const a = css`\n  :host {\n    ${dark}\n  }\n`;\nconst b = html`<p>  two  spaces </p>`;';
    expect(minifyCssLiterals(code)).to.equal('const a = css`:host{${dark}}`;\nconst b = html`<p>  two  spaces </p>`;');
  });
  it('minifies a template literal handed straight to unsafeCSS(`…`), not one built elsewhere', () => {
    const code = 'const h = (k) => unsafeCSS(`\n  .h-${k} {\n    /* why */\n    display: grid;\n  }\n`);\nconst t = `.a  { b: c }`;';
    expect(minifyCssLiterals(code)).to.equal('const h = (k) => unsafeCSS(`.h-${k}{display:grid}`);\nconst t = `.a  { b: c }`;');
  });
  it('keeps the space after an expression that separates it from a selector, and the expression as written', () => {
    const code = 'x = css`\n  .h-${k} .a { b: c }\n  ${f({ a: 1 }, `p  q`)}\n`;';
    expect(minifyCssLiterals(code)).to.equal('x = css`.h-${k} .a{b:c}${f({ a: 1 }, `p  q`)}`;');
  });
  it('returns null when there is no css template', () => {
    expect(minifyCssLiterals('const x = `a  b`;')).to.equal(null);
  });
});

describe('minifyLiterals(code): css, html and svg templates', () => {
  it('html`…`: a run of white space with a line break becomes one space; spaces on one line stay', () => {
    const code = 'x = html`\n  <p class="a"\n    >two  spaces</p>\n  <b>${v}</b>\n`;';
    expect(minifyLiterals(code)).to.equal('x = html` <p class="a" >two  spaces</p> <b>${v}</b> `;');
  });
  it('minifies templates nested in an expression, and leaves the expression\'s code alone', () => {
    const code = 'x = html`<ul>\n  ${items.map((i) => svg`<g>\n  <path d=${i}></path>\n</g>`)}\n</ul>`; const t = `a\n  b`;';
    expect(minifyLiterals(code)).to.equal('x = html`<ul> ${items.map((i) => svg`<g> <path d=${i}></path> </g>`)} </ul>`; const t = `a\n  b`;');
  });
  it('a css`…` nested in an expression is minified as CSS', () => {
    expect(minifyLiterals('x = html`${css`\n  a { b: c }\n`}`;')).to.equal('x = html`${css`a{b:c}`}`;');
  });
});
