import { ErrorCode, KeyfiguresError } from '../errors.js';
import { localize } from '../locale.js';
import type { Dataset, Indicator, LocalizedText, Observation, Unit } from '../model.js';
import { loadDataset } from '../validate.js';
import { currencyLabel } from './csv.js';

/** A unit of a JSON-stat metric category. */
export interface JsonStatUnit {
  readonly label?: string;
  readonly symbol?: string;
  readonly decimals?: number;
}

export interface JsonStatDimension {
  readonly label?: string;
  readonly category: {
    /** Category ids in order: an array, or id → position. */
    readonly index?: readonly string[] | Readonly<Record<string, number>>;
    readonly label?: Readonly<Record<string, string>>;
    readonly unit?: Readonly<Record<string, JsonStatUnit>>;
  };
}

/** A JSON-stat 2.0 dataset (class "dataset"), the parts this adapter reads and writes. */
export interface JsonStatDataset {
  readonly version: string;
  readonly class: 'dataset';
  readonly label?: string;
  readonly source?: string;
  readonly updated?: string;
  readonly href?: string;
  readonly id: readonly string[];
  readonly size: readonly number[];
  readonly role?: { readonly time?: readonly string[]; readonly metric?: readonly string[]; readonly geo?: readonly string[] };
  readonly dimension: Readonly<Record<string, JsonStatDimension>>;
  /** Values in row-major order of `id` (the last dimension varies fastest); null or absent where there is none. */
  readonly value: readonly (number | null)[] | Readonly<Record<string, number | null>>;
  readonly status?: string | readonly (string | null)[] | Readonly<Record<string, string>>;
}

export interface FromJsonStatOptions {
  /** Id of the dataset. Default: made from the JSON-stat label. */
  readonly id?: string;
  /** Language of the labels (BCP 47). Default en. Labels also fill `en`, which the model requires. */
  readonly language?: string;
  /** Who or what the figures are about. Default: the JSON-stat label. */
  readonly subject?: string;
  /** The category to keep of each dimension other than time and metric that has more than one, e.g. `{ geo: 'cq' }`. */
  readonly select?: Readonly<Record<string, string>>;
  /** Units per metric category id, where the JSON-stat unit does not say enough (e.g. a currency's scale). */
  readonly units?: Readonly<Record<string, Unit>>;
  /** Date of the source when the JSON-stat has no `updated`. */
  readonly date?: string;
}

/** Whether `value` looks like a JSON-stat dataset (its `class` and `version`), not a keyfigures one. */
export function isJsonStat(value: unknown): value is JsonStatDataset {
  const v = value as Partial<JsonStatDataset> | null;
  return typeof v === 'object' && v !== null && v.class === 'dataset' && typeof v.version === 'string';
}

/** A JSON-stat problem: where in the input, what, and how to fix it. */
const fail = (path: string, message: string): never => {
  throw new KeyfiguresError(ErrorCode.invalidJsonStat, `JSON-stat ${path}: ${message}`);
};

const slug = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/** A JSON-stat time category as an ISO period: 2023, 2023-07, 2023-07-01; also 2023M07 (Eurostat). */
function periodOf(t: string, path: string): string {
  if (/^\d{4}(-\d{2}){0,2}$/.test(t)) return t;
  const month = /^(\d{4})M(\d{2})$/.exec(t);
  if (month) return `${month[1]}-${month[2]}`;
  return fail(path, `time category "${t}" is not a year, month or day (2023, 2023-07, 2023M07, 2023-07-01); quarters and other periods cannot be mapped`);
}

function categoriesOf(js: JsonStatDataset, dim: string, size: number): string[] {
  const c = js.dimension[dim]!.category;
  const ids = Array.isArray(c.index)
    ? [...(c.index as readonly string[])]
    : c.index
      ? Object.keys(c.index).sort((a, b) => (c.index as Record<string, number>)[a]! - (c.index as Record<string, number>)[b]!)
      : Object.keys(c.label ?? {});
  if (ids.length !== size) fail(`dimension.${dim}.category`, `has ${ids.length} categories but size says ${size}`);
  return ids;
}

