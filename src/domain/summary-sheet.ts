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
 * The summary table's columns in an export, as the dashboard's table shows them (label, what
 * it is counted by, unit): the page's export buttons and the CLI's `export --what table` write
 * the same headers. tests/unit/ui/export-columns.test.ts holds them to the on-screen labels.
 */
export const SUMMARY_EXPORT_COLUMNS: readonly SummaryColumn[] = [
  { field: 'programmeCommunities', header: '计划小区（个）', kind: 'count' },
  { field: 'programmeBuildings', header: '计划楼栋（栋）', kind: 'count' },
  { field: 'programmeHouseholds', header: '计划户数（户）', kind: 'count' },
  { field: 'programmeFloorAreaM2', header: '计划建筑面积（平方米）', kind: 'm2' },
  { field: 'startedHouseholds', header: '已开工户数（户）', kind: 'count' },
  { field: 'completedHouseholds', header: '已完工户数（户）', kind: 'count' },
  { field: 'startRateHouseholds', header: '开工率（按户，%）', kind: 'rate' },
  { field: 'completionRateHouseholds', header: '完工率（按户，%）', kind: 'rate' },
  { field: 'completionRateCommunities', header: '完工率（按小区，%）', kind: 'rate' },
];

/** The columns with the backlog preset on (已符合条件未纳入计划): the backlog's own totals. */
export const BACKLOG_EXPORT_COLUMNS: readonly SummaryColumn[] = [
  { field: 'communities', header: '涉及小区（个）', kind: 'count' },
  { field: 'eligibleBuildings', header: '符合条件楼栋（栋）', kind: 'count' },
  { field: 'eligibleHouseholds', header: '符合条件户数（户）', kind: 'count' },
  { field: 'backlogBuildings', header: '待纳入楼栋（栋）', kind: 'count' },
  { field: 'backlogHouseholds', header: '待纳入户数（户）', kind: 'count' },
  { field: 'backlogFloorAreaM2', header: '待纳入建筑面积（平方米）', kind: 'm2' },
];

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
