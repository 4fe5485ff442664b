/**
 * The candidate list (项目库): the buildings a planner proposes for a plan year, each with its
 * renovation types. Entries are keyed by building (its 楼栋编号, or file:line when it has none),
 * and remember what the building was when added, so that an entry whose building is not in the
 * data on screen is still shown (as missing) and exported — never dropped without a word.
 *
 * Every function returns new arrays; none changes its input.
 */
import type { BuildingTable } from './building-table.ts';
import { dictValue } from './building-table.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { TYPE_BIT } from './vocabulary.ts';

/** What the list keeps of a building, as it was when added (or last matched). */
export interface BuildingSnapshot {
  id: string;
  name: string;
  communityId: string;
  community: string;
  street: string;
  shequ: string;
  /** Build year as in the building table: from, to, kind (0 unknown). */
  yearFrom: number;
  yearTo: number;
  yearKind: number;
  /** null when the data gave none. */
  households: number | null;
  floorAreaM2: number | null;
  /** WGS84 degrees. */
  lng: number;
  lat: number;
}

export interface CandidateEntry {
  /** Building key: see buildingKeys(). */
  key: string;
  /** Plan year (计划年度) the building is proposed for. */
  planYear: number;
  /** Renovation types, TYPE_BIT mask; at least one bit. */
  types: number;
  /** When the entry was added or last changed, ISO 8601. */
  updated: string;
  building: BuildingSnapshot;
}

/** Every row's key, and the row of each key. */
export interface BuildingKeys {
  keys: string[];
  rowOf: Map<string, number>;
}

/**
 * A building's key: its 楼栋编号 when it has one that no other row has; otherwise where it was
 * read, `file:line` (the file's name as loaded and its line, header = 1). A building with a
 * duplicated id is told apart by its place too.
 * @example buildingKeys(table, ['buildings.csv']).keys // ['XC-LC-001-01', ..., 'buildings.csv:40']
 */
export function buildingKeys(t: BuildingTable, fileNames: readonly string[]): BuildingKeys {
  const idCount = new Map<string, number>();
  for (const id of t.id) if (id !== '') idCount.set(id, (idCount.get(id) ?? 0) + 1);
  const keys = new Array<string>(t.length);
  const rowOf = new Map<string, number>();
  for (let i = 0; i < t.length; i++) {
    const id = t.id[i];
    const key = id !== '' && idCount.get(id) === 1 ? id : `${fileNames[t.fileIndex[i]] ?? ''}:${t.line[i]}`;
    keys[i] = key;
    rowOf.set(key, i);
  }
  return { keys, rowOf };
}

/** What building `i` is now. */
export function snapshotOf(t: BuildingTable, i: number): BuildingSnapshot {
  const hh = t.households[i];
  const fa = t.floorAreaM2[i];
  return {
    id: t.id[i],
    name: dictValue(t.name, i),
    communityId: dictValue(t.communityId, i),
    community: dictValue(t.community, i),
    street: dictValue(t.street, i),
    shequ: dictValue(t.shequ, i),
    yearFrom: t.yearFrom[i],
    yearTo: t.yearTo[i],
    yearKind: t.yearKind[i],
    households: hh === hh ? hh : null,
    floorAreaM2: fa === fa ? fa : null,
    lng: t.lng[i],
    lat: t.lat[i],
  };
}

/** Every type bit there is. */
export const ALL_TYPES = TYPE_BIT.basic | TYPE_BIT.improvement | TYPE_BIT.upgrade;

/**
 * Entries for rows of the table, for a plan year and types (the types are masked to known bits;
 * none means 基础类).
 * @example makeEntries(table, keys, Uint32Array.of(0), 2024, 1, '2024-01-01T00:00:00Z')[0].key // 'XC-LC-001-01'
 */
export function makeEntries(
  t: BuildingTable,
  keys: BuildingKeys,
  rows: Uint32Array,
  planYear: number,
  types: number,
  now: string,
): CandidateEntry[] {
  const mask = types & ALL_TYPES || TYPE_BIT.basic;
  return [...rows].map((i) => ({ key: keys.keys[i], planYear, types: mask, updated: now, building: snapshotOf(t, i) }));
}

