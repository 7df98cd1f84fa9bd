import type { EventName } from '@lit/react';
import type { Dataset } from '@keyfigures/sdk';
import type { KfErrorDetail, KfUpdateDetail } from '@keyfigures/widgets';

export type { KfErrorDetail, KfUpdateDetail };

/** Detail of `kf-load` and `kf-update`: the dataset shown, and the id of the indicator (none on kf-dashboard, kf-timeline without one). */
export interface KfLoadDetail {
  readonly dataset: Dataset;
  readonly indicator?: string | undefined;
}

/** `kf-load`: the data is shown for the first time. */
export type KfLoadEvent = CustomEvent<KfLoadDetail>;
/** `kf-update`: the data shown changed (new live data, a new `src`, `data` or `indicator`), with the headline value before and after. */
export type KfUpdateEvent = CustomEvent<KfUpdateDetail>;
/** `kf-error`: the data cannot be shown; `detail.code` is the SDK's error code, e.g. `unknown-indicator`. */
export type KfErrorEvent = CustomEvent<KfErrorDetail>;

/** The callbacks every wrapper takes, each called with the element's event. */
export interface KfEventProps {
  onKfLoad?: (event: KfLoadEvent) => void;
  onKfUpdate?: (event: KfUpdateEvent) => void;
  onKfError?: (event: KfErrorEvent) => void;
}

/** Callback prop → event name, as @lit/react's createComponent takes them. */
export const events = {
  onKfLoad: 'kf-load' as EventName<KfLoadEvent>,
  onKfUpdate: 'kf-update' as EventName<KfUpdateEvent>,
  onKfError: 'kf-error' as EventName<KfErrorEvent>,
};
