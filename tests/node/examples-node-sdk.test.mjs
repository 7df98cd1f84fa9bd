// examples/node-sdk: the SDK's CSV writer it uses, and figures.mjs run as a user runs it, in plain
// Node against the built SDK (`npm test` builds first): the sentences and citations it prints,
// and the CSV it writes, parsed back and compared with the dataset.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';
import { csvField, csvRecords as toCsv } from '../../packages/sdk/src/adapters/csv.js';

const script = fileURLToPath(new URL('../../examples/node-sdk/figures.mjs', import.meta.url));
const defaultOut = fileURLToPath(new URL('../../examples/node-sdk/out/figures.csv', import.meta.url));
const sdkDist = fileURLToPath(new URL('../../packages/sdk/dist/index.js', import.meta.url));
const dataset = JSON.parse(readFileSync(new URL('../../packages/data/chongqing-commerce-2024.json', import.meta.url), 'utf8'));
const observations = dataset.indicators.flatMap((indicator) => indicator.observations.map((o) => ({ indicator, o })));

/** RFC 4180 parser for the test: records of fields; quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') fields.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      fields.push(field), records.push(fields);
      (fields = []), (field = ''), i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}: not RFC 4180`);
    else field += c;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || fields.length) throw new Error('last record does not end with CRLF');
  return records;
}

/** Runs figures.mjs in plain Node (no tsx, no source condition: the built SDK, as a user has it). */
function runFigures(args, cwd) {
  const { NODE_OPTIONS: _ignored, ...env } = process.env;
  const run = spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`node examples/node-sdk/figures.mjs failed:\n${run.stderr}`);
  return run;
}

describe('@keyfigures/sdk/adapters csvField, csvRecords (the CSV writer examples/node-sdk uses)', () => {
  const cases = [
    ['plain', 'plain'],
    [387, '387'],
    [44.4, '44.4'],
    [undefined, ''],
    [null, ''],
    ['', ''],
    ['a, b', '"a, b"'],
    ['the "Ba Yu" actions', '"the ""Ba Yu"" actions"'],
    ['"', '""""'],
    ['line\nbreak', '"line\nbreak"'],
    ['cr\rlf', '"cr\rlf"'],
    ['  spaces kept  ', '  spaces kept  '],
    ['新设外资企业', '新设外资企业'],
  ];
  for (const [value, expected] of cases) {
    it(`csvField(${JSON.stringify(value) ?? 'undefined'}) → ${JSON.stringify(expected)}`, () => {
      expect(csvField(value)).to.equal(expected);
    });
  }

  it('csvRecords([[a, b], [1, undefined]]) → "a,b\\r\\n1,\\r\\n" (CRLF after every record)', () => {
    expect(toCsv([['a', 'b'], [1, undefined]])).to.equal('a,b\r\n1,\r\n');
  });

  it('parses back: every awkward field round-trips through csvRecords', () => {
    const records = [cases.map(([value]) => value), ['x, "y"', 'z\r\nw', '']];
    const expected = records.map((r) => r.map((v) => (v === undefined || v === null ? '' : String(v))));
    expect(parseCsv(toCsv(records))).to.deep.equal(expected);
  });
});

