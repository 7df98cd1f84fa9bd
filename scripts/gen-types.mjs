// Derives the SDK's model types (src/model.ts) and the validator's copy of the schema
// (src/schema.ts) from schema/dataset.schema.json, so the three cannot drift.
// `npm run gen:types` rewrites both; `--check` exits 1 when either is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaPath = fileURLToPath(new URL('../packages/sdk/schema/dataset.schema.json', import.meta.url));
const outPath = fileURLToPath(new URL('../packages/sdk/src/model.ts', import.meta.url));
const schemaModulePath = fileURLToPath(new URL('../packages/sdk/src/schema.ts', import.meta.url));

export function generate(schema) {
  const out = [
    '// Generated from schema/dataset.schema.json by scripts/gen-types.mjs. Do not edit:',
    '// change the schema and run `npm run gen:types`.',
    '',
  ];
  for (const [name, def] of Object.entries(schema.$defs)) {
    out.push(...doc(def, ''));
    if (def.type === 'object' && def.properties) {
      out.push(`export interface ${name} ${objectBody(def, '')}`);
    } else {
      out.push(`export type ${name} = ${typeOf(def, '')};`);
    }
    out.push('');
  }
  return out.join('\n');
}

function doc(def, indent) {
  const lines = [];
  if (def.description) lines.push(...def.description.split('\n'));
  if (def.default !== undefined) lines.push(`@default ${JSON.stringify(def.default)}`);
  if (!lines.length) return [];
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => `${indent} * ${l}`), `${indent} */`];
}

function typeOf(def, indent) {
  if (def.$ref) return def.$ref.replace('#/$defs/', '');
  if (def.const !== undefined) return JSON.stringify(def.const);
  if (def.enum) return def.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (def.oneOf) return def.oneOf.map((d) => typeOf(d, indent)).join(' | ');
  switch (def.type) {
    case 'string':
      return 'string';
    case 'number':
    case 'integer':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return `readonly ${wrap(typeOf(def.items, indent))}[]`;
    case 'object':
      return objectBody(def, indent);
    default:
      throw new Error(`gen-types: unsupported schema ${JSON.stringify(def)}`);
  }
}

const wrap = (t) => (t.includes(' ') ? `(${t})` : t);

function objectBody(def, indent) {
  const inner = indent + '  ';
  const required = new Set(def.required ?? []);
  const lines = ['{'];
  for (const [key, prop] of Object.entries(def.properties ?? {})) {
    // A property that is only a $ref inherits the description of its definition in editors;
    // its own description, when it has one, says what it means here.
    lines.push(...doc(prop, inner));
    const name = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    lines.push(`${inner}readonly ${name}${required.has(key) ? '' : '?'}: ${typeOf(prop, inner)};`);
  }
  if (def.additionalProperties && typeof def.additionalProperties === 'object') {
    lines.push(`${inner}readonly [key: string]: ${typeOf(def.additionalProperties, inner)};`);
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

// Prose is for people and editors; the runtime copy keeps only what validation reads.
const PROSE_KEYS = new Set(['description', 'title', '$id', '$schema', 'default']);
const stripProse = (node) =>
  Array.isArray(node)
    ? node.map(stripProse)
    : node && typeof node === 'object'
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([k, v]) => !(PROSE_KEYS.has(k) && typeof v !== 'object'))
            .map(([k, v]) => [k, stripProse(v)]),
        )
      : node;

export function generateSchemaModule(schema) {
  return [
    '// Generated from schema/dataset.schema.json by scripts/gen-types.mjs. Do not edit.',
    '// The validator walks this copy, so what it accepts is exactly what the schema says.',
    "import type { JsonSchema } from './schema-check.js';",
    '',
    `export const datasetSchema: JsonSchema = ${JSON.stringify(stripProse(schema), null, 2)};`,
    '',
  ].join('\n');
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
  const outputs = [
    [outPath, generate(schema)],
    [schemaModulePath, generateSchemaModule(schema)],
  ];
  const stale = outputs.filter(([path, text]) => {
    try {
      return readFileSync(path, 'utf8') !== text;
    } catch {
      return true;
    }
  });
  if (process.argv.includes('--check')) {
    if (stale.length) {
      console.error(`${stale.map(([p]) => p).join(', ')} out of date with the schema: run \`npm run gen:types\`.`);
      process.exit(1);
    }
  } else {
    for (const [path, text] of outputs) writeFileSync(path, text);
    console.log('wrote packages/sdk/src/model.ts and packages/sdk/src/schema.ts');
  }
}
