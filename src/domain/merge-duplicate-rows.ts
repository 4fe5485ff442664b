/**
 * One building, one row: rows that share a 楼栋编号 (within a file or across files, as when a street
 * office sends back its rows beside the district's list) become one building, so no building is
 * counted twice. The later row wins, cell by cell: a later file over an earlier one, within a file
 * the later line; where the later row leaves a cell empty the earlier value is kept. Every id met
 * more than once is listed once (DuplicateId), and every field whose rows disagree is a Conflict.
 */
import {
  BUILDING_COLUMN_NAMES,
  columnKind,
  type BuildingColumnName,
  type BuildingTable,
  type ExtraColumn,
} from './building-table.ts';
import { buildYearCell, typesCell } from './building-list.ts';
import { dictionary, type ColumnKind } from './column-kinds.ts';
import type { DictColumn } from './dict-column.ts';
import type { Conflict, DuplicateId } from './import-report.ts';
import { isoDate } from './parse-values.ts';
import { COMPLETE_NO, COMPLETE_YES, GRADES, STAGE_LABEL_ZH, stageFromCode } from './vocabulary.ts';

/**
 * What a later row with the same id gives the kept building, per column:
 * - `cell`: a cell of the file, reported under this field key; the later row's value when written;
 * - `partOf`: written with another column's cell (a build year's bounds with its kind), taken with it;
 * - 'place': where the row came from (file, line): the latest row's;
 * - 'fixed': the same on every row of the id (the id itself), or set later by linking.
 * A Record over every column: a new column does not compile until it says how it merges.
 */
type MergeRule = { cell: string } | { partOf: BuildingColumnName } | 'place' | 'fixed';

const RULES: Record<BuildingColumnName, MergeRule> = {
  id: 'fixed',
  name: { cell: 'name' },
  communityId: { cell: 'communityId' },
  community: { cell: 'community' },
  street: { cell: 'street' },
  shequ: { cell: 'shequ' },
  area: { cell: 'area' },
  lng: { cell: 'lng' },
  lat: { cell: 'lat' },
  yearKind: { cell: 'buildYear' },
  yearFrom: { partOf: 'yearKind' },
  yearTo: { partOf: 'yearKind' },
  floors: { cell: 'floors' },
  households: { cell: 'households' },
  floorAreaM2: { cell: 'floorAreaM2' },
  grade: { cell: 'grade' },
  completeUnits: { cell: 'completeUnits' },
  types: { cell: 'types' },
  stage: { cell: 'stage' },
  planYear: { cell: 'planYear' },
  startDay: { cell: 'startDate' },
  completionDay: { cell: 'completionDate' },
  acceptanceDay: { cell: 'acceptanceDate' },
  startMonthOnly: { partOf: 'startDay' },
  completionMonthOnly: { partOf: 'completionDay' },
  acceptanceMonthOnly: { partOf: 'acceptanceDay' },
  investmentYuan: { cell: 'investmentYuan' },
  communityIndex: 'fixed',
  streetFrom: { partOf: 'street' },
  fileIndex: 'place',
  line: 'place',
};

/** A column of a table with its kind, for walking every column alike. */
interface AnyColumn {
  kind: ColumnKind<unknown, unknown>;
  col: unknown;
}

/** One cell of a file as the merge sees it: the columns it fills, the first deciding if it is written. */
interface CellUnit {
  /** Field key, or the header of a column kept as written. */
  field: string;
  columns: BuildingColumnName[] | null;
  /** The extra column's index in `extras`, when `columns` is null. */
  extra: number;
}

const SCHEMA_UNITS: CellUnit[] = BUILDING_COLUMN_NAMES.flatMap((k) => {
  const rule = RULES[k];
  if (typeof rule !== 'object' || !('cell' in rule)) return [];
  const parts = BUILDING_COLUMN_NAMES.filter((p) => {
    const r = RULES[p];
    return typeof r === 'object' && 'partOf' in r && r.partOf === k;
  });
  return [{ field: rule.cell, columns: [k, ...parts], extra: -1 }];
});

