/**
 * Reading the candidate list's JSON file (`"kind": "renovation-candidate-list"`, with a version):
 * its entries as given, or why the file as a whole cannot be read.
 */
import { said } from '../domain/messages/render.ts';
import { parsePlanYear } from '../domain/parse-values.ts';
import {
  LIST_FILE_KIND,
  LIST_FILE_VERSION,
  str,
  typesOf,
  type CandidateListFile,
  type ListFileReport,
  type RawEntry,
} from './list-file-format.ts';

const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const numOrNaN = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

function yearOf(v: unknown): number | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : null;
  return parsePlanYear(str(v));
}

/** The JSON file's entries (entry k on line k + 1); none, with the reason in the report, when it is not a list. */
export function jsonEntries(text: string, report: ListFileReport): RawEntry[] {
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
