/**
 * The dashboard's filter: which buildings (row numbers) and communities a view keeps, as index
 * lists (kepler.gl's habit: filter by row index, never by copying rows). One pass over the
 * typed columns with a small lookup table per active field; no row objects, no column copies.
 *
 * Fields combine with AND; the values chosen within one field with OR (grades C or D). An empty
 * list or null means the field does not filter. How each field reads a building:
 * - street: its street office, any spelling (streetKey: 常庄镇 = 常庄街道);
 * - shequ: its 社区 as written; community: its linked community's name, or the name with the
 *   street office added where two offices have a community of that name (communityKeys);
 * - builtFrom / builtTo: its build year overlaps the range; a year written as a range (a decade,
 *   "1980-1985") or a bound ("2000年底前") counts when any year of it lies in the range, since it
 *   may have been built then; an unknown year never matches a range;
 * - grades, complete, types: the recorded value, 'unknown' / 'none' for not given; a building
 *   with several renovation types matches each of them;
 * - stages: its stage in the programme of the chosen plan year, as the stage colouring reads it
 *   (not in that year's programme = 'none'; a plan year without a stage = 'planned');
 * - eligibility: by the eligibility codes under the rules in force (eligible, not eligible, or a
 *   reason: year, grade C, non-complete, reserve within / over the cap, grade D whatever its
 *   treatment);
 * - backlog: eligible and in no plan of any year (已符合条件未纳入计划).
 */
import type { BuildingTable } from './building-table.ts';
import { communityKeys } from './aggregate.ts';
import { streetKey, type Community } from './community.ts';
import {
  BY_GRADE_C,
  BY_NON_COMPLETE,
  BY_RESERVE,
  BY_YEAR,
  CODE_LIMIT,
  FLAG_DANGER,
  FLAG_RESERVE_OVER_CAP,
  isEligibleCode,
} from './eligibility-codes.ts';
import { effectiveStage } from './colour-classes.ts';
import { inProgramme } from './in-programme.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { STAGE_CODE, STAGES, TYPE_BIT, type RenovationType, type Stage } from './vocabulary.ts';

export type GradeKey = 'A' | 'B' | 'C' | 'D' | 'unknown';
export const GRADE_KEYS: readonly GradeKey[] = ['A', 'B', 'C', 'D', 'unknown'];
export type CompleteKey = 'yes' | 'no' | 'unknown';
export const COMPLETE_KEYS: readonly CompleteKey[] = ['yes', 'no', 'unknown'];
export type TypeKey = RenovationType | 'none';
export const TYPE_KEYS: readonly TypeKey[] = ['basic', 'improvement', 'upgrade', 'none'];
export type EligibilityKey =
  'eligible' | 'not' | 'year' | 'gradeC' | 'nonComplete' | 'reserve' | 'reserveOver' | 'gradeD';
export const ELIGIBILITY_KEYS: readonly EligibilityKey[] = [
  'eligible',
  'not',
  'year',
  'gradeC',
  'nonComplete',
  'reserve',
  'reserveOver',
  'gradeD',
];
export const STAGE_KEYS: readonly Stage[] = STAGES;

export interface BuildingFilter {
  /** Street office (any spelling); null = every office. */
  street: string | null;
  /** 社区 (residents' committee) as written; null = every one. */
  shequ: string | null;
  /** Community name, or its key "name（street）" where the name is not unique; null = every one. */
  community: string | null;
  /** First and last build year of the range (inclusive); null = open. */
  builtFrom: number | null;
  builtTo: number | null;
  grades: readonly GradeKey[];
  complete: readonly CompleteKey[];
  types: readonly TypeKey[];
  /** Stages in the programme of the chosen plan year. */
  stages: readonly Stage[];
  eligibility: readonly EligibilityKey[];
  /** Only the backlog: eligible and in no plan of any year. */
  backlog: boolean;
}

export const EMPTY_FILTER: Readonly<BuildingFilter> = Object.freeze({
  street: null,
  shequ: null,
  community: null,
  builtFrom: null,
  builtTo: null,
  grades: [],
  complete: [],
  types: [],
  stages: [],
  eligibility: [],
  backlog: false,
});

/** The fields a filter sets (the others keep everything). @example activeFields({ ...EMPTY_FILTER, grades: ['D'] }) // ['grades'] */
export function activeFields(f: BuildingFilter): (keyof BuildingFilter)[] {
  return (Object.keys(EMPTY_FILTER) as (keyof BuildingFilter)[]).filter((k) => {
    const v = f[k];
    return Array.isArray(v) ? v.length > 0 : v !== null && v !== false;
  });
}

/** True when the filter keeps every building. */
export function isEmptyFilter(f: BuildingFilter): boolean {
  return activeFields(f).length === 0;
}

/** What a filter reads besides the table: eligibility codes, the plan year. */
export function filterNeeds(f: BuildingFilter): { codes: boolean; year: boolean } {
  return { codes: f.eligibility.length > 0 || f.backlog, year: f.stages.length > 0 };
}

/** Lookup tables for the active fields; null where a field keeps everything. */
interface Compiled {
  street: Uint8Array | null;
  shequ: Uint8Array | null;
  community: Uint8Array | null;
  yearOn: boolean;
  from: number;
  to: number;
  grade: Uint8Array | null;
  complete: Uint8Array | null;
  types: Uint8Array | null;
  /** By effective stage code (1 none … 8 completed). */
  stage: Uint8Array | null;
  elig: Uint8Array | null;
  backlog: boolean;
}

