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
 *
 * This module is what a filter is; filter-compile.ts turns one into lookup tables and
 * filter-apply.ts runs those over the rows.
 */
import { STAGES, type RenovationType, type Stage } from './vocabulary.ts';

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

/**
 * The fields a filter sets (the others keep everything).
 * @example activeFields({ ...EMPTY_FILTER, grades: ['D'] }) // ['grades']
 */
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
