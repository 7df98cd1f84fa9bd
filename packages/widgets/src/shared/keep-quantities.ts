import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { quantityRuns } from './fill.js';

/**
 * Text with each Chinese quantity (500家, 1200亿, 2024年) in a `.nw` span that the styles keep on
 * one line (white-space: nowrap), for kf-progress and kf-waffle. Other text is left as is.
 */
export const keepQuantities = (text: string): (string | TemplateResult)[] =>
  quantityRuns(text).map((r) => (r.keep ? html`<span class="nw">${r.text}</span>` : r.text));
