/**
 * The candidate list file's format, shared by its JSON and CSV readers (docs/candidate-list.md):
 * the JSON file's kind and version, an entry as a file gives it before it is checked, and the
 * report a reading makes.
 */
import { ALL_TYPES, type BuildingSnapshot, type CandidateEntry } from '../domain/candidate-list.ts';
import type { Message } from '../domain/messages/render.ts';
import { parseTypes } from '../domain/parse-values.ts';

/** The JSON file's `kind`. */
export const LIST_FILE_KIND = 'renovation-candidate-list';
/** The JSON version this reader reads (and writes). */
export const LIST_FILE_VERSION = 1;

/** The JSON file. */
export interface CandidateListFile {
  kind: typeof LIST_FILE_KIND;
  version: number;
  exportedAt: string;
  /** The files the list was made on, for the reader's information. */
  dataset: { files: string[] };
  entries: CandidateEntry[];
}

export interface ListFileIssue {
  /** CSV line (header = 1) or JSON entry number (first = 1); 0 = the file as a whole. */
  line: number;
  /** As the CLI would print it, "中文 (English)"; `message` says it in one language. */
  reason: string;
  message: Message;
  value?: string;
}

export interface ListFileReport {
  file: string;
  format: 'json' | 'csv' | 'unknown';
  /** Data rows or entries in the file. */
  rowsRead: number;
  /** Entries taken from it (rows read less rows rejected, a repeated key counted once). */
  entries: number;
  /** Entries whose building is not in the data on screen: kept, shown as missing. */
  unmatched: { line: number; key: string; community: string }[];
  rejected: ListFileIssue[];
  /** Rows taken, with a note (a key given twice: the later row wins). */
  warnings: ListFileIssue[];
}

/** An entry as the file gives it: line, key, plan year and types as read (null: not usable). */
export interface RawEntry {
  line: number;
  key: string;
  planYear: number | null;
  planYearText: string;
  types: number | null;
  typesText: string;
  updated: string;
  building: BuildingSnapshot;
}

/** A value as text: strings as they are, finite numbers written out, anything else empty. */
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';

/** Renovation types from a mask, a list or text (改造类型); null mask when any is unknown. */
export function typesOf(v: unknown): { mask: number | null; text: string } {
  if (typeof v === 'number')
    return { mask: Number.isInteger(v) && (v & ALL_TYPES) === v && v > 0 ? v : null, text: String(v) };
  const text = Array.isArray(v) ? v.map(str).join('、') : str(v);
  const p = parseTypes(text);
  return { mask: p.mask > 0 && p.unknown.length === 0 ? p.mask : null, text };
}
