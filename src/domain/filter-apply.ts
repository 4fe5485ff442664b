/**
 * Running a filter (building-filter.ts) over a dataset: the row numbers of the buildings it keeps and
 * the indices of the communities, as index lists (kepler.gl's habit: filter by row index, never by
 * copying rows). One pass over the typed columns with the compiled lookup tables (filter-compile.ts);
 * no row objects, no column copies.
 */
import type { BuildingFilter } from './building-filter.ts';
import type { BuildingTable } from './building-table.ts';
import { effectiveStage } from './programme-stage.ts';
import { streetKey, type Community } from './community.ts';
import { isEligibleCode } from './eligibility-codes.ts';
import { compileFilter, yearOverlaps } from './filter-compile.ts';
import { inProgramme } from './in-programme.ts';

// Derived once per (immutable) table: which communities have building rows.
const hasRowsCache = new WeakMap<BuildingTable, Uint8Array>();

/** 1 for each community with at least one building row. */
function hasRowsOf(t: BuildingTable, communityCount: number): Uint8Array {
  let h = hasRowsCache.get(t);
  if (!h || h.length !== communityCount) {
    h = new Uint8Array(communityCount);
    for (let i = 0; i < t.length; i++) if (t.communityIndex[i] >= 0) h[t.communityIndex[i]] = 1;
    hasRowsCache.set(t, h);
  }
  return h;
}

/**
 * Row numbers (ascending) of the buildings the filter keeps. `codes` are eligibilityCodes under
 * the rules in force (needed only for the eligibility and backlog fields, see filterNeeds);
 * `year` is the chosen plan year (read only by the stage field).
 * @example
 * filterBuildings(table, communities, { ...EMPTY_FILTER, grades: ['C', 'D'] }, null) // Uint32Array [4, 17, …]
 */
export function filterBuildings(
  t: BuildingTable,
  communities: readonly Community[],
  f: BuildingFilter,
  codes: Uint16Array | null,
  year: number | null = null,
): Uint32Array {
  const m = compileFilter(t, communities, f, codes);
  const n = t.length;
  const out = new Uint32Array(n);
  const { street, shequ, community, yearOn, from, to, grade, complete, types, stage, elig, backlog } = m;
  const streetCodes = t.street.codes;
  const shequCodes = t.shequ.codes;
  const ci = t.communityIndex;
  const yf = t.yearFrom;
  const yt = t.yearTo;
  const yk = t.yearKind;
  const gr = t.grade;
  const cu = t.completeUnits;
  const ty = t.types;
  const st = t.stage;
  const py = t.planYear;
  const cd = codes ?? new Uint16Array(0);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (street !== null && street[streetCodes[i]] === 0) continue;
    if (shequ !== null && shequ[shequCodes[i]] === 0) continue;
    if (community !== null && (ci[i] < 0 || community[ci[i]] === 0)) continue;
    if (yearOn && !yearOverlaps(yk[i], yf[i], yt[i], from, to)) continue;
    if (grade !== null && grade[gr[i]] === 0) continue;
    if (complete !== null && complete[cu[i]] === 0) continue;
    if (types !== null && types[ty[i]] === 0) continue;
    if (stage !== null && stage[effectiveStage(st[i], py[i], year)] === 0) continue;
    if (elig !== null && elig[cd[i]] === 0) continue;
    if (backlog && (!isEligibleCode(cd[i]) || inProgramme(st[i], py[i], null))) continue;
    out[k++] = i;
  }
  return out.slice(0, k);
}

/** A predicate on communities without building rows: their own attributes against every active field. */
function communityChecks(
  communities: readonly Community[],
  f: BuildingFilter,
  year: number | null,
): (c: Community, ci: number) => boolean {
  if (f.eligibility.length > 0 || f.backlog) return () => false; // eligibility is read per building only
  const m = compileFilter(null, communities, f, null);
  const street = f.street === null ? null : streetKey(f.street);
  const shequ = f.shequ === null ? null : f.shequ.trim();
  return (c, ci) => {
    const a = c.attrs;
    if (street !== null && (c.street === '' || streetKey(c.street) !== street)) return false;
    if (shequ !== null && c.shequ.trim() !== shequ) return false;
    if (m.community !== null && m.community[ci] === 0) return false;
    if (m.yearOn && !(a.buildYear && yearOverlaps(a.buildYear.kind, a.buildYear.from, a.buildYear.to, m.from, m.to)))
      return false;
    if (m.grade !== null && m.grade[a.grade] === 0) return false;
    if (m.complete !== null && m.complete[a.completeUnits] === 0) return false;
    if (m.types !== null && m.types[a.types] === 0) return false;
    if (m.stage !== null && m.stage[effectiveStage(a.stage, a.planYear, year)] === 0) return false;
    return true;
  };
}

/**
 * Communities (indices, ascending) the filter keeps: those with a kept building, and those
 * without building rows (community-level files) whose own attributes pass every active field;
 * with an eligibility or backlog field, none of the latter (eligibility is read per building).
 * `rows` is filterBuildings' answer for the same filter.
 */
export function filterCommunities(
  t: BuildingTable,
  communities: readonly Community[],
  f: BuildingFilter,
  rows: Uint32Array,
  year: number | null = null,
): Uint32Array {
  const kept = new Uint8Array(communities.length);
  for (const i of rows) if (t.communityIndex[i] >= 0) kept[t.communityIndex[i]] = 1;
  const hasRows = hasRowsOf(t, communities.length);
  const checks = communityChecks(communities, f, year);
  communities.forEach((c, ci) => {
    if (!hasRows[ci] && !c.implicit && checks(c, ci)) kept[ci] = 1;
  });
  const out: number[] = [];
  for (let ci = 0; ci < kept.length; ci++) if (kept[ci]) out.push(ci);
  return Uint32Array.from(out);
}

/** What a filter keeps: building rows and communities, both ascending (summarize's rows and communityRows). */
export interface FilterResult {
  rows: Uint32Array;
  communities: Uint32Array;
}

/**
 * Buildings and communities a filter keeps, for summarize() (`rows`, `communityRows`), the map's
 * mask and the legend counts.
 * @example
 * const sel = applyFilter(data, { ...EMPTY_FILTER, backlog: true }, codes, 2022);
 * summarize(data, { rows: sel.rows, communityRows: sel.communities });
 */
export function applyFilter(
  data: { buildings: BuildingTable; communities: readonly Community[] },
  f: BuildingFilter,
  codes: Uint16Array | null,
  year: number | null = null,
): FilterResult {
  const rows = filterBuildings(data.buildings, data.communities, f, codes, year);
  return { rows, communities: filterCommunities(data.buildings, data.communities, f, rows, year) };
}