function unitOf(u: JsonStatUnit | undefined, language: string): Unit {
  const text = u?.symbol ?? u?.label ?? '';
  if (text === '%' || /^per ?cent$/i.test(text)) return { kind: 'percent' };
  if (/^[A-Z]{3}$/.test(text)) return { kind: 'currency', currency: text };
  const noun = { other: u?.label ?? 'units' };
  return { kind: 'count', noun: language === 'en' ? { en: noun } : { en: noun, [language]: noun } };
}

/**
 * Reads a JSON-stat 2.0 dataset into the SDK's model: each category of the metric dimension (or
 * the whole table, without one) becomes an indicator, each category of the time dimension a
 * level observation of it. Every other dimension must have one category, or one picked with
 * `select`. Each value's quote is the cell as the table states it ("Label, 2023: 319 units"),
 * its source the table (label, source, updated, href). The result is validated like any dataset.
 * Throws KeyfiguresError 'invalid-json-stat' for what cannot be mapped, saying where and how to fix it.
 */
export function fromJsonStat(input: unknown, options: FromJsonStatOptions = {}): Dataset {
  if (!isJsonStat(input)) return fail('class', 'expected a JSON-stat dataset ({"version": "2.0", "class": "dataset", …}); collections and bundles are not read');
  const js = input;
  if (!js.version.startsWith('2.')) fail('version', `expected 2.0, got "${js.version}"`);
  if (!Array.isArray(js.id) || !Array.isArray(js.size) || js.id.length !== js.size.length) fail('id', '"id" and "size" must be arrays of the same length');
  for (const d of js.id) if (!js.dimension?.[d]?.category) fail(`dimension.${d}`, 'is missing, or has no category');
  const language = options.language ?? 'en';
  const loc = (text: string): LocalizedText => (language === 'en' ? { en: text } : { en: text, [language]: text });
  const label = js.label ?? options.id ?? 'JSON-stat dataset';

  const time = js.role?.time?.[0] ?? js.id.find((d) => /^(time|year|period|date)$/i.test(d));
  if (!time) return fail('role.time', 'no time dimension: name it in role.time, e.g. "role": {"time": ["year"]}');
  const metric = js.role?.metric?.[0];
  const cats = js.id.map((d, i) => categoriesOf(js, d, js.size[i]!));
  // The fixed position of every other dimension.
  const fixed = js.id.map((d, i) => {
    if (d === time || d === metric) return -1;
    const ids = cats[i]!;
    const pick = options.select?.[d];
    if (pick !== undefined) {
      const at = ids.indexOf(pick);
      return at >= 0 ? at : fail(`dimension.${d}`, `has no category "${pick}" (select); it has ${ids.join(', ')}`);
    }
    return ids.length === 1 ? 0 : fail(`dimension.${d}`, `has ${ids.length} categories (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''}); pick one with the select option, e.g. { select: { ${d}: "${ids[0]}" } }`);
  });
  const strides = js.size.map((_, i) => js.size.slice(i + 1).reduce((a, b) => a * b, 1));
  const at = <T>(data: readonly T[] | Readonly<Record<string, T>> | undefined, flat: number): T | undefined =>
    data === undefined ? undefined : Array.isArray(data) ? (data as readonly T[])[flat] : (data as Readonly<Record<string, T>>)[String(flat)];

  const ti = js.id.indexOf(time);
  const mi = metric ? js.id.indexOf(metric) : -1;
  const metricIds = mi >= 0 ? cats[mi]! : [options.id ?? slug(label)];
  const dimLabel = (i: number, c: string) => js.dimension[js.id[i]!]!.category.label?.[c] ?? c;
  const indicators: Indicator[] = [];
  metricIds.forEach((m, mPos) => {
    const mLabel = mi >= 0 ? dimLabel(mi, m) : label;
    const jsUnit = mi >= 0 ? js.dimension[metric!]!.category.unit?.[m] : undefined;
    const unit = options.units?.[m] ?? unitOf(jsUnit, language);
    const observations: Observation[] = [];
    cats[ti]!.forEach((t, tPos) => {
      let flat = 0;
      js.id.forEach((_, i) => (flat += (i === ti ? tPos : i === mi ? mPos : fixed[i]!) * strides[i]!));
      const value = at(js.value, flat);
      if (value === null || value === undefined) return;
      if (typeof value !== 'number' || !Number.isFinite(value)) fail(`value[${flat}]`, `expected a number or null, got ${JSON.stringify(value)}`);
      const status = typeof js.status === 'string' ? js.status : at(js.status, flat);
      const unitText = jsUnit?.symbol ?? jsUnit?.label;
      observations.push({
        period: periodOf(t, `dimension.${time}.category`),
        measure: 'level',
        value,
        ...(status === 'e' ? { qualifier: 'approximate' as const } : {}),
        quote: `${mLabel}, ${dimLabel(ti, t)}: ${value}${unitText ? (unitText === '%' ? '%' : ` ${unitText}`) : ''}`,
      });
    });
    if (observations.length) indicators.push({ id: slug(m), label: loc(mLabel), themes: ['all'], unit, observations });
  });
  if (!indicators.length) fail('value', 'has no values for the selected categories');
  const date = js.updated?.slice(0, 10) ?? options.date ?? fail('updated', 'is missing: the source needs a date; pass the date option');
  return loadDataset({
    id: options.id ?? slug(label),
    title: loc(label),
    subject: loc(options.subject ?? label),
    sources: [{ id: 'source', title: loc(label), date, language, ...(js.source ? { publisher: loc(js.source) } : {}), ...(js.href ? { url: js.href } : {}) }],
    themes: [{ id: 'all', label: loc(label) }],
    indicators,
    events: [],
  });
}

