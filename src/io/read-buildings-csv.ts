/**
 * A CSV of buildings (Chinese or English headers, UTF-8 or GB18030) streamed into columns.
 */
import type { BuildingTableBuilder, RowAppender } from '../domain/building-builder.ts';
import { toWgs84 } from '../domain/crs.ts';
import { matchHeaders, type FieldKey, type HeaderMatch } from '../domain/fields.ts';
import { crsOfHeaders } from '../domain/sheet-crs.ts';
import { addWarning, type FileReport } from '../domain/import-report.ts';
import { sizeOf, type FileContent } from './byte-source.ts';
import { CsvRowStream } from './csv-rows.ts';
import { TooManyRowsError } from './file-limits.ts';
import { decodeInChunks, type TextEncodingName } from './detect-encoding.ts';
import { said } from '../domain/messages/render.ts';

export interface CsvReadOptions {
  /** The user's own column matching: header as written -> field (null = keep as extra). */
  columnMap?: Readonly<Record<string, FieldKey | null>>;
  /** Throw NotUtf8Error at the first byte that is not UTF-8 (the caller retries as GB18030). */
  strictUtf8?: boolean;
  /** Called after each decoded slice with bytes done and total. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Converts each row's coordinates to WGS84 when the file is in another system. */
  toWgs84?: (x: number, y: number) => [number, number];
  /** The user set the file's system (or axes): headers that name one are not followed. */
  crsGiven?: boolean;
  /** Throw TooManyRowsError once the builder holds more rows than this (the browser's limit). */
  maxRows?: number;
}

const TOTALS_ROW = /^(合计|总计|小计|共计|total|subtotal)$/i;

/** Header matches after applying the user's own column map. */
export function matchCsvHeaders(
  headers: readonly string[],
  columnMap?: Readonly<Record<string, FieldKey | null>>,
): HeaderMatch[] {
  const auto = matchHeaders(headers);
  if (!columnMap) return auto;
  return auto.map((m) => (Object.hasOwn(columnMap, m.header) ? { ...m, field: columnMap[m.header] ?? null } : m));
}

/** The file's building rows once its header is read: where they go and how wide a row should be. */
interface CsvFile {
  appender: RowAppender;
  width: number;
}

/**
 * Our own export in another system, read back in: its headers say which (sheet-crs.ts). The
 * matches with those columns as longitude and latitude, and the transform from that system;
 * as they were when the headers name none or the user set the columns or the system.
 */
function systemFromHeaders(
  headers: readonly string[],
  matches: HeaderMatch[],
  report: FileReport,
  opts: CsvReadOptions,
): { matches: HeaderMatch[]; toWgs?: CsvReadOptions['toWgs84'] } {
  const named = opts.crsGiven || opts.toWgs84 || opts.columnMap ? null : crsOfHeaders(headers);
  if (!named) return { matches, toWgs: opts.toWgs84 };
  report.crs = named.crs;
  addWarning(report, {
    file: report.file,
    line: 1,
    code: 'crs-from-headers',
    ...said('csv.crs-from-headers', { crs: named.crs }),
    value: `${headers[named.x]}, ${headers[named.y]}`,
  });
  const asCoordinate = (m: HeaderMatch, j: number): HeaderMatch =>
    j === named.x
      ? { ...m, field: 'lng' }
      : j === named.y
        ? { ...m, field: 'lat' }
        : m.field === 'lng' || m.field === 'lat'
          ? { ...m, field: null }
          : m;
  return { matches: matches.map(asCoordinate), toWgs: toWgs84(named.crs) };
}

