// Property test of the validator: seeded, generated malformed datasets — wrong types, missing and
// unknown fields, NaN/Infinity, huge and negative numbers, unknown units, cycles and chains in
// derived formulas, 10 MB strings, deep nesting, cyclic objects, __proto__ keys. Each one must end in
// a typed DatasetValidationError whose problems have paths (or, where a mutation happens to keep the
// dataset valid, format and describe without an untyped exception); none may throw anything else.
// A hang fails by mocha's timeout. Node runs thousands of cases; the browser (wtr) a few hundred.
import { expect } from 'chai';
import { DatasetValidationError, KeyfiguresError, LIMITS, describe as describeIndicator, headline, indicatorsByTheme, loadDataset, validateDataset } from '../src/index.js';
import type { Dataset } from '../src/index.js';
import { copyOfDefault } from './fixtures.js';

const inBrowser = typeof window !== 'undefined';
const CASES = inBrowser ? 200 : 2000;
const SEED = 20240129;

/** mulberry32: a small seeded generator, so that a failing case can be replayed by its number. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = any;
type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;

const TEN_MB = 'x'.repeat(10 * 1024 * 1024);
const TEN_MB_ID = 'a'.repeat(10 * 1024 * 1024);

function nested(depth: number, array: boolean): Json {
  let v: Json = 1;
  for (let i = 0; i < depth; i++) v = array ? [v] : { a: v };
  return v;
}

/** Values of the wrong kind, or of the right kind and out of range. */
function hostileValue(r: Rand): Json {
  return pick(r, [
    () => null,
    () => true,
    () => 0,
    () => -1,
    () => NaN,
    () => Infinity,
    () => -Infinity,
    () => 1e308,
    () => -1e308,
    () => Number.MAX_SAFE_INTEGER + 2,
    () => 5e-324,
    () => '',
    () => '387',
    () => '<img src=x onerror=alert(1)>',
    () => TEN_MB,
    () => [],
    () => [1, 'two', null],
    () => ({}),
    () => ({ kind: 'furlongs' }),
    () => nested(1000, r() < 0.5),
    () => JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  ])();
}

/** Every [parent, key] in `d`, so that a mutation can hit any field. */
function slots(d: Json): [Json, string | number][] {
  const out: [Json, string | number][] = [];
  const walk = (v: Json) => {
    if (Array.isArray(v)) v.forEach((x, i) => (out.push([v, i]), walk(x)));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) out.push([v, k]), walk(v[k]);
  };
  walk(d);
  return out;
}

interface Mutation {
  readonly name: string;
  /** Whether the result can never be a valid dataset (so it must be refused). */
  readonly breaks: boolean;
  apply(d: Json, r: Rand): void;
}

const observationsOf = (d: Json): Json[] => d.indicators.flatMap((i: Json) => i.observations);

