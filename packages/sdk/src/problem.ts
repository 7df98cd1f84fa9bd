/** One thing wrong with a dataset: where (a JSON path such as `indicators[2].observations[0].value`) and what. */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** Formats a problem the way every error message of the SDK shows it: `path: message`. */
export const formatProblem = (p: Problem): string => `${p.path}: ${p.message}`;

/** Appends a property to a JSON path, quoting keys that are not identifiers (locale tags with hyphens). */
export function pathJoin(path: string, key: string): string {
  // A hostile key (a 1 MB locale tag) is cut like a value, so that the path stays readable.
  const part = key.length <= 64 && /^[A-Za-z_$][\w$]*$/.test(key) ? key : `[${describeValue(key)}]`;
  return !path ? part : part.startsWith('[') ? path + part : `${path}.${part}`;
}

/** A short, safe rendering of a value for an error message: strings quoted and cut, others by kind. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    // Cut long strings: a 10 MB label must not become a 10 MB error message.
    const cut = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(cut);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
