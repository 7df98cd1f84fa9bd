import { resolveLocale } from '@keyfigures/sdk';

// TODO-move: these UI words and patterns belong in the SDK's locale tables (LocaleGrammar.words);
// they live here until the lead adds them. Used by kf-progress and kf-waffle.
// Placeholders: {n} a number alone (319, 4.7%), {value} / {q} the same with its noun (319家),
// {total} the whole with its noun (500家), {label} the whole's name (Fortune 500), {t} a duration.
const tables = {
  en: {
    /** A value of a whole that has a name. */
    ofNamedTotal: '{n} of the {total} in the {label}',
    /** A value of a whole without a name (a percent level: of 100 %). */
    ofTotal: '{n} of {total}',
    total: 'Total',
    share: 'Share',
    progress: 'Share of the target reached',
    today: 'Today',
    timeLeft: '{t} left',
    timeLeftHead: 'Time left',
    deadlinePassed: 'Deadline passed',
    timeBar: 'Time to the deadline',
    perCell: '1 cell = {q}',
    labelled: '{label}: {n}',
    /** A name with its qualification in brackets. */
    bracketed: '{a} ({b})',
    restNamed: 'Rest of the {label}: {n}',
    rest: 'Rest: {n}',
  },
  'zh-CN': {
    ofNamedTotal: '{label}中的{value}（共{total}）',
    ofTotal: '{value} / {total}',
    total: '总数',
    share: '占比',
    progress: '目标完成比例',
    today: '今天',
    timeLeft: '还剩{t}',
    timeLeftHead: '剩余时间',
    deadlinePassed: '已过期限',
    timeBar: '距目标期限的时间',
    perCell: '每格代表{q}',
    labelled: '{label}：{q}',
    bracketed: '{a}（{b}）',
    restNamed: '{label}其余：{q}',
    rest: '其余：{q}',
  },
} as const;

export type ExtraWord = keyof (typeof tables)['en'];

/** The extra words of the nearest supported locale (en when it has none). */
export function extraWords(locale: string): Readonly<Record<ExtraWord, string>> {
  const tag = resolveLocale(locale);
  return tag in tables ? tables[tag as keyof typeof tables] : tables.en;
}

/** Fills {name} placeholders; a missing part is left empty. */
export const fill = (pattern: string, parts: Readonly<Record<string, string>>): string =>
  pattern.replace(/\{(\w+)\}/g, (_, k: string) => parts[k] ?? '');

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
