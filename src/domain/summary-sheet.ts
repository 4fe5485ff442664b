/**
 * The summary table (totals per street office or another grouping) as a sheet for export: the
 * group name, the columns the page shows, and the totals row; figures exactly as summarize()
 * gives them (square metres, rates as 0–1 fractions).
 */
import type { Summary, SummaryRow } from './aggregate.ts';
import type { SheetCell, SheetColumn, SheetTable } from './sheet-table.ts';

/** A figure column of the export: which summary field, its header, and how it is counted. */
export interface SummaryColumn {
  field: Exclude<keyof SummaryRow, 'key'>;
  header: string;
  kind: 'count' | 'm2' | 'rate';
}

const KIND: Record<SummaryColumn['kind'], SheetColumn['kind']> = { count: 'int', m2: 'decimal', rate: 'rate' };

/** Name of a group without one (no street office written, say). */
export const UNNAMED_GROUP = '（未指明）';

/**
 * Rows per group in the order given (as sorted on screen), then 合计.
 * @example summarySheet(summary, summary.groups, '街道', cols, '汇总表').rows.at(-1)?.[0] // '合计'
 */
export function summarySheet(summary: Summary, groups: readonly SummaryRow[], groupLabel: string, columns: readonly SummaryColumn[], name: string): SheetTable {
  const row = (r: SummaryRow, key: string): SheetCell[] => [key, ...columns.map((c) => r[c.field])];
  const rows = [...groups.map((g) => row(g, g.key || UNNAMED_GROUP)), row(summary.total, '合计')];
  return {
    name,
    columns: [{ header: groupLabel, kind: 'text', width: 14 }, ...columns.map((c) => ({ header: c.header, kind: KIND[c.kind] }))],
    rows,
    totalRows: [rows.length - 1],
  };
}
