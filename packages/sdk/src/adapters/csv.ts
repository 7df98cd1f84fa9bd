import type { Dataset, Indicator, Observation } from '../model.js';

/** One CSV field (RFC 4180): quoted when it holds a comma, a double quote, CR or LF; empty for nothing. */
export function csvField(value: string | number | undefined | null): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records → CSV text: fields joined by commas, every record ended by CRLF (RFC 4180), UTF-8 without a BOM. */
export function csvRecords(records: readonly (readonly (string | number | undefined | null)[])[]): string {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of toCsv(), in order. */
export const CSV_COLUMNS = ['indicator', 'label_en', 'label_zh-CN', 'measure', 'period', 'value', 'upper', 'qualifier', 'unit', 'derived_formula', 'quote', 'source'] as const;

/** A currency unit as data tables write it: "CNY", or "CNY ×1e9" when 120 stands for 120 billion. */
export function currencyLabel(unit: Extract<Indicator['unit'], { kind: 'currency' }>): string {
  return unit.scale ? `${unit.currency} ×1e${unit.scale}` : unit.currency;
}

/** What a value is in: a change's own unit and basis, else the indicator's unit ("CNY ×1e9": 120 is 120 billion). */
function unitOf(indicator: Indicator, o: Observation): string {
  if (o.change) return `${o.change.unit} (${o.change.basis})`;
  const { unit } = indicator;
  if (unit.kind === 'currency') return currencyLabel(unit);
  return unit.kind;
}

/**
 * The dataset as CSV, one row per observation under a header row (CSV_COLUMNS). A derived value
 * has its formula and no quote or source; a stated one its quote and the id of its source.
 */
export function toCsv(dataset: Dataset): string {
  const first = dataset.sources[0]?.id;
  const rows = dataset.indicators.flatMap((indicator) =>
    indicator.observations.map((o) => [
      indicator.id,
      indicator.label.en,
      indicator.label['zh-CN'],
      o.measure,
      o.period,
      o.value,
      o.upper,
      o.qualifier ?? 'exact',
      unitOf(indicator, o),
      o.derived?.formula,
      o.quote,
      o.quote === undefined ? undefined : (o.source ?? first),
    ]),
  );
  return csvRecords([[...CSV_COLUMNS], ...rows]);
}
