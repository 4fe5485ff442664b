/**
 * Reads rows of cells (from a CSV chunk or a GeoJSON feature's properties) straight into
 * building columns. No row object is ever made: a 1M-row file goes cell -> typed array.
 */
import { DictBuilder, FROM_FILE, FROM_NONE, type BuildingTable, type ExtraColumn } from './building-table.ts';
import type { FieldKey, HeaderMatch } from './fields.ts';
import { FIELD_BY_KEY } from './fields.ts';
import { addWarning, type FileReport, type RowIssue } from './import-report.ts';
import { said, type Said } from './messages/render.ts';
import {
  parseBuildYear,
  parseCompleteUnits,
  parseDate,
  parseGrade,
  parsePlanYear,
  parseQuantity,
  parseStage,
  parseTypes,
} from './parse-values.ts';

type Setter = (row: number, cell: string, line: number) => void;

/**
 * Remember a parser's answers per distinct cell. Years, dates, stages, grades and types repeat
 * endlessly down a column, so a million rows cost a few thousand parses. Bounded, so a column
 * of unique values costs no more memory than the limit.
 */
function memo<T>(parse: (cell: string) => T, limit = 8192): (cell: string) => T {
  const cache = new Map<string, T>();
  return (cell) => {
    const hit = cache.get(cell);
    if (hit !== undefined || cache.has(cell)) return hit as T;
    const v = parse(cell);
    if (cache.size < limit) cache.set(cell, v);
    return v;
  };
}

type TextField = 'name' | 'communityId' | 'community' | 'street' | 'shequ' | 'area';

/**
 * Accumulates buildings from any number of files into one set of columns.
 * @example
 * const b = new BuildingTableBuilder();
 * const rows = b.beginFile(0, report, matchHeaders(['楼栋编号', '经度', '纬度']));
 * rows.append(['B1', '117.25', '34.79'], 2);
 * const table = b.finish();
 */
export class BuildingTableBuilder {
  private capacity: number;
  length = 0;
  private id: string[] = [];
  private readonly dicts: Record<TextField, DictBuilder>;
  private lng: Float64Array;
  private lat: Float64Array;
  private yearFrom: Int16Array;
  private yearTo: Int16Array;
  private yearKind: Uint8Array;
  private floors: Float32Array;
  private households: Float64Array;
  private floorAreaM2: Float64Array;
  private grade: Uint8Array;
  private completeUnits: Uint8Array;
  private types: Uint8Array;
  private stage: Uint8Array;
  private planYear: Int16Array;
  private startDay: Float64Array;
  private completionDay: Float64Array;
  private acceptanceDay: Float64Array;
  private investmentYuan: Float64Array;
  private streetFrom: Uint8Array;
  private fileIndex: Uint16Array;
  private line: Uint32Array;
  private readonly extras = new Map<string, DictBuilder>();

  constructor(capacity = 4096) {
    this.capacity = Math.max(16, capacity);
    const n = this.capacity;
    this.dicts = {
      name: new DictBuilder(n),
      communityId: new DictBuilder(n),
      community: new DictBuilder(n),
      street: new DictBuilder(n),
      shequ: new DictBuilder(n),
      area: new DictBuilder(n),
    };
    this.lng = new Float64Array(n);
    this.lat = new Float64Array(n);
    this.yearFrom = new Int16Array(n);
    this.yearTo = new Int16Array(n);
    this.yearKind = new Uint8Array(n);
    this.floors = new Float32Array(n).fill(NaN);
    this.households = new Float64Array(n).fill(NaN);
    this.floorAreaM2 = new Float64Array(n).fill(NaN);
    this.grade = new Uint8Array(n);
    this.completeUnits = new Uint8Array(n);
    this.types = new Uint8Array(n);
    this.stage = new Uint8Array(n);
    this.planYear = new Int16Array(n);
    this.startDay = new Float64Array(n).fill(NaN);
    this.completionDay = new Float64Array(n).fill(NaN);
    this.acceptanceDay = new Float64Array(n).fill(NaN);
    this.investmentYuan = new Float64Array(n).fill(NaN);
    this.streetFrom = new Uint8Array(n);
    this.fileIndex = new Uint16Array(n);
    this.line = new Uint32Array(n);
  }