describe('node examples/node-sdk/figures.mjs [out.csv] (built SDK, plain Node)', () => {
  let run;
  let dir;
  let csv;
  let records;

  before(function () {
    this.timeout(30000);
    if (!existsSync(sdkDist)) throw new Error(`${sdkDist} is missing: run \`npm run build\` first.`);
    dir = mkdtempSync(join(tmpdir(), 'keyfigures-node-sdk-'));
    run = runFigures([join(dir, 'figures.csv')], dir);
    csv = readFileSync(join(dir, 'figures.csv'), 'utf8');
    records = parseCsv(csv);
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prints every indicator with its sentence in en and zh-CN', () => {
    const lines = run.stdout.split('\n');
    for (const { id } of dataset.indicators) {
      const at = lines.indexOf(id);
      expect(at, `${id} heading`).to.be.at.least(0);
      expect(lines[at + 1], `${id} en`).to.match(/^ {2}en {4}\S.+[.]$/);
      expect(lines[at + 2], `${id} zh-CN`).to.match(/^ {2}zh-CN \S.+。$/);
    }
    expect(run.stdout).to.contain('  en    In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year.\n');
    expect(run.stdout).to.contain('  zh-CN 2023年，重庆新设外资企业387家，同比增长44.4%。\n');
  });

  it('prints the citation in English, Chinese and GB/T 7714', () => {
    expect(run.stdout).to.contain('\nSource: “Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.\n');
    expect(run.stdout).to.contain('\n来源：《重庆市商务工作会议强调重点举措》，2024年1月29日。\n');
    expect(run.stdout).to.contain('\nGB/T 7714: Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives[Z]. (2024-01-29).\n');
  });

  it(`says on stderr where the CSV went: "${observations.length} observations of ${dataset.indicators.length} indicators written to figures.csv"`, () => {
    expect(run.stderr.trim()).to.equal(`${observations.length} observations of ${dataset.indicators.length} indicators written to figures.csv`);
  });

  it('writes UTF-8 CSV without a byte-order mark, CRLF after every record', () => {
    expect(csv.charCodeAt(0)).to.not.equal(0xfeff);
    expect(csv.endsWith('\r\n')).to.equal(true);
    expect(csv.replaceAll('\r\n', '')).to.not.match(/\n/);
  });

  it('has the header row, then one row per observation', () => {
    expect(records[0]).to.deep.equal(['indicator', 'label_en', 'label_zh-CN', 'measure', 'period', 'value', 'upper', 'qualifier', 'unit', 'derived_formula', 'quote', 'source']);
    expect(records.length - 1).to.equal(observations.length);
    expect(records.every((r) => r.length === 12), 'every record has 12 fields').to.equal(true);
  });

  it('each row carries its observation: id, labels, measure, period, value, upper, qualifier, formula, quote, source', () => {
    const rows = records.slice(1);
    observations.forEach(({ indicator, o }, i) => {
      const [id, en, zh, measure, period, value, upper, qualifier, , formula, quote, source] = rows[i];
      expect({ id, en, zh, measure, period, value, upper, qualifier, formula, quote, source }, `row ${i + 1}`).to.deep.equal({
        id: indicator.id,
        en: indicator.label.en,
        zh: indicator.label['zh-CN'],
        measure: o.measure,
        period: o.period,
        value: String(o.value),
        upper: o.upper === undefined ? '' : String(o.upper),
        qualifier: o.qualifier ?? 'exact',
        formula: o.derived?.formula ?? '',
        quote: o.quote ?? '',
        source: o.quote === undefined ? '' : (o.source ?? dataset.sources[0].id),
      });
    });
  });

  it('units: a count, a percent, a year-on-year change, CNY in billions', () => {
    const unit = (id, measure) => records.find((r) => r[0] === id && r[3] === measure)[8];
    expect(unit('new-foreign-enterprises', 'level')).to.equal('count');
    expect(unit('new-foreign-enterprises', 'change')).to.equal('percent (year-on-year)');
    expect(unit('service-opening-pilot-rate', 'level')).to.equal('percent');
    expect(unit('nev-export-value-target', 'target')).to.equal('CNY ×1e9');
  });

  it('a quote with double quotes and one with a comma round-trip, quoted in the file', () => {
    const withQuotes = 'coordinating the implementation of the "Ba Yu New Consumption" eight major actions';
    const withComma = 'In 2023, Chongqing established 387 new foreign-invested companies';
    expect(csv).to.contain(`,"${withQuotes.replaceAll('"', '""')}",`);
    expect(csv).to.contain(`,"${withComma}",`);
    const quotes = records.map((r) => r[10]);
    expect(quotes).to.include(withQuotes);
    expect(quotes).to.include(withComma);
  });

  it('the derived 2022 value keeps its formula and cites no quote', () => {
    const row = records.find((r) => r[0] === 'new-foreign-enterprises' && r[4] === '2022');
    expect(row.slice(5)).to.deep.equal(['268', '', 'approximate', 'count', '{level@2023} / (1 + {change@2023} / 100)', '', '']);
  });

  it('without an argument writes examples/node-sdk/out/figures.csv (git-ignored), wherever it is run from', function () {
    this.timeout(30000);
    const before = existsSync(defaultOut) ? statSync(defaultOut).mtimeMs : 0;
    const again = runFigures([], dir);
    expect(statSync(defaultOut).mtimeMs).to.be.above(before);
    expect(readFileSync(defaultOut, 'utf8')).to.equal(csv);
    expect(again.stdout).to.equal(run.stdout);
  });
});