const DICT: ColumnKind<unknown, unknown> = dictionary() as ColumnKind<unknown, unknown>;

export interface MergedRows {
  /** One row per id (rows without an id are never merged); the input itself when no id repeats. */
  table: BuildingTable;
  /** Every id met on more than one row, with each place, in file order. */
  duplicates: DuplicateId[];
  /** Every field of such an id whose rows give different values, with each value and place. */
  conflicts: Conflict[];
}

/**
 * Merge the rows that share a building id into one building, the later row winning cell by cell
 * (its empty cells keep the earlier values). The kept building sits where the id first occurs and
 * points at the latest row's file and line. The input is not changed.
 * @example
 * // a.csv: B1,户数 10,进度 已开工   b.csv: B1,户数 (empty),进度 已完工
 * mergeDuplicateRows(table, ['a.csv', 'b.csv'])
 * // table: one B1 with 10 households, stage completed (values are written as the list exports them);
 * // conflicts: [{ id: 'B1', field: 'stage', values: [{ value: '施工', file: 'a.csv', line: 2 },
 * //   { value: '完工', file: 'b.csv', line: 2 }], kept: '完工' }]
 */
export function mergeDuplicateRows(table: BuildingTable, fileNames: readonly string[]): MergedRows {
  const groups = duplicateGroups(table);
  if (groups.size === 0) return { table, duplicates: [], conflicts: [] };
  const place = (i: number) => ({ file: fileNames[table.fileIndex[i]] ?? '', line: table.line[i] });
  const duplicates = [...groups].map(([id, rows]) => ({ id, at: rows.map(place) }));
  const { kept, target } = keptRows(table.length, groups);
  const out = gatherTable(table, kept);
  const units = [...SCHEMA_UNITS, ...table.extras.map((e, x) => ({ field: e.header, columns: null, extra: x }))];
  const cells = units.map((u) => cellColumns(table, out, u));
  const conflicts: Conflict[] = [];
  for (const [id, rows] of groups) {
    const at = target[rows[0]];
    for (let c = 0; c < units.length; c++) {
      if (mergeCell(cells[c], rows, at)) conflicts.push(conflictOf(table, units[c], id, rows, place));
    }
    const last = rows[rows.length - 1];
    out.fileIndex[at] = table.fileIndex[last];
    out.line[at] = table.line[last];
  }
  return { table: out, duplicates, conflicts };
}

/**
 * Rows of each id met more than once, in row order (= file order, then line order); the ids in the
 * order of their first rows.
 */
function duplicateGroups(table: BuildingTable): Map<string, number[]> {
  const first = new Map<string, number>();
  const groups = new Map<string, number[]>();
  for (let i = 0; i < table.length; i++) {
    const id = table.id[i];
    if (id === '') continue;
    const f = first.get(id);
    if (f === undefined) first.set(id, i);
    else {
      const list = groups.get(id);
      if (list) list.push(i);
      else groups.set(id, [f, i]);
    }
  }
  return groups.size < 2 ? groups : new Map([...groups].sort((a, b) => a[1][0] - b[1][0]));
}

/** The rows that stay (every row but the later ones of a repeated id) and each old row's new index. */
function keptRows(length: number, groups: Map<string, number[]>): { kept: Uint32Array; target: Int32Array } {
  const dropped = new Uint8Array(length);
  let drops = 0;
  for (const rows of groups.values()) {
    for (let k = 1; k < rows.length; k++) dropped[rows[k]] = 1;
    drops += rows.length - 1;
  }
  const kept = new Uint32Array(length - drops);
  const target = new Int32Array(length).fill(-1);
  for (let i = 0, n = 0; i < length; i++) {
    if (dropped[i] === 0) {
      target[i] = n;
      kept[n++] = i;
    }
  }
  return { kept, target };
}