/** What a merge did: entries new to the list, and entries already there that were replaced. */
export interface MergeResult {
  entries: CandidateEntry[];
  added: number;
  updated: number;
}

/**
 * The list with `incoming` added; an entry with a key already in the list replaces it in place
 * (its plan year and types change), new ones go to the end in their order.
 * @example mergeEntries([], entries).added // entries.length
 */
export function mergeEntries(list: readonly CandidateEntry[], incoming: readonly CandidateEntry[]): MergeResult {
  const byKey = new Map<string, CandidateEntry>();
  for (const e of incoming) byKey.set(e.key, e);
  let updated = 0;
  const entries = list.map((e) => {
    const next = byKey.get(e.key);
    if (!next) return e;
    byKey.delete(e.key);
    updated++;
    return next;
  });
  const added = [...byKey.values()];
  return { entries: [...entries, ...added], added: added.length, updated };
}

/** The list without these keys. */
export function removeEntries(list: readonly CandidateEntry[], keys: Iterable<string>): CandidateEntry[] {
  const drop = new Set(keys);
  return list.filter((e) => !drop.has(e.key));
}

/** The list with new types (a TYPE_BIT mask, at least one bit) for these keys. */
export function retypeEntries(
  list: readonly CandidateEntry[],
  keys: Iterable<string>,
  types: number,
  now: string,
): CandidateEntry[] {
  const mask = types & ALL_TYPES;
  if (mask === 0) return [...list];
  const change = new Set(keys);
  return list.map((e) => (change.has(e.key) && e.types !== mask ? { ...e, types: mask, updated: now } : e));
}

/** The row of each entry's building in the data on screen, -1 when it is not there. */
export function resolveEntries(list: readonly CandidateEntry[], keys: BuildingKeys): Int32Array {
  const out = new Int32Array(list.length);
  list.forEach((e, k) => (out[k] = keys.rowOf.get(e.key) ?? -1));
  return out;
}

/** Plan years in the list, oldest first. */
export function listYears(list: readonly CandidateEntry[]): number[] {
  return [...new Set(list.map((e) => e.planYear))].sort((a, b) => a - b);
}

/**
 * Each entry's building as it is now when it is in the data, else as the entry remembers it.
 * @example currentBuildings(list, table, resolved)[0].community // '法院家属院'
 */
export function currentBuildings(
  list: readonly CandidateEntry[],
  t: BuildingTable | null,
  resolved: Int32Array | null,
): BuildingSnapshot[] {
  return list.map((e, k) => (t && resolved && resolved[k] >= 0 ? snapshotOf(t, resolved[k]) : e.building));
}

/**
 * The build years of a group of buildings as a plan table writes them: "1988年",
 * "1985–1992年", "2000年底前"; '' when none is known.
 * @example
 * yearSpanText([
 *   { yearFrom: 1985, yearTo: 1985, yearKind: 1 },
 *   { yearFrom: 1992, yearTo: 1992, yearKind: 1 },
 * ]) // '1985–1992年'
 */
export function yearSpanText(years: readonly Pick<BuildingSnapshot, 'yearFrom' | 'yearTo' | 'yearKind'>[]): string {
  let lo = Infinity,
    hi = -Infinity,
    before = -Infinity,
    after = Infinity;
  for (const y of years) {
    if (y.yearKind === 0) continue;
    if (y.yearKind === YEAR_BEFORE) before = Math.max(before, y.yearTo);
    else if (y.yearKind === YEAR_AFTER) after = Math.min(after, y.yearFrom);
    else {
      lo = Math.min(lo, y.yearFrom);
      hi = Math.max(hi, y.yearTo);
    }
  }
  if (lo <= hi) {
    const top = Math.max(hi, before);
    return lo === top ? `${lo}年` : `${lo}–${top}年`;
  }
  if (before > -Infinity) return `${before}年底前`;
  if (after < Infinity) return `${after - 1}年以后`;
  return '';
}
