// CSV as RFC 4180 has it: fields separated by commas, each record ended by CRLF; a field that
// holds a comma, a double quote, CR or LF is enclosed in double quotes, its own quotes doubled.
// Kept small and in the example on purpose: the SDK's own CSV and JSON-stat adapters come later.

/** One field. null and undefined are empty fields; numbers are written as JavaScript prints them. */
export function csvField(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Records (arrays of fields) → CSV text, UTF-8 without a byte-order mark, CRLF after every record. */
export function toCsv(records) {
  return records.map((fields) => `${fields.map(csvField).join(',')}\r\n`).join('');
}
