/**
 * Tables out as CSV text that Excel and WPS open with Chinese intact: UTF-8 with a BOM, CRLF
 * line ends, quotes where a cell needs them. A text cell that a spreadsheet would run as a
 * formula (=, +, -, @ first) gets a leading apostrophe.
 */

export type CsvCell = string | number;

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(c: CsvCell): string {
  if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
  const s = FORMULA_START.test(c) ? `'${c}` : c;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Rows of cells as CSV text, BOM first. NaN and infinite numbers are written as empty cells.
 * @example toCsvText([['街道', '户数'], ['临城街道', 3847]]) // '\uFEFF街道,户数\r\n临城街道,3847\r\n'
 */
export function toCsvText(rows: readonly (readonly CsvCell[])[]): string {
  let out = '\uFEFF';
  for (const r of rows) out += r.map(cellText).join(',') + '\r\n';
  return out;
}
