/**
 * The summary table (totals per street office or another grouping) as a sheet for export: the
 * group name, the columns the page shows, and the totals row; figures exactly as summarize()
 * gives them (square metres, rates as 0–1 fractions).
 */
import type { Summary, SummaryRow } from './aggregate.ts';
import type { SheetCell, SheetColumn, SheetTable } from './sheet-table.ts';
import {
  BACKLOG_TABLE_FIELDS,
  RATE_BASES,
  SUMMARY_FIELDS,
  TABLE_FIELDS,
  rateBasis,
  type NamedField,
  type SummaryField,
  type SummaryFieldDef,
  type SummaryKind,
} from './summary-fields.ts';

/** A figure column of the export: which summary field, its header, and how it is counted. */
export interface SummaryColumn {
  field: SummaryField;
  header: string;
  kind: SummaryKind;
}

const KIND: Record<SummaryKind, SheetColumn['kind']> = { count: 'int', m2: 'decimal', rate: 'rate' };

/** Name of a group without one (no street office written, say). */
export const UNNAMED_GROUP = '（未指明）';

/**
 * A field's export header: its Chinese label with what a rate is counted by and the unit its
 * figures are written in (平方米 for areas, % for rates, the counting word for counts).
 * @example exportHeader(SUMMARY_FIELDS.startRateHouseholds) // '开工率（按户，%）'
 */
export function exportHeader(def: SummaryFieldDef): string {
  const basis = rateBasis(def);
  const unit = def.kind === 'rate' ? '%' : def.kind === 'm2' ? '平方米' : def.unit;
  const notes = [basis && RATE_BASES[basis].zh, unit].filter(Boolean);
  return notes.length > 0 ? `${def.zh}（${notes.join('，')}）` : def.zh;
}

/** The export columns of these fields, headers as exportHeader writes them. */
export const columnsOf = (fields: readonly NamedField[]): readonly SummaryColumn[] =>
  fields.map((f) => {
    const def: SummaryFieldDef = SUMMARY_FIELDS[f];
    return { field: def.field, header: exportHeader(def), kind: def.kind };
  });

/**
 * The summary table's columns in an export, as the dashboard's table shows them (the same
 * fields, summary-fields.ts): the page's export buttons and the CLI's `export --table` write
 * the same headers.
 */
export const SUMMARY_EXPORT_COLUMNS: readonly SummaryColumn[] = columnsOf(TABLE_FIELDS);

/** The columns with the backlog preset on (已符合条件未纳入计划): the backlog's own totals. */
export const BACKLOG_EXPORT_COLUMNS: readonly SummaryColumn[] = columnsOf(BACKLOG_TABLE_FIELDS);

/**
 * Rows per group in the order given (as sorted on screen), then 合计.
 * @example summarySheet(summary, summary.groups, '街道', cols, '汇总表').rows.at(-1)?.[0] // '合计'
 */
export function summarySheet(
  summary: Summary,
  groups: readonly SummaryRow[],
  groupLabel: string,
  columns: readonly SummaryColumn[],
  name: string,
): SheetTable {
  const row = (r: SummaryRow, key: string): SheetCell[] => [key, ...columns.map((c) => r[c.field])];
  const rows = [...groups.map((g) => row(g, g.key || UNNAMED_GROUP)), row(summary.total, '合计')];
  return {
    name,
    columns: [
      { header: groupLabel, kind: 'text', width: 14 },
      ...columns.map((c) => ({ header: c.header, kind: KIND[c.kind] })),
    ],
    rows,
    totalRows: [rows.length - 1],
  };
}
