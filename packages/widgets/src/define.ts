// Registers every keyfigures element. The only module with side effects (package.json sideEffects).
import { defineAll } from './shared/define-all.js';

// Re-exported so that the types of this entry carry the HTMLElementTagNameMap entries of
// define-all.ts: `document.createElement('kf-kpi')` is then typed as KfKpi.
export { defineAll, elements } from './shared/define-all.js';

defineAll();
