/**
 * Street offices for the filter: the names to pick from, a name resolved to the data's spelling,
 * one office's rows (the street field of building-filter.ts alone), a view's programme rows.
 * Nothing is copied; summarize() takes the lists as `rows` and `communityRows`, as kepler.gl
 * filters by index. Street office names compare without their suffix (streetKey), so 常庄镇,
 * 常庄街道 and 常庄街道办事处 are one office.
 */
import { inProgramme } from './aggregate.ts';
import { EMPTY_FILTER } from './building-filter.ts';
import type { BuildingTable } from './building-table.ts';
import { streetKey, type Community, type StreetOffice } from './community.ts';
import { applyFilter } from './filter-apply.ts';

/** What a filter keeps. Both lists ascending. */
export interface RowSelection {
  /** Buildings kept: row numbers into the building table. */
  rows: Uint32Array;
  /** Communities kept: indices into the communities list (their own attributes count when they have no buildings). */
  communities: Uint32Array;
}

/** The parts of a dataset a street filter reads. */
export interface StreetData {
  buildings: BuildingTable;
  communities: readonly Community[];
  streets: readonly StreetOffice[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/**
 * Street office names to pick from, one per office, sorted as the summary table sorts them.
 * A name written on buildings wins over a polygon's or a community's spelling of the same office,
 * since the table shows the buildings' names.
 * @example streetNames(data) // ['常庄街道', '临城街道', ...]
 */
export function streetNames(data: StreetData): string[] {
  const byKey = new Map<string, string>();
  const add = (name: string): void => {
    const n = name.trim();
    if (n === '') return;
    const k = streetKey(n);
    if (!byKey.has(k)) byKey.set(k, n);
  };
  const col = data.buildings.street;
  const used = new Uint8Array(col.values.length);
  for (let i = 0; i < data.buildings.length; i++) used[col.codes[i]] = 1;
  col.values.forEach((v, code) => used[code] && add(v));
  for (const s of data.streets) add(s.name);
  for (const c of data.communities) add(c.street);
  return [...byKey.values()].sort((a, b) => collator.compare(a, b));
}

/**
 * The office a name means among `names`: the same name, else the same name without its suffix;
 * null when none. @example resolveStreet('临城', ['临城街道', '常庄街道']) // '临城街道'
 */
export function resolveStreet(name: string, names: readonly string[]): string | null {
  const n = name.trim();
  if (n === '') return null;
  if (names.includes(n)) return n;
  const k = streetKey(n);
  return names.find((x) => streetKey(x) === k) ?? null;
}

/**
 * Buildings and communities of one street office (any spelling of it): the street field of the
 * dashboard's filter (building-filter.ts) alone. A building counts by its own street office (as
 * written, or from its community or polygon at import), as in the summary.
 * @example filterByStreet(data, '临城街道').rows // Uint32Array [0, 1, 2, ...]
 */
export function filterByStreet(data: StreetData, street: string): RowSelection {
  return applyFilter(data, { ...EMPTY_FILTER, street }, null);
}

/**
 * Of `rows` (all buildings when null), those in the programme of `year` (every programme
 * building when null), as summarize() counts the programme.
 * @example programmeRows(table, rows, 2022).length // the street's 2022 programme buildings
 */
export function programmeRows(t: BuildingTable, rows: Uint32Array | null, year: number | null): Uint32Array {
  const n = rows ? rows.length : t.length;
  const out = new Uint32Array(n);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = rows ? rows[j] : j;
    if (inProgramme(t.stage[i], t.planYear[i], year)) out[k++] = i;
  }
  return out.slice(0, k);
}
