/**
 * Who is eligible for renovation (纳入改造范围), and why. Rules from 梨政办规〔2023〕3号:
 * built by the end of the cut-off year (2000 by default), or appraised safety grade C, or
 * non-complete units (no own kitchen or bathroom). Grade D is a whole-building danger case.
 */
import type { BuildingTable } from './building-table.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { COMPLETE_NO, GRADE_C, GRADE_D } from './vocabulary.ts';

export interface EligibilitySettings {
  /** Built no later than the end of this year (2000年底前). */
  cutoffYear: number;
  /** Apply the build-year rule. */
  byYear: boolean;
  /** Grade C (局部危房) makes a building eligible whatever its age. */
  byGradeC: boolean;
  /** Non-complete units (非成套住宅) make a building eligible whatever its age. */
  byNonComplete: boolean;
  /**
   * Grade D (整幢危房): 'flag' marks it as a danger case and lets the other rules decide;
   * 'eligible' also makes it eligible; 'exclude' keeps it out (handled as a dangerous house).
   */
  gradeD: 'flag' | 'eligible' | 'exclude';
}

export const DEFAULT_ELIGIBILITY: Readonly<EligibilitySettings> = Object.freeze({
  cutoffYear: 2000,
  byYear: true,
  byGradeC: true,
  byNonComplete: true,
  gradeD: 'flag',
});

/** Reason bits, one byte per building. The low four bits make a building eligible. */
export const BY_YEAR = 1;
export const BY_GRADE_C = 2;
export const BY_NON_COMPLETE = 4;
export const BY_GRADE_D = 8;
/** Grade D: a whole-building danger case, shown prominently whatever the rules say. */
export const FLAG_DANGER = 16;
/** No usable build year: the year rule could not be applied. */
export const FLAG_YEAR_UNKNOWN = 32;
/** The build year is a range that spans the cut-off: the year rule could not decide. */
export const FLAG_YEAR_SPANS_CUTOFF = 64;
/** Excluded because grade D is set to 'exclude'. */
export const FLAG_EXCLUDED_D = 128;

const ELIGIBLE_MASK = BY_YEAR | BY_GRADE_C | BY_NON_COMPLETE | BY_GRADE_D;

/** True when the reason bits make the building eligible. */
export function isEligibleCode(code: number): boolean {
  return (code & ELIGIBLE_MASK) !== 0;
}

/** Year-rule outcome for a build year [from, to] of the given kind. */
function yearVerdict(from: number, to: number, kind: number, cutoff: number): 'yes' | 'no' | 'unknown' | 'spans' {
  if (kind === 0) return 'unknown';
  if (kind === YEAR_BEFORE) return to <= cutoff ? 'yes' : 'spans';
  if (kind === YEAR_AFTER) return from > cutoff ? 'no' : 'spans';
  if (to <= cutoff) return 'yes';
  if (from > cutoff) return 'no';
  return 'spans';
}

/**
 * Reason bits for every building under the given settings (one pass, no objects).
 * @example isEligibleCode(eligibilityCodes(table, DEFAULT_ELIGIBILITY)[i])
 */
export function eligibilityCodes(t: BuildingTable, settings: EligibilitySettings = DEFAULT_ELIGIBILITY): Uint8Array {
  const out = new Uint8Array(t.length);
  const cutoff = settings.cutoffYear;
  for (let i = 0; i < t.length; i++) {
    let code = 0;
    const v = yearVerdict(t.yearFrom[i], t.yearTo[i], t.yearKind[i], cutoff);
    if (v === 'unknown') code |= FLAG_YEAR_UNKNOWN;
    else if (v === 'spans') code |= FLAG_YEAR_SPANS_CUTOFF;
    else if (v === 'yes' && settings.byYear) code |= BY_YEAR;
    const g = t.grade[i];
    if (g === GRADE_C && settings.byGradeC) code |= BY_GRADE_C;
    if (t.completeUnits[i] === COMPLETE_NO && settings.byNonComplete) code |= BY_NON_COMPLETE;
    if (g === GRADE_D) {
      code |= FLAG_DANGER;
      if (settings.gradeD === 'eligible') code |= BY_GRADE_D;
      else if (settings.gradeD === 'exclude') code = (code & ~ELIGIBLE_MASK) | FLAG_EXCLUDED_D;
    }
    out[i] = code;
  }
  return out;
}

export interface ReasonText {
  code: string;
  zh: string;
  en: string;
}

export interface EligibilityExplanation {
  eligible: boolean;
  /** Grade D: a whole-building danger case. */
  danger: boolean;
  /** Rules that made it eligible. */
  because: ReasonText[];
  /** Why each rule did not apply (shown when not eligible, and for completeness). */
  not: ReasonText[];
}

