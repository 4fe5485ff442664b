/**
 * The list of buildings a street office reports on, or a planner takes away: one row per building
 * of an index list (a filter, a selection), the columns of a progress report, values as people
 * write them (stage and types in Chinese, ISO dates, the build year as the importer reads it), so
 * that an exported list can be loaded again.
 */
import type { BuildingTable } from './building-table.ts';
import { dictValue } from './building-table.ts';
import { dayText, YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE } from './parse-values.ts';
import type { SheetCell, SheetColumn, SheetTable } from './sheet-table.ts';
import {
  COMPLETE_NO,
  COMPLETE_YES,
  GRADES,
  STAGE_LABEL_ZH,
  stageFromCode,
  TYPE_LABEL_ZH,
  typesFromMask,
} from './vocabulary.ts';

const BUILDING_LIST_COLUMNS: readonly SheetColumn[] = [
  { header: '楼栋编号', kind: 'text', width: 16 },
  { header: '小区编号', kind: 'text', width: 12 },
  { header: '楼号', kind: 'text' },
  { header: '小区名称', kind: 'text', width: 18 },
  { header: '街道', kind: 'text', width: 12 },
  { header: '社区', kind: 'text', width: 12 },
  { header: '片区', kind: 'text', width: 12 },
  { header: '建成年代', kind: 'text' },
  { header: '层数', kind: 'int' },
  { header: '户数', kind: 'int' },
  { header: '建筑面积（平方米）', kind: 'decimal' },
  { header: '安全等级', kind: 'text' },
  { header: '是否成套', kind: 'text' },
  { header: '改造类型', kind: 'text', width: 16 },
  { header: '改造进度', kind: 'text' },
  { header: '计划年度', kind: 'int' },
  { header: '开工日期', kind: 'text', width: 12 },
  { header: '完工日期', kind: 'text', width: 12 },
  { header: '验收日期', kind: 'text', width: 12 },
  { header: '总投资（万元）', kind: 'decimal' },
  { header: '经度', kind: 'coord', width: 12 },
  { header: '纬度', kind: 'coord', width: 12 },
];

const num = (x: number): SheetCell => (x === x ? x : null);
const day = (d: number, monthOnly: number): SheetCell => (d === d ? dayText(d, monthOnly !== 0) : null);

/**
 * A build year as the importer reads it back: an exact year as a number, a range as
 * "1990-1999", bounds as "2000年底前" / "2005年以后"; null when unknown.
 * @example buildYearCell(1990, 1999, YEAR_RANGE) // '1990-1999'
 */
export function buildYearCell(from: number, to: number, kind: number): SheetCell {
  if (kind === YEAR_EXACT) return from;
  if (kind === YEAR_RANGE) return `${from}-${to}`;
  if (kind === YEAR_BEFORE) return `${to}年底前`;
  if (kind === YEAR_AFTER) return `${from - 1}年以后`;
  return null;
}

/** Renovation types in Chinese, 、between; '' for none. @example typesCell(3) // '基础类、完善类' */
export function typesCell(mask: number): string {
  return typesFromMask(mask)
    .map((k) => TYPE_LABEL_ZH[k])
    .join('、');
}

/**
 * One row per building in `rows` (all buildings when null), in row order: every field the
 * importer reads, then the columns it did not recognise under their own headers, so that an
 * exported list loaded again gives the same buildings and nothing the user wrote is lost.
 * @example
 * buildingListSheet(table, rows, '楼栋清单').rows[0]
 * // ['GBK-01', '', '', '光明小区', '临城街道', '', '', 1990, null, 24, 1650.5, null, null, '', '完工', 2022,
 * //  null, null, null, null, 117.2502, 34.8001]
 */
export function buildingListSheet(t: BuildingTable, rows: Uint32Array | null, name: string): SheetTable {
  const out: SheetCell[][] = [];
  const n = rows ? rows.length : t.length;
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const stage = stageFromCode(t.stage[i]);
    out.push([
      t.id[i],
      dictValue(t.communityId, i),
      dictValue(t.name, i),
      dictValue(t.community, i),
      dictValue(t.street, i),
      dictValue(t.shequ, i),
      dictValue(t.area, i),
      buildYearCell(t.yearFrom[i], t.yearTo[i], t.yearKind[i]),
      num(t.floors[i]),
      num(t.households[i]),
      num(t.floorAreaM2[i]),
      t.grade[i] ? GRADES[t.grade[i] - 1] : null,
      t.completeUnits[i] === COMPLETE_YES ? '是' : t.completeUnits[i] === COMPLETE_NO ? '否' : null,
      typesCell(t.types[i]),
      stage ? STAGE_LABEL_ZH[stage] : '',
      t.planYear[i] || null,
      day(t.startDay[i], t.startMonthOnly[i]),
      day(t.completionDay[i], t.completionMonthOnly[i]),
      day(t.acceptanceDay[i], t.acceptanceMonthOnly[i]),
      t.investmentYuan[i] === t.investmentYuan[i] ? t.investmentYuan[i] / 1e4 : null,
      t.lng[i],
      t.lat[i],
      ...t.extras.map((e) => dictValue(e.column, i)),
    ]);
  }
  const extras: SheetColumn[] = t.extras.map((e) => ({ header: e.header, kind: 'text' }));
  return { name, columns: [...BUILDING_LIST_COLUMNS, ...extras], rows: out, totalRows: [] };
}
