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
  return evalIn(dataset, indicator, formula, [], new Map());
}

/**
 * Derivations deeper than this are refused. With the memo below it bounds the work on a hostile
 * dataset: 20 derived values that each name the one before 35 times would otherwise take 35^20 steps.
 */
export const MAX_DERIVATION_DEPTH = 32;

function evalIn(dataset: Dataset, indicator: Indicator, formula: string, stack: string[], memo: Map<string, number>): number {
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
    if (stack.length >= MAX_DERIVATION_DEPTH) {
      throw new KeyfiguresError(ErrorCode.invalidFormula, `derived values depend on each other more than ${MAX_DERIVATION_DEPTH} levels deep (at ${key})`);
    }
    // Each derived value is computed once per evaluation, however many formulas name it.
    let value = memo.get(key);
    if (value === undefined) memo.set(key, (value = evalIn(dataset, target, obs.derived.formula, [...stack, key], memo)));
    return value;
  });
}

const findRef = (indicator: Indicator, ref: FormulaRef): Observation | undefined =>
  indicator.observations.find((o) => o.measure === ref.measure && o.period === ref.period);

/** Rounds like the dataset's `derived.decimals` says the stored value was rounded. */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
