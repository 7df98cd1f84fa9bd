import type { Dataset, Indicator } from './model.js';

// Which dataset each validated indicator came from, so describe(indicator) can name the dataset's
// subject without the caller passing the dataset around. Weak: it keeps nothing alive.
const owners = new WeakMap<Indicator, Dataset>();

export function adopt(dataset: Dataset): void {
  for (const i of dataset.indicators) owners.set(i, dataset);
}

export const ownerOf = (indicator: Indicator): Dataset | undefined => owners.get(indicator);
