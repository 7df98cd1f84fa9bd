import type { Dataset, Indicator } from '@keyfigures/sdk';
import { ErrorCode, KeyfiguresError, getIndicator, headline } from '@keyfigures/sdk';
import type { LiveUpdate } from '@keyfigures/sdk/live';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptDataset, datasetFromUrl, getDefaultDataset } from './dataset-source.js';
import { getLive } from './live.js';

/** Why shown data may be out of date: since when it was last known current, and the error. */
export interface Staleness {
  /** Date.now() time of the last successful check. */
  readonly since: number | undefined;
  readonly code: string;
  readonly message: string;
}

const orNoDataset = (d: Dataset | undefined): Dataset => {
  if (!d) throw new KeyfiguresError(ErrorCode.invalidUrl, 'no dataset: set the src attribute to the URL of a dataset JSON');
  return d;
};

/** What an element has to show: nothing yet, its data, or why not. */
export type DataState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly dataset: Dataset; readonly indicator: Indicator | undefined; readonly stale?: Staleness | undefined }
  | { readonly status: 'error'; readonly code: string; readonly message: string };

/** The element properties the controller reads. */
export interface DataHost extends ReactiveControllerHost, HTMLElement {
  data?: Dataset | object | undefined;
  src?: string | undefined;
  indicator?: string | undefined;
  live?: boolean;
  refresh?: number;
  stream?: string | undefined;
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

/** Detail of `kf-load` and `kf-update`: the data now shown, and (on update) what it replaced. */
export interface KfUpdateDetail {
  readonly dataset: Dataset;
  /** The indicator's id, where the element shows one. */
  readonly indicator: string | undefined;
  /** The indicator's headline value now, and before this update (undefined on kf-load, or where it has none). */
  readonly value: number | undefined;
  readonly oldValue: number | undefined;
  /** The dataset shown before this update. */
  readonly oldDataset: Dataset | undefined;
}

/**
 * Resolves an element's data: the `data` property, else the `src` URL (fetched once per page and
 * validated by the SDK; with `live` or `stream`, followed by the SDK's shared live source), else
 * the embedded default dataset; then its indicator by id. Emits `kf-load` once data is first
 * shown, `kf-update` when it later changes, `kf-error` on each failure (a live element keeps its
 * last good data, marked stale).
 */
export class DatasetController implements ReactiveController {
  state: DataState = { status: 'loading' };
  private key: unknown[] = [];
  private request = 0;
  private loaded = false;
  /** The live subscription: its key (src, refresh, stream), its end, and its last dataset. */
  private following: { key: string; stop: () => void; dataset: Dataset | undefined; stale: Staleness | undefined } | undefined;
  private warnedRefresh = false;

  constructor(
    private readonly host: DataHost,
    private readonly options: DatasetControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Reconnected after a move: resolve again, since a pending request (or the live source) was dropped on disconnect.
    if (this.key.length) {
      this.key = [];
      this.host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this.request++;
    this.unfollow();
  }

  hostUpdate(): void {
    const { data, src, indicator, live, refresh, stream } = this.host;
    const key = [data, src, indicator, live, refresh, stream];
    // An empty key means "never resolved": [undefined ×3] (no data, src or indicator) must still resolve.
    if (this.key.length && key.every((k, i) => k === this.key[i])) return;
    this.key = key;
    this.resolve();
  }

  private resolve(): void {
    const { data, src, live, stream } = this.host;
    const request = ++this.request;
    try {
      if (src && !data && (live || stream)) return this.follow(src, stream || undefined, request);
      this.unfollow();
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

  /** Follows `src` live: one subscription per src, refresh and stream; a new indicator only re-shows. */
  private follow(src: string, stream: string | undefined, request: number): void {
    const key = `${src}\n${this.host.refresh}\n${stream ?? ''}`;
    if (this.following?.key === key) {
      const { dataset, stale } = this.following;
      if (dataset) this.show(dataset, stale);
      return;
    }
    this.unfollow();
    this.state = { status: 'loading' };
    const subscribe = (live: Awaited<ReturnType<typeof getLive>>): void => {
      if (request !== this.request) return;
      // Clamped in the live chunk, so that pages without a live element do not carry it.
      const { ms, warning } = live.refreshMs(this.host.refresh);
      if (warning && !this.warnedRefresh) {
        this.warnedRefresh = true;
        console.warn(`keyfigures: <${this.host.localName}> ${warning}`);
      }
      const following = { key, stop: () => {}, dataset: undefined as Dataset | undefined, stale: undefined as Staleness | undefined };
      this.following = following;
      following.stop = live.subscribe(src, { refresh: ms, stream }, (u) => {
        if (this.following !== following) return;
        this.onLive(following, u);
      });
    };
    const live = getLive();
    if (live instanceof Promise) {
      live.then(subscribe, (e: unknown) => {
        if (request !== this.request) return;
        this.fail(e);
        this.host.requestUpdate();
      });
    } else subscribe(live);
  }

  private onLive(following: NonNullable<DatasetController['following']>, u: LiveUpdate): void {
    const error = u.stale?.error;
    following.dataset = u.dataset;
    following.stale = error ? { since: u.stale!.since, code: error.code, message: error.message } : undefined;
    try {
      if (u.dataset) this.show(u.dataset, following.stale);
      if (error) {
        // Before any data there is nothing to keep: the error is what the element shows.
        if (!u.dataset) this.fail(error);
        else this.emit('kf-error', { code: error.code, message: error.message } satisfies KfErrorDetail);
      }
    } catch (e) {
      this.fail(e);
    }
    this.host.requestUpdate();
  }

  private unfollow(): void {
    this.following?.stop();
    this.following = undefined;
  }

  private show(dataset: Dataset, stale?: Staleness): void {
    const id = this.host.indicator;
    let indicator: Indicator | undefined;
    if (id) indicator = getIndicator(dataset, id);
    else if (this.options.indicatorRequired) {
      const known = dataset.indicators.map((i) => i.id).join(', ');
      throw new KeyfiguresError(ErrorCode.unknownIndicator, `no indicator attribute; set indicator to one of: ${known}`);
    }
    const previous = this.state;
    this.state = { status: 'ready', dataset, indicator, stale };
    const type = this.loaded ? 'kf-update' : 'kf-load';
    this.loaded = true;
    if (previous.status !== 'ready' || previous.dataset !== dataset || previous.indicator !== indicator) {
      const old = previous.status === 'ready' ? previous : undefined;
      this.emit(type, {
        dataset,
        indicator: indicator?.id,
        value: headlineValue(indicator),
        oldValue: type === 'kf-update' ? headlineValue(old?.indicator) : undefined,
        oldDataset: type === 'kf-update' ? old?.dataset : undefined,
      } satisfies KfUpdateDetail);
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

/** The value an indicator leads with, if it has one. */
function headlineValue(indicator: Indicator | undefined): number | undefined {
  try {
    return indicator ? headline(indicator).value : undefined;
  } catch {
    return undefined;
  }
}
