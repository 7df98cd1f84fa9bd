// Defines <kf-bars> alone (dist/elements/kf-bars.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfBars } from '../bars/bars.js';
import { defineElements } from '../shared/define-elements.js';

export { KfBars };

defineElements({ 'kf-bars': KfBars });

declare global {
  interface HTMLElementTagNameMap {
    'kf-bars': KfBars;
  }
}
