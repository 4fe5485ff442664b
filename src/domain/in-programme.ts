/**
 * The one rule for "in the programme", shared by the totals, the colouring, the filters and the
 * eligibility reserve cap: a stage from "planned" on, or a plan year and no stage; with a year
 * given, only that plan year's.
 */
import { STAGE_NONE } from './vocabulary.ts';

/**
 * Is a record with this stage and plan year in the programme (of `year`, when given)?
 * @example inProgramme(STAGE_CODE.construction, 2022, 2022) // true
 */
export function inProgramme(stage: number, planYear: number, year: number | null): boolean {
  const planned = stage > STAGE_NONE || (stage === 0 && planYear !== 0);
  return planned && (year === null || planYear === year);
}
