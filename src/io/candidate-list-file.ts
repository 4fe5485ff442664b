/**
 * The candidate list as a file to keep or pass on, and read back: JSON (`"kind":
 * "renovation-candidate-list"`, with a version) or the building-level CSV of
 * candidateBuildingSheet() — the one a person may have opened and saved in Excel or WPS (UTF-8
 * with BOM, or GBK). Reading validates every row; a row that cannot be used is rejected with its
 * line and reason, and an entry whose building is not in the data on screen is kept (shown as
 * missing) and listed, so nothing disappears without a word. Format: docs/candidate-list.md.
 */
import Papa from 'papaparse';
import type { BuildingTable } from '../domain/building-table.ts';
import {
  ALL_TYPES,
  snapshotOf,
  type BuildingKeys,
  type BuildingSnapshot,
  type CandidateEntry,
} from '../domain/candidate-list.ts';
import { candidateBuildingSheet } from '../domain/candidate-table.ts';
import { parseBuildYear, parsePlanYear, parseQuantity, parseTypes } from '../domain/parse-values.ts';
import { decodeText, detectEncoding } from './detect-encoding.ts';
import { sheetToCsv } from './export-csv.ts';
import { restoreInert } from './spreadsheet-cell.ts';
import { said, type Message } from '../domain/messages/render.ts';

export const LIST_FILE_KIND = 'renovation-candidate-list';
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

/** The list as JSON text. Missing numbers (NaN) are written as null. */
export function listToJson(entries: readonly CandidateEntry[], files: readonly string[], now: string): string {
  const file: CandidateListFile = {
    kind: LIST_FILE_KIND,
    version: LIST_FILE_VERSION,
    exportedAt: now,
    dataset: { files: [...files] },
    entries: [...entries],
  };
  return JSON.stringify(file, null, 1);
}

/** The list as the building-level CSV (every plan year), the one that reads back. */
export function listToCsv(
  entries: readonly CandidateEntry[],
  t: BuildingTable | null,
  resolved: Int32Array | null,
): string {
  return sheetToCsv(candidateBuildingSheet(entries, t, resolved, null, '项目库'));
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

export interface ListFileResult {
  entries: CandidateEntry[];
  report: ListFileReport;
}

/** The data on screen, to match entries against (null when nothing is loaded). */
export interface MatchTarget {
  table: BuildingTable;
  keys: BuildingKeys;
}

const EMPTY_BUILDING: BuildingSnapshot = {
  id: '',
  name: '',
  communityId: '',
  community: '',
  street: '',
  shequ: '',
  yearFrom: 0,
  yearTo: 0,
  yearKind: 0,
  households: null,
  floorAreaM2: null,
  lng: NaN,
  lat: NaN,
};

interface RawEntry {
  line: number;
  key: string;
  planYear: number | null;
  planYearText: string;
  types: number | null;
  typesText: string;
  updated: string;
  building: BuildingSnapshot;
}

/**
 * Read a list file (JSON or CSV, by content), match its entries to the data on screen.
 * @example readListFile('项目库.csv', bytes, target, new Date().toISOString()).report.unmatched
 */
export function readListFile(name: string, bytes: Uint8Array, target: MatchTarget | null, now: string): ListFileResult {
  const text = decodeText(bytes, detectEncoding(bytes)).replace(/^\uFEFF/, '');
  const report: ListFileReport = {
    file: name,
    format: 'unknown',
    rowsRead: 0,
    entries: 0,
    unmatched: [],
    rejected: [],
    warnings: [],
  };
  const head = text.trimStart()[0];
  let raws: RawEntry[];
  if (head === '{' || head === '[') {
    report.format = 'json';
    raws = jsonEntries(text, report);
  } else {
    report.format = 'csv';
    raws = csvEntries(text, report);
  }
  const byKey = new Map<string, CandidateEntry>();
  const lineOf = new Map<string, number>();
  for (const r of raws) {
    if (r.key === '') {
      report.rejected.push({ line: r.line, ...said('list.no-key') });
      continue;
    }
    if (r.planYear === null) {
      report.rejected.push({
        line: r.line,
        ...said('list.bad-year'),
        value: r.planYearText,
      });
      continue;
    }
    if (!r.types) {
      report.rejected.push({
        line: r.line,
        ...said('list.bad-types'),
        value: r.typesText,
      });
      continue;
    }
    if (byKey.has(r.key))
      report.warnings.push({
        line: r.line,
        ...said('list.key-twice', { line: r.line }),
        value: r.key,
      });
    const row = target?.keys.rowOf.get(r.key);
    const building = target && row !== undefined ? snapshotOf(target.table, row) : r.building;
    byKey.set(r.key, { key: r.key, planYear: r.planYear, types: r.types, updated: r.updated || now, building });
    lineOf.set(r.key, r.line);
  }
  const entries = [...byKey.values()];
  for (const e of entries) {
    if (!target || !target.keys.rowOf.has(e.key))
      report.unmatched.push({ line: lineOf.get(e.key) ?? 0, key: e.key, community: e.building.community });
  }
  report.entries = entries.length;
  return { entries, report };
}

const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const numOrNaN = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

function typesOf(v: unknown): { mask: number | null; text: string } {
  if (typeof v === 'number')
    return { mask: Number.isInteger(v) && (v & ALL_TYPES) === v && v > 0 ? v : null, text: String(v) };
  const text = Array.isArray(v) ? v.map(str).join('、') : str(v);
  const p = parseTypes(text);
  return { mask: p.mask > 0 && p.unknown.length === 0 ? p.mask : null, text };
}

function yearOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : null;
  return parsePlanYear(str(v));
}

