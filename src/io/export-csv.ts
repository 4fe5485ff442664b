/**
 * Sheets out as CSV that Excel and WPS in China open with the Chinese intact: UTF-8 with a BOM
 * (without it, Chinese Excel reads the bytes as GBK), CRLF line ends, quotes where a cell needs
 * them, formula-like text made inert by safeCell(). Rates (0–1) are written as percentages,
 * since CSV has no cell formats; their headers say %.
 */
import type { SheetCell, SheetTable } from '../domain/sheet-table.ts';
import { safeCell } from './spreadsheet-cell.ts';

export const CSV_TYPE = 'text/csv;charset=utf-8';

const NEEDS_QUOTES = /[",\r\n]/;

function cellText(c: SheetCell): string {
  const s = safeCell(c);
  if (s.type === 'empty') return '';
  if (s.type === 'number') return String(s.value);
  return NEEDS_QUOTES.test(s.inert) ? `"${s.inert.replace(/"/g, '""')}"` : s.inert;
}

/**
 * Rows of cells as CSV text, BOM first. Empty, NaN and infinite cells are written empty.
 * @example toCsvText([['街道', '户数'], ['临城街道', 3847]]) // '\uFEFF街道,户数\r\n临城街道,3847\r\n'
 */
export function toCsvText(rows: readonly (readonly SheetCell[])[]): string {
  let out = '\uFEFF';
  for (const r of rows) out += r.map(cellText).join(',') + '\r\n';
  return out;
}

/** A rate as a percentage with two decimals. @example percent(0.98225) // 98.23 */
function percent(x: SheetCell): SheetCell {
  return typeof x === 'number' ? Math.round(x * 10_000) / 100 : x;
}

/**
 * A sheet as CSV text: the header row, then the rows (totals included, where they are).
 * @example sheetToCsv(buildingListSheet(table, rows, '楼栋清单'))
 */
export function sheetToCsv(sheet: SheetTable): string {
  const rates = sheet.columns.map((c) => c.kind === 'rate');
  const headers = sheet.columns.map((c) =>
    c.kind === 'rate' && !c.header.includes('%') ? `${c.header}（%）` : c.header,
  );
  return toCsvText([headers, ...sheet.rows.map((r) => r.map((c, j) => (rates[j] ? percent(c) : c)))]);
}
