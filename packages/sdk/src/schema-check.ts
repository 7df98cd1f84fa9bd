import type { Problem } from './problem.js';
import { describeValue, pathJoin } from './problem.js';

/** The subset of JSON Schema 2020-12 that keyfigures' schema uses and this checker reads. */
export interface JsonSchema {
  readonly $ref?: string;
  readonly $defs?: Readonly<Record<string, JsonSchema>>;
  readonly type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean';
  readonly const?: string | number | boolean;
  readonly enum?: readonly (string | number)[];
  readonly oneOf?: readonly JsonSchema[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | JsonSchema;
  readonly propertyNames?: JsonSchema;
  readonly items?: JsonSchema;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly [key: string]: unknown;
}

/** Limits that keep a hostile input from exhausting the checker; documented in the SDK README. */
export const LIMITS = {
  /** Deeper nesting than any valid dataset has (8 levels) is refused, which also stops cycles. */
  maxDepth: 32,
  /** Problems reported before the checker stops looking: enough to fix, short enough to read. */
  maxProblems: 100,
} as const;

interface Walk {
  readonly root: JsonSchema;
  readonly problems: Problem[];
  readonly patterns: Map<string, RegExp>;
}

/** Checks `value` against `schema`, returning every problem with its path (up to LIMITS.maxProblems). */
export function checkSchema(value: unknown, schema: JsonSchema): Problem[] {
  const walk: Walk = { root: schema, problems: [], patterns: new Map() };
  visit(walk, value, schema, '', 0);
  return walk.problems;
}

function report(walk: Walk, path: string, message: string): void {
  if (walk.problems.length < LIMITS.maxProblems) walk.problems.push({ path: path || '(root)', message });
}

function resolve(walk: Walk, schema: JsonSchema): JsonSchema {
  let s = schema;
  // A $ref chain in our schema is at most two deep; the bound guards against a self-reference.
  for (let i = 0; s.$ref && i < 8; i++) {
    const name = s.$ref.replace('#/$defs/', '');
    const target = walk.root.$defs?.[name];
    if (!target) throw new Error(`schema: unresolved $ref ${s.$ref}`);
    s = target;
  }
  return s;
}

function regex(walk: Walk, source: string): RegExp {
  let r = walk.patterns.get(source);
  if (!r) walk.patterns.set(source, (r = new RegExp(source, 'u')));
  return r;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
};

function visit(walk: Walk, value: unknown, schema: JsonSchema, path: string, depth: number): void {
  if (depth > LIMITS.maxDepth) {
    report(walk, path, `nesting deeper than ${LIMITS.maxDepth} levels (or a cycle); flatten the data`);
    return;
  }
  const s = resolve(walk, schema);
  if (s.oneOf) return visitOneOf(walk, value, s.oneOf, path, depth);
  if (s.const !== undefined && value !== s.const) {
    return report(walk, path, `expected ${JSON.stringify(s.const)}, got ${describeValue(value)}`);
  }
  if (s.enum && !s.enum.includes(value as string)) {
    return report(walk, path, `expected one of ${s.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describeValue(value)}`);
  }
  if (s.type && !hasType(value, s.type)) {
    const got = typeof value === 'number' ? String(value) : describeValue(value);
    const finite = s.type === 'number' && typeof value === 'number' ? 'a finite number' : EXPECTED[s.type];
    return report(walk, path, `expected ${finite}, got ${got}`);
  }
  if (typeof value === 'string') return visitString(walk, value, s, path);
  if (typeof value === 'number') return visitNumber(walk, value, s, path);
  if (Array.isArray(value)) return visitArray(walk, value, s, path, depth);
  if (value !== null && typeof value === 'object') visitObject(walk, value as Record<string, unknown>, s, path, depth);
}

function hasType(value: unknown, type: NonNullable<JsonSchema['type']>): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'object':
      return typeName(value) === 'object';
    default:
      return typeName(value) === type;
  }
}

