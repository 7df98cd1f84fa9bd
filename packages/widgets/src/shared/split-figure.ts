// A formatted figure cut around its number, so that cards can set the number large and the
// words around it at text size (kf-kpi, kf-progress). Pure: no DOM, no Lit.

/** A formatted figure cut around its number, so the number can be big and the words small. */
export interface FigureParts {
  readonly before: string;
  readonly number: string;
  readonly after: string;
}

// A number as the SDK writes it: digits with grouping or decimals, an optional range to a second
// number, an optional percent sign. "1–2", "1—2", "95.3%", "1,200".
const NUMBER = /\p{Nd}(?:[\p{Nd},.]*\p{Nd})?(?:\s?[–—-]\s?\p{Nd}(?:[\p{Nd},.]*\p{Nd})?)?%?/u;

/** "more than CNY 120 billion" → "more than CNY " · "120" · " billion"; text without a number is all number. */
export function splitFigure(text: string): FigureParts {
  const m = NUMBER.exec(text);
  if (!m) return { before: '', number: text, after: '' };
  return { before: text.slice(0, m.index), number: m[0], after: text.slice(m.index + m[0].length) };
}
