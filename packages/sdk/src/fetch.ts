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

/**
 * Fetches, parses and validates a dataset. Each failure is a KeyfiguresError with its own code:
 * 'network', 'timeout', 'http-status' (the status in the message), 'invalid-json',
 * 'invalid-dataset' (a DatasetValidationError with every problem's path), 'invalid-url'.
 */
export async function fetchDataset(url: string, options: FetchDatasetOptions = {}): Promise<Dataset> {
  const target = datasetUrl(url, options.base);
  const timeout = options.timeout ?? 10_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new KeyfiguresError(ErrorCode.timeout, `no answer from ${target.href} within ${timeout} ms`)), timeout);
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    let response: Response;
    try {
      response = await (options.fetch ?? fetch)(target.href, { signal: controller.signal, headers: { accept: 'application/json' } });
    } catch (e) {
      if (controller.signal.aborted && controller.signal.reason instanceof KeyfiguresError) throw controller.signal.reason;
      if (controller.signal.aborted) throw e;
      throw new KeyfiguresError(ErrorCode.network, `could not reach ${target.href}: ${(e as Error).message}`);
    }
    if (!response.ok) throw new KeyfiguresError(ErrorCode.httpStatus, `${target.href} answered ${response.status} ${response.statusText}`.trim());
    const text = await response.text();
    return loadDataset(text);
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}
