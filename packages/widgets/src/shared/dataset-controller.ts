import type { Dataset, Indicator } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, getIndicator } from '@keyfigures/sdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptDataset, datasetFromUrl, getDefaultDataset } from './dataset-source.js';

const orNoDataset = (d: Dataset | undefined): Dataset => {
  if (!d) throw new KeyfiguresError(ErrorCode.invalidUrl, 'no dataset: set the src attribute to the URL of a dataset JSON');
  return d;
};

/** What an element has to show: nothing yet, its data, or why not. */
export type DataState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly dataset: Dataset; readonly indicator: Indicator | undefined }
  | { readonly status: 'error'; readonly code: string; readonly message: string };

/** The element properties the controller reads. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: Dataset | object | undefined;
  src?: string | undefined;
  indicator?: string | undefined;
}

export interface DatasetControllerOptions {
  /** Whether the element shows one indicator and so needs an `indicator` id. */
  readonly indicatorRequired: boolean;
}

/** Detail of `kf-error`: the SDK's error code and a message that says what to fix. */
export interface KfErrorDetail {
  readonly code: string;
  readonly message: string;
}

/**
 * Resolves an element's data: the `data` property, else the `src` URL (fetched once per page and
 * validated by the SDK), else the embedded default dataset; then its indicator by id. Emits
 * `kf-load` once data is first shown, `kf-update` when it later changes, `kf-error` on failure.
 */
export class DatasetController implements ReactiveController {
  state: DataState = { status: 'loading' };
  private key: unknown[] = [];
  private request = 0;
  private loaded = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DatasetControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a move: resolve again, since a pending request was dropped on disconnect.
    this.key = [];
  }

  hostDisconnected(): void {
    this.request++;
  }

  hostUpdate(): void {
    const key = [this.host.data, this.host.src, this.host.indicator];
    // An empty key means "never resolved": [undefined ×3] (no data, src or indicator) must still resolve.
    if (this.key.length && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.resolve();
  }

  private resolve(): void {
    const { data, src } = this.host;
    const request = ++this.request;
    try {
      if (data) {
        const d = adoptDataset(data);
        // A Promise only in per-element builds, while the validator's chunk loads.
        return d instanceof Promise ? this.wait(d, request) : this.show(d);
      }
      if (src) return this.wait(datasetFromUrl(src), request);
      // A Promise only in per-element builds, while the embedded dataset's chunk loads.
      const fallback = getDefaultDataset();
      if (fallback instanceof Promise) return this.wait(fallback.then(orNoDataset), request);
      this.show(orNoDataset(fallback));
    } catch (e) {
      this.fail(e);
    }
  }

  /** Shows `loading` until `dataset` settles, then it (or why not) unless a newer request came meanwhile. */
  private wait(dataset: Promise<Dataset>, request: number): void {
    this.state = { status: 'loading' };
    const settle = (then: () => void): void => {
      if (request !== this.request) return;
      try {
        then();
      } catch (e) {
        // show() throws for an indicator the dataset does not have.
        this.fail(e);
      }
      this.host.requestUpdate();
    };
    dataset.then(
      (d) => settle(() => this.show(d)),
      (e: unknown) => settle(() => this.fail(e)),
    );
  }

  private show(dataset: Dataset): void {
    const id = this.host.indicator;
    let indicator: Indicator | undefined;
    if (id) indicator = getIndicator(dataset, id);
    else if (this.options.indicatorRequired) {
      const known = dataset.indicators.map((i) => i.id).join(', ');
      throw new KeyfiguresError(ErrorCode.unknownIndicator, `no indicator attribute; set indicator to one of: ${known}`);
    }
    const previous = this.state;
    this.state = { status: 'ready', dataset, indicator };
    const type = this.loaded ? 'kf-update' : 'kf-load';
    this.loaded = true;
    if (previous.status !== 'ready' || previous.dataset !== dataset || previous.indicator !== indicator) {
      this.emit(type, { dataset, indicator: indicator?.id });
    }
  }

  private fail(e: unknown): void {
    const code = e instanceof KeyfiguresError ? e.code : 'internal';
    const message = e instanceof Error ? e.message : String(e);
    this.state = { status: 'error', code, message };
    this.emit('kf-error', { code, message } satisfies KfErrorDetail);
  }

  private emit(type: string, detail: unknown): void {
    this.host.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}
