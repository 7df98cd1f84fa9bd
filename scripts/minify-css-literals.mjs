// A rollup plugin that minifies the static text of Lit's css`…` templates (and of a template
// literal handed straight to unsafeCSS(`…`), CSS built at load time) in our own sources:
// comments go, white space collapses. esbuild and terser leave template text as written, and
// the elements' styles are most of their weight. Strings and ${…} expressions are kept as they are.

/**
 * Minifies one static run of CSS text (no ${} inside). Quoted strings are left untouched. White
 * space at either end is trimmed unless the run sits against an expression there, where one
 * space may separate it from the expression's text.
 */
export function minifyCss(text, { start = true, end = true } = {}) {
  let out = '';
  for (const part of text.split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/)) {
    if (part.startsWith('"') || part.startsWith("'")) {
      out += part;
      continue;
    }
    out += part
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}');
  }
  if (start) out = out.trimStart();
  if (end) out = out.trimEnd();
  return out;
}

/** Finds css`…` and unsafeCSS(`…`) templates in `code` and minifies their static runs; returns the new code or null. */
export function minifyCssLiterals(code) {
  let out = '';
  let last = 0;
  let changed = false;
  const start = /\bcss`|\bunsafeCSS\(`/g;
  for (let m = start.exec(code); m; m = start.exec(code)) {
    const open = m.index + m[0].length;
    let i = open;
    let run = open;
    let body = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        body += minifyCss(code.slice(run, i), { start: run === open, end: false });
        // Past the "${", to its matching "}": the expression is copied as it is, never minified.
        const from = i;
        let depth = 1;
        for (i += 2; depth > 0 && i < code.length; i++) {
          if (code[i] === '{') depth++;
          else if (code[i] === '}') depth--;
        }
        body += code.slice(from, i);
        run = i;
      } else i++;
    }
    if (i >= code.length) break; // unterminated: leave the rest alone
    body += minifyCss(code.slice(run, i), { start: run === open, end: true });
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
      if (!/\/packages\/[^/]+\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      const min = minifyCssLiterals(code);
      return min === null ? null : { code: min, map: null };
    },
  };
}
