import { expect } from 'chai';
import { cite, describe as describeIndicator, getIndicator, loadDataset } from '../src/index.js';
import { copyOfDefault, data } from './fixtures.js';

const dataset = loadDataset(data);
const sentence = (id: string, locale: string) => describeIndicator(getIndicator(dataset, id), locale);

describe('describe(indicator, locale)', () => {
  const table: [string, string, string][] = [
    [
      'new-foreign-enterprises',
      'In 2023, Chongqing established 387 new foreign-invested enterprises, up 44.4% year on year.',
      '2023年，重庆新设外资企业387家，同比增长44.4%。',
    ],
    ['fortune-500-companies', '319 of the Fortune 500 companies have settled in Chongqing.', '世界500强企业中已有319家落户重庆。'],
    [
      'nev-export-value-target',
      "By 2027, Chongqing's intelligent connected new energy vehicle industry is to export more than CNY 120 billion a year.",
      '到2027年，重庆智能网联新能源汽车年出口额超过1200亿元。',
    ],
  ];
  for (const [id, enText, zhText] of table) {
    it(`describe(${id}) → "${enText}" / "${zhText}"`, () => {
      expect(sentence(id, 'en')).to.equal(enText);
      expect(sentence(id, 'zh-CN')).to.equal(zhText);
    });
  }

  it('every indicator has a complete sentence in both locales, with no unfilled placeholder', () => {
    for (const i of dataset.indicators) {
      for (const locale of ['en', 'zh-CN']) {
        const s = describeIndicator(i, locale);
        expect(s, `${i.id} ${locale}`).to.match(locale === 'en' ? /^[A-Z0-9].*\.$/ : /。$/);
        expect(s, `${i.id} ${locale}`).not.to.match(/[{}]/);
      }
    }
  });

  it('the numbers come from the data: changing the level changes the sentence', () => {
    const d = copyOfDefault();
    const obs = d.indicators.find((i: any) => i.id === 'new-foreign-enterprises').observations;
    obs.find((o: any) => o.period === '2023' && o.measure === 'level').value = 400;
    obs.find((o: any) => o.derived).value = 277; // 400 / 1.444 ≈ 277, so the dataset stays valid
    const changed = loadDataset(d);
    expect(describeIndicator(getIndicator(changed, 'new-foreign-enterprises'), 'en')).to.contain('established 400 new');
  });

  it('an indicator without a template gets the locale’s generic sentence', () => {
    const d = copyOfDefault();
    delete d.indicators.find((i: any) => i.id === 'service-opening-pilot-rate').sentence;
    const i = getIndicator(loadDataset(d), 'service-opening-pilot-rate');
    expect(describeIndicator(i, 'en')).to.match(/^.+: 95\.3% \(January 29, 2024\)\.$/);
    expect(describeIndicator(i, 'zh-CN')).to.match(/^.+：95\.3%（2024年1月29日）。$/);
  });

  it('an unknown locale describes in English', () => {
    expect(sentence('new-foreign-enterprises', 'fr')).to.equal(sentence('new-foreign-enterprises', 'en'));
  });
});

describe('cite(source, style, locale)', () => {
  const source = dataset.sources[0]!;
  it('plain, en', () => {
    expect(cite(source, 'plain', 'en')).to.equal('“Chongqing\'s Commercial Work Conference Emphasizes Key Initiatives”, January 29, 2024.');
  });
  it('plain, zh-CN uses 《》 and 年月日', () => {
    expect(cite(source, 'plain', 'zh-CN')).to.match(/^《.+》，2024年1月29日。$/);
  });
  it('GB/T 7714 keeps the original-language title and marks a source without URL [Z]', () => {
    expect(cite(source, 'gbt7714')).to.equal("Chongqing's Commercial Work Conference Emphasizes Key Initiatives[Z]. (2024-01-29).");
  });
  it('GB/T 7714 for an online source with publisher, URL and access date', () => {
    const online = { ...source, publisher: { en: 'Chongqing Municipal Commission of Commerce' }, url: 'https://example.org/a' };
    expect(cite(online, 'gbt7714', 'zh-CN', { accessed: '2024-02-01' })).to.equal(
      "Chongqing Municipal Commission of Commerce. Chongqing's Commercial Work Conference Emphasizes Key Initiatives[EB/OL]. (2024-01-29)[2024-02-01]. https://example.org/a.",
    );
  });
});