/**
 * A dataset as JSON-stat 2.0: dimensions indicator (metric, with units), measure (level, change,
 * target) and period (time); labels in `locale` (en by default); status "e" where a value is
 * approximate or derived.
 */
export function toJsonStat(dataset: Dataset, locale = 'en'): JsonStatDataset {
  const text = (t: LocalizedText): string => localize(t, locale);
  const inds = dataset.indicators.map((i) => i.id);
  const measures = (['level', 'change', 'target'] as const).filter((m) => dataset.indicators.some((i) => i.observations.some((o) => o.measure === m)));
  const periods = [...new Set(dataset.indicators.flatMap((i) => i.observations.map((o) => o.period)))].sort();
  const size = [inds.length, measures.length, periods.length];
  const value: (number | null)[] = new Array(size[0]! * size[1]! * size[2]!).fill(null);
  const status: Record<string, string> = {};
  dataset.indicators.forEach((ind, i) => {
    for (const o of ind.observations) {
      const flat = (i * size[1]! + measures.indexOf(o.measure)) * size[2]! + periods.indexOf(o.period);
      if (value[flat] !== null) continue; // one value per cell: the first
      value[flat] = o.value;
      if (o.derived || o.qualifier === 'approximate') status[flat] = 'e';
    }
  });
  const unit = Object.fromEntries(
    dataset.indicators.map((i): [string, JsonStatUnit] => {
      const u = i.unit;
      if (u.kind === 'percent') return [i.id, { label: 'percent', symbol: '%' }];
      if (u.kind === 'currency') return [i.id, { label: currencyLabel(u), symbol: u.currency }];
      return [i.id, { label: localize(u.noun, locale).other }];
    }),
  );
  const source = dataset.sources[0];
  return {
    version: '2.0',
    class: 'dataset',
    label: text(dataset.title),
    ...(source?.publisher ? { source: text(source.publisher) } : {}),
    ...(source ? { updated: source.date } : {}),
    id: ['indicator', 'measure', 'period'],
    size,
    role: { time: ['period'], metric: ['indicator'] },
    dimension: {
      indicator: { label: 'indicator', category: { index: inds, label: Object.fromEntries(dataset.indicators.map((i) => [i.id, text(i.label)])), unit } },
      measure: { label: 'measure', category: { index: [...measures] } },
      period: { label: 'period', category: { index: periods } },
    },
    value,
    ...(Object.keys(status).length ? { status } : {}),
  };
}

/** Loads either format: a JSON-stat dataset through fromJsonStat, anything else through loadDataset. */
export function loadDatasetOrJsonStat(value: unknown): Dataset {
  return isJsonStat(value) ? fromJsonStat(value) : loadDataset(value);
}