const ELIGIBILITY_TEST: Readonly<Record<EligibilityKey, (code: number) => boolean>> = {
  eligible: isEligibleCode,
  not: (c) => !isEligibleCode(c),
  year: (c) => (c & BY_YEAR) !== 0,
  gradeC: (c) => (c & BY_GRADE_C) !== 0,
  nonComplete: (c) => (c & BY_NON_COMPLETE) !== 0,
  reserve: (c) => (c & BY_RESERVE) !== 0,
  reserveOver: (c) => (c & FLAG_RESERVE_OVER_CAP) !== 0,
  gradeD: (c) => (c & FLAG_DANGER) !== 0,
};

/** 1 for each dictionary value the test keeps. */
function dictLut(values: readonly string[], keep: (v: string) => boolean): Uint8Array {
  const lut = new Uint8Array(values.length);
  for (let k = 1; k < values.length; k++) if (keep(values[k])) lut[k] = 1;
  return lut;
}

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

/** 1 for each community whose name or key is `name`. */
function communityLut(communities: readonly Community[], name: string): Uint8Array {
  const keys = communityKeys(communities);
  const lut = new Uint8Array(communities.length);
  communities.forEach((c, ci) => {
    if (c.name === name || keys[ci] === name) lut[ci] = 1;
  });
  return lut;
}

/** Lookup tables for a filter; the street and 社区 tables index `t`'s dictionaries (null without a table). */
function compile(
  t: BuildingTable | null,
  communities: readonly Community[],
  f: BuildingFilter,
  codes: Uint16Array | null,
): Compiled {
  const street = f.street === null ? null : streetKey(f.street);
  const shequ = f.shequ === null ? null : f.shequ.trim();
  let grade: Uint8Array | null = null;
  if (f.grades.length > 0) {
    grade = new Uint8Array(5);
    for (const g of f.grades) grade[g === 'unknown' ? 0 : GRADE_KEYS.indexOf(g) + 1] = 1;
  }
  let complete: Uint8Array | null = null;
  if (f.complete.length > 0) {
    complete = new Uint8Array(3);
    for (const c of f.complete) complete[c === 'yes' ? 1 : c === 'no' ? 2 : 0] = 1;
  }
  let types: Uint8Array | null = null;
  if (f.types.length > 0) {
    let bits = 0;
    for (const k of f.types) if (k !== 'none') bits |= TYPE_BIT[k];
    types = new Uint8Array(256);
    for (let m = 0; m < 256; m++) types[m] = (m === 0 ? f.types.includes('none') : (m & bits) !== 0) ? 1 : 0;
  }
  let stage: Uint8Array | null = null;
  if (f.stages.length > 0) {
    stage = new Uint8Array(STAGES.length + 1);
    for (const s of f.stages) stage[STAGE_CODE[s]] = 1;
  }
  let elig: Uint8Array | null = null;
  if (t && (f.eligibility.length > 0 || f.backlog)) {
    if (!codes || codes.length !== t.length)
      throw new Error('filterBuildings: an eligibility or backlog filter needs the eligibility codes of the table');
    if (f.eligibility.length > 0) {
      elig = new Uint8Array(CODE_LIMIT);
      for (let c = 0; c < CODE_LIMIT; c++) elig[c] = f.eligibility.some((k) => ELIGIBILITY_TEST[k](c)) ? 1 : 0;
    }
  }
  return {
    street: street === null || !t ? null : dictLut(t.street.values, (v) => streetKey(v) === street),
    shequ: shequ === null || !t ? null : dictLut(t.shequ.values, (v) => v.trim() === shequ),
    community: f.community === null ? null : communityLut(communities, f.community.trim()),
    yearOn: f.builtFrom !== null || f.builtTo !== null,
    from: f.builtFrom ?? -Infinity,
    to: f.builtTo ?? Infinity,
    grade,
    complete,
    types,
    stage,
    elig,
    backlog: f.backlog,
  };
}

/** Could a build year [yearFrom, yearTo] of this kind lie in [from, to]? An unknown year cannot. */
function yearOverlaps(kind: number, yearFrom: number, yearTo: number, from: number, to: number): boolean {
  if (kind === 0) return false;
  const lo = kind === YEAR_BEFORE ? -Infinity : yearFrom;
  const hi = kind === YEAR_AFTER ? Infinity : yearTo;
  return hi >= from && lo <= to;
}

/**
 * Row numbers (ascending) of the buildings the filter keeps. `codes` are eligibilityCodes under
 * the rules in force (needed only for the eligibility and backlog fields, see filterNeeds);
 * `year` is the chosen plan year (read only by the stage field).
 * @example filterBuildings(table, communities, { ...EMPTY_FILTER, grades: ['C', 'D'] }, null) // Uint32Array [4, 17, …]
 */
export function filterBuildings(
  t: BuildingTable,
  communities: readonly Community[],
  f: BuildingFilter,
  codes: Uint16Array | null,
  year: number | null = null,
): Uint32Array {
  const m = compile(t, communities, f, codes);
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
  const m = compile(null, communities, f, null);
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
 * @example const sel = applyFilter(data, { ...EMPTY_FILTER, backlog: true }, codes, 2022); summarize(data, { rows: sel.rows, communityRows: sel.communities })
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
