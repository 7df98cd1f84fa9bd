// A rollup plugin that minifies the static text of Lit templates in our own sources: css`…` (and a
// template literal handed straight to unsafeCSS(`…`), CSS built at load time) loses comments and
// collapsible white space, html`…` and svg`…` their indentation. esbuild and terser leave template
// text as written, and the elements' styles and markup are most of their weight. Strings and ${…}
// expressions are kept as code (templates nested in them are minified too).

/**
 * Minifies one static run of CSS text (no ${} inside). Quoted strings are left untouched. White
 * space at either end is trimmed unless the run sits against an expression there, where one
 * space may separate it from the expression's text.
 */
export function minifyCss(text, { start = true, end = true } = {}) {
  // Comments and strings in one pass, whichever opens first: an apostrophe inside a comment
  // ("the card's width") opens no string, "/*" inside a string opens no comment. Odd parts are
  // the comments and strings; a comment joins the CSS around it as one space.
  let out = '';
  let run = '';
  text.split(/(\/\*[\s\S]*?\*\/|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/).forEach((part, i) => {
    if (i % 2 === 0) run += part;
    else if (part.startsWith('/*')) run += ' ';
    else {
      out += minifyRun(run) + part;
      run = '';
    }
  });
  out += minifyRun(run);
  if (start) out = out.trimStart();
  if (end) out = out.trimEnd();
  return out;
}

/** Collapses the white space of CSS text that holds no comment and no string. */
const minifyRun = (css) =>
  css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}');

/**
 * Minifies one static run of an html`…` or svg`…` template: a run of white space that holds a
 * line break becomes one space. Rendering is the same (HTML collapses white space; no template
 * of ours puts such a run inside a <pre> or a white-space: pre box), the indentation is gone.
 */
export const minifyHtml = (text) => text.replace(/[ \t]*\n\s*/g, ' ');

/** Finds css`…` and unsafeCSS(`…`) templates in `code` and minifies their static runs; returns the new code or null. */
export const minifyCssLiterals = (code) => minifyLiterals(code, { html: false });

/**
 * Minifies the static runs of the css`…`, unsafeCSS(`…`) and (with `html`, the default) Lit
 * html`…` and svg`…` templates in `code`, also those nested in a template's ${…}; returns the new
 * code or null when there was none.
 */
export function minifyLiterals(code, { html = true } = {}) {
  let out = '';
  let last = 0;
  let changed = false;
  const start = html ? /\bcss`|\bunsafeCSS\(`|\b(html|svg)`/g : /\bcss`|\bunsafeCSS\(`/g;
  for (let m = start.exec(code); m; m = start.exec(code)) {
    const minify = m[1] ? (text) => minifyHtml(text) : (text, ends) => minifyCss(text, ends);
    const open = m.index + m[0].length;
    let i = open;
    let run = open;
    let body = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        body += minify(code.slice(run, i), { start: run === open, end: false });
        // Past the "${", to its matching "}": the expression is code, never minified as CSS or
        // HTML, but the templates nested in it are.
        const from = i;
        let depth = 1;
        for (i += 2; depth > 0 && i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}') depth--;
        }
        const expression = code.slice(from + 2, i - 1);
        body += `\${${minifyLiterals(expression, { html }) ?? expression}}`;
        run = i;
      } else i++;
    }
    if (i >= code.length) break; // unterminated: leave the rest alone
    body += minify(code.slice(run, i), { start: run === open, end: true });
    out += code.slice(last, open) + body;
    last = i;
    changed = true;
    start.lastIndex = i + 1;
  }
  return changed ? out + code.slice(last) : null;
}

export function minifyCssLiteralsPlugin() {
  return {
    name: 'keyfigures-minify-css-literals',
    transform(code, id) {
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !/\b(?:css|html|svg)`|\bunsafeCSS\(`/.test(code)) return null;
      const min = minifyLiterals(code);
      return min === null ? null : { code: min, map: null };
    },
  };
}
