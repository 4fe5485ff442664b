/**
 * Buildings held as columns: one typed array (or dictionary-coded column) per field,
 * row i of every column is building i. A city's million buildings then cost about
 * 100 bytes each instead of a JS object with two dozen properties.
 *
 * Missing values: NaN in float columns, 0 in code columns, code 0 ('') in dictionaries.
 */

/** A dictionary-encoded string column: `values[codes[i]]` is row i's text; code 0 is ''. */
export interface DictColumn {
  codes: Uint32Array;
  /** Distinct values; values[0] is always '' (missing). */
  values: string[];
}

/** Where a building's street office came from. */
export const FROM_NONE = 0;
export const FROM_FILE = 1;
export const FROM_COMMUNITY = 2;
export const FROM_POLYGON = 3;

export interface BuildingTable {
  /** Number of buildings (rows). */
  length: number;
  /** Building id as written (楼栋编号), '' when the file gave none. One string per row. */
  id: string[];
  /** Building name / number (楼号). */
  name: DictColumn;
  /** Community id as written (小区编号). */
  communityId: DictColumn;
  /** Community name (小区名称), filled from the linked community when missing. */
  community: DictColumn;
  /** Street office (街道), filled from the community or polygon when missing. */
  street: DictColumn;
  /** Residents' committee (社区). */
  shequ: DictColumn;
  /** Plan area (片区). */
  area: DictColumn;
  /** Longitude, WGS84 degrees. Always finite: rows without coordinates are rejected. */
  lng: Float64Array;
  /** Latitude, WGS84 degrees. */
  lat: Float64Array;
  /** First possible build year; 0 when unknown or only an upper bound is known. */
  yearFrom: Int16Array;
  /** Last possible build year; 0 when unknown or only a lower bound is known. */
  yearTo: Int16Array;
  /** YEAR_EXACT / YEAR_RANGE / YEAR_BEFORE / YEAR_AFTER from parse-values, 0 unknown. */
  yearKind: Uint8Array;
  /** Floors above ground; NaN unknown. */
  floors: Float32Array;
  /** Households (户数); NaN unknown. */
  households: Float64Array;
  /** Floor area in m²; NaN unknown. */
  floorAreaM2: Float64Array;
  /** Safety grade 1..4 = A..D; 0 unknown. */
  grade: Uint8Array;
  /** COMPLETE_YES / COMPLETE_NO; 0 unknown. */
  completeUnits: Uint8Array;
  /** Renovation types as TYPE_BIT mask; 0 none given. */
  types: Uint8Array;
  /** Stage code 1..8 (STAGE_CODE); 0 not given (treated as in no plan). */
  stage: Uint8Array;
  /** Plan year (计划年度); 0 none. */
  planYear: Int16Array;
  /** Start (开工) date as days since 1970-01-01 UTC; NaN none. */
  startDay: Float64Array;
  /** Completion (完工) date, days since epoch; NaN none. */
  completionDay: Float64Array;
  /** Acceptance (验收) date, days since epoch; NaN none. */
  acceptanceDay: Float64Array;
  /** Investment in yuan; NaN unknown. */
  investmentYuan: Float64Array;
  /** Index of the linked community in Dataset.communities; -1 none. */
  communityIndex: Int32Array;
  /** FROM_* : where `street` came from. */
  streetFrom: Uint8Array;
  /** Index of the source file in the import report's file list. */
  fileIndex: Uint16Array;
  /** Line of the row in its file (header = line 1), or feature number + 1 for GeoJSON. */
  line: Uint32Array;
  /** Columns the importer did not recognise, kept so nothing the user wrote is lost. */
  extras: ExtraColumn[];
}

export interface ExtraColumn {
  /** Header as written. */
  header: string;
  column: DictColumn;
}

/** Text of row i in a dictionary column. */
export function dictValue(col: DictColumn, i: number): string {
  return col.values[col.codes[i]];
}

/** Builds a dictionary column incrementally; codes grow by doubling. */
export class DictBuilder {
  private codes: Uint32Array;
  private readonly lookup = new Map<string, number>([['', 0]]);
  readonly values: string[] = [''];

