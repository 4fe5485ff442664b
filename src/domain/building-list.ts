/**
 * The list of buildings a street office reports on: one row per building of a filter, the
 * columns of a progress report, values as people write them (stage in Chinese, ISO dates).
 */
import type { BuildingTable } from './building-table.ts';
import type { CsvCell } from './csv-text.ts';
import { isoDate } from './parse-values.ts';
import { STAGE_LABEL_ZH, stageFromCode } from './vocabulary.ts';

const HEADERS = ['楼栋编号', '楼号', '小区名称', '街道', '社区', '户数', '建筑面积（平方米）', '改造进度', '计划年度', '开工日期', '完工日期', '经度', '纬度'] as const;

const num = (x: number): CsvCell => (x === x ? x : '');
const day = (d: number): CsvCell => (d === d ? isoDate(d) : '');

/**
 * Header row and one row per building in `rows` (all buildings when null), in row order.
 * @example buildingListRows(table, rows)[1] // ['GBK-01', '', '光明小区', '临城街道', '', 24, 1650.5, '完工', 2022, '', '', 117.2502, 34.8001]
 */
export function buildingListRows(t: BuildingTable, rows: Uint32Array | null): CsvCell[][] {
  const out: CsvCell[][] = [[...HEADERS]];
  const n = rows ? rows.length : t.length;
  const text = (col: BuildingTable['community'], i: number): string => col.values[col.codes[i]];
  for (let k = 0; k < n; k++) {
    const i = rows ? rows[k] : k;
    const stage = stageFromCode(t.stage[i]);
    out.push([
      t.id[i],
      text(t.name, i),
      text(t.community, i),
      text(t.street, i),
      text(t.shequ, i),
      num(t.households[i]),
      num(t.floorAreaM2[i]),
      stage ? STAGE_LABEL_ZH[stage] : '',
      t.planYear[i] || '',
      day(t.startDay[i]),
      day(t.completionDay[i]),
      t.lng[i],
      t.lat[i],
    ]);
  }
  return out;
}
