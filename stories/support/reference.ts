// Reference pages generated when Storybook builds, from the files that define them, so that they
// cannot drift: the dataset format from the SDK's JSON Schema, the theming table from
// custom-elements.json. Pure functions of their input (tests/node/storybook-docs.test.ts).

/** The part of a JSON Schema these pages read. */
export interface SchemaNode {
  readonly description?: string;
  readonly type?: string | readonly string[];
  readonly $ref?: string;
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
  readonly items?: SchemaNode;
  readonly oneOf?: readonly SchemaNode[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | SchemaNode;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly minItems?: number;
  readonly maxLength?: number;
}
export interface Schema extends SchemaNode {
  readonly $defs: Readonly<Record<string, SchemaNode>>;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n+/g, ' ');
const anchor = (name: string): string => name.toLowerCase();
const refName = (ref: string): string => ref.replace('#/$defs/', '');

/** A property's type in words, with links to the definitions it refers to. */
export function typeOf(node: SchemaNode): string {
  if (node.$ref) return `[${refName(node.$ref)}](#${anchor(refName(node.$ref))})`;
  if (node.const !== undefined) return `\`${JSON.stringify(node.const)}\``;
  if (node.enum) return node.enum.map((v) => `\`${JSON.stringify(v)}\``).join(' · ');
  if (node.oneOf) return node.oneOf.map(typeOf).join(' or ');
  if (node.type === 'array' && node.items) return `array of ${typeOf(node.items)}${node.minItems ? ` (at least ${node.minItems})` : ''}`;
  const bounds = [
    node.minimum !== undefined ? `≥ ${node.minimum}` : '',
    node.exclusiveMinimum !== undefined ? `> ${node.exclusiveMinimum}` : '',
    node.maximum !== undefined ? `≤ ${node.maximum}` : '',
    node.pattern ? `pattern \`${node.pattern}\`` : '',
    node.maxLength ? `at most ${node.maxLength} characters` : '',
  ].filter(Boolean);
  const type = typeof node.type === 'string' ? node.type : (node.type?.join(' or ') ?? 'any');
  return bounds.length ? `${type} (${bounds.join(', ')})` : type;
}

/** The whole dataset format as Markdown: one section per definition of the schema, Dataset first. */
export function datasetReference(schema: Schema): string {
  const names = Object.keys(schema.$defs).sort((a, b) => (a === 'Dataset' ? -1 : b === 'Dataset' ? 1 : 0));
  const out: string[] = [];
  for (const name of names) {
    const def = schema.$defs[name]!;
    out.push(`### ${name}`, '', def.description ?? '', '');
    if (def.properties) {
      const required = new Set(def.required ?? []);
      out.push('| field | type | required | meaning |', '|---|---|---|---|');
      for (const [field, node] of Object.entries(def.properties)) {
        out.push(`| \`${field}\` | ${cell(typeOf(node))} | ${required.has(field) ? 'yes' : ''} | ${cell(node.description ?? '')} |`);
      }
      if (typeof def.additionalProperties === 'object') out.push(`| *any other key* | ${cell(typeOf(def.additionalProperties))} | | |`);
      out.push('');
    } else {
      out.push(`Type: ${typeOf(def)}`, '');
    }
  }
  return out.join('\n');
}

/** The parts of custom-elements.json the theming table reads. */
export interface Manifest {
  readonly modules: readonly {
    readonly declarations?: readonly {
      readonly tagName?: string;
      readonly cssProperties?: readonly { readonly name: string; readonly default?: string; readonly description?: string }[];
    }[];
  }[];
}

export interface CssPropertyRow {
  readonly name: string;
  readonly defaults: readonly string[];
  /** Each description with the elements whose JSDoc gives it. */
  readonly descriptions: readonly { readonly text: string; readonly elements: readonly string[] }[];
  readonly elements: readonly string[];
}

/** Every --kf-* custom property of every element, once, with the elements that read it. */
export function cssProperties(manifest: Manifest): CssPropertyRow[] {
  const rows = new Map<string, { defaults: Set<string>; descriptions: Map<string, string[]>; elements: Set<string> }>();
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.tagName) continue;
      for (const p of d.cssProperties ?? []) {
        let row = rows.get(p.name);
        if (!row) rows.set(p.name, (row = { defaults: new Set(), descriptions: new Map(), elements: new Set() }));
        if (p.default) row.defaults.add(p.default);
        const text = p.description ?? '';
        row.descriptions.set(text, [...(row.descriptions.get(text) ?? []), d.tagName]);
        row.elements.add(d.tagName);
      }
    }
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, r]) => ({
      name,
      defaults: [...r.defaults],
      descriptions: [...r.descriptions].map(([text, elements]) => ({ text, elements: elements.sort() })),
      elements: [...r.elements].sort(),
    }));
}

/** The theming table as Markdown. */
export function cssPropertiesTable(manifest: Manifest): string {
  const out = ['| property | default (light theme) | what it sets, as each element documents it |', '|---|---|---|'];
  for (const r of cssProperties(manifest)) {
    const what = r.descriptions.map((d) => `${d.elements.map((e) => `\`${e}\``).join(', ')}: ${cell(d.text)}`).join('<br/>');
    out.push(`| \`${r.name}\` | ${r.defaults.map((d) => `\`${cell(d)}\``).join(', ')} | ${what} |`);
  }
  return out.join('\n');
}
