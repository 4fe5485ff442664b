/**
 * The files the export menus make: which sheet (src/domain), in which format (src/io), under
 * which name. Every format of one table is made from the same sheet, so a CSV, a workbook and a
 * GeoJSON of it say the same thing.
 */
import { buildingListSheet } from '../../domain/building-list.ts';
import type { CandidateEntry } from '../../domain/candidate-list.ts';
import { candidateBuildingSheet, candidateTable, candidateTableSheet } from '../../domain/candidate-table.ts';
import type { SheetTable } from '../../domain/sheet-table.ts';
import { listToJson } from '../../io/candidate-list-file.ts';
import type { CrsKey } from '../../domain/crs.ts';
import { sheetBytes, type SheetFormat } from '../../io/sheet-files.ts';
import type { Dataset } from '../../domain/dataset.ts';
import type { MadeFile } from '../../io/made-file.ts';

export type { SheetFormat };

/** Sheets as a file of a format (GeoJSON: the first sheet's rows as points), coordinates in `crs`. */
export async function sheetFile(
  sheets: readonly SheetTable[],
  format: SheetFormat,
  baseName: string,
  crs: CrsKey = 'wgs84',
): Promise<MadeFile> {
  const made = await sheetBytes(sheets, format, crs);
  return { content: made.content, name: `${baseName}${made.ext}`, type: made.type };
}

/**
 * Buildings of an index list (all when null) as a file, coordinates in `crs`; a file in another
 * system than WGS84 says which in its name too.
 */
export function buildingsFile(
  dataset: Dataset,
  rows: Uint32Array | null,
  format: SheetFormat,
  baseName: string,
  crs: CrsKey = 'wgs84',
): Promise<MadeFile> {
  const name = crs === 'wgs84' ? baseName : `${baseName}-${crsFileTag(crs)}`;
  return sheetFile([buildingListSheet(dataset.buildings, rows, baseName.slice(0, 31))], format, name, crs);
}

/** 'GCJ-02', 'BD-09', 'EPSG4527': the system in a file name. */
function crsFileTag(crs: CrsKey): string {
  return crs === 'gcj02' ? 'GCJ-02' : crs === 'bd09' ? 'BD-09' : crs.replace('epsg:', 'EPSG');
}

/** What the list exports read. */
export interface ListView {
  entries: readonly CandidateEntry[];
  dataset: Dataset | null;
  resolved: Int32Array | null;
  /** Plan year shown; null = every year. */
  year: number | null;
}

const yearLabel = (year: number | null): string => (year === null ? '全部年度' : `${year}年度`);

/** The list per community (the plan table) as CSV, or a workbook with the per-community table and the building list. */
export function listTableFile(v: ListView, format: 'csv' | 'xlsx'): Promise<MadeFile> {
  const t = v.dataset?.buildings ?? null;
  const table = candidateTableSheet(candidateTable(v.entries, t, v.resolved, v.year), '按小区汇总');
  const base = `项目库-${yearLabel(v.year)}`;
  if (format === 'csv') return sheetFile([table], 'csv', `${base}-按小区`);
  return sheetFile([table, candidateBuildingSheet(v.entries, t, v.resolved, v.year, '楼栋清单')], 'xlsx', base);
}

/** The list building by building: the CSV that imports back, or points as GeoJSON. */
export function listBuildingsFile(v: ListView, format: 'csv' | 'geojson'): Promise<MadeFile> {
  const sheet = candidateBuildingSheet(v.entries, v.dataset?.buildings ?? null, v.resolved, v.year, '项目库楼栋清单');
  return sheetFile([sheet], format, `项目库-${yearLabel(v.year)}-楼栋`);
}

/** The list file (JSON, with a version) of the entries shown. */
export function listJsonFile(v: ListView): MadeFile {
  const entries = v.year === null ? v.entries : v.entries.filter((e) => e.planYear === v.year);
  return {
    content: listToJson(entries, v.dataset?.fileNames ?? [], new Date().toISOString()),
    name: `项目库-${yearLabel(v.year)}.json`,
    type: 'application/json',
  };
}