/** A new table of the given rows of every column, extras included. */
function gatherTable(table: BuildingTable, rows: Uint32Array): BuildingTable {
  const columns = Object.fromEntries(BUILDING_COLUMN_NAMES.map((k) => [k, columnKind(k).gather(table[k], rows)]));
  const extras: ExtraColumn[] = table.extras.map((e) => ({
    header: e.header,
    column: DICT.gather(e.column, rows) as DictColumn,
  }));
  return { ...(columns as Omit<BuildingTable, 'length' | 'extras'>), length: rows.length, extras };
}

/** Column `name` (or extra `x`) of a table, with its kind. */
function columnOf(t: BuildingTable, name: BuildingColumnName | null, x: number): AnyColumn {
  return name === null ? { kind: DICT, col: t.extras[x].column } : { kind: columnKind(name), col: t[name] };
}

/** The columns of cell `u` in the input (`from`) and in the merged table (`to`), looked up once. */
interface CellColumns {
  from: AnyColumn[];
  to: AnyColumn[];
}

function cellColumns(src: BuildingTable, out: BuildingTable, u: CellUnit): CellColumns {
  const names = u.columns ?? [null];
  return { from: names.map((k) => columnOf(src, k, u.extra)), to: names.map((k) => columnOf(out, k, u.extra)) };
}

/**
 * Write a cell of each later row of `rows` that has it into row `at` of the merged table, in order.
 * True when two rows of the id give different values for it.
 */
function mergeCell({ from, to }: CellColumns, rows: readonly number[], at: number): boolean {
  const lead = to[0];
  let disagree = false;
  for (let k = 1; k < rows.length; k++) {
    const r = rows[k];
    if (from[0].kind.isMissing(from[0].col, r)) continue;
    if (!lead.kind.isMissing(lead.col, at) && !from.every((c, j) => c.kind.same(to[j].col, at, c.col, r)))
      disagree = true;
    from.forEach((c, j) => c.kind.copyCell(to[j].col, at, c.col, r));
  }
  return disagree;
}

/** The conflict entry of cell `u` of an id: every row's written value with its place, and the one kept. */
function conflictOf(
  t: BuildingTable,
  u: CellUnit,
  id: string,
  rows: readonly number[],
  place: (i: number) => { file: string; line: number },
): Conflict {
  const written = rows.filter((r) => {
    const c = columnOf(t, u.columns ? u.columns[0] : null, u.extra);
    return !c.kind.isMissing(c.col, r);
  });
  const values = written.map((r) => ({ value: cellText(t, u, r), ...place(r) }));
  return { id, field: u.field, values, kept: values[values.length - 1].value };
}

/** Row i's cell `u` as people write it (as the building list exports it, so it reads back the same). */
function cellText(t: BuildingTable, u: CellUnit, i: number): string {
  if (u.columns === null) return t.extras[u.extra].column.values[t.extras[u.extra].column.codes[i]];
  const k = u.columns[0];
  switch (k) {
    case 'yearKind':
      return String(buildYearCell(t.yearFrom[i], t.yearTo[i], t.yearKind[i]) ?? '');
    case 'grade':
      return GRADES[t.grade[i] - 1] ?? '';
    case 'completeUnits':
      return t.completeUnits[i] === COMPLETE_YES ? '是' : t.completeUnits[i] === COMPLETE_NO ? '否' : '';
    case 'types':
      return typesCell(t.types[i]);
    case 'stage': {
      const s = stageFromCode(t.stage[i]);
      return s ? STAGE_LABEL_ZH[s] : '';
    }
    case 'startDay':
    case 'completionDay':
    case 'acceptanceDay':
      return isoDate(t[k][i]);
    case 'investmentYuan':
      return `${+(t.investmentYuan[i] / 1e4).toFixed(6)}万元`;
  }
  const col: unknown = t[k];
  if (typeof col === 'object' && col !== null && 'codes' in col) {
    const d = col as DictColumn;
    return d.values[d.codes[i]];
  }
  return String((col as ArrayLike<number>)[i]);
}