  constructor(capacity: number) {
    this.codes = new Uint32Array(capacity);
  }

  // Rows come grouped by community and street, so the previous value often repeats.
  private lastValue = '';
  private lastCode = 0;

  /** Code for a value, adding it when new. */
  code(value: string): number {
    if (value === this.lastValue) return this.lastCode;
    let c = this.lookup.get(value);
    if (c === undefined) {
      c = this.values.length;
      this.values.push(value);
      this.lookup.set(value, c);
    }
    this.lastValue = value;
    this.lastCode = c;
    return c;
  }

  /** A builder that starts as a copy of an existing column (the column itself is not changed). */
  static from(col: DictColumn): DictBuilder {
    const b = new DictBuilder(0);
    b.codes = col.codes.slice();
    for (let k = 1; k < col.values.length; k++) {
      b.values.push(col.values[k]);
      b.lookup.set(col.values[k], k);
    }
    return b;
  }

  /** Forget rows from `length` on and values added after `valueCount` (see BuildingTableBuilder.rollback). */
  rollback(length: number, valueCount: number): void {
    this.codes.fill(0, length);
    for (let k = valueCount; k < this.values.length; k++) this.lookup.delete(this.values[k]);
    this.values.length = valueCount;
    this.lastValue = '';
    this.lastCode = 0;
  }

  set(row: number, value: string): void {
    this.codes[row] = value === '' ? 0 : this.code(value);
  }

  setCode(row: number, code: number): void {
    this.codes[row] = code;
  }

  getCode(row: number): number {
    return this.codes[row];
  }

  grow(capacity: number): void {
    const next = new Uint32Array(capacity);
    next.set(this.codes);
    this.codes = next;
  }

  finish(length: number): DictColumn {
    return { codes: this.codes.slice(0, length), values: this.values };
  }
}

/** An empty table (no buildings). */
export function emptyBuildingTable(): BuildingTable {
  const dict = (): DictColumn => ({ codes: new Uint32Array(0), values: [''] });
  return {
    length: 0,
    id: [],
    name: dict(),
    communityId: dict(),
    community: dict(),
    street: dict(),
    shequ: dict(),
    area: dict(),
    lng: new Float64Array(0),
    lat: new Float64Array(0),
    yearFrom: new Int16Array(0),
    yearTo: new Int16Array(0),
    yearKind: new Uint8Array(0),
    floors: new Float32Array(0),
    households: new Float64Array(0),
    floorAreaM2: new Float64Array(0),
    grade: new Uint8Array(0),
    completeUnits: new Uint8Array(0),
    types: new Uint8Array(0),
    stage: new Uint8Array(0),
    planYear: new Int16Array(0),
    startDay: new Float64Array(0),
    completionDay: new Float64Array(0),
    acceptanceDay: new Float64Array(0),
    investmentYuan: new Float64Array(0),
    communityIndex: new Int32Array(0),
    streetFrom: new Uint8Array(0),
    fileIndex: new Uint16Array(0),
    line: new Uint32Array(0),
    extras: [],
  };
}

/** Every typed array of a table, for transferring it to or from a worker without copying. */
export function tableBuffers(t: BuildingTable): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [
    t.name.codes,
    t.communityId.codes,
    t.community.codes,
    t.street.codes,
    t.shequ.codes,
    t.area.codes,
    t.lng,
    t.lat,
    t.yearFrom,
    t.yearTo,
    t.yearKind,
    t.floors,
    t.households,
    t.floorAreaM2,
    t.grade,
    t.completeUnits,
    t.types,
    t.stage,
    t.planYear,
    t.startDay,
    t.completionDay,
    t.acceptanceDay,
    t.investmentYuan,
    t.communityIndex,
    t.streetFrom,
    t.fileIndex,
    t.line,
    ...t.extras.map((e) => e.column.codes),
  ];
  return [...new Set(arrays.map((a) => a.buffer as ArrayBuffer))];
}
