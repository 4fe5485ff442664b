/**
 * Column matching: when a buildings CSV names its columns in words we do not know, the user says
 * which column is which. The answer is a column map (header -> field, null = keep as an extra
 * column, as importFiles' InputFile.columnMap takes it), remembered per exact header list so the
 * next file with the same headers loads without asking.
 */
import { FIELD_BY_KEY, matchHeaders, type FieldKey } from './fields.ts';
import type { FileReport } from './import-report.ts';
import { message, type Message } from './messages/render.ts';

/** Header as the CSV reader sees it (trimmed) -> field; null = keep as an extra column. */
export type ColumnMap = Record<string, FieldKey | null>;

/** Remembered column maps by header signature (see headerSignature). */
export type SavedColumnMaps = Record<string, ColumnMap>;

/** Most header lists remembered; the oldest are forgotten first. */
const MAX_SAVED_MAPS = 50;

/**
 * A key for an exact header list: same headers in the same order, same key.
 * @example headerSignature(['A', 'B']) // '["A","B"]'
 */
export function headerSignature(headers: readonly string[]): string {
  return JSON.stringify(headers);
}

/**
 * Does this file need the user to match its columns? A buildings CSV with data rows whose
 * columns name no longitude or no latitude: every row was rejected for 'no-coordinate-columns'.
 * GeoJSON points carry their coordinates and never need it.
 */
export function needsColumnMatch(file: FileReport): boolean {
  if (file.kind !== 'buildings' || file.columns.length === 0 || file.rowsRead === 0) return false;
  const fields = new Set(file.columns.map((c) => c.field));
  if (fields.has('lng') && fields.has('lat')) return false;
  return file.rowsLoaded === 0 && file.rejected.every((r) => r.code === 'no-coordinate-columns');
}

/**
 * The automatic matching of a header list, as a column map (the dialog's starting point).
 * @example autoColumnMap(['经度', 'C']) // { 经度: 'lng', C: null }
 */
export function autoColumnMap(headers: readonly string[]): ColumnMap {
  const out: ColumnMap = {};
  for (const m of matchHeaders(headers)) if (!(m.header in out)) out[m.header] = m.field;
  return out;
}

export type ColumnMapProblem =
  { code: 'no-lng' } | { code: 'no-lat' } | { code: 'duplicate'; field: FieldKey; headers: string[] };

/**
 * Why a column map cannot load a file: no longitude or latitude column, or a field given to
 * two columns. Empty when it can. @example columnMapProblems({ C: 'lng' }) // [{ code: 'no-lat' }]
 */
export function columnMapProblems(map: Readonly<ColumnMap>): ColumnMapProblem[] {
  const byField = new Map<FieldKey, string[]>();
  for (const [header, field] of Object.entries(map))
    if (field) byField.set(field, [...(byField.get(field) ?? []), header]);
  const out: ColumnMapProblem[] = [];
  if (!byField.has('lng')) out.push({ code: 'no-lng' });
  if (!byField.has('lat')) out.push({ code: 'no-lat' });
  for (const [field, headers] of byField) if (headers.length > 1) out.push({ code: 'duplicate', field, headers });
  return out;
}

/** A problem as a message, for the dialog to say in the language in force. */
export function problemMessage(p: ColumnMapProblem): Message {
  if (p.code === 'no-lng') return message('columns.no-lng');
  if (p.code === 'no-lat') return message('columns.no-lat');
  return message('columns.duplicate', { field: p.field, headers: p.headers });
}

function isFieldKey(v: unknown): v is FieldKey {
  return typeof v === 'string' && Object.hasOwn(FIELD_BY_KEY, v);
}

/**
 * Remembered maps from their stored text (localStorage); anything malformed is dropped, never thrown.
 * @example parseSavedColumnMaps('{"[\\"A\\"]":{"A":"lng"}}') // { '["A"]': { A: 'lng' } }
 */
export function parseSavedColumnMaps(text: string | null): SavedColumnMaps {
  if (!text) return {};
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const out: SavedColumnMaps = {};
  for (const [sig, map] of Object.entries(json)) {
    if (typeof map !== 'object' || map === null || Array.isArray(map)) continue;
    const clean: ColumnMap = {};
    for (const [header, field] of Object.entries(map as Record<string, unknown>)) {
      if (field === null || isFieldKey(field)) clean[header] = field;
    }
    out[sig] = clean;
  }
  return out;
}

/**
 * Remember a map for this header list, as a new object (newest last; the oldest dropped past `max`).
 * Only the headers of the list are kept.
 */
export function rememberColumnMap(
  saved: Readonly<SavedColumnMaps>,
  headers: readonly string[],
  map: Readonly<ColumnMap>,
  max = MAX_SAVED_MAPS,
): SavedColumnMaps {
  const sig = headerSignature(headers);
  const clean: ColumnMap = {};
  for (const h of headers) if (h in map) clean[h] = map[h];
  const entries = Object.entries(saved).filter(([k]) => k !== sig);
  entries.push([sig, clean]);
  return Object.fromEntries(entries.slice(Math.max(0, entries.length - max)));
}

/** The remembered map for exactly this header list, or null. */
export function savedColumnMapFor(saved: Readonly<SavedColumnMaps>, headers: readonly string[]): ColumnMap | null {
  const sig = headerSignature(headers);
  return Object.hasOwn(saved, sig) ? saved[sig] : null;
}

/**
 * The columns a map reads differently from the automatic matching, for a notice.
 * @example describeColumnMap(['A', 'C', 'D'], { C: 'lng', D: 'lat' }) // 'C→经度、D→纬度'
 */
export function describeColumnMap(headers: readonly string[], map: Readonly<ColumnMap>): string {
  const auto = autoColumnMap(headers);
  return headers
    .filter((h) => h in map && map[h] !== auto[h])
    .map((h) => `${h}→${map[h] ? FIELD_BY_KEY[map[h]].zh : '不使用'}`)
    .join('、');
}
