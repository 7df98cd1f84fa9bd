// The built SDK (packages/sdk/dist, written by `npm run build`) in plain Node: no tsx, no
// `@keyfigures/source` condition. Mocha itself runs with both, so the SDK is loaded in a
// child `node` that has neither, and reports back as JSON.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'chai';

const distIndex = new URL('../../packages/sdk/dist/index.js', import.meta.url);
const datasetFile = new URL('../../packages/data/chongqing-commerce-2024.json', import.meta.url);

const ids = [
  'new-foreign-enterprises',
  'fortune-500-companies',
  'service-opening-pilot-rate',
  'vehicle-export-share-target',
  'nev-export-value-target',
  'nev-export-leaders-target',
  'depa-negotiation-rounds',
  'consumer-center-pilot-cities',
  'ba-yu-new-consumption-actions',
];
const locales = ['en', 'zh-CN'];

// Runs in the child: imports dist/index.js by path, describes every id in every locale.
const childScript = `
import { readFileSync } from 'node:fs';
const { loadDataset, getIndicator, describe } = await import(${JSON.stringify(distIndex.href)});
const dataset = loadDataset(JSON.parse(readFileSync(new URL(${JSON.stringify(datasetFile.href)}), 'utf8')));
const out = {};
for (const id of ${JSON.stringify(ids)}) {
  for (const locale of ${JSON.stringify(locales)}) {
    out[id + ' ' + locale] = describe(getIndicator(dataset, id), locale);
  }
}
process.stdout.write(JSON.stringify(out));
`;

describe('built SDK (packages/sdk/dist) in plain Node', () => {
  let sentences;

  before(function () {
    if (!existsSync(distIndex)) {
      throw new Error(`${fileURLToPath(distIndex)} is missing: run \`npm run build\` first.`);
    }
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', childScript], {
      encoding: 'utf8',
      env,
    });
    if (child.status !== 0) throw new Error(`plain node could not use the built SDK:\n${child.stderr}`);
    sentences = JSON.parse(child.stdout);
  });

  for (const id of ids) {
    for (const locale of locales) {
      it(`describe(getIndicator(loadDataset(data), '${id}'), '${locale}') is a non-empty sentence`, () => {
        expect(sentences[`${id} ${locale}`]).to.be.a('string').that.matches(/\S/);
      });
    }
  }

  it(`describe(new-foreign-enterprises, 'en') → "In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year."`, () => {
    expect(sentences['new-foreign-enterprises en']).to.equal(
      'In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year.',
    );
  });

  it(`describe(new-foreign-enterprises, 'zh-CN') → "2023年，重庆新设外资企业387家，同比增长44.4%。"`, () => {
    expect(sentences['new-foreign-enterprises zh-CN']).to.equal('2023年，重庆新设外资企业387家，同比增长44.4%。');
  });
});
