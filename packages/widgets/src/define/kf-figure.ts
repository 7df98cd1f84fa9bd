// Defines <kf-figure> alone (dist/elements/kf-figure.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfFigure } from '../figure/figure.js';
import { defineElements } from '../shared/define-elements.js';

export { KfFigure };

defineElements({ 'kf-figure': KfFigure });

declare global {
  interface HTMLElementTagNameMap {
    'kf-figure': KfFigure;
  }
}
