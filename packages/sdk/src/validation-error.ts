import { ErrorCode, KeyfiguresError } from './errors.js';
import type { Problem } from './problem.js';
import { formatProblem } from './problem.js';

// Its own module, apart from errors.ts: only the validator throws it, so a build that loads the
// validator on demand (the widgets' per-element builds) keeps it, and the problem formatting, there.
/** A dataset that does not match the schema or the model's rules; `problems` lists each with its path. */
export class DatasetValidationError extends KeyfiguresError {
  override readonly name = 'DatasetValidationError';
  constructor(readonly problems: readonly Problem[]) {
    const first = problems[0] ? formatProblem(problems[0]) : 'unknown problem';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(ErrorCode.invalidDataset, `invalid dataset: ${first}${more}`);
  }
}