const MUTATIONS: Mutation[] = [
  { name: 'any field replaced by a hostile value', breaks: false, apply: (d, r) => { const [p, k] = pick(r, slots(d)); p[k] = hostileValue(r); } },
  { name: 'a field removed', breaks: false, apply: (d, r) => { const [p, k] = pick(r, slots(d)); if (Array.isArray(p)) p.splice(k as number, 1); else delete p[k]; } },
  { name: 'an unknown field added', breaks: false, apply: (d, r) => { const objects = slots(d).map(([p]) => p).filter((p) => !Array.isArray(p)); pick(r, objects)[pick(r, ['extra', 'onerror', '__proto__x', 'constructor'])] = hostileValue(r); } },
  { name: 'the root is not an object', breaks: true, apply: () => {} },
  { name: 'an unknown unit', breaks: true, apply: (d, r) => { pick(r, d.indicators as Json[]).unit = pick(r, [{ kind: 'furlongs' }, { kind: 'currency', currency: 'yuan' }, { kind: 'count' }, { kind: 'currency', currency: 'CNY', scale: 99 }, 'percent']); } },
  { name: 'a number that is not finite', breaks: true, apply: (d, r) => { pick(r, observationsOf(d)).value = pick(r, [NaN, Infinity, -Infinity]); } },
  { name: 'a negative or zero total', breaks: true, apply: (d, r) => { const ind = d.indicators.find((i: Json) => i.total); ind.total.value = pick(r, [0, -500, -1e308]); } },
  { name: 'a level above its total', breaks: true, apply: (d) => { const ind = d.indicators.find((i: Json) => i.total); ind.observations.find((o: Json) => o.measure === 'level').value = ind.total.value * 1e300; } },
  { name: 'a 10 MB string in a label, quote, id or tag', breaks: true, apply: (d, r) => {
    const ind = pick(r, d.indicators as Json[]);
    pick(r, [
      () => (ind.label.en = TEN_MB),
      () => (ind.observations[0].quote = TEN_MB),
      () => (ind.id = TEN_MB_ID),
      () => (d.sources[0].language = `en-${'ab'.repeat(5 * 1024 * 1024)}`),
      () => (ind.label[`zh-${'a'.repeat(1024 * 1024)}`] = 'x'),
      () => (d.version = TEN_MB),
      () => (d.$schema = TEN_MB),
      () => (ind.observations[0].period = `2023${'-01'.repeat(1024 * 1024)}`),
    ])();
  } },
  { name: 'nesting 1000 deep', breaks: true, apply: (d, r) => { pick(r, d.indicators as Json[]).unit = nested(1000, r() < 0.5); } },
  { name: 'a cyclic object', breaks: true, apply: (d, r) => { const ind = pick(r, d.indicators as Json[]); ind.total = { value: 1, label: { en: 'x' }, self: ind }; } },
  { name: 'a derivation cycle', breaks: true, apply: (d, r) => {
    const ind = pick(r, d.indicators as Json[]);
    ind.observations.push(
      { period: '2001', measure: 'level', value: 1, derived: { formula: '{level@2002} + 1' } },
      { period: '2002', measure: 'level', value: 1, derived: { formula: r() < 0.5 ? '{level@2001} * 2' : '{level@2002}' } },
    );
  } },
  { name: 'a long chain of derivations that refer to each other many times', breaks: true, apply: (d, r) => {
    // Each formula names the one before 35 times: evaluated naively, 35^n steps (it hung at n = 10).
    const ind = pick(r, d.indicators as Json[]);
    const n = pick(r, [12, 20, 60]);
    for (let y = 1900; y < 1900 + n; y++) {
      ind.observations.push({ period: String(y), measure: 'level', value: 1, derived: { formula: y === 1900 ? '1' : Array(35).fill(`{level@${y - 1}}`).join('+') } });
    }
  } },
  { name: 'a formula that is not arithmetic', breaks: true, apply: (d, r) => {
    const o = observationsOf(d).find((x) => x.derived) ?? observationsOf(d)[0];
    delete o.quote;
    o.derived = { formula: pick(r, ['alert(1)', '{level@2023', '(' .repeat(499) + '1', '1 +', 'constructor.constructor("x")()', '{__proto__:level@2023}', '1/0', `${'-'.repeat(499)}1x`, '{level@2023} ** 2']) };
  } },
  { name: 'a duplicate id', breaks: true, apply: (d, r) => { const list = pick(r, [d.indicators, d.themes, d.events] as Json[][]); list.push(JSON.parse(JSON.stringify(list[0]))); } },
  { name: 'a reference to nothing', breaks: true, apply: (d, r) => { pick(r, d.indicators as Json[]).themes = ['no-such-theme']; } },
  { name: 'a required field missing', breaks: true, apply: (d, r) => {
    const [target, fields] = pick(r, [
      [d, ['id', 'title', 'subject', 'sources', 'themes', 'indicators', 'events']],
      [pick(r, d.indicators as Json[]), ['id', 'label', 'themes', 'unit', 'observations']],
      [pick(r, d.sources as Json[]), ['id', 'title', 'date', 'language']],
      [pick(r, observationsOf(d)), ['period', 'measure', 'value']],
    ] as [Json, string[]][]);
    delete target[pick(r, fields)];
  } },
  { name: 'an array where an object belongs, and the reverse', breaks: true, apply: (d, r) => { if (r() < 0.5) d.indicators = { 0: d.indicators[0] }; else pick(r, d.indicators as Json[]).label = ['387']; } },
];

const MUST_BREAK = MUTATIONS.filter((m) => m.breaks);

/** What a page does with a valid dataset: headline, describe and group every indicator in both locales. */
function useValid(dataset: Dataset): void {
  for (const ind of dataset.indicators) {
    for (const locale of ['en', 'zh-CN']) {
      try {
        headline(ind);
        describeIndicator(ind, locale, dataset);
      } catch (e) {
        // An indicator the SDK cannot describe is said with a typed error, never a TypeError.
        if (!(e instanceof KeyfiguresError)) throw e;
      }
    }
  }
  indicatorsByTheme(dataset);
}

