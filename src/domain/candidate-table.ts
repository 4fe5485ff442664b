/**
 * The candidate list as the published plan tables show it: one row per community (序号, 街道,
 * 社区, 小区名称, 建成年代, 楼栋数, 户数, 建筑面积（万平方米）, 改造类型), a subtotal after each
 * street office's communities, and the total. Figures come from the buildings as they are in the
 * data on screen; an entry whose building is not there counts as the entry remembers it, and is
 * counted in `missing`.
 */
import type { BuildingTable } from './building-table.ts';
import { buildYearCell, typesCell } from './building-list.ts';
import { currentBuildings, yearSpanText, type BuildingSnapshot, type CandidateEntry } from './candidate-list.ts';
import type { SheetCell, SheetColumn, SheetTable } from './sheet-table.ts';

export interface CandidateTableRow {
  kind: 'community' | 'subtotal' | 'total';
  /** 序号, counting communities from 1 across street offices; 0 on subtotal and total rows. */
  seq: number;
  /**
   * Community name (with its street office in brackets when two street offices have one of that
   * name), `<street office>小计`, or 合计. Unique in the table.
   */
  key: string;
  street: string;
  /** The 社区 of the community's buildings (the first one given). */
  shequ: string;
  community: string;
  /** Build years, as yearSpanText writes them. */
  buildYear: string;
  buildings: number;
  households: number;
  floorAreaM2: number;
  /** Union of the entries' types, TYPE_BIT mask. */
  types: number;
  /** Entries whose building is not in the data on screen. */
  missing: number;
  /** The entries' keys (community rows only; empty on subtotal and total rows). */
  entryKeys: string[];
}

/** Name of a community or street office the data did not give. */
const UNNAMED = '（未指明）';

const collator = new Intl.Collator('zh-CN', { numeric: true });

function emptyRow(kind: CandidateTableRow['kind'], key: string, street: string): CandidateTableRow {
  return {
    kind,
    seq: 0,
    key,
    street,
    shequ: '',
    community: '',
    buildYear: '',
    buildings: 0,
    households: 0,
    floorAreaM2: 0,
    types: 0,
    missing: 0,
    entryKeys: [],
  };
}

function addInto(into: CandidateTableRow, r: CandidateTableRow): void {
  into.buildings += r.buildings;
  into.households += r.households;
  into.floorAreaM2 += r.floorAreaM2;
  into.types |= r.types;
  into.missing += r.missing;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Rows per community for one plan year (every year when null), ordered by street office then
 * community name; a subtotal row after each street office; 合计 last.
 * @example candidateTable(entries, table, resolved, 2024).at(-1)?.households // the list's households
 */
export function candidateTable(
  list: readonly CandidateEntry[],
  t: BuildingTable | null,
  resolved: Int32Array | null,
  year: number | null,
): CandidateTableRow[] {
  const now = currentBuildings(list, t, resolved);
  const groups = new Map<string, { row: CandidateTableRow; years: BuildingSnapshot[] }>();
  list.forEach((e, k) => {
    if (year !== null && e.planYear !== year) return;
    const b = now[k];
    const street = b.street || UNNAMED;
    const community = b.community || UNNAMED;
    const id = `${street}\u0000${community}`;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { row: { ...emptyRow('community', community, street), community }, years: [] }));
    const r = g.row;
    if (!r.shequ && b.shequ) r.shequ = b.shequ;
    r.buildings++;
    r.households += b.households ?? 0;
    r.floorAreaM2 += b.floorAreaM2 ?? 0;
    r.types |= e.types;
    if (!resolved || resolved[k] < 0) r.missing++;
    r.entryKeys.push(e.key);
    g.years.push(b);
  });
  const rows = [...groups.values()].map(({ row, years }) => ({ ...row, buildYear: yearSpanText(years) }));
  // Street offices in order, the unnamed one last; communities by name within each.
  const rank = (s: string): number => (s === UNNAMED ? 1 : 0);
  rows.sort(
    (a, b) =>
      rank(a.street) - rank(b.street) ||
      collator.compare(a.street, b.street) ||
      collator.compare(a.community, b.community),
  );
  const nameCount = new Map<string, number>();
  for (const r of rows) nameCount.set(r.community, (nameCount.get(r.community) ?? 0) + 1);
  const out: CandidateTableRow[] = [];
  const total = emptyRow('total', '合计', '');
  let sub: CandidateTableRow | null = null;
  rows.forEach((r, k) => {
    if (!sub || sub.street !== r.street) {
      if (sub) out.push(sub);
      sub = emptyRow('subtotal', `${r.street}小计`, r.street);
    }
    const row = {
      ...r,
      seq: k + 1,
      key: (nameCount.get(r.community) ?? 0) > 1 ? `${r.community}（${r.street}）` : r.community,
    };
    row.households = round2(row.households);
    row.floorAreaM2 = round2(row.floorAreaM2);
    addInto(sub, row);
    addInto(total, row);
    out.push(row);
  });
  if (sub) out.push(sub);
  for (const r of out)
    if (r.kind !== 'community') {
      r.households = round2(r.households);
      r.floorAreaM2 = round2(r.floorAreaM2);
    }
  out.push({ ...total, households: round2(total.households), floorAreaM2: round2(total.floorAreaM2) });
  return out;
}

