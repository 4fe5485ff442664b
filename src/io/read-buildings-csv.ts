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
import { said, type Said } from '../domain/messages/render.ts';
import { rowKind } from '../domain/row-kinds.ts';
import { findTableLayout, HEADER_SEARCH_ROWS, rowText, type TableLayout } from '../domain/table-layout.ts';
import { TotalsCheck } from '../domain/totals-check.ts';

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
  /** The header's line as the user picked it (the column-matching dialog); found from the rows when absent. */
  headerLine?: number;
}

/** Rows of the file's start kept in the report for the column-matching dialog, and the characters kept of a cell. */
export const HEAD_ROWS = 12;
export const HEAD_CELL_CHARS = 40;

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
  /** The header row as written in the sheet (its lower row, trimmed), to see it printed again further down. */
  headerCells: readonly string[];
  totals: TotalsCheck;
  /** The longitude and latitude columns, -1 when not matched. */
  lngCol: number;
  latCol: number;
}

/** Does the cell start like a number (a coordinate as written: 117.25, -3, 117°15′)? */
function startsNumeric(cell: string | undefined): boolean {
  if (cell === undefined || cell === '') return false;
  let c = cell.charCodeAt(0);
  if (c <= 32) c = cell.trim().charCodeAt(0);
  return (c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46;
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
    line: report.headerLine ?? 1,
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

/** The header found: columns matched, the file begun in the builder, unknown columns noted. */
function beginCsv(
  layout: TableLayout,
  headerCells: readonly string[],
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  opts: CsvReadOptions,
): CsvFile {
  const headers = layout.headers;
  const { matches, toWgs } = systemFromHeaders(headers, matchCsvHeaders(headers, opts.columnMap), report, opts);
  const appender = builder.beginFile(fileIndex, report, matches, toWgs);
  const unknown = report.columns.filter((c) => c.field === null && c.header !== '').map((c) => c.header);
  if (unknown.length > 0) {
    addWarning(report, {
      file: report.file,
      line: report.headerLine ?? 1,
      code: 'unknown-columns',
      ...said('csv.unknown-columns', { headers: unknown }),
      value: unknown.join(', '),
    });
  }
  const lngCol = matches.findIndex((m) => m.field === 'lng');
  const latCol = matches.findIndex((m) => m.field === 'lat');
  const totals = new TotalsCheck(builder, report);
  return { appender, width: headers.length, headerCells, totals, lngCol, latCol };
}

/** One data row on `line`: skipped when blank, set aside when not a building (totals, footer …), else appended. */
function appendRow(file: CsvFile, cells: string[], line: number, report: FileReport): void {
  if (isBlank(cells)) return;
  // A row with numbers for coordinates is a building: a title, 合计 row, heading or footer has none.
  // Only the others are looked at cell by cell (most rows of a million-row file are the former).
  const located = file.lngCol >= 0 && startsNumeric(cells[file.lngCol]) && startsNumeric(cells[file.latCol]);
  const kind = located ? null : rowKind(cells, file.headerCells);
  if (kind !== null) {
    report.skipped.push({ line, code: kind, value: rowText(cells) });
    if (kind === 'totals-row') file.totals.totals(cells, line);
    else if (kind === 'section-row') file.totals.section();
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
  file.totals.dataRow(line);
  file.appender.append(cells, line);
}

/** The first rows of a file, cut for the report (the column-matching dialog shows them). */
function headOf(rows: readonly string[][]): string[][] {
  return rows.slice(0, HEAD_ROWS).map((r) => r.slice(0, 60).map((c) => c.slice(0, HEAD_CELL_CHARS)));
}

/**
 * The rows held back until the header can be found (HEADER_SEARCH_ROWS of them, or the whole of a
 * shorter file): the layout found, the title rows reported, the file begun and the rows after the
 * header read.
 */
function startTable(
  held: string[][],
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  opts: CsvReadOptions,
): CsvFile {
  const layout = findTableLayout(held, 1, opts.headerLine);
  report.headerLine = layout.headerIndex + 1;
  report.headerRows = layout.headerRows;
  report.head = { firstLine: 1, rows: headOf(held) };
  report.skipped.push(...layout.skipped);
  const headerCells = (held[layout.headerIndex] ?? []).map((c) => c.replace(/^\uFEFF/, '').trim());
  const file = beginCsv(layout, headerCells, fileIndex, builder, report, opts);
  for (let k = layout.dataIndex; k < held.length; k++) appendRow(file, held[k], k + 1, report);
  return file;
}

/**
 * Read a buildings CSV into the builder, reporting into `report`. The header is looked for below
 * any title and 填报 lines (table-layout.ts); rows that are not buildings are listed as skipped.
 * Lines count records, the file's first = line 1, as a spreadsheet numbers its rows.
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
  const held: string[][] = [];
  const startRows = builder.length;
  const maxRows = opts.maxRows ?? Infinity;
  const stream = new CsvRowStream({
    rows(rows, firstLine) {
      if (file === null) {
        // Lines of the held rows are their index + 1: every record is a row, none dropped before here.
        for (const r of rows) held.push(r);
        if (held.length < HEADER_SEARCH_ROWS) return;
        file = startTable(held, fileIndex, builder, report, opts);
        held.length = 0;
      } else for (let k = 0; k < rows.length; k++) appendRow(file, rows[k], firstLine + k, report);
      if (builder.length > maxRows) throw new TooManyRowsError(maxRows - startRows);
    },
    unclosed(line, start, closesAt) {
      if (file === null) held.push([]);
      report.rowsRead++;
      report.rejected.push({
        file: report.file,
        line,
        ...(closesAt === undefined
          ? { code: 'unclosed-quote', ...said('csv.unclosed-quote') }
          : { code: 'stray-quote', ...said('csv.stray-quote', { to: closesAt }) }),
        value: start,
      });
    },
    problem(p) {
      addWarning(report, { file: report.file, line: p.line, code: 'csv-' + p.code, ...csvProblemSaid(p.code) });
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
  if (file === null && held.some((r) => !isBlank(r))) {
    file = startTable(held, fileIndex, builder, report, opts);
    if (builder.length > maxRows) throw new TooManyRowsError(maxRows - startRows);
  }
  if (file === null) {
    report.rejected.push({ file: report.file, line: 0, code: 'empty-file', ...said('csv.empty-file') });
  } else (file as CsvFile).totals.finish();
}

/** A problem papaparse found, in our words (its own messages are in English only). */
function csvProblemSaid(code: string): Said {
  if (code === 'InvalidQuotes') return said('csv.invalid-quotes');
  if (code === 'MissingQuotes') return said('csv.missing-quotes');
  return said('csv.format-problem');
}

function isBlank(cells: readonly string[]): boolean {
  if (cells.length === 0) return true;
  const c0 = cells[0];
  if (c0.length > 0 && c0.charCodeAt(0) > 32) return false;
  for (const c of cells) if (c.trim() !== '') return false;
  return true;
}