  private grow(): void {
    const n = this.capacity * 2;
    const g = <T extends Float64Array | Float32Array | Int16Array | Uint8Array | Uint16Array | Uint32Array>(
      a: T,
      fill?: number,
    ): T => {
      const next = new (a.constructor as new (n: number) => T)(n);
      if (fill !== undefined) next.fill(fill, a.length);
      next.set(a);
      return next;
    };
    this.lng = g(this.lng);
    this.lat = g(this.lat);
    this.yearFrom = g(this.yearFrom);
    this.yearTo = g(this.yearTo);
    this.yearKind = g(this.yearKind);
    this.floors = g(this.floors, NaN);
    this.households = g(this.households, NaN);
    this.floorAreaM2 = g(this.floorAreaM2, NaN);
    this.grade = g(this.grade);
    this.completeUnits = g(this.completeUnits);
    this.types = g(this.types);
    this.stage = g(this.stage);
    this.planYear = g(this.planYear);
    this.startDay = g(this.startDay, NaN);
    this.completionDay = g(this.completionDay, NaN);
    this.acceptanceDay = g(this.acceptanceDay, NaN);
    this.investmentYuan = g(this.investmentYuan, NaN);
    this.streetFrom = g(this.streetFrom);
    this.fileIndex = g(this.fileIndex);
    this.line = g(this.line);
    for (const d of Object.values(this.dicts)) d.grow(n);
    for (const d of this.extras.values()) d.grow(n);
    this.capacity = n;
  }

  /** A point to come back to with `rollback`: the rows and dictionary values so far. */
  mark(): BuilderMark {
    return {
      length: this.length,
      dictValues: Object.fromEntries(Object.entries(this.dicts).map(([k, d]) => [k, d.values.length])) as Record<
        TextField,
        number
      >,
      extras: new Map([...this.extras].map(([h, d]) => [h, d.values.length])),
    };
  }

  /** Forget everything appended since `mark` (a file read again in another encoding). */
  rollback(m: BuilderMark): void {
    const n = m.length;
    this.length = n;
    this.id.length = n;
    for (const k of Object.keys(this.dicts) as TextField[]) this.dicts[k].rollback(n, m.dictValues[k]);
    for (const [h, d] of [...this.extras]) {
      const count = m.extras.get(h);
      if (count === undefined) this.extras.delete(h);
      else d.rollback(n, count);
    }
    for (const a of [
      this.lng,
      this.lat,
      this.yearFrom,
      this.yearTo,
      this.yearKind,
      this.grade,
      this.completeUnits,
      this.types,
      this.stage,
      this.planYear,
      this.streetFrom,
      this.fileIndex,
      this.line,
    ])
      a.fill(0, n);
    for (const a of [
      this.floors,
      this.households,
      this.floorAreaM2,
      this.startDay,
      this.completionDay,
      this.acceptanceDay,
      this.investmentYuan,
    ])
      a.fill(NaN, n);
  }

