// kf-bars over periods as markup: the view (bars.view.ts) written out once per indicator and
// locale, every piece of data escaped. The chart is plain HTML boxes positioned in percent of
// the plot (bars.draw.ts's numbers), the axis one block of text and the gridlines one gradient:
// few boxes, because 500 cards on a page lay out 500 copies of every one.
import { dataTableMarkup } from '../shared/data-table.js';
import { esc } from '../shared/markup.js';
import type { PeriodsView } from './bars.view.js';

/** Two decimals, as the layout is rounded. */
const n2 = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * Gridlines at every tick but the baseline (the plot's bottom border draws that one): 1px lines
 * of one vertical gradient, at the ticks' positions in percent from the top.
 */
export function gridGradient(at: readonly number[]): string {
  const stops = at
    .filter((a) => a < 100)
    .sort((a, b) => a - b)
    .map((a) => `transparent 0 ${n2(a)}%,var(--_border) 0 calc(${n2(a)}% + 1px)`);
  return stops.length ? `linear-gradient(${stops.join(',')},transparent 0)` : 'none';
}

/**
 * The whole card. `drawn` false leaves the plot empty (the same boxes, so nothing moves when it
 * is drawn): the axis, gridlines and period labels are text, only the bars and values wait.
 */
export function periodsMarkup(v: PeriodsView, drawn: boolean): string {
  const { bars, ticks } = v.layout;
  const sub = v.change
    ? `<span class="dir ${v.change.direction}" aria-hidden="true">${v.change.glyph}</span> ${esc(v.change.text)} · ${esc(v.change.when)}`
    : esc(v.span);
  // Ticks are evenly spaced: the axis is their labels as lines of text, one tick apart, the
  // first centred on the top tick. In percent of the plot height; the styles multiply.
  const tops = ticks.map((t) => t.at).sort((a, b) => a - b);
  const step = tops.length > 1 ? tops[1]! - tops[0]! : 100;
  const first = bars[0]!.slot;
  const last = bars[bars.length - 1]!.slot;
  // One column per bar, in the flow (no positioned boxes: each would be a paint layer of its
  // own): the value label over the bar, the bar as tall as its share of the plot.
  const columns = drawn
    ? bars
        .map((b, i) => {
          const c = v.columns[i]!;
          const d = c.derived ? ' derived' : '';
          const how = c.how ? ` title="${esc(c.how)}"` : '';
          const small = c.derived ? `<small>${esc(v.derivedWord)}</small>` : '';
          return (
            `<span class="col"><span class="value${d}" part="value"${how}>${esc(c.value)}${small}</span>` +
            `<span class="bar${d}" part="bar${d}" data-kf-style="width:${n2((b.width / b.slot.width) * 100)}%;height:${n2(b.height)}%"></span></span>`
          );
        })
        .join('')
    : '';
  const pad = `padding-inline:${n2(first.x)}% ${n2(100 - last.x - last.width)}%`;
  const legend = v.legend
    .map((l) => `<span class="legend"><span class="swatch" aria-hidden="true"></span>${esc(l.text)} <span class="formula">${esc(l.formula)}</span></span>`)
    .join('');
  return (
    `<figure class="card periods-mode" part="card">` +
    `<figcaption class="caption"><p class="label" id="label" part="label">${esc(v.label)}</p><p class="sub" part="change">${sub}</p></figcaption>` +
    `<div class="chart" part="chart" role="img" aria-label="${esc(v.name)}">` +
    `<div class="axis" data-kf-style="--step:${n2(step)};--top:${n2(tops[0] ?? 0)}">${esc(v.ticks.join('\n'))}</div>` +
    `<div class="plot" data-kf-style="${pad};background-image:${gridGradient(tops)}">${columns}</div>` +
    `<div class="periods" data-kf-style="${pad}">` +
    v.columns.map((c) => `<span>${esc(c.period)}</span>`).join('') +
    `</div></div>` +
    `<p class="meta foot" part="footer">${legend}${v.source ? `<span class="source" part="source">${esc(v.source)}</span>` : ''}</p>` +
    // Row heads (the periods), no column heads, and named by the card's label: a caption and
    // header cells that say "Period" and "Value" would be six more boxes in every card.
    dataTableMarkup(v.table.caption, [], v.table.rows, { labelledBy: 'label' }) +
    `</figure>`
  );
}
