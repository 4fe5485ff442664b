/**
 * Messages between the page and the import worker. Files go in as ArrayBuffers (transferred,
 * so the page gives them up) or as the user's File objects (read in the worker), and come back
 * with the answer, so that the page can read them again after the user matches a CSV's columns
 * or sets a file's coordinate system; the dataset comes back with its building columns
 * transferred.
 */
import type { ColumnMap, SavedColumnMaps } from '../domain/column-match.ts';
import type { CrsKey } from '../domain/crs.ts';
import type { UnreadFile } from '../domain/unread-files.ts';
import type { Dataset } from '../domain/dataset.ts';

/** How the user asked a file to be read (the import report's per-file choices). */
export interface FileOptions {
  /** The file's coordinate system; WGS84 when absent. */
  crs?: CrsKey;
  /** Longitude and latitude written the other way round. */
  swapXY?: boolean;
  /** The workbook sheet to read; the first when absent. */
  sheet?: string;
  /** The header's line as the user picked it (the column-matching dialog); found from the rows when absent. */
  headerLine?: number;
}

/**
 * One file to read: its name as the user gave it, and its bytes (a fetched file, transferred) or
 * the File itself (a Blob: the worker reads it a slice at a time, so the page never holds it).
 */
export interface FileBytes {
  name: string;
  bytes: ArrayBuffer | Blob;
  options?: FileOptions;
}

/** Size of a file to read, whichever form it has. */
export function fileSize(f: FileBytes): number {
  return f.bytes instanceof Blob ? f.bytes.size : f.bytes.byteLength;
}

/** The ArrayBuffers among the files: transferred, not copied (a Blob is a handle, cloned cheaply). */
export function transferables(files: readonly FileBytes[]): ArrayBuffer[] {
  return [...new Set(files.flatMap((f) => (f.bytes instanceof Blob ? [] : [f.bytes])))];
}

/** Page -> worker. `id` ties the answers to the request. */
export interface ImportRequest {
  type: 'import';
  id: number;
  files: FileBytes[];
  /** Remembered column maps by header signature: a CSV whose exact header list is here is read with its map. */
  columnMaps: SavedColumnMaps;
  /** Files that could not be fetched: listed in the report with their reason. */
  unread: UnreadFile[];
}

export type ToWorker = ImportRequest;

/** Bytes read so far over all files of the request. */
export interface ImportProgress {
  type: 'progress';
  id: number;
  doneBytes: number;
  totalBytes: number;
  /** File being read. */
  file: string;
}

/** A CSV read with a remembered column map. */
export interface AppliedColumnMap {
  file: string;
  headers: string[];
  map: ColumnMap;
}

/** A CSV whose columns the user must match before it can load (no longitude or latitude column). */
export interface ColumnMatchRequest {
  file: string;
  /** Headers as the reader saw them, in file order. */
  headers: string[];
  /** The first data rows, as written, for the dialog's preview. */
  preview: string[][];
  /** The dialog's starting point: the map it was read with (automatic or remembered). */
  initial: ColumnMap;
  /** The line the header was found on (the lower row of a two-row header). */
  headerLine: number;
  /** The file's first rows as read, from line 1, for the user to pick another header row. */
  head: string[][];
}

export interface ImportDone {
  type: 'done';
  id: number;
  dataset: Dataset;
  /** The request's files, handed back. */
  files: FileBytes[];
  applied: AppliedColumnMap[];
  needsMatching: ColumnMatchRequest[];
  /** Time spent in importFiles, ms. */
  ms: number;
}

/** A bug, not a bad file: bad files are reported inside the dataset's import report. */
export interface ImportFailed {
  type: 'failed';
  id: number;
  message: string;
}

export type FromWorker = ImportProgress | ImportDone | ImportFailed;
