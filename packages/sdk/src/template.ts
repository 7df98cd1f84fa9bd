/** Placeholders a sentence template may use, and what each needs the indicator to have. */
export const PLACEHOLDERS = {
  value: 'level-or-target',
  'value:number': 'level-or-target',
  period: 'level-or-target',
  change: 'change',
  'change:signed': 'change',
  target: 'target',
  'target:number': 'target',
  deadline: 'target',
  'deadline:year': 'target',
  'total:number': 'total',
  'total:label': 'total',
  share: 'total',
  label: 'nothing',
  subject: 'nothing',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;

const SLOT = /\{([a-z]+(?::[a-z]+)?)\}/g;

/** The placeholder names in a template, in order of appearance. */
export const placeholdersOf = (template: string): string[] => [...template.matchAll(SLOT)].map((m) => m[1]!);

export const isPlaceholder = (name: string): name is Placeholder => Object.prototype.hasOwnProperty.call(PLACEHOLDERS, name);

/** Fills `{name}` slots from `fill`; the template was validated, so every name is known. */
export const fillTemplate = (template: string, fill: (name: Placeholder) => string): string =>
  template.replace(SLOT, (_, name: string) => (isPlaceholder(name) ? fill(name) : `{${name}}`));