/** The header row: columns matched, the file begun in the builder, unknown columns noted. */
function beginCsv(
  headerRow: readonly string[],
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  opts: CsvReadOptions,
): CsvFile {
  const headers = headerRow.map((h) => h.replace(/^\uFEFF/, '').trim());
  const { matches, toWgs } = systemFromHeaders(headers, matchCsvHeaders(headers, opts.columnMap), report, opts);
  const appender = builder.beginFile(fileIndex, report, matches, toWgs);
  const unknown = report.columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header);
  if (unknown.length > 0) {
    addWarning(report, {
      file: report.file,
      line: 1,
      code: 'unknown-columns',
      ...said('csv.unknown-columns', { headers: unknown }),
      value: unknown.join(', '),
    });
  }
  return { appender, width: headers.length };
}

/** One data row on `line`: skipped when blank, rejected when a totals row, else appended. */
function appendRow(file: CsvFile, cells: string[], line: number, report: FileReport): void {
  if (isBlank(cells)) return;
  if (isTotalsRow(cells)) {
    report.rowsRead++;
    report.rejected.push({
      file: report.file,
      line,
      code: 'totals-row',
      ...said('csv.totals-row'),
      value: cells.filter((c) => c.trim() !== '').join(' | '),
    });
    return;
  }
  if (cells.length < file.width && cells.length > 1) {
    addWarning(report, {
      file: report.file,
      line,
      code: 'short-row',
      ...said('csv.short-row', { cells: cells.length, width: file.width }),
    });
  }
  file.appender.append(cells, line);
}

/**
 * Read a buildings CSV into the builder, reporting into `report`.
 * Lines count records, header = line 1, as a spreadsheet numbers its rows.
 */
export function readBuildingsCsv(
  bytes: FileContent,
  encoding: TextEncodingName,
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  opts: CsvReadOptions = {},
): void {
  let file: CsvFile | null = null;
  const startRows = builder.length;
  const maxRows = opts.maxRows ?? Infinity;
  const stream = new CsvRowStream({
    rows(rows, firstLine) {
      let k = 0;
      if (file === null) {
        file = beginCsv(rows[0], fileIndex, builder, report, opts);
        k = 1;
      }
      for (; k < rows.length; k++) appendRow(file, rows[k], firstLine + k, report);
      if (builder.length > maxRows) throw new TooManyRowsError(maxRows - startRows);
    },
    unclosed(line, start) {
      report.rowsRead++;
      report.rejected.push({
        file: report.file,
        line,
        code: 'unclosed-quote',
        ...said('csv.unclosed-quote'),
        value: start,
      });
    },
    problem(p) {
      addWarning(report, {
        file: report.file,
        line: p.line,
        code: 'csv-' + p.code,
        ...said('csv.format-problem', { detail: p.message }),
      });
    },
  });
  let done = 0;
  const slice = 1 << 20;
  const size = sizeOf(bytes);
  for (const text of decodeInChunks(bytes, encoding, slice, opts.strictUtf8 ?? false)) {
    stream.push(text);
    done = Math.min(size, done + slice);
    opts.onProgress?.(done, size);
  }
  stream.end();
  if (file === null) {
    report.rejected.push({ file: report.file, line: 0, code: 'empty-file', ...said('csv.empty-file') });
  }
}

/** A printed table's 合计 / 总计 row. Checks a first character before any regex: this runs per row. */
function isTotalsRow(cells: readonly string[]): boolean {
  // 合计 stands in one of the first columns (序号, 街道 or 名称) of a printed table.
  for (let k = 0; k < cells.length && k < 3; k++) {
    const c = cells[k];
    const ch = c.charCodeAt(0);
    if (
      (ch === 0x5408 ||
        ch === 0x603b ||
        ch === 0x5c0f ||
        ch === 0x5171 ||
        ch === 0x74 ||
        ch === 0x54 ||
        ch === 0x73 ||
        ch === 0x53 ||
        ch <= 32) &&
      TOTALS_ROW.test(c.trim())
    )
      return true;
  }
  return false;
}

function isBlank(cells: readonly string[]): boolean {
  const c0 = cells[0];
  if (c0.length > 0 && c0.charCodeAt(0) > 32) return false;
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
