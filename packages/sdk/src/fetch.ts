import { ErrorCode, KeyfiguresError } from './errors.js';
import type { Dataset } from './model.js';
import { loadDataset } from './validate.js';

export interface FetchDatasetOptions {
  /** Milliseconds before the request is abandoned. Default 10 000: long enough for a slow mobile link, short enough that a reader sees an error rather than a spinner. */
  readonly timeout?: number;
  /** Aborts the request, e.g. when the element that asked is removed. */
  readonly signal?: AbortSignal;
  /** Base for a relative URL. Default: the page's location in a browser; required in Node. */
  readonly base?: string;
  /** The fetch to use. Default: globalThis.fetch. */
  readonly fetch?: typeof fetch;
  /**
   * Turns the parsed JSON into a Dataset. Default loadDataset; `loadDatasetOrJsonStat` from
   * `@keyfigures/sdk/adapters` also reads JSON-stat.
   */
  readonly load?: (value: unknown) => Dataset;
}

/** JSON text parsed, or KeyfiguresError 'invalid-json' saying why not. */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new KeyfiguresError(ErrorCode.invalidJson, `dataset is not valid JSON: ${(e as Error).message}`);
  }
}

/** Resolves a dataset URL, allowing only http(s); `javascript:`, `data:` and the like are refused. */
export function datasetUrl(url: string, base?: string): URL {
  let resolved: URL;
  try {
    const fallback = typeof location === 'undefined' ? undefined : location.href;
    resolved = new URL(url, base ?? fallback);
  } catch {
    throw new KeyfiguresError(ErrorCode.invalidUrl, `"${url.slice(0, 100)}" is not a valid URL`);
  }
  if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') {
    throw new KeyfiguresError(ErrorCode.invalidUrl, `only http(s) dataset URLs are allowed, got "${resolved.protocol}"`);
  }
  return resolved;
}

/** What a conditional GET answered: 304 (nothing new) or 200 with its body and validators. */
export type Fetched =
  | { readonly notModified: true }
  | { readonly notModified: false; readonly text: string; readonly etag: string | null; readonly lastModified: string | null };

/**
 * GETs `target` and reads its body, both within `timeout`. Sends `headers` (e.g. If-None-Match);
 * a 304 is answered as `notModified` without a body. Each failure is a KeyfiguresError:
 * 'network', 'timeout', 'http-status'. An abort through `options.signal` rejects with its reason.
 */
export async function fetchText(target: URL, options: FetchDatasetOptions = {}, headers: Record<string, string> = {}): Promise<Fetched> {
  const timeout = options.timeout ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new KeyfiguresError(ErrorCode.timeout, `no answer from ${target.href} within ${timeout} ms`)), timeout);
  const onAbort = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  // A failure while aborted is the abort: the timeout's error, or the caller's reason.
  const why = (e: unknown): unknown =>
    controller.signal.aborted
      ? controller.signal.reason instanceof KeyfiguresError
        ? controller.signal.reason
        : e
      : new KeyfiguresError(ErrorCode.network, `could not reach ${target.href}: ${(e as Error).message}`);
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(target.href, { signal: controller.signal, headers: { accept: 'application/json', ...headers } });
    } catch (e) {
      throw why(e);
    }
    if (response.status === 304) return { notModified: true };
    if (!response.ok) throw new KeyfiguresError(ErrorCode.httpStatus, `${target.href} answered ${response.status} ${response.statusText}`.trim());
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      throw why(e);
    }
    return { notModified: false, text, etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Fetches, parses and validates a dataset. Each failure is a KeyfiguresError with its own code:
 * 'network', 'timeout' (no answer, or no whole body, within `timeout`), 'http-status' (the status
 * in the message), 'invalid-json', 'invalid-dataset' (a DatasetValidationError with every
 * problem's path, the first in its message), 'invalid-url'.
 */
export async function fetchDataset(url: string, options: FetchDatasetOptions = {}): Promise<Dataset> {
  const answer = await fetchText(datasetUrl(url, options.base), options);
  // No conditional headers were sent, so a 304 can only come from a broken cache in between.
  if (answer.notModified) throw new KeyfiguresError(ErrorCode.httpStatus, `${url} answered 304 to an unconditional request`);
  return (options.load ?? loadDataset)(parseJson(answer.text));
}
