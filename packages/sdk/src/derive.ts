import { ErrorCode, KeyfiguresError } from './errors.js';
import type { FormulaRef } from './formula.js';
import { formatRef, parseFormula } from './formula.js';
import type { Dataset, Indicator, Observation } from './model.js';

/**
 * Evaluates a derivation formula in the context of `indicator`: references without an indicator id
 * point into it, others into the dataset. A referenced value that is itself derived is computed from
 * its own formula, so a stored derived value is never trusted as an input; a cycle is an error.
 */
export function evaluateFormula(dataset: Dataset, indicator: Indicator, formula: string): number {
  return evalIn(dataset, indicator, formula, []);
}

function evalIn(dataset: Dataset, indicator: Indicator, formula: string, stack: string[]): number {
  return parseFormula(formula).evaluate((ref) => {
    const target = ref.indicator ? dataset.indicators.find((i) => i.id === ref.indicator) : indicator;
    if (!target) throw new KeyfiguresError(ErrorCode.invalidFormula, `${formatRef(ref)}: no indicator "${ref.indicator}"`);
    const obs = findRef(target, ref);
    const key = `${target.id}:${ref.measure}@${ref.period}`;
    if (!obs) throw new KeyfiguresError(ErrorCode.invalidFormula, `${formatRef(ref)}: ${target.id} has no ${ref.measure} for ${ref.period}`);
    if (!obs.derived) return obs.value;
    if (stack.includes(key)) {
      throw new KeyfiguresError(ErrorCode.invalidFormula, `circular derivation: ${[...stack, key].join(' → ')}`);
    }
    return evalIn(dataset, target, obs.derived.formula, [...stack, key]);
  });
}

const findRef = (indicator: Indicator, ref: FormulaRef): Observation | undefined =>
  indicator.observations.find((o) => o.measure === ref.measure && o.period === ref.period);

/** Rounds like the dataset's `derived.decimals` says the stored value was rounded. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
