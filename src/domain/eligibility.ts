/**
 * Who is eligible for renovation (纳入改造范围), and why. Rules from 梨政办规〔2023〕3号:
 * built by the end of the cut-off year (2000 by default), or appraised safety grade C, or
 * non-complete units (no own kitchen or bathroom). Grade D is a whole-building danger case.
 *
 * An optional reserve tier (储备), as some localities keep one: buildings built from the year
 * after the cut-off to `reserveTo` (2001–2005 by default) that no other rule makes eligible are
 * ranked oldest first (by first possible build year, then last, then row order) and taken while
 * their households, added up, stay within `reserveShare` × the plan year's programme households
 * (every year's programme when no plan year is chosen; buildings table only; a missing
 * households figure counts as 0). Those taken are eligible as 'reserve'; the rest are marked
 * 'reserve over cap' and are not eligible. Grade D buildings excluded by the grade D setting take
 * no reserve place.
 */
import type { BuildingTable } from './building-table.ts';
import {
  BY_GRADE_C,
  BY_GRADE_D,
  BY_NON_COMPLETE,
  BY_YEAR,
  ELIGIBLE_MASK,
  FLAG_DANGER,
  FLAG_EXCLUDED_D,
  FLAG_YEAR_SPANS_CUTOFF,
  FLAG_YEAR_UNKNOWN,
} from './eligibility-codes.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { markReserve, tierStatus, type ReserveStatus, type ReserveTier } from './reserve-tier.ts';
import { COMPLETE_NO, GRADE_C, GRADE_D } from './vocabulary.ts';

/** How grade D (整幢危房) is treated. */
export type GradeDMode = 'flag' | 'eligible' | 'exclude';
/** Every grade D mode, for parsing a setting from a URL or the command line. */
export const GRADE_D_MODES: readonly GradeDMode[] = ['flag', 'eligible', 'exclude'];

/** The rules in force: which make a building eligible, and where the cut-off and reserve tier lie. */
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
  gradeD: GradeDMode;
  /**
   * Reserve tier (储备): the last build year of the tier, which starts the year after the cut-off;
   * null = no reserve tier. Optional in settings written before the tier existed.
   */
  reserveTo?: number | null;
  /** The reserve tier's cap as a share (0–1) of the plan year's programme households. */
  reserveShare?: number;
}

/** The rules of 梨政办规〔2023〕3号 as written: built by 2000, grade C, non-complete; no reserve tier. */
export const DEFAULT_ELIGIBILITY: Readonly<Required<EligibilitySettings>> = Object.freeze({
  cutoffYear: 2000,
  byYear: true,
  byGradeC: true,
  byNonComplete: true,
  gradeD: 'flag',
  reserveTo: null,
  reserveShare: 0.2,
});

/** The reserve tier's last year when the user switches it on (2001–2005 with the default cut-off). */
export const DEFAULT_RESERVE_TO = 2005;

/** Year-rule outcome for a build year [from, to] of the given kind. */
function yearVerdict(from: number, to: number, kind: number, cutoff: number): 'yes' | 'no' | 'unknown' | 'spans' {
  if (kind === 0) return 'unknown';
  if (kind === YEAR_BEFORE) return to <= cutoff ? 'yes' : 'spans';
  if (kind === YEAR_AFTER) return from > cutoff ? 'no' : 'spans';
  if (to <= cutoff) return 'yes';
  if (from > cutoff) return 'no';
  return 'spans';
}

/** Settings with every optional field filled in from the defaults. */
export function fullSettings(s: EligibilitySettings): Required<EligibilitySettings> {
  return { ...s, reserveTo: s.reserveTo ?? null, reserveShare: s.reserveShare ?? DEFAULT_ELIGIBILITY.reserveShare };
}

/** The rules alone, one building at a time (no reserve tier, which ranks buildings against each other). */
function baseCodes(t: BuildingTable, settings: EligibilitySettings, out: Uint16Array, from: number, to: number): void {
  const cutoff = settings.cutoffYear;
  for (let i = from; i < to; i++) {
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
    out[i - from] = code;
  }
}

/**
 * Reason bits for every building under the given settings (one pass, no objects; a second and
 * a counting sort when the reserve tier is on). `year` is the plan year whose programme
 * households cap the reserve tier (null = every year's); it matters only with a reserve tier.
 * @example isEligibleCode(eligibilityCodes(table, DEFAULT_ELIGIBILITY)[i])
 */
export function eligibilityCodes(
  t: BuildingTable,
  settings: EligibilitySettings = DEFAULT_ELIGIBILITY,
  year: number | null = null,
): Uint16Array {
  const out = new Uint16Array(t.length);
  baseCodes(t, settings, out, 0, t.length);
  const s = fullSettings(settings);
  const tier = reserveTier(s);
  if (tier !== null) markReserve(t, tier, year, out);
  return out;
}

/** The reserve tier the settings define, or null when they have none. */
function reserveTier(s: Required<EligibilitySettings>): ReserveTier | null {
  return s.reserveTo === null ? null : { from: s.cutoffYear + 1, to: s.reserveTo, share: s.reserveShare };
}

/**
 * The reserve tier's cap and what it took, from codes made with the same settings and year;
 * null when the settings have no reserve tier.
 * @example reserveStatus(t, s, 2022, eligibilityCodes(t, s, 2022))?.capHouseholds // 1532.6
 */
export function reserveStatus(
  t: BuildingTable,
  settings: EligibilitySettings,
  year: number | null,
  codes: Uint16Array,
): ReserveStatus | null {
  const tier = reserveTier(fullSettings(settings));
  return tier === null ? null : tierStatus(t, tier, year, codes);
}

/** One building's code under the rules alone (no reserve tier), for explaining it. */
export function baseCode(t: BuildingTable, i: number, settings: EligibilitySettings): number {
  const out = new Uint16Array(1);
  baseCodes(t, settings, out, i, i + 1);
  return out[0];
}
