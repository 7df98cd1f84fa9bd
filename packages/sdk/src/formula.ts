import { ErrorCode, KeyfiguresError } from './errors.js';

/** A reference in a formula: `{level@2023}` or, to another indicator, `{fortune-500-companies:level@2024}`. */
export interface FormulaRef {
  readonly indicator?: string;
  readonly measure: string;
  readonly period: string;
}

type Node =
  | { readonly op: 'num'; readonly value: number }
  | { readonly op: 'ref'; readonly ref: FormulaRef }
  | { readonly op: 'neg'; readonly arg: Node }
  | { readonly op: '+' | '-' | '*' | '/'; readonly left: Node; readonly right: Node };

/** A parsed derivation formula: arithmetic (+ − × ÷, parentheses) over numbers and references. */
export interface Formula {
  readonly refs: readonly FormulaRef[];
  evaluate(lookup: (ref: FormulaRef) => number): number;
}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?(?:e[+-]?\d+)?)|\{([a-z0-9-]+:)?([a-z]+)@([0-9-]+)\}|([-+*/()]))/iy;

/**
 * Parses a formula without eval (keyfigures runs under a strict CSP), so a dataset can only ever
 * ask for arithmetic. Throws KeyfiguresError('invalid-formula') naming the column of the fault.
 */
export function parseFormula(text: string): Formula {
  const tokens: (string | number | FormulaRef)[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw fault(text, at, 'unexpected character');
    if (m[1] !== undefined) tokens.push(Number(m[1]));
    else if (m[3] !== undefined) {
      const indicator = m[2]?.slice(0, -1);
      tokens.push({ ...(indicator ? { indicator } : {}), measure: m[3], period: m[4]! });
    } else tokens.push(m[5]!);
    at = TOKEN.lastIndex;
  }
  let i = 0;
  const refs: FormulaRef[] = [];
  const peek = () => tokens[i];
  // expr := term (('+'|'-') term)* ; term := unary (('*'|'/') unary)* ; unary := '-' unary | atom
  const expr = (): Node => {
    let left = term();
    while (peek() === '+' || peek() === '-') left = { op: tokens[i++] as '+' | '-', left, right: term() };
    return left;
  };
  const term = (): Node => {
    let left = unary();
    while (peek() === '*' || peek() === '/') left = { op: tokens[i++] as '*' | '/', left, right: unary() };
    return left;
  };
  const unary = (): Node => {
    if (peek() === '-') {
      i++;
      return { op: 'neg', arg: unary() };
    }
    return atom();
  };
  const atom = (): Node => {
    const t = tokens[i++];
    if (typeof t === 'number') return { op: 'num', value: t };
    if (t === '(') {
      const inner = expr();
      if (tokens[i++] !== ')') throw fault(text, text.length, 'missing ")"');
      return inner;
    }
    if (t && typeof t === 'object') {
      refs.push(t);
      return { op: 'ref', ref: t };
    }
    throw fault(text, text.length, t === undefined ? 'formula ends too early' : `unexpected "${String(t)}"`);
  };
  const root = expr();
  if (i < tokens.length) throw fault(text, text.length, `unexpected "${String(tokens[i])}" after the end`);
  return { refs, evaluate: (lookup) => evaluate(root, lookup) };
}

function evaluate(node: Node, lookup: (ref: FormulaRef) => number): number {
  switch (node.op) {
    case 'num':
      return node.value;
    case 'ref':
      return lookup(node.ref);
    case 'neg':
      return -evaluate(node.arg, lookup);
    case '+':
      return evaluate(node.left, lookup) + evaluate(node.right, lookup);
    case '-':
      return evaluate(node.left, lookup) - evaluate(node.right, lookup);
    case '*':
      return evaluate(node.left, lookup) * evaluate(node.right, lookup);
    case '/':
      return evaluate(node.left, lookup) / evaluate(node.right, lookup);
  }
}

function fault(text: string, at: number, what: string): KeyfiguresError {
  return new KeyfiguresError(ErrorCode.invalidFormula, `formula "${text.slice(0, 80)}": ${what} at column ${at + 1}`);
}

/** Writes a reference back in formula syntax, for messages. */
export const formatRef = (r: FormulaRef): string => `{${r.indicator ? `${r.indicator}:` : ''}${r.measure}@${r.period}}`;