function yearText(from: number, to: number, kind: number): string {
  if (kind === YEAR_BEFORE) return `${to}年及以前`;
  if (kind === YEAR_AFTER) return `${from}年及以后`;
  return from === to ? `${from}年` : `${from}–${to}年`;
}

function yearTextEn(from: number, to: number, kind: number): string {
  if (kind === YEAR_BEFORE) return `${to} or earlier`;
  if (kind === YEAR_AFTER) return `${from} or later`;
  return from === to ? `${from}` : `${from}–${to}`;
}

/**
 * Which rules made building i eligible, or why it is not, in Chinese and English.
 * @example explainEligibility(table, 0).because[0].zh // '2000年底前建成（1995年）'
 */
export function explainEligibility(t: BuildingTable, i: number, settings: EligibilitySettings = DEFAULT_ELIGIBILITY): EligibilityExplanation {
  const code = eligibilityCodes(subsetOne(t, i), settings)[0];
  // An excluded grade D building: read the other rules as under 'flag', so that no reason below is
  // false; the rules it meets are not listed in `because`, since they did not make it eligible.
  const excluded = (code & FLAG_EXCLUDED_D) !== 0;
  const rules = excluded ? eligibilityCodes(subsetOne(t, i), { ...settings, gradeD: 'flag' })[0] : code;
  const cutoff = settings.cutoffYear;
  const because: ReasonText[] = [];
  const met: ReasonText[] = excluded ? [] : because;
  const not: ReasonText[] = [];
  const y = yearText(t.yearFrom[i], t.yearTo[i], t.yearKind[i]);
  const yEn = yearTextEn(t.yearFrom[i], t.yearTo[i], t.yearKind[i]);
  if (rules & BY_YEAR) met.push({ code: 'year', zh: `${cutoff}年底前建成（${y}）`, en: `built by the end of ${cutoff} (${yEn})` });
  else if (!settings.byYear) not.push({ code: 'year-off', zh: '建成年代规则未启用', en: 'build-year rule is off' });
  else if (rules & FLAG_YEAR_UNKNOWN) not.push({ code: 'year-unknown', zh: '建成年代不详', en: 'build year unknown' });
  else if (rules & FLAG_YEAR_SPANS_CUTOFF) not.push({ code: 'year-spans', zh: `建成年代（${y}）跨越${cutoff}年，无法判断`, en: `build year (${yEn}) spans ${cutoff}; cannot decide` });
  else not.push({ code: 'year-after', zh: `${cutoff}年后建成（${y}）`, en: `built after ${cutoff} (${yEn})` });
  if (rules & BY_GRADE_C) met.push({ code: 'grade-c', zh: '鉴定为安全C级（局部危房）', en: 'appraised safety grade C' });
  else if (t.grade[i] === GRADE_C) not.push({ code: 'grade-c-off', zh: 'C级规则未启用', en: 'grade C rule is off' });
  if (rules & BY_NON_COMPLETE) met.push({ code: 'non-complete', zh: '非成套住宅', en: 'non-complete units' });
  else if (t.completeUnits[i] === COMPLETE_NO) not.push({ code: 'non-complete-off', zh: '非成套规则未启用', en: 'non-complete rule is off' });
  if (code & BY_GRADE_D) because.push({ code: 'grade-d', zh: '鉴定为D级（整幢危房）', en: 'appraised grade D (whole building dangerous)' });
  if (excluded) not.push({ code: 'grade-d-excluded', zh: 'D级危房按危房改造处置，不纳入', en: 'grade D is handled as a dangerous house, not renovated' });
  if (!(rules & (BY_GRADE_C | BY_NON_COMPLETE)) && t.grade[i] !== GRADE_C && t.completeUnits[i] !== COMPLETE_NO && !isEligibleCode(rules)) {
    not.push({ code: 'no-other-rule', zh: '非C级、为成套住宅（或未填写）', en: 'not grade C; complete units (or not given)' });
  }
  return { eligible: isEligibleCode(code), danger: (code & FLAG_DANGER) !== 0, because, not };
}

/** A one-row view of a table for the per-building explanation. */
function subsetOne(t: BuildingTable, i: number): BuildingTable {
  return {
    ...t,
    length: 1,
    yearFrom: t.yearFrom.subarray(i, i + 1),
    yearTo: t.yearTo.subarray(i, i + 1),
    yearKind: t.yearKind.subarray(i, i + 1),
    grade: t.grade.subarray(i, i + 1),
    completeUnits: t.completeUnits.subarray(i, i + 1),
  };
}