function jsonEntries(text: string, report: ListFileReport): RawEntry[] {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    report.rejected.push({
      line: 0,
      ...said('list.bad-json', { detail: e instanceof Error ? e.message : String(e) }),
    });
    return [];
  }
  const file = doc as Partial<CandidateListFile> | null;
  if (
    !file ||
    typeof file !== 'object' ||
    Array.isArray(file) ||
    file.kind !== LIST_FILE_KIND ||
    !Array.isArray(file.entries)
  ) {
    report.rejected.push({
      line: 0,
      ...said('list.not-a-list', { kind: LIST_FILE_KIND }),
    });
    return [];
  }
  if (typeof file.version !== 'number' || file.version > LIST_FILE_VERSION) {
    report.rejected.push({
      line: 0,
      ...said('list.bad-version', { version: String(file.version), reads: LIST_FILE_VERSION }),
    });
    return [];
  }
  report.rowsRead = file.entries.length;
  return file.entries.map((raw: unknown, k): RawEntry => {
    const e = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
    const b = (e.building && typeof e.building === 'object' ? e.building : {}) as Record<string, unknown>;
    const types = typesOf(e.types);
    return {
      line: k + 1,
      key: str(e.key).trim(),
      planYear: yearOf(e.planYear),
      planYearText: str(e.planYear),
      types: types.mask,
      typesText: types.text,
      updated: str(e.updated),
      building: {
        id: str(b.id),
        name: str(b.name),
        communityId: str(b.communityId),
        community: str(b.community),
        street: str(b.street),
        shequ: str(b.shequ),
        yearFrom: numOrNull(b.yearFrom) ?? 0,
        yearTo: numOrNull(b.yearTo) ?? 0,
        yearKind: numOrNull(b.yearKind) ?? 0,
        households: numOrNull(b.households),
        floorAreaM2: numOrNull(b.floorAreaM2),
        lng: numOrNaN(b.lng),
        lat: numOrNaN(b.lat),
      },
    };
  });
}

/** CSV headers read, by the field they fill (the export's headers first, then English). */
const CSV_HEADERS: Record<string, readonly string[]> = {
  key: ['楼栋键', 'key'],
  planYear: ['计划年度', 'planyear', 'plan year'],
  types: ['改造类型', 'types', 'renovation type'],
  id: ['楼栋编号', 'id'],
  name: ['楼号', 'name'],
  communityId: ['小区编号', 'communityid'],
  community: ['小区名称', 'community'],
  street: ['街道', 'street'],
  shequ: ['社区', 'shequ'],
  buildYear: ['建成年代', 'buildyear', 'build year'],
  households: ['户数', 'households'],
  floorAreaM2: ['建筑面积（平方米）', '建筑面积(平方米)', '建筑面积', 'floorarea', 'floor area'],
  lng: ['经度', 'lng'],
  lat: ['纬度', 'lat'],
  updated: ['更新时间', 'updated'],
};

function csvEntries(text: string, report: ListFileReport): RawEntry[] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  const norm = (h: string): string => h.trim().toLowerCase();
  const col: Record<string, number> = {};
  for (const [field, words] of Object.entries(CSV_HEADERS))
    col[field] = (header ?? []).findIndex((h) => words.includes(norm(h)));
  if (col.key < 0 && col.id < 0) {
    report.rejected.push({ line: 1, ...said('list.no-key-column') });
    return [];
  }
  if (col.planYear < 0 || col.types < 0) {
    report.rejected.push({
      line: 1,
      ...said('list.no-year-or-type-column'),
    });
    return [];
  }
  report.rowsRead = rows.length;
  return rows.map((cells, k): RawEntry => {
    const cell = (field: string): string => (col[field] >= 0 ? restoreInert((cells[col[field]] ?? '').trim()) : '');
    const quantity = (field: string): number | null => (cell(field) === '' ? null : parseQuantity(cell(field)));
    const coord = (field: string): number => (cell(field) === '' ? NaN : Number(cell(field)));
    const year = parseBuildYear(cell('buildYear'));
    const types = typesOf(cell('types'));
    return {
      line: k + 2,
      key: cell('key') || cell('id'),
      planYear: parsePlanYear(cell('planYear')),
      planYearText: cell('planYear'),
      types: types.mask,
      typesText: types.text,
      updated: cell('updated'),
      building: {
        ...EMPTY_BUILDING,
        id: cell('id'),
        name: cell('name'),
        communityId: cell('communityId'),
        community: cell('community'),
        street: cell('street'),
        shequ: cell('shequ'),
        yearFrom: year?.from ?? 0,
        yearTo: year?.to ?? 0,
        yearKind: year?.kind ?? 0,
        households: quantity('households'),
        floorAreaM2: quantity('floorAreaM2'),
        lng: coord('lng'),
        lat: coord('lat'),
      },
    };
  });
}
