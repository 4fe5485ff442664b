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
import { inProgramme } from './in-programme.ts';
import { YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE } from './parse-values.ts';
import { COMPLETE_NO, GRADE_C, GRADE_D } from './vocabulary.ts';

/** How grade D (整幢危房) is treated. */
export type GradeDMode = 'flag' | 'eligible' | 'exclude';
export const GRADE_D_MODES: readonly GradeDMode[] = ['flag', 'eligible', 'exclude'];

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

/** Reason bits, one Uint16 per building. BY_* bits make a building eligible. */
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
/** In the reserve tier and within its cap: eligible. */
export const BY_RESERVE = 256;
/** In the reserve tier but past its cap: not eligible. */
export const FLAG_RESERVE_OVER_CAP = 512;
/** Codes are below this (for lookup tables indexed by code). */
export const CODE_LIMIT = 1024;

const ELIGIBLE_MASK = BY_YEAR | BY_GRADE_C | BY_NON_COMPLETE | BY_GRADE_D | BY_RESERVE;

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

/** Households of the programme of `year` (every year's when null), buildings table only; NaN counts 0. */
export function programmeHouseholds(t: BuildingTable, year: number | null): number {
  let sum = 0;
  for (let i = 0; i < t.length; i++) {
    if (!inProgramme(t.stage[i], t.planYear[i], year)) continue;
    const hh = t.households[i];
    if (hh === hh) sum += hh;
  }
  return sum;
}

/**
 * Mark the reserve tier in `codes`: candidates ranked oldest first by a stable counting sort
 * (build years in the tier are few), taken while their households fit under the cap.
 */
