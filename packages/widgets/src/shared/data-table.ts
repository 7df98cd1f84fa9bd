import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';

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
