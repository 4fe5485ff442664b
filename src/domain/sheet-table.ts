/**
 * A table on its way out of the app (CSV, Excel, GeoJSON): Chinese headers, cells that are
 * numbers or text, and which rows are subtotals or totals. Built by pure functions here in
 * src/domain (a building list, the summary table, the candidate list), written by src/io's
 * exporters, so every export of the same table says the same thing.
 */

/** A cell: a number stays a number in every format; null (or NaN) is an empty cell. */
export type SheetCell = string | number | null;

/**
 * How a column's numbers are meant: `int` counts, `decimal` up to 2 decimals, `wan` 万平方米 (4
 * decimals), `rate` a 0–1 fraction (Excel shows it as a percentage; CSV writes the percentage),
 * `coord` degrees, `text` anything written as text.
 */
export type SheetColumnKind = 'text' | 'int' | 'decimal' | 'wan' | 'rate' | 'coord';

export interface SheetColumn {
  header: string;
  kind: SheetColumnKind;
  /** Width in characters for Excel; from the header when absent. */
  width?: number;
}

export interface SheetTable {
  /** Sheet name (Excel) and the start of the file name. */
  name: string;
  columns: SheetColumn[];
  rows: SheetCell[][];
  /** Indices into `rows` of subtotal and total rows (bold in Excel, left out of GeoJSON). */
  totalRows: number[];
}

/** A column of a sheet by its header, -1 when absent. */
export function columnIndex(sheet: SheetTable, header: string): number {
  return sheet.columns.findIndex((c) => c.header === header);
}
