// Defines <kf-timeline> alone (dist/elements/kf-timeline.js): a page that uses only this element loads
// only it and the chunks it shares with the other elements. define.ts defines them all.
import { KfTimeline } from '../timeline/timeline.js';
import { defineElements } from '../shared/define-elements.js';

export { KfTimeline };

defineElements({ 'kf-timeline': KfTimeline });

declare global {
  interface HTMLElementTagNameMap {
    'kf-timeline': KfTimeline;
  }
}