function visitString(walk: Walk, value: string, s: JsonSchema, path: string): void {
  if (s.minLength !== undefined && value.length < s.minLength) {
    report(walk, path, s.minLength === 1 ? 'must not be empty' : `must be at least ${s.minLength} characters`);
  } else if (s.maxLength !== undefined && value.length > s.maxLength) {
    report(walk, path, `is ${value.length} characters long; at most ${s.maxLength} are allowed`);
  } else if (s.pattern && !regex(walk, s.pattern).test(value)) {
    report(walk, path, `${describeValue(value)} does not have the expected form ${s.pattern}`);
  }
}

function visitNumber(walk: Walk, value: number, s: JsonSchema, path: string): void {
  if (s.minimum !== undefined && value < s.minimum) report(walk, path, `must be at least ${s.minimum}, got ${value}`);
  if (s.maximum !== undefined && value > s.maximum) report(walk, path, `must be at most ${s.maximum}, got ${value}`);
  if (s.exclusiveMinimum !== undefined && value <= s.exclusiveMinimum) {
    report(walk, path, `must be greater than ${s.exclusiveMinimum}, got ${value}`);
  }
}

function visitArray(walk: Walk, value: readonly unknown[], s: JsonSchema, path: string, depth: number): void {
  if (s.minItems !== undefined && value.length < s.minItems) {
    report(walk, path, s.minItems === 1 ? 'must not be empty' : `must have at least ${s.minItems} items`);
  }
  if (s.maxItems !== undefined && value.length > s.maxItems) report(walk, path, `must have at most ${s.maxItems} items`);
  if (!s.items) return;
  for (let i = 0; i < value.length && walk.problems.length < LIMITS.maxProblems; i++) {
    visit(walk, value[i], s.items, `${path}[${i}]`, depth + 1);
  }
}

function visitObject(walk: Walk, value: Record<string, unknown>, s: JsonSchema, path: string, depth: number): void {
  for (const key of s.required ?? []) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) report(walk, pathJoin(path, key), 'is required');
  }
  for (const key of Object.keys(value)) {
    if (walk.problems.length >= LIMITS.maxProblems) return;
    const childPath = pathJoin(path, key);
    const declared = s.properties && Object.prototype.hasOwnProperty.call(s.properties, key) ? s.properties[key] : undefined;
    if (declared) {
      visit(walk, value[key], declared, childPath, depth + 1);
      continue;
    }
    if (s.propertyNames?.pattern && !regex(walk, s.propertyNames.pattern).test(key)) {
      report(walk, childPath, `${describeValue(key)} is not a valid locale tag (e.g. en, zh-CN)`);
    } else if (s.additionalProperties === false) {
      const known = Object.keys(s.properties ?? {});
      report(walk, childPath, `unknown property; expected one of ${known.join(', ')}`);
    } else if (typeof s.additionalProperties === 'object') {
      visit(walk, value[key], s.additionalProperties, childPath, depth + 1);
    }
  }
}

/**
 * Our unions are discriminated by a `const` property (Unit by `kind`), so the branch is chosen by
 * that property and its own problems are reported, rather than "matched none of 3 schemas".
 */
function visitOneOf(walk: Walk, value: unknown, branches: readonly JsonSchema[], path: string, depth: number): void {
  const resolved = branches.map((b) => resolve(walk, b));
  const key = Object.keys(resolved[0]?.properties ?? {}).find((k) => resolved.every((b) => b.properties?.[k]?.const !== undefined));
  if (key === undefined) throw new Error('schema: oneOf without a discriminating const property');
  if (typeName(value) !== 'object') return report(walk, path, `expected an object, got ${describeValue(value)}`);
  const tag = (value as Record<string, unknown>)[key];
  const branch = resolved.find((b) => b.properties?.[key]?.const === tag);
  if (!branch) {
    const allowed = resolved.map((b) => JSON.stringify(b.properties?.[key]?.const)).join(', ');
    return report(walk, pathJoin(path, key), `expected one of ${allowed}, got ${describeValue(tag)}`);
  }
  visit(walk, value, branch, path, depth);
}