const CANDIDATE_TABLE_COLUMNS: readonly SheetColumn[] = [
  { header: '序号', kind: 'int', width: 6 },
  { header: '街道', kind: 'text', width: 12 },
  { header: '社区', kind: 'text', width: 12 },
  { header: '小区名称', kind: 'text', width: 20 },
  { header: '建成年代', kind: 'text', width: 14 },
  { header: '楼栋数', kind: 'int' },
  { header: '户数', kind: 'int' },
  { header: '建筑面积（万平方米）', kind: 'wan', width: 20 },
  { header: '改造类型', kind: 'text', width: 18 },
];

/** 万平方米 with 4 decimals, as plan tables write them. @example wan(40721) // 4.0721 */
export function wan(m2: number): number {
  return Math.round(m2) / 10_000;
}

/**
 * The table as a sheet: community rows with their 序号, subtotal rows named `<街道>小计` and the
 * 合计 row in the 街道 column; floor area in 万平方米.
 */
export function candidateTableSheet(rows: readonly CandidateTableRow[], name: string): SheetTable {
  const cells = rows.map((r): SheetCell[] =>
    r.kind === 'community'
      ? [
          r.seq,
          r.street,
          r.shequ,
          r.community,
          r.buildYear,
          r.buildings,
          r.households,
          wan(r.floorAreaM2),
          typesCell(r.types),
        ]
      : [null, r.key, null, null, null, r.buildings, r.households, wan(r.floorAreaM2), null],
  );
  return {
    name,
    columns: [...CANDIDATE_TABLE_COLUMNS],
    rows: cells,
    totalRows: rows.flatMap((r, k) => (r.kind === 'community' ? [] : [k])),
  };
}

/** Headers of the building-level list (the file that imports back: see src/io/candidate-list-file.ts). */
const CANDIDATE_BUILDING_COLUMNS: readonly SheetColumn[] = [
  { header: '楼栋键', kind: 'text', width: 18 },
  { header: '计划年度', kind: 'int' },
  { header: '改造类型', kind: 'text', width: 16 },
  { header: '楼栋编号', kind: 'text', width: 16 },
  { header: '楼号', kind: 'text' },
  { header: '小区编号', kind: 'text', width: 12 },
  { header: '小区名称', kind: 'text', width: 18 },
  { header: '街道', kind: 'text', width: 12 },
  { header: '社区', kind: 'text', width: 12 },
  { header: '建成年代', kind: 'text' },
  { header: '户数', kind: 'int' },
  { header: '建筑面积（平方米）', kind: 'decimal' },
  { header: '经度', kind: 'coord', width: 12 },
  { header: '纬度', kind: 'coord', width: 12 },
  { header: '在当前数据中', kind: 'text' },
  { header: '更新时间', kind: 'text', width: 22 },
];

/**
 * One row per entry (of a plan year, or all), in list order: the key, plan year and types first,
 * then the building (as it is now when in the data, else as remembered).
 */
export function candidateBuildingSheet(
  list: readonly CandidateEntry[],
  t: BuildingTable | null,
  resolved: Int32Array | null,
  year: number | null,
  name: string,
): SheetTable {
  const now = currentBuildings(list, t, resolved);
  const rows: SheetCell[][] = [];
  list.forEach((e, k) => {
    if (year !== null && e.planYear !== year) return;
    const b = now[k];
    const present = resolved !== null && resolved[k] >= 0;
    rows.push([
      e.key,
      e.planYear,
      typesCell(e.types),
      b.id,
      b.name,
      b.communityId,
      b.community,
      b.street,
      b.shequ,
      buildYearCell(b.yearFrom, b.yearTo, b.yearKind),
      b.households,
      b.floorAreaM2,
      b.lng,
      b.lat,
      present ? '是' : '否',
      e.updated,
    ]);
  });
  return { name, columns: [...CANDIDATE_BUILDING_COLUMNS], rows, totalRows: [] };
}
