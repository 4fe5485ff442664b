/**
 * Reading the candidate list's building-level CSV (candidateBuildingSheet()'s, perhaps saved again
 * by Excel or WPS): columns found by their headers, Chinese or English, each row an entry as given.
 */
import Papa from 'papaparse';
import type { BuildingSnapshot } from '../domain/candidate-list.ts';
import { said } from '../domain/messages/render.ts';
import { parseBuildYear, parsePlanYear, parseQuantity } from '../domain/parse-values.ts';
import { typesOf, type ListFileReport, type RawEntry } from './list-file-format.ts';
import { restoreInert } from './spreadsheet-cell.ts';

const EMPTY_BUILDING: BuildingSnapshot = {
  id: '',
  name: '',
  communityId: '',
  community: '',
  street: '',
  shequ: '',
  yearFrom: 0,
  yearTo: 0,
  yearKind: 0,
  households: null,
  floorAreaM2: null,
  lng: NaN,
  lat: NaN,
};

/** CSV headers read, by the field they fill (the export's headers first, then English). */
const CSV_HEADERS: Record<string, readonly string[]> = {
  key: ['楼栋键', 'key'],
  planYear: ['计划年度', 'planyear', 'plan year'],
  types: ['改造类型', 'types', 'renovation type'],
  id: ['楼栋编号', 'id'],
  name: ['楼号', 'name'],
  communityId: ['小区编号', 'communityid'],
  community: ['小区名称', 'community'],
  street: ['街道', 'street'],
  shequ: ['社区', 'shequ'],
  buildYear: ['建成年代', 'buildyear', 'build year'],
  households: ['户数', 'households'],
  floorAreaM2: ['建筑面积（平方米）', '建筑面积(平方米)', '建筑面积', 'floorarea', 'floor area'],
  lng: ['经度', 'lng'],
  lat: ['纬度', 'lat'],
  updated: ['更新时间', 'updated'],
};

/** The CSV's rows as entries (header = line 1); none, with the reason, when a needed column is missing. */
export function csvEntries(text: string, report: ListFileReport): RawEntry[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const norm = (h: string): string => h.trim().toLowerCase();
  const col: Record<string, number> = {};
  for (const [field, words] of Object.entries(CSV_HEADERS))
    col[field] = (header ?? []).findIndex((h) => words.includes(norm(h)));
  if (col.key < 0 && col.id < 0) {
    report.rejected.push({ line: 1, ...said('list.no-key-column') });
    return [];
  }
  if (col.planYear < 0 || col.types < 0) {
    report.rejected.push({
      line: 1,
      ...said('list.no-year-or-type-column'),
    });
    return [];
  }
  report.rowsRead = rows.length;
  return rows.map((cells, k): RawEntry => {
    const cell = (field: string): string => (col[field] >= 0 ? restoreInert((cells[col[field]] ?? '').trim()) : '');
    const quantity = (field: string): number | null => (cell(field) === '' ? null : parseQuantity(cell(field)));
    const coord = (field: string): number => (cell(field) === '' ? NaN : Number(cell(field)));
    const year = parseBuildYear(cell('buildYear'));
    const types = typesOf(cell('types'));
    return {
      line: k + 2,
      key: cell('key') || cell('id'),
      planYear: parsePlanYear(cell('planYear')),
      planYearText: cell('planYear'),
      types: types.mask,
      typesText: types.text,
      updated: cell('updated'),
      building: {
        ...EMPTY_BUILDING,
        id: cell('id'),
        name: cell('name'),
        communityId: cell('communityId'),
        community: cell('community'),
        street: cell('street'),
        shequ: cell('shequ'),
        yearFrom: year?.from ?? 0,
        yearTo: year?.to ?? 0,
        yearKind: year?.kind ?? 0,
        households: quantity('households'),
        floorAreaM2: quantity('floorAreaM2'),
        lng: coord('lng'),
        lat: coord('lat'),
      },
    };
  });
}
