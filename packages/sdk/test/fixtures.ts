import data from '@keyfigures/data/chongqing-commerce-2024.json' with { type: 'json' };

/** A fresh deep copy of the default dataset, for tests that break it on purpose. */
export const copyOfDefault = (): any => JSON.parse(JSON.stringify(data));

export { data };
