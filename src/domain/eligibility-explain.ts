/**
 * Why a building is eligible or not, rule by rule, in Chinese and English: what the detail panel
 * lists under a building. The codes come from eligibility.ts; this only words them.
 */
import type { BuildingTable } from './building-table.ts';
import {
  baseCode,
  DEFAULT_ELIGIBILITY,
  eligibilityCodes,
  fullSettings,
  type EligibilitySettings,
} from './eligibility.ts';
import {
  BY_GRADE_C,
  BY_GRADE_D,
  BY_NON_COMPLETE,
  BY_RESERVE,
  BY_YEAR,
  FLAG_DANGER,
  FLAG_EXCLUDED_D,
  FLAG_RESERVE_OVER_CAP,
  FLAG_YEAR_SPANS_CUTOFF,
  FLAG_YEAR_UNKNOWN,
  isEligibleCode,
} from './eligibility-codes.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { COMPLETE_NO, GRADE_C } from './vocabulary.ts';

/** One reason, worded in both languages. */
export interface ReasonText {
  /** Stable key of the reason, e.g. 'year', 'grade-c-off', 'reserve-over-cap'. */
  code: string;
  zh: string;
  en: string;
}

/** A building's verdict under the rules, and the reasons for it. */
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

/** What explainEligibility needs only when the settings have a reserve tier. */
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
  const base = baseCode(t, i, s);
  const code = s.reserveTo === null ? base : (opts.codes ?? eligibilityCodes(t, s, opts.year ?? null))[i];
  // An excluded grade D building: read the other rules as under 'flag', so that no reason below is
  // false; the rules it meets are not listed in `because`, since they did not make it eligible.
  const excluded = (code & FLAG_EXCLUDED_D) !== 0;
  const rules = excluded ? baseCode(t, i, { ...s, gradeD: 'flag' }) : code;
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
