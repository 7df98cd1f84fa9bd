// Placeholder filling for the pattern words of src/locales, as text or as runs of emphasised text.

/** Fills {name} placeholders (the SDK's fillPattern); a missing part is left empty. */
export { fillPattern as fill } from '@keyfigures/sdk';

/** A run of text, emphasised or not. */
export interface TextPart {
  readonly text: string;
  readonly strong: boolean;
}

/** Like fill(), as runs of text, the placeholders named in `strong` emphasised: "**319** of the 500 companies…". */
export function fillParts(pattern: string, parts: Readonly<Record<string, string>>, strong: readonly string[]): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of pattern.matchAll(/\{(\w+)\}/g)) {
    if (m.index > last) out.push({ text: pattern.slice(last, m.index), strong: false });
    out.push({ text: parts[m[1]!] ?? '', strong: strong.includes(m[1]!) });
    last = m.index + m[0].length;
  }
  if (last < pattern.length) out.push({ text: pattern.slice(last), strong: false });
  // Neighbouring runs of the same kind merge, so the DOM holds one node per run.
  return out.filter((p) => p.text).reduce<TextPart[]>((acc, p) => {
    const prev = acc[acc.length - 1];
    if (prev && prev.strong === p.strong) acc[acc.length - 1] = { text: prev.text + p.text, strong: p.strong };
    else acc.push(p);
    return acc;
  }, []);
}

/** A run of text that may break anywhere inside (`keep` false) or must stay on one line (`keep` true). */
export interface LineRun {
  readonly text: string;
  readonly keep: boolean;
}

// A number (grouped, decimal, a range) with the Chinese measure word or unit right after it:
// 500家, 1200亿元, 1—2家, 2024年, 1月. A Chinese line may break between any two characters, but a
// reader should not find 500 at the end of one line and 家 at the start of the next.
const QUANTITY = /\p{Nd}(?:[\p{Nd},.]*\p{Nd})?(?:[–—-]\p{Nd}(?:[\p{Nd},.]*\p{Nd})?)?%?\p{Script=Han}{1,2}/gu;

/** "世界500强中的319家（共500家）" → runs where each "319家", "500家" is kept whole; text without one is one run. */
export function quantityRuns(text: string): LineRun[] {
  const out: LineRun[] = [];
  let last = 0;
  for (const m of text.matchAll(QUANTITY)) {
    if (m.index > last) out.push({ text: text.slice(last, m.index), keep: false });
    out.push({ text: m[0], keep: true });
    last = m.index + m[0].length;
  }
  if (last < text.length || !out.length) out.push({ text: text.slice(last), keep: false });
  return out;
}