  /**
   * Start reading a file whose columns are `matches`. Returns the appender for its rows.
   * Unmatched columns become extra columns (by header text, shared across files). `toWgs84`
   * converts each row's coordinates when the file is in another system (src/domain/crs.ts).
   */
  beginFile(
    fileIndex: number,
    report: FileReport,
    matches: readonly HeaderMatch[],
    toWgs84?: (x: number, y: number) => [number, number],
  ): RowAppender {
    const setters: (Setter | null)[] = matches.map((m) =>
      m.field ? this.setterFor(m.field, m.factor, report) : this.extraSetter(m.header),
    );
    const lngCol = matches.findIndex((m) => m.field === 'lng');
    const latCol = matches.findIndex((m) => m.field === 'lat');
    report.columns = matches.map((m) => ({ header: m.header, field: m.field, factor: m.factor }));
    const width = matches.length;
    return {
      append: (cells, line, coords) => {
        report.rowsRead++;
        let lng = NaN;
        let lat = NaN;
        let why: RowIssue | null = null;
        if (coords) {
          lng = coords[0];
          lat = coords[1];
        } else {
          const lngCell = lngCol >= 0 ? (cells[lngCol] ?? '').trim() : '';
          const latCell = latCol >= 0 ? (cells[latCol] ?? '').trim() : '';
          if (lngCol < 0 || latCol < 0)
            why = issue(report, line, 'no-coordinate-columns', said('row.no-coordinate-columns'));
          else if (lngCell === '' || latCell === '')
            why = issue(
              report,
              line,
              'missing-coordinates',
              said('row.missing-coordinates'),
              lngCell === '' ? 'lng' : 'lat',
              `${lngCell},${latCell}`,
            );
          else {
            lng = parseQuantity(lngCell) ?? NaN;
            lat = parseQuantity(latCell) ?? NaN;
            if (Number.isNaN(lng) || Number.isNaN(lat))
              why = issue(
                report,
                line,
                'bad-coordinates',
                said('row.coordinates-not-numbers'),
                Number.isNaN(lng) ? 'lng' : 'lat',
                `${lngCell},${latCell}`,
              );
          }
        }
        if (!why && toWgs84 && Number.isFinite(lng) && Number.isFinite(lat)) [lng, lat] = toWgs84(lng, lat);
        if (!why) why = coordinateProblem(report, line, lng, lat);
        if (why) {
          report.rejected.push(why);
          return false;
        }
        if (this.length === this.capacity) this.grow();
        const row = this.length++;
        this.id[row] = '';
        this.lng[row] = lng;
        this.lat[row] = lat;
        this.fileIndex[row] = fileIndex;
        this.line[row] = line;
        const n = Math.min(width, cells.length);
        for (let c = 0; c < n; c++) {
          const set = setters[c];
          if (set === null) continue;
          const cell = cells[c];
          if (cell === '' || cell === undefined) continue;
          const t =
            cell.length > 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32)
              ? cell.trim()
              : cell;
          if (t !== '') set(row, t, line);
        }
        if (cells.length > width) {
          const extra = cells.slice(width).filter((c) => c.trim() !== '');
          if (extra.length > 0)
            addWarning(
              report,
              issue(
                report,
                line,
                'extra-cells',
                said('row.extra-cells', { n: cells.length - width }),
                undefined,
                extra.join(' | '),
              ),
            );
        }
        this.streetFrom[row] = this.dicts.street.getCode(row) !== 0 ? FROM_FILE : FROM_NONE;
        report.rowsLoaded++;
        return true;
      },
    };
  }

  private extraSetter(header: string): Setter {
    let d = this.extras.get(header);
    if (!d) {
      d = new DictBuilder(this.capacity);
      this.extras.set(header, d);
    }
    const dict = d;
    return (row, cell) => dict.set(row, cell);
  }

  private setterFor(field: FieldKey, factor: number, report: FileReport): Setter | null {
    const def = FIELD_BY_KEY[field];
    const warn = (line: number, code: string, reason: Said, value: string): void =>
      addWarning(report, issue(report, line, code, reason, field, value));
    const badValue = (line: number, value: string, what: string): void =>
      warn(line, `bad-${def.kind}`, said('row.bad-value', { field, what }), value);
    const quantity =
      (target: () => Float64Array | Float32Array): Setter =>
      (row, cell, line) => {
        const v = parseQuantity(cell, factor);
        if (v === null) badValue(line, cell, 'not a number');
        else if (v < 0) badValue(line, cell, 'negative');
        else target()[row] = v;
      };
    const date = (target: () => Float64Array): Setter => {
      const parse = memo(parseDate);
      return (row, cell, line) => {
        const v = parse(cell);
        if (v === null) badValue(line, cell, 'not a date');
        else target()[row] = v;
      };
    };
    switch (field) {
      case 'id':
        return (row, cell) => (this.id[row] = cell);
      case 'name':
      case 'communityId':
      case 'community':
      case 'street':
      case 'shequ':
      case 'area': {
        const dict = this.dicts[field];
        return (row, cell) => dict.set(row, cell);
      }
      case 'seq':
        return null; // a printed table's row number: not data
      case 'lng':
      case 'lat':
        return null; // read before the row is accepted
      case 'buildYear': {
        const parse = memo(parseBuildYear);
        return (row, cell, line) => {
          const y = parse(cell);
          if (y === null) badValue(line, cell, 'not a year, decade or range');
          else {
            this.yearFrom[row] = y.from;
            this.yearTo[row] = y.to;
            this.yearKind[row] = y.kind;
          }
        };
      }
      case 'floors':
        return quantity(() => this.floors);
      case 'households':
        return quantity(() => this.households);
      case 'floorAreaM2':
        return quantity(() => this.floorAreaM2);
      case 'investmentYuan':
        return quantity(() => this.investmentYuan);
      case 'buildingCount':
        // A building row that says how many buildings it is: keep it as written.
        return this.extraSetter(FIELD_BY_KEY.buildingCount.zh);
      case 'grade': {
        const parse = memo(parseGrade);
        return (row, cell, line) => {
          const g = parse(cell);
          if (g === null) badValue(line, cell, 'not a grade A–D');
          else this.grade[row] = g;
        };
      }
      case 'completeUnits': {
        const parse = memo(parseCompleteUnits);
        return (row, cell, line) => {
          const v = parse(cell);
          if (v === null) badValue(line, cell, 'not yes/no');
          else this.completeUnits[row] = v;
        };
      }
      case 'types': {
        const parse = memo(parseTypes);
        return (row, cell, line) => {
          const t = parse(cell);
          if (t.unknown.length > 0) warn(line, 'unknown-type', said('row.unknown-type', { words: t.unknown }), cell);
          this.types[row] = t.mask;
        };
      }
      case 'stage': {
        const parse = memo(parseStage);
        return (row, cell, line) => {
          const s = parse(cell);
          if (s === null) warn(line, 'unknown-stage', said('row.unknown-stage', { word: cell }), cell);
          else this.stage[row] = s;
        };
      }
      case 'planYear': {
        const parse = memo(parsePlanYear);
        return (row, cell, line) => {
          const y = parse(cell);
          if (y === null) badValue(line, cell, 'not a year');
          else this.planYear[row] = y;
        };
      }
      case 'startDate':
        return date(() => this.startDay);
      case 'completionDate':
        return date(() => this.completionDay);
      case 'acceptanceDate':
        return date(() => this.acceptanceDay);
    }
  }

  /** The finished table, trimmed to length. `communityIndex` is all -1 until linked. */
  finish(): BuildingTable {
    const n = this.length;
    const extras: ExtraColumn[] = [...this.extras].map(([header, d]) => ({ header, column: d.finish(n) }));
    return {
      length: n,
      id: this.id.slice(0, n),
      name: this.dicts.name.finish(n),
      communityId: this.dicts.communityId.finish(n),
      community: this.dicts.community.finish(n),
      street: this.dicts.street.finish(n),
      shequ: this.dicts.shequ.finish(n),
      area: this.dicts.area.finish(n),
      lng: this.lng.slice(0, n),
      lat: this.lat.slice(0, n),
      yearFrom: this.yearFrom.slice(0, n),
      yearTo: this.yearTo.slice(0, n),
      yearKind: this.yearKind.slice(0, n),
      floors: this.floors.slice(0, n),
      households: this.households.slice(0, n),
      floorAreaM2: this.floorAreaM2.slice(0, n),
      grade: this.grade.slice(0, n),
      completeUnits: this.completeUnits.slice(0, n),
      types: this.types.slice(0, n),
      stage: this.stage.slice(0, n),
      planYear: this.planYear.slice(0, n),
      startDay: this.startDay.slice(0, n),
      completionDay: this.completionDay.slice(0, n),
      acceptanceDay: this.acceptanceDay.slice(0, n),
      investmentYuan: this.investmentYuan.slice(0, n),
      communityIndex: new Int32Array(n).fill(-1),
      streetFrom: this.streetFrom.slice(0, n),
      fileIndex: this.fileIndex.slice(0, n),
      line: this.line.slice(0, n),
      extras,
    };
  }
}

