import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { esc } from './markup.js';

/** One row of an accessible data table: a header cell and its values. */
export interface TableRow {
  readonly head: string;
  readonly cells: readonly string[];
}

/**
 * The numbers of a chart as a real table for screen readers (visually hidden, since the chart
 * shows them): WCAG 1.1.1 asks for a text alternative that carries the same information.
 */
export function dataTable(caption: string, columns: readonly string[], rows: readonly TableRow[]): TemplateResult {
  // The clip wraps the table because a table is never narrower than its content: .sr-only on the
  // table itself would leave it wide enough to scroll a narrow card sideways.
  return html`<div class="sr-only"><table part="table">
    <caption>${caption}</caption>
    ${columns.length
      ? html`<thead><tr>${columns.map((c, i) => (i === 0 ? html`<td>${c}</td>` : html`<th scope="col">${c}</th>`))}</tr></thead>`
      : nothing}
    <tbody>
      ${rows.map((r) => html`<tr><th scope="row">${r.head}</th>${r.cells.map((c) => html`<td>${c}</td>`)}</tr>`)}
    </tbody>
  </table></div>`;
}

/**
 * dataTable() as escaped markup, for elements that render a card as one static template
 * (shared/markup.ts). Not `content-visibility: auto`, which would spare off-screen cards its
 * layout: Chromium 156 then leaves the table out of the accessibility tree altogether.
 */
export function dataTableMarkup(caption: string, columns: readonly string[], rows: readonly TableRow[], options: { labelledBy?: string } = {}): string {
  const head = columns.length
    ? `<thead><tr>${columns.map((c, i) => (i === 0 ? `<td>${esc(c)}</td>` : `<th scope="col">${esc(c)}</th>`)).join('')}</tr></thead>`
    : '';
  const body = rows.map((r) => `<tr><th scope="row">${esc(r.head)}</th>${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('');
  // Named by an element the card shows anyway (labelledBy: its id), or by a caption of its own.
  const name = options.labelledBy ? ` aria-labelledby="${esc(options.labelledBy)}"` : '';
  const own = options.labelledBy ? '' : `<caption>${esc(caption)}</caption>`;
  return `<div class="sr-only"><table part="table"${name}>${own}${head}<tbody>${body}</tbody></table></div>`;
}
