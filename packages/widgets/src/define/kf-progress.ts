// Defines <kf-progress> alone (dist/elements/kf-progress.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfProgress } from '../progress/progress.js';
import { defineElements } from '../shared/define-elements.js';

export { KfProgress };

defineElements({ 'kf-progress': KfProgress });

declare global {
  interface HTMLElementTagNameMap {
    'kf-progress': KfProgress;
  }
}
