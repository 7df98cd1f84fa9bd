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
