/**
 * The candidate list as a file to keep or pass on, and read back: JSON (`"kind":
 * "renovation-candidate-list"`, with a version) or the building-level CSV of
 * candidateBuildingSheet() — the one a person may have opened and saved in Excel or WPS (UTF-8
 * with BOM, or GBK). Reading validates every row; a row that cannot be used is rejected with its
 * line and reason, and an entry whose building is not in the data on screen is kept (shown as
 * missing) and listed, so nothing disappears without a word. Format: docs/candidate-list.md.
 */
import type { BuildingTable } from '../domain/building-table.ts';
import { snapshotOf, type BuildingKeys, type CandidateEntry } from '../domain/candidate-list.ts';
import { candidateBuildingSheet } from '../domain/candidate-table.ts';
import { said } from '../domain/messages/render.ts';
import { decodeText, detectEncoding } from './detect-encoding.ts';
import { sheetToCsv } from './export-csv.ts';
import { csvEntries } from './list-file-csv.ts';
import {
  LIST_FILE_KIND,
  LIST_FILE_VERSION,
  type CandidateListFile,
  type ListFileReport,
  type RawEntry,
} from './list-file-format.ts';
import { jsonEntries } from './list-file-json.ts';

// The list file's public face: its format's names are read from here by the page and the tests.
export { LIST_FILE_KIND, LIST_FILE_VERSION } from './list-file-format.ts';
export type { CandidateListFile, ListFileIssue, ListFileReport } from './list-file-format.ts';

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

export interface ListFileResult {
  entries: CandidateEntry[];
  report: ListFileReport;
}

/** The data on screen, to match entries against (null when nothing is loaded). */
export interface MatchTarget {
  table: BuildingTable;
  keys: BuildingKeys;
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
