/**
 * The reason bits of eligibility (eligibility.ts), one Uint16 per building: BY_* bits make a building
 * eligible, FLAG_* bits say why a rule could not decide or what else to show. Apart from the rules so
 * that the filter, the aggregates and the reserve tier read codes without the rules themselves.
 */

/** Built by the end of the cut-off year (the year rule). */
export const BY_YEAR = 1;
/** Appraised safety grade C, with the grade C rule on. */
export const BY_GRADE_C = 2;
/** Non-complete units, with the non-complete rule on. */
export const BY_NON_COMPLETE = 4;
/** Grade D with grade D set to 'eligible'. */
export const BY_GRADE_D = 8;
/** Grade D: a whole-building danger case, shown prominently whatever the rules say. */
export const FLAG_DANGER = 16;
/** No usable build year: the year rule could not be applied. */
export const FLAG_YEAR_UNKNOWN = 32;
/** The build year is a range that spans the cut-off: the year rule could not decide. */
export const FLAG_YEAR_SPANS_CUTOFF = 64;
/** Excluded because grade D is set to 'exclude'. */
export const FLAG_EXCLUDED_D = 128;
/** In the reserve tier and within its cap: eligible. */
export const BY_RESERVE = 256;
/** In the reserve tier but past its cap: not eligible. */
export const FLAG_RESERVE_OVER_CAP = 512;
/** Codes are below this (for lookup tables indexed by code). */
export const CODE_LIMIT = 1024;

/** Every bit that makes a building eligible. */
export const ELIGIBLE_MASK = BY_YEAR | BY_GRADE_C | BY_NON_COMPLETE | BY_GRADE_D | BY_RESERVE;

/** True when the reason bits make the building eligible. */
export function isEligibleCode(code: number): boolean {
  return (code & ELIGIBLE_MASK) !== 0;
}