export interface BuilderMark {
  length: number;
  dictValues: Record<TextField, number>;
  extras: Map<string, number>;
}

export interface RowAppender {
  /**
   * Read one row. `cells` line up with the file's header matches; `coords` (GeoJSON) overrides
   * the lng/lat columns. Returns false when the row was rejected (and reported).
   */
  append(cells: readonly string[], line: number, coords?: readonly [number, number]): boolean;
}

function issue(report: FileReport, line: number, code: string, reason: Said, field?: string, value?: string): RowIssue {
  const out: RowIssue = { file: report.file, line, code, ...reason };
  if (field !== undefined) out.field = field;
  if (value !== undefined) out.value = value;
  return out;
}

function coordinateProblem(report: FileReport, line: number, lng: number, lat: number): RowIssue | null {
  // The common case first, with no strings made.
  if (lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90 && (lng !== 0 || lat !== 0)) return null;
  const value = `${lng},${lat}`;
  if (!Number.isFinite(lng) || !Number.isFinite(lat))
    return issue(report, line, 'bad-coordinates', said('row.coordinates-not-finite'), 'lng', value);
  if (lng < -180 || lng > 180)
    return issue(report, line, 'coordinates-out-of-range', said('row.lng-out-of-range', { lng }), 'lng', value);
  if (lat < -90 || lat > 90)
    return issue(report, line, 'coordinates-out-of-range', said('row.lat-out-of-range', { lat }), 'lat', value);
  return issue(report, line, 'zero-coordinates', said('row.zero-coordinates'), 'lng', value);
}