function markReserve(
  t: BuildingTable,
  s: Required<EligibilitySettings>,
  year: number | null,
  codes: Uint16Array,
): void {
  const first = s.cutoffYear + 1;
  const last = s.reserveTo ?? 0;
  const span = last - first + 1;
  if (span <= 0) return;
  const key = new Int32Array(t.length).fill(-1);
  const bucketSize = new Uint32Array(span * span + 1);
  for (let i = 0; i < t.length; i++) {
    const kind = t.yearKind[i];
    if (kind !== YEAR_EXACT && kind !== YEAR_RANGE) continue;
    const f = t.yearFrom[i];
    const l = t.yearTo[i];
    if (f < first || l > last || (codes[i] & (ELIGIBLE_MASK | FLAG_EXCLUDED_D)) !== 0) continue;
    const k = (f - first) * span + (l - first);
    key[i] = k;
    bucketSize[k + 1]++;
  }
  for (let k = 1; k < bucketSize.length; k++) bucketSize[k] += bucketSize[k - 1];
  const order = new Uint32Array(bucketSize[bucketSize.length - 1]);
  for (let i = 0; i < t.length; i++) if (key[i] >= 0) order[bucketSize[key[i]]++] = i;
  const cap = s.reserveShare * programmeHouseholds(t, year);
  let taken = 0;
  let over = false;
  for (const i of order) {
    const hh = t.households[i];
    if (!over && taken + (hh === hh ? hh : 0) <= cap + 1e-9) {
      taken += hh === hh ? hh : 0;
      codes[i] |= BY_RESERVE;
    } else {
      over = true; // oldest first: once one does not fit, none after it is taken
      codes[i] |= FLAG_RESERVE_OVER_CAP;
    }
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
  if (s.reserveTo !== null) markReserve(t, s, year, out);
  return out;
}

/** What the reserve tier holds under some settings, for the rules panel. */
export interface ReserveStatus {
  /** First and last build year of the tier. */
  from: number;
  to: number;
  /** Cap in households: share × programme households. */
  capHouseholds: number;
  programmeHouseholds: number;
  withinBuildings: number;
  withinHouseholds: number;
  overBuildings: number;
  overHouseholds: number;
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
  const s = fullSettings(settings);
  if (s.reserveTo === null) return null;
  const programme = programmeHouseholds(t, year);
  const r: ReserveStatus = {
    from: s.cutoffYear + 1,
    to: s.reserveTo,
    capHouseholds: Math.round(s.reserveShare * programme * 100) / 100,
    programmeHouseholds: programme,
    withinBuildings: 0,
    withinHouseholds: 0,
    overBuildings: 0,
    overHouseholds: 0,
  };
  for (let i = 0; i < t.length; i++) {
    const hh = t.households[i] === t.households[i] ? t.households[i] : 0;
    if (codes[i] & BY_RESERVE) {
      r.withinBuildings++;
      r.withinHouseholds += hh;
    } else if (codes[i] & FLAG_RESERVE_OVER_CAP) {
      r.overBuildings++;
      r.overHouseholds += hh;
    }
  }
  return r;
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

/** One building's base code (no reserve tier). */
function codeOf(t: BuildingTable, i: number, settings: EligibilitySettings): number {
  const out = new Uint16Array(1);
  baseCodes(t, settings, out, i, i + 1);
  return out[0];
}

export interface ExplainOptions {
  /** Plan year whose programme caps the reserve tier (null = every year's). */
  year?: number | null;
  /** eligibilityCodes(t, settings, year), when already at hand: saves a pass with a reserve tier. */
  codes?: Uint16Array;
}

/**
 * Which rules made building i eligible, or why it is not, in Chinese and English.
 * @example explainEligibility(table, 0).because[0].zh // '2000年底前建成（1995年）'
 */
export function explainEligibility(
  t: BuildingTable,
  i: number,
  settings: EligibilitySettings = DEFAULT_ELIGIBILITY,
  opts: ExplainOptions = {},
): EligibilityExplanation {
  const s = fullSettings(settings);
  const base = codeOf(t, i, s);
  const code = s.reserveTo === null ? base : (opts.codes ?? eligibilityCodes(t, s, opts.year ?? null))[i];
  // An excluded grade D building: read the other rules as under 'flag', so that no reason below is
  // false; the rules it meets are not listed in `because`, since they did not make it eligible.
  const excluded = (code & FLAG_EXCLUDED_D) !== 0;
  const rules = excluded ? codeOf(t, i, { ...s, gradeD: 'flag' }) : code;
  const cutoff = s.cutoffYear;
  const because: ReasonText[] = [];
  const met: ReasonText[] = excluded ? [] : because;
  const not: ReasonText[] = [];
  const y = yearText(t.yearFrom[i], t.yearTo[i], t.yearKind[i]);
  const yEn = yearTextEn(t.yearFrom[i], t.yearTo[i], t.yearKind[i]);
  if (rules & BY_YEAR)
    met.push({ code: 'year', zh: `${cutoff}年底前建成（${y}）`, en: `built by the end of ${cutoff} (${yEn})` });
  else if (!s.byYear) not.push({ code: 'year-off', zh: '建成年代规则未启用', en: 'build-year rule is off' });
  else if (rules & FLAG_YEAR_UNKNOWN) not.push({ code: 'year-unknown', zh: '建成年代不详', en: 'build year unknown' });
  else if (rules & FLAG_YEAR_SPANS_CUTOFF)
    not.push({
      code: 'year-spans',
      zh: `建成年代（${y}）跨越${cutoff}年，无法判断`,
      en: `build year (${yEn}) spans ${cutoff}; cannot decide`,
    });
  else not.push({ code: 'year-after', zh: `${cutoff}年后建成（${y}）`, en: `built after ${cutoff} (${yEn})` });
  if (rules & BY_GRADE_C)
    met.push({ code: 'grade-c', zh: '鉴定为安全C级（局部危房）', en: 'appraised safety grade C' });
  else if (t.grade[i] === GRADE_C) not.push({ code: 'grade-c-off', zh: 'C级规则未启用', en: 'grade C rule is off' });
  if (rules & BY_NON_COMPLETE) met.push({ code: 'non-complete', zh: '非成套住宅', en: 'non-complete units' });
  else if (t.completeUnits[i] === COMPLETE_NO)
    not.push({ code: 'non-complete-off', zh: '非成套规则未启用', en: 'non-complete rule is off' });
  if (code & BY_GRADE_D)
    because.push({ code: 'grade-d', zh: '鉴定为D级（整幢危房）', en: 'appraised grade D (whole building dangerous)' });
  const tier = `${cutoff + 1}–${s.reserveTo}`;
  const pct = `${Math.round(s.reserveShare * 1000) / 10}%`;
  const of = opts.year == null ? '计划' : `${opts.year}年度计划`;
  const ofEn = opts.year == null ? 'the programme' : `the ${opts.year} programme`;
  if (code & BY_RESERVE)
    because.push({
      code: 'reserve',
      zh: `储备：${tier}年建成（${y}），在储备上限内（${of}户数的${pct}）`,
      en: `reserve tier: built ${tier} (${yEn}), within the cap (${pct} of ${ofEn}'s households)`,
    });
  if (code & FLAG_RESERVE_OVER_CAP)
    not.push({
      code: 'reserve-over-cap',
      zh: `储备：${tier}年建成（${y}），超出储备上限（${of}户数的${pct}）`,
      en: `reserve tier: built ${tier} (${yEn}), over the cap (${pct} of ${ofEn}'s households)`,
    });
  if (excluded)
    not.push({
      code: 'grade-d-excluded',
      zh: 'D级危房按危房改造处置，不纳入',
      en: 'grade D is handled as a dangerous house, not renovated',
    });
  if (
    !(rules & (BY_GRADE_C | BY_NON_COMPLETE)) &&
    t.grade[i] !== GRADE_C &&
    t.completeUnits[i] !== COMPLETE_NO &&
    !isEligibleCode(rules)
  ) {
    not.push({
      code: 'no-other-rule',
      zh: '非C级、为成套住宅（或未填写）',
      en: 'not grade C; complete units (or not given)',
    });
  }
  return { eligible: isEligibleCode(code), danger: (code & FLAG_DANGER) !== 0, because, not };
}
