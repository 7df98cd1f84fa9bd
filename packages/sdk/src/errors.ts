import type { Problem } from './problem.js';
import { formatProblem } from './problem.js';

/** Machine-readable error codes; elements put them in `kf-error` events' `detail.code`. */
export const ErrorCode = {
  invalidJson: 'invalid-json',
  invalidDataset: 'invalid-dataset',
  unknownIndicator: 'unknown-indicator',
  unsupportedIndicator: 'unsupported-indicator',
  noObservation: 'no-observation',
  invalidNumber: 'invalid-number',
  invalidFormula: 'invalid-formula',
  network: 'network',
  httpStatus: 'http-status',
  timeout: 'timeout',
  invalidUrl: 'invalid-url',
  invalidJsonStat: 'invalid-json-stat',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Every error the SDK throws on purpose: a code to branch on and a message to show. */
export class KeyfiguresError extends Error {
  override readonly name: string = 'KeyfiguresError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A dataset that does not match the schema or the model's rules; `problems` lists each with its path. */
export class DatasetValidationError extends KeyfiguresError {
  override readonly name = 'DatasetValidationError';
  constructor(readonly problems: readonly Problem[]) {
    const first = problems[0] ? formatProblem(problems[0]) : 'unknown problem';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    super(ErrorCode.invalidDataset, `invalid dataset: ${first}${more}`);
  }
}

/** An indicator id the dataset does not have; `suggestions` are the closest ids it does have. */
export class UnknownIndicatorError extends KeyfiguresError {
  override readonly name = 'UnknownIndicatorError';
  constructor(
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
    super(ErrorCode.unknownIndicator, `unknown indicator "${id.slice(0, 80)}"${hint}`);
  }
}
