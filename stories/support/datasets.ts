// Dataset objects for the stories' `data` property, made from the default dataset so that every
// figure stays the document's own.
import source from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };

type Json = { [key: string]: unknown };
const clone = (): Json => structuredClone(source) as unknown as Json;
const indicators = (d: Json): Json[] => d.indicators as Json[];

/**
 * Three of the default dataset's indicators with very long labels in both languages (and a long
 * title and subject), to show how the elements wrap: values, quotes and sources unchanged.
 */
export function longLabels(): Json {
  const d = clone();
  d.id = 'chongqing-commerce-2024-long-labels';
  d.title = {
    en: 'Key figures of the Chongqing Municipal Commercial Work Conference held on 29 January 2024, with the labels written out in full',
    'zh-CN': '2024年1月29日召开的重庆市商务工作会议所通报的关键数据（标签完整写出，不作任何缩写或省略）',
  };
  const long: Record<string, { en: string; 'zh-CN': string }> = {
    'new-foreign-enterprises': {
      en: 'Foreign-invested enterprises newly established in the municipality of Chongqing during the calendar year, as reported to the Commercial Work Conference',
      'zh-CN': '重庆市在本年度内新设立的外商投资企业数量（据重庆市商务工作会议通报的统计数据）',
    },
    'fortune-500-companies': {
      en: 'Companies of the Fortune Global 500 list that have settled in Chongqing with subsidiaries, branches or representative offices',
      'zh-CN': '已在重庆设立子公司、分支机构或代表处等各类机构而落户重庆的《财富》世界500强企业数量',
    },
    'service-opening-pilot-rate': {
      en: 'Share of the comprehensive pilot tasks for expanding the opening up of the service industry that Chongqing has implemented',
      'zh-CN': '重庆服务业扩大开放综合试点总体方案所列各项试点任务中已经落地实施的任务所占的比例',
    },
  };
  d.indicators = indicators(d)
    .filter((i) => (i.id as string) in long)
    .map((i) => ({ ...i, label: long[i.id as string] }));
  d.events = [];
  return d;
}

/** The default dataset with one stated value written as a string: validation names the path. */
export function invalidValue(): Json {
  const d = clone();
  const nfe = indicators(d).find((i) => i.id === 'new-foreign-enterprises')!;
  (nfe.observations as Json[])[1]!.value = '387';
  return d;
}
