// Defines <kf-waffle> alone (dist/elements/kf-waffle.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfWaffle } from '../waffle/waffle.js';
import { defineElements } from '../shared/define-elements.js';

export { KfWaffle };

defineElements({ 'kf-waffle': KfWaffle });

declare global {
  interface HTMLElementTagNameMap {
    'kf-waffle': KfWaffle;
  }
}
