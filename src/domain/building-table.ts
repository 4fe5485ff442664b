/**
 * Buildings held as columns: one typed array (or dictionary-coded column) per field,
 * row i of every column is building i. A city's million buildings then cost about
 * 100 bytes each instead of a JS object with two dozen properties.
 *
 * Missing values: NaN in float columns, 0 in code columns, code 0 ('') in dictionaries.
 *
 * The columns are declared once, in BUILDING_COLUMNS: the BuildingTable type, the empty table, the
 * builder's buffers (growth, rollback, finish) and the worker's transfer list all follow from it, so a
 * new column is one line there (and a setter in cell-setters.ts if a file's field fills it).
 */
import {
  code8,
  dictionary,
  float32,
  float64,
  int16,
  int32,
  text,
  uint16,
  uint32,
  type ColumnKind,
  type ColumnOf,
} from './column-kinds.ts';
import type { DictColumn } from './dict-column.ts';

export { DictBuilder, dictValue, type DictColumn } from './dict-column.ts';

/** Where a building's street office came from. */
export const FROM_NONE = 0;
export const FROM_FILE = 1;
export const FROM_COMMUNITY = 2;
export const FROM_POLYGON = 3;

/** Every column of a building table, row i of each being building i: name -> storage kind. */
export const BUILDING_COLUMNS = {
  /** Building id as written (楼栋编号), '' when the file gave none. One string per row. */
  id: text(),
  /** Building name / number (楼号). */
  name: dictionary(),
  /** Community id as written (小区编号). */
  communityId: dictionary(),
  /** Community name (小区名称), filled from the linked community when missing. */
  community: dictionary(),
  /** Street office (街道), filled from the community or polygon when missing. */
  street: dictionary(),
  /** Residents' committee (社区). */
  shequ: dictionary(),
  /** Plan area (片区). */
  area: dictionary(),
  /** Longitude, WGS84 degrees. Always finite: rows without coordinates are rejected. */
  lng: float64(0),
  /** Latitude, WGS84 degrees. */
  lat: float64(0),
  /** First possible build year; 0 when unknown or only an upper bound is known. */
  yearFrom: int16(),
  /** Last possible build year; 0 when unknown or only a lower bound is known. */
  yearTo: int16(),
  /** YEAR_EXACT / YEAR_RANGE / YEAR_BEFORE / YEAR_AFTER from parse-values, 0 unknown. */
  yearKind: code8(),
  /** Floors above ground; NaN unknown. */
  floors: float32(),
  /** Households (户数); NaN unknown. */
  households: float64(),
  /** Floor area in m²; NaN unknown. */
  floorAreaM2: float64(),
  /** Safety grade 1..4 = A..D; 0 unknown. */
  grade: code8(),
  /** COMPLETE_YES / COMPLETE_NO; 0 unknown. */
  completeUnits: code8(),
  /** Renovation types as TYPE_BIT mask; 0 none given. */
  types: code8(),
  /** Stage code 1..8 (STAGE_CODE); 0 not given (treated as in no plan). */
  stage: code8(),
  /** Plan year (计划年度); 0 none. */
  planYear: int16(),
  /** Start (开工) date as days since 1970-01-01 UTC; NaN none. */
  startDay: float64(),
  /** Completion (完工) date, days since epoch; NaN none. */
  completionDay: float64(),
  /** Acceptance (验收) date, days since epoch; NaN none. */
  acceptanceDay: float64(),
  /** 1 when the start date was written to the month only (2023年5月): startDay is that month's 1st. */
  startMonthOnly: code8(),
  /** 1 when the completion date was written to the month only. */
  completionMonthOnly: code8(),
  /** 1 when the acceptance date was written to the month only. */
  acceptanceMonthOnly: code8(),
  /** Investment in yuan; NaN unknown. */
  investmentYuan: float64(),
  /** Index of the linked community in Dataset.communities; -1 none (every row until linkDataset). */
  communityIndex: int32(-1),
  /** FROM_* : where `street` came from. */
  streetFrom: code8(),
  /** Index of the source file in the import report's file list. */
  fileIndex: uint16(),
  /** Line of the row in its file (header = line 1), or feature number + 1 for GeoJSON. */
  line: uint32(),
} satisfies Record<string, ColumnKind<unknown, unknown>>;

export type BuildingColumnName = keyof typeof BUILDING_COLUMNS;
/** The schema's names in declaration order. */
export const BUILDING_COLUMN_NAMES = Object.keys(BUILDING_COLUMNS) as BuildingColumnName[];

/** One field per schema column, each with its exact array type (`households: Float64Array`). */
export type BuildingColumns = { [K in BuildingColumnName]: ColumnOf<(typeof BUILDING_COLUMNS)[K]> };

export interface BuildingTable extends BuildingColumns {
  /** Number of buildings (rows). */
  length: number;
  /** Columns the importer did not recognise, kept so nothing the user wrote is lost. */
  extras: ExtraColumn[];
}

export interface ExtraColumn {
  /** Header as written. */
  header: string;
  column: DictColumn;
}

/** The kind of column `k`, with its storage types kept generic (for walking every column alike). */
export function columnKind(k: BuildingColumnName): ColumnKind<unknown, unknown> {
  return BUILDING_COLUMNS[k];
}

/** An empty table (no buildings). */
export function emptyBuildingTable(): BuildingTable {
  const kinds = BUILDING_COLUMN_NAMES.map((k) => [k, columnKind(k)] as const);
  const columns = Object.fromEntries(kinds.map(([k, kind]) => [k, kind.finish(kind.allocate(0), 0)]));
  return { length: 0, ...(columns as BuildingColumns), extras: [] };
}

/** Every typed array of a table, for transferring it to or from a worker without copying. */
export function tableBuffers(t: BuildingTable): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    ...BUILDING_COLUMN_NAMES.flatMap((k) => columnKind(k).arrays(t[k])),
    ...t.extras.map((e) => e.column.codes),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
