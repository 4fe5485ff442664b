/**
 * The user's own files as the browser keeps them between visits (kept-db.ts), and the pure steps
 * around them: whether a load may be kept (the size limit), the record written, and the files,
 * column maps and unread entries a reopened record is read with. No IndexedDB here.
 *
 * What is kept is what the user gave, not what was built from it: each file's bytes with the
 * choices that shape how it is read (coordinate system, sheet, header line, the column maps its
 * CSV was read with), so that reading them again through the same import gives the same data,
 * without a dialog, and a newer build of the page reads them as it reads any file.
 */
import type { ColumnMap, SavedColumnMaps } from '../../domain/column-match.ts';
import { rememberColumnMap } from '../../domain/column-match.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import type { AppliedColumnMap, FileBytes, FileOptions } from '../../workers/protocol.ts';

/** The most the browser keeps of one load, all files together: 200 MB. */
export const KEPT_LIMIT_BYTES = 200 * 1024 * 1024;

/** Which shape of record this build writes; a record of another is not read (the user loads again). */
export const KEPT_VERSION = 1;

/** One file of a kept load. */
export interface KeptFile {
  /** Name as the user gave it (the import report's). */
  name: string;
  /** Its bytes, as the browser stores a Blob (on disk, not in the page's memory). */
  bytes: Blob;
  /** Size in bytes. */
  size: number;
  /** The file's own modification time (ms since 1970), when the browser gave one. */
  lastModified: number | null;
  /** How it was asked to be read (the import report's 坐标系, sheet, the dialog's header line). */
  options?: FileOptions;
}

/** The last load of the user's own files, one record (the newest load of any tab replaces it). */
export interface KeptLoad {
  version: typeof KEPT_VERSION;
  /** ISO time the files were loaded. */
  savedAt: string;
  /** In load order (the later file wins a building both have: load order is part of the data). */
  files: KeptFile[];
  /** Files of the same load the browser could not read, for the import report as it was. */
  unread: UnreadFile[];
  /** The column maps its CSVs were read with, by header signature (column-match.ts). */
  columnMaps: SavedColumnMaps;
}

/** Whether a load may be kept. */
export type KeepDecision =
  | { keep: true; totalBytes: number }
  | { keep: false; why: 'too-big'; totalBytes: number; limitBytes: number }
  | { keep: false; why: 'nothing' };

/**
 * May files of these sizes (bytes) be kept? Not when together they pass the limit, nor when
 * there is nothing to keep.
 * @example keepDecision([150e6, 80e6]) // { keep: false, why: 'too-big', totalBytes: 230000000, limitBytes: 209715200 }
 */
export function keepDecision(sizes: readonly number[], limitBytes = KEPT_LIMIT_BYTES): KeepDecision {
  if (sizes.length === 0) return { keep: false, why: 'nothing' };
  const totalBytes = sizes.reduce((s, n) => s + n, 0);
  return totalBytes > limitBytes ? { keep: false, why: 'too-big', totalBytes, limitBytes } : { keep: true, totalBytes };
}

/** Sizes of files whichever form they have (a fetched ArrayBuffer or a Blob). */
const sizeOf = (f: FileBytes): number => (f.bytes instanceof Blob ? f.bytes.size : f.bytes.byteLength);

/**
 * The record for a load of the user's files, or why it is not kept. The files as the import
 * handed them back (their options included); the maps applied become the record's column maps.
 * @example keptRecord([{ name: 'a.csv', bytes: file }], [], [], new Date()).record?.files[0].name // 'a.csv'
 */
export function keptRecord(
  files: readonly FileBytes[],
  unread: readonly UnreadFile[],
  applied: readonly AppliedColumnMap[],
  now: Date,
  limitBytes = KEPT_LIMIT_BYTES,
): { record: KeptLoad; decision: KeepDecision } | { record: null; decision: KeepDecision } {
  const decision = keepDecision(files.map(sizeOf), limitBytes);
  if (!decision.keep) return { record: null, decision };
  const kept = files.map((f): KeptFile => {
    const bytes = f.bytes instanceof Blob ? f.bytes : new Blob([f.bytes]);
    const file: KeptFile = {
      name: f.name,
      bytes,
      size: bytes.size,
      lastModified: typeof File === 'function' && f.bytes instanceof File ? f.bytes.lastModified : null,
    };
    if (f.options && Object.keys(f.options).length > 0) file.options = { ...f.options };
    return file;
  });
  const columnMaps = applied.reduce<SavedColumnMaps>((m, a) => rememberColumnMap(m, a.headers, a.map), {});
  const record: KeptLoad = {
    version: KEPT_VERSION,
    savedAt: now.toISOString(),
    files: kept,
    unread: unread.map((u) => ({ ...u })),
    columnMaps,
  };
  return { record, decision };
}

/**
 * A record as read back, checked: null when it is not one this build wrote (another version,
 * a file without bytes), so that a broken record opens the sample instead of failing the page.
 */
export function checkKept(value: unknown): KeptLoad | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Partial<KeptLoad>;
  if (r.version !== KEPT_VERSION || typeof r.savedAt !== 'string' || !Array.isArray(r.files)) return null;
  if (r.files.length === 0) return null;
  const fileOk = (f: Partial<KeptFile>): boolean => typeof f?.name === 'string' && f.bytes instanceof Blob;
  if (!r.files.every(fileOk)) return null;
  return {
    version: KEPT_VERSION,
    savedAt: r.savedAt,
    files: r.files,
    unread: Array.isArray(r.unread) ? r.unread : [],
    columnMaps: typeof r.columnMaps === 'object' && r.columnMaps !== null ? r.columnMaps : {},
  };
}

/**
 * What a kept load is read with: its files with their options, its unread entries, and the
 * column maps remembered in this browser with the record's own over them (they made the data
 * the user saw, even where a later map was remembered for the same headers).
 * @example reopenInputs(record, {}).files[0] // { name: 'a.csv', bytes: Blob, options: { crs: 'gcj02' } }
 */
export function reopenInputs(
  record: KeptLoad,
  remembered: Readonly<SavedColumnMaps>,
): { files: FileBytes[]; unread: UnreadFile[]; columnMaps: SavedColumnMaps } {
  const files = record.files.map((f): FileBytes =>
    f.options ? { name: f.name, bytes: f.bytes, options: { ...f.options } } : { name: f.name, bytes: f.bytes },
  );
  const columnMaps: Record<string, ColumnMap> = { ...remembered, ...record.columnMaps };
  return { files, unread: record.unread.map((u) => ({ ...u })), columnMaps };
}
