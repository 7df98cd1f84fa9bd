// kf-kpi as markup: the card model (kpi.model.ts) written out once per indicator, locale and
// state, every piece of data escaped. One function for the ready card and its loading skeleton,
// so both have the same boxes.
import { esc } from '../shared/markup.js';
import type { CardModel } from './kpi.model.js';

/** Two decimals: the layout's rounding. */
const n2 = (n: number): string => String(Math.round(n * 100) / 100);

/**
 * The card. `skeleton` greys out every text and hides the card from assistive technology (the
 * loading state); `drawn` false leaves the mini bars' box empty (an off-screen card).
 */
export function cardMarkup(m: CardModel, locale: string, skeleton: boolean, drawn: boolean): string {
  const t = (text: string) => (skeleton ? `<span class="skeleton">${esc(text)}</span>` : esc(text));
  const sk = skeleton ? ' skeleton' : '';
  const who = skeleton ? ' aria-hidden="true" inert' : ' role="group" aria-labelledby="label" aria-describedby="desc"';
  const { before, number, after } = m.figure;
  const unit = (text: string) => (text ? `<span class="unit${sk}" part="unit">${esc(text)}</span>` : '');
  const change = m.change
    ? `<span class="change ${m.change.direction}${sk}" part="change"><span class="glyph" aria-hidden="true">${m.change.glyph}</span> ${esc(m.change.text)}</span>`
    : '';
  return (
    `<div class="card${m.trend ? ' with-trend' : ''}" part="card" lang="${esc(locale)}"${who}>` +
    `<p class="label" id="label" part="label">${t(m.label)}</p>` +
    `<div class="body"><p class="figure">${unit(before)}<span class="value${sk}" part="value">${esc(number)}</span>${unit(after)}</p>` +
    `<p class="meta-row">${m.target ? `<span class="tag${sk}">${esc(m.targetWord)}</span>` : ''}${change}<span class="period${sk}" part="period">${esc(m.when)}</span></p>` +
    (m.trend ? trendMarkup(m, skeleton, drawn) : '') +
    `</div>` +
    `<p class="source" part="source">${t(m.citation)}</p>` +
    (m.quote
      ? `<div class="quote" part="quote"><button type="button" aria-expanded="false" aria-controls="quote">${t(m.quoteWord)}</button><blockquote id="quote" lang="${esc(m.quote.lang)}" hidden>${esc(m.quote.text)}</blockquote></div>`
      : '') +
    (skeleton ? '' : `<p id="desc" hidden>${esc(m.sentence)}</p>`) +
    `</div>`
  );
}

/**
 * The mini bars (boxes in percent of a 5 : 1 strip, spaced by the flex layout as miniBars()
 * spaces them: equal bands, each bar centred in its own) and their labels, which are the table of their numbers.
 */
function trendMarkup(m: CardModel, skeleton: boolean, drawn: boolean): string {
  const { bars, ticks } = m.trend!;
  const sk = skeleton ? ' skeleton' : '';
  const t = (text: string) => (skeleton ? `<span class="skeleton">${esc(text)}</span>` : esc(text));
  const strip =
    drawn && !skeleton
      ? `<div class="bars drawn" aria-hidden="true">${bars.bars
          .map(
            (b) =>
              `<span class="bar${b.derived ? ' derived' : ''}" data-kf-style="width:${n2(b.width)}%;height:${n2(b.height)}%"></span>`,
          )
          .join('')}</div>`
      : `<div class="bars${sk}"></div>`;
  // The labels under the bars are the trend's data table, shown: periods as column heads (first,
  // as headers must be, drawn last by CSS), the values under them. Named by the card's label.
  const heads = ticks.map((k) => `<th scope="col" class="tick-period">${t(k.period)}</th>`).join('');
  const values = ticks.map((k) => `<td class="tick-value${k.derived ? ' derived' : ''}">${t(k.value)}</td>`).join('');
  return (
    `<div class="trend" part="trend">${strip}` +
    `<table class="ticks" part="table" aria-labelledby="label"><thead><tr>${heads}</tr></thead><tbody><tr>${values}</tr></tbody></table></div>`
  );
}
