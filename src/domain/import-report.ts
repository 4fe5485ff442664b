/**
 * The import report: what was read, loaded, rejected (with line and reason) and warned about.
 * Expected failures in users' files are values here, never exceptions.
 */
import type { Message } from './messages/template.ts';
import type { SkippedRow } from './table-layout.ts';

export type { SkippedRow } from './table-layout.ts';

export interface RowIssue {
  /** File name as the user gave it. */
  file: string;
  /** Line in the file, header = line 1 (for GeoJSON: feature number, first = 1). 0 = the file as a whole. */
  line: number;
  /** Stable machine code, e.g. 'missing-coordinates', 'bad-number'. */
  code: string;
  /** The reason as the CLI prints it (and its JSON gives it): "中文 (English)", rendered from `message`. */
  reason: string;
  /**
   * The reason as a code and its values (messages/render.ts): the page renders it in the language in
   * force. Absent only on an entry made from a plain reason (an unread file's, unread-files.ts).
   */
  message?: Message;
  /** Field key the issue is about, if any. */
  field?: string;
  /** The offending cell as written, if any. */
  value?: string;
}

export type FileKind = 'buildings' | 'communities' | 'streets' | 'district' | 'programme' | 'unknown';

export interface ColumnReport {
  header: string;
  /** Field key it was read as, or null when kept as an extra column. */
  field: string | null;
  /** Unit factor from the header (1e4 for 万). */
  factor: number;
}

export interface FileReport {
  file: string;
  kind: FileKind;
  /** How the kind was decided: 'content' or 'flag'. */
  kindFrom: 'content' | 'flag';
  /** Text encoding used: 'utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'. */
  encoding: string;
  /** Data rows or features read (not counting the header or empty lines). */
  rowsRead: number;
  /** Rows or features that became records. */
  rowsLoaded: number;
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** Warnings beyond the per-file limit: counted, not listed. */
  warningsNotListed: number;
  columns: ColumnReport[];
  /**
   * Rows of the sheet that are not buildings — a title above the header, 小计/合计 rows, section
   * headings, the 填报人 footer, the header printed again — each by line, never counted as read.
   */
  skipped: SkippedRow[];
  /** Line of the header row found (the lower row of a two-row header); absent until a header was read. */
  headerLine?: number;
  /** 1 or 2: rows the header takes. */
  headerRows?: number;
  /**
   * The sheet's first rows as read (HEAD_ROWS of them, cells cut to HEAD_CELL_CHARS), with the line of
   * the first, so the column-matching dialog can show them and let the user pick the header row.
   */
  head?: { firstLine: number; rows: string[][] };
  /** The coordinate system the file was read as, when one was set (src/domain/crs.ts); absent = WGS84. */
  crs?: string;
  /**
   * A coordinate system the file's numbers look like they are in, when read as WGS84 they were
   * not (e.g. an 8-digit Gauss-Krüger easting names its zone): the app asks, the CLI says.
   */
  crsSuggestion?: string;
  /**
   * For a GCJ-02 / BD-09 / swapped suggestion told by where the points fall (crs-guess.ts): the
   * share of the file's points inside the areas of `crsAgainst` under each reading, 0–1.
   */
  crsShares?: { 'as-is': number; gcj02: number; bd09: number; swapped: number };
  /** The files whose areas the points were tested against. */
  crsAgainst?: string[];
}

export interface DuplicateId {
  id: string;
  /** Every place the id occurs, in file order. */
  at: { file: string; line: number }[];
}

/**
 * Rows of one building id (DuplicateId) that give different values for one field. The building
 * keeps the later row's value (a later file over an earlier one; within a file the later line).
 */
export interface Conflict {
  id: string;
  /** Field key (fields.ts), or the header of a column kept as written. */
  field: string;
  /** Every row's value for the field, as written, where the row wrote one, in file order. */
  values: { value: string; file: string; line: number }[];
  /** The value the building keeps: the last of `values`. */
  kept: string;
}

export interface ImportReport {
  files: FileReport[];
  rowsRead: number;
  rowsLoaded: number;
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** Building ids on more than one row: merged into one building each (merge-duplicate-rows.ts). */
  duplicateIds: DuplicateId[];
  /** Where those rows disagree, field by field, and the value kept. */
  conflicts: Conflict[];
}

/**
 * Between the sheet names in a workbook's xlsx-sheet note: '/' is never in a sheet name
 * (Excel forbids \ / ? * [ ] :).
 */
export const SHEET_SEPARATOR = '/';

/** Most warnings listed per file; more are counted in warningsNotListed. Rejections are always all listed. */
export const MAX_WARNINGS_PER_FILE = 5000;

/** A report for one file under way. */
export function newFileReport(
  file: string,
  kind: FileKind,
  kindFrom: 'content' | 'flag',
  encoding: string,
): FileReport {
  return {
    file,
    kind,
    kindFrom,
    encoding,
    rowsRead: 0,
    rowsLoaded: 0,
    rejected: [],
    warnings: [],
    warningsNotListed: 0,
    columns: [],
    skipped: [],
  };
}

/** Add a warning, respecting the per-file listing limit. */
export function addWarning(report: FileReport, issue: RowIssue): void {
  if (report.warnings.length < MAX_WARNINGS_PER_FILE) report.warnings.push(issue);
  else report.warningsNotListed++;
}

/** Whole-import totals from the per-file reports plus cross-file findings. */
export function combineReports(
  files: FileReport[],
  crossFileWarnings: RowIssue[],
  duplicateIds: DuplicateId[],
  conflicts: Conflict[] = [],
): ImportReport {
  return {
    files,
    rowsRead: files.reduce((s, f) => s + f.rowsRead, 0),
    rowsLoaded: files.reduce((s, f) => s + f.rowsLoaded, 0),
    rejected: files.flatMap((f) => f.rejected),
    warnings: [...files.flatMap((f) => f.warnings), ...crossFileWarnings],
    duplicateIds,
    conflicts,
  };
}

/**
 * Where a file's header was found, as "3–4" (a two-row header) or "3", when not simply on line 1;
 * null otherwise. The CLI's validate and the page's report say it alike.
 * @example headerLinesText({ headerLine: 4, headerRows: 2 }) // '3–4'
 */
export function headerLinesText(f: Pick<FileReport, 'headerLine' | 'headerRows'>): string | null {
  const last = f.headerLine ?? 1;
  const rows = f.headerRows ?? 1;
  if (last === 1 && rows === 1) return null;
  const from = last - (rows - 1);
  return from === last ? `${from}` : `${from}–${last}`;
}