describe(`validator fuzz: ${CASES} seeded malformed datasets (seed ${SEED})`, function () {
  this.timeout(inBrowser ? 120000 : 300000);

  it('each ends in a DatasetValidationError with paths, or stays usable; nothing else is ever thrown', () => {
    const r = random(SEED);
    let refused = 0;
    const seenProblems = new Set<string>();
    for (let n = 0; n < CASES; n++) {
      // Every mutation that must break gets its turn; the rest are drawn at random.
      const first = n < MUST_BREAK.length * 4 ? MUST_BREAK[n % MUST_BREAK.length]! : pick(r, MUTATIONS);
      const applied = [first, ...Array.from({ length: Math.floor(r() * 3) }, () => pick(r, MUTATIONS))];
      let input: Json = copyOfDefault();
      for (const m of applied) {
        if (m.name === 'the root is not an object') input = pick(r, [null, 42, 'dataset', [], TEN_MB, nested(1000, true)]);
        else if (input && typeof input === 'object' && !Array.isArray(input) && Array.isArray(input.indicators)) {
          try {
            m.apply(input, r);
          } catch {
            // A mutation that no longer fits (the field it wanted is gone) leaves the case as it is.
          }
        }
      }
      const what = `case ${n}: ${applied.map((m) => m.name).join(' + ')}`;
      const mustBreak = applied.some((m) => m.breaks);

      let result: ReturnType<typeof validateDataset>;
      try {
        result = validateDataset(input);
      } catch (e) {
        throw new Error(`${what}: validateDataset threw ${String(e)}`);
      }
      if (result.ok) {
        expect(mustBreak, `${what}: accepted`).to.equal(false);
        useValid(result.dataset);
        continue;
      }
      refused++;
      expect(result.problems.length, what).to.be.within(1, LIMITS.maxProblems);
      for (const p of result.problems) {
        expect(p.path, `${what}: a problem without a path`).to.be.a('string').and.not.equal('');
        expect(p.message, `${what}: a problem without a message`).to.be.a('string').and.not.equal('');
        // A 10 MB value must not become a 10 MB message.
        expect(p.message.length, `${what}: ${p.path.slice(0, 200)}`).to.be.below(4000);
        expect(p.path.length, `${what}: ${p.path.slice(0, 200)}`).to.be.below(1000);
        seenProblems.add(p.message.replace(/\d+|"[^"]*"/g, '#').slice(0, 40));
      }
      let thrown: unknown;
      try {
        loadDataset(input);
      } catch (e) {
        thrown = e;
      }
      if (typeof input === 'string') {
        // loadDataset reads a string as JSON text.
        expect(thrown, `${what}: loadDataset`).to.be.instanceOf(KeyfiguresError);
        continue;
      }
      expect(thrown, `${what}: loadDataset`).to.be.instanceOf(DatasetValidationError);
      expect((thrown as DatasetValidationError).code).to.equal('invalid-dataset');
      expect((thrown as DatasetValidationError).problems).to.deep.equal(result.problems);
    }
    // The generator really produced malformed data, of many kinds.
    expect(refused, 'cases refused').to.be.greaterThan(CASES * 0.6);
    expect(seenProblems.size, 'distinct kinds of problem').to.be.greaterThan(20);
  });

  it('JSON text: truncated, not JSON, or 10 MB of nesting → invalid-json or invalid-dataset, never another error', () => {
    const r = random(SEED + 1);
    const text = JSON.stringify(copyOfDefault());
    const inputs = [
      ...Array.from({ length: inBrowser ? 50 : 500 }, () => text.slice(0, Math.floor(r() * text.length))),
      ...Array.from({ length: inBrowser ? 50 : 500 }, () => {
        const at = Math.floor(r() * text.length);
        return text.slice(0, at) + pick(r, ['"', '{', ']', '\u0000', 'NaN', '\\', '\ud800']) + text.slice(at + 1);
      }),
      '[',
      '',
      '<!doctype html><title>Sign in</title>',
      '['.repeat(10 * 1024 * 1024),
      `{"a":${'['.repeat(100000)}${']'.repeat(100000)}}`,
      '{"__proto__":{"polluted":1}}',
    ];
    let refused = 0;
    for (const [n, input] of inputs.entries()) {
      let thrown: unknown;
      try {
        loadDataset(input);
        // A changed character inside a quote can leave a valid dataset.
        continue;
      } catch (e) {
        thrown = e;
      }
      refused++;
      expect(thrown, `input ${n} (${input.length} characters)`).to.be.instanceOf(KeyfiguresError);
      expect(['invalid-json', 'invalid-dataset']).to.include((thrown as KeyfiguresError).code);
    }
    expect(refused).to.be.greaterThan(inputs.length * 0.6);
    expect(({} as Record<string, unknown>).polluted, 'Object.prototype untouched').to.equal(undefined);
  });
});
