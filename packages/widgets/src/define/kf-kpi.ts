// Defines <kf-kpi> alone (dist/elements/kf-kpi.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfKpi } from '../kpi/kpi.js';
import { defineElements } from '../shared/define-elements.js';

export { KfKpi };

defineElements({ 'kf-kpi': KfKpi });

declare global {
  interface HTMLElementTagNameMap {
    'kf-kpi': KfKpi;
  }
}
