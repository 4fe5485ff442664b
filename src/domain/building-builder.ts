/**
 * Reads rows of cells (from a CSV chunk or a GeoJSON feature's properties) straight into
 * building columns. No row object is ever made: a 1M-row file goes cell -> typed array.
 */
import { FROM_FILE, FROM_NONE, type BuildingTable, type ExtraColumn } from './building-table.ts';
import { said } from './messages/render.ts';
import { cellSetter, type Setter } from './cell-setters.ts';
import {
  allocateBuffers,
  finishBuffers,
  growBuffers,
  markBuffers,
  rollbackBuffers,
  type BuffersMark,
  type BuildingBuffers,
} from './column-buffers.ts';
import { DictBuilder } from './dict-column.ts';
import type { HeaderMatch } from './fields.ts';
import { addWarning, type FileReport } from './import-report.ts';
import { coordinateReader, type LngLat } from './row-coordinates.ts';
import { issue } from './row-issue.ts';

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
  /** One buffer per column of the schema (BUILDING_COLUMNS); the object stays, its buffers grow. */
  private readonly cols: BuildingBuffers;
  private readonly extras = new Map<string, DictBuilder>();

  constructor(capacity = 4096) {
    this.capacity = Math.max(16, capacity);
    this.cols = allocateBuffers(this.capacity);
  }

  private grow(): void {
    const n = this.capacity * 2;
    growBuffers(this.cols, n);
    for (const d of this.extras.values()) d.grow(n);
    this.capacity = n;
  }

  /** A point to come back to with `rollback`: the rows and dictionary values so far. */
  mark(): BuilderMark {
    return {
      length: this.length,
      columns: markBuffers(this.cols),
      extras: new Map([...this.extras].map(([h, d]) => [h, d.values.length])),
    };
  }

  /** Forget everything appended since `mark` (a file read again in another encoding). */
  rollback(m: BuilderMark): void {
    const n = m.length;
    this.length = n;
    rollbackBuffers(this.cols, n, m.columns);
    for (const [h, d] of [...this.extras]) {
      const count = m.extras.get(h);
      if (count === undefined) this.extras.delete(h);
      else d.rollback(n, count);
    }
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
      m.field
        ? cellSetter(m.field, m.factor, report, this.cols, (h) => this.extraSetter(h))
        : this.extraSetter(m.header),
    );
    const readCoordinates = coordinateReader(matches, report, toWgs84);
    const at: LngLat = { lng: NaN, lat: NaN };
    report.columns = matches.map((m) => ({ header: m.header, field: m.field, factor: m.factor }));
    const width = matches.length;
    return {
      append: (cells, line, coords) => {
        report.rowsRead++;
        const why = readCoordinates(cells, line, coords, at);
        if (why) {
          report.rejected.push(why);
          return false;
        }
        const row = this.addRow(at, fileIndex, line);
        writeCells(setters, row, cells, line);
        if (cells.length > width) warnExtraCells(report, cells, width, line);
        const cols = this.cols;
        cols.streetFrom[row] = cols.street.getCode(row) !== 0 ? FROM_FILE : FROM_NONE;
        report.rowsLoaded++;
        return true;
      },
    };
  }

  /** A new row at `at`, every field but the position and origin missing. */
  private addRow(at: LngLat, fileIndex: number, line: number): number {
    if (this.length === this.capacity) this.grow();
    const row = this.length++;
    const cols = this.cols;
    cols.id[row] = '';
    cols.lng[row] = at.lng;
    cols.lat[row] = at.lat;
    cols.fileIndex[row] = fileIndex;
    cols.line[row] = line;
    return row;
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

  /**
   * Sum of a quantity column over rows [from, to) with a value, and how many had one: a 合计 row is
   * checked against it (read-buildings-csv.ts).
   */
  sumColumn(column: 'households' | 'floorAreaM2' | 'investmentYuan', from: number, to: number): number {
    const a = this.cols[column];
    let sum = 0;
    for (let i = from; i < to; i++) if (a[i] === a[i]) sum += a[i];
    return sum;
  }

  /** The finished table, trimmed to length. `communityIndex` is all -1 until linked. */
  finish(): BuildingTable {
    const n = this.length;
    const extras: ExtraColumn[] = [...this.extras].map(([header, d]) => ({ header, column: d.finish(n) }));
    return { length: n, ...finishBuffers(this.cols, n), extras };
  }
}

export interface BuilderMark {
  length: number;
  columns: BuffersMark;
  extras: Map<string, number>;
}

export interface RowAppender {
  /**
   * Read one row. `cells` line up with the file's header matches; `coords` (GeoJSON) overrides
   * the lng/lat columns. Returns false when the row was rejected (and reported).
   */
  append(cells: readonly string[], line: number, coords?: readonly [number, number]): boolean;
}

/** Hand each non-empty cell, trimmed, to its column's setter. */
function writeCells(setters: readonly (Setter | null)[], row: number, cells: readonly string[], line: number): void {
  const n = Math.min(setters.length, cells.length);
  for (let c = 0; c < n; c++) {
    const set = setters[c];
    if (set === null) continue;
    const cell = cells[c];
    if (cell === '' || cell === undefined) continue;
    const t =
      cell.length > 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32) ? cell.trim() : cell;
    if (t !== '') set(row, t, line);
  }
}

/** Cells past the header's last column are not data, but are kept in the report so nothing is lost. */
function warnExtraCells(report: FileReport, cells: readonly string[], width: number, line: number): void {
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
