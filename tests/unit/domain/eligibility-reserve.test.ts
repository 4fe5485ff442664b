/**
 * The reserve tier (储备) and the grade D modes as settings: buildings built from the year after
 * the cut-off to `reserveTo`, ranked oldest first, taken while their households stay within
 * `reserveShare` × the plan year's programme households; the rest are over the cap.
 */
import { describe, expect, it } from 'vitest';
import {
  BY_GRADE_D,
  BY_RESERVE,
  BY_YEAR,
  FLAG_DANGER,
  FLAG_EXCLUDED_D,
  FLAG_RESERVE_OVER_CAP,
  isEligibleCode,
} from '../../../src/domain/eligibility-codes.ts';
import {
  DEFAULT_ELIGIBILITY,
  eligibilityCodes,
  reserveStatus,
  type EligibilitySettings,
} from '../../../src/domain/eligibility.ts';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { programmeHouseholds } from '../../../src/domain/reserve-tier.ts';
import { tableFromRows } from '../support.ts';

const HEADERS = ['楼栋编号', '建成年代', '安全等级', '是否成套', '户数', '改造进度', '计划年度'];
/**
 * Programme 2022: P1 + P2 = 100 households; programme 2023: P3 = 400. With a 20% share the 2022
 * cap is 20 households, the 2023 cap 80, every year's 100.
 */
const ROWS = [
  ['P1', '1990', '', '是', '60', '施工', '2022'],
  ['P2', '1992', '', '是', '40', '完工', '2022'],
  ['P3', '1980', '', '是', '400', '已纳入计划', '2023'],
  ['R2004', '2004', '', '是', '10', '', ''], // reserve: 3rd oldest
  ['R2002', '2002', '', '是', '15', '', ''], // reserve: oldest
  ['R2003', '2003', '', '是', '4', '', ''], // reserve: 2nd oldest
  ['R2005', '2005', '', '是', '30', '', ''], // reserve: 4th
  ['L2006', '2006', '', '是', '10', '', ''], // after the tier
  ['RC', '2003', 'C', '是', '50', '', ''], // eligible by grade C: takes no reserve place
  ['RD', '2002', 'D', '是', '1', '', ''], // grade D in the tier
  ['RSPAN', '2000-2003', '', '是', '1', '', ''], // spans the cut-off: not in the tier
  ['RNOHH', '2005', '', '是', '', '', ''], // no households figure: counts as 0
] as const;
const { table, report } = tableFromRows(HEADERS, ROWS);
const row = (id: string): number => ROWS.findIndex((r) => r[0] === id);
const withReserve = (s: Partial<EligibilitySettings> = {}): EligibilitySettings => ({
  ...DEFAULT_ELIGIBILITY,
  reserveTo: 2005,
  ...s,
});
const codes = (s: EligibilitySettings, year: number | null) => eligibilityCodes(table, s, year);
const tier = (c: Uint16Array, id: string) =>
  c[row(id)] & BY_RESERVE ? 'reserve' : c[row(id)] & FLAG_RESERVE_OVER_CAP ? 'over' : '-';

describe('fixture', () => {
  it('reads cleanly', () => {
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect([
      programmeHouseholds(table, 2022),
      programmeHouseholds(table, 2023),
      programmeHouseholds(table, null),
    ]).toEqual([100, 400, 500]);
  });
});

describe('reserve tier', () => {
  it('off by default: no building is reserve', () => {
    const c = codes(DEFAULT_ELIGIBILITY, 2022);
    expect(c.every((x) => (x & (BY_RESERVE | FLAG_RESERVE_OVER_CAP)) === 0)).toBe(true);
  });

  it('2022, cap 20 households: the 2002s (15 + 1, grade D flagged) and 2003 (4) fit, exactly 20; 2004 on are over the cap', () => {
    const c = codes(withReserve(), 2022);
    expect(['R2002', 'RD', 'R2003', 'R2004', 'R2005', 'RNOHH'].map((id) => tier(c, id))).toEqual([
      'reserve',
      'reserve',
      'reserve',
      'over',
      'over',
      'over',
    ]);
    expect(isEligibleCode(c[row('R2002')])).toBe(true);
    expect(isEligibleCode(c[row('R2004')])).toBe(false);
    expect(reserveStatus(table, withReserve(), 2022, c)).toEqual({
      from: 2001,
      to: 2005,
      capHouseholds: 20,
      programmeHouseholds: 100,
      withinBuildings: 3,
      withinHouseholds: 20,
      overBuildings: 3,
      overHouseholds: 40,
    });
  });

  it('oldest first, then no skipping: once one does not fit, later ones stay out even if small', () => {
    // 2023's cap is 80: 15 + 1 + 4 + 10 + 30 = 60 fit; RNOHH (0 households, 2005, after R2005 in row order) fits too.
    const c = codes(withReserve(), 2023);
    expect(['R2002', 'R2003', 'R2004', 'R2005', 'RNOHH', 'RD'].map((id) => tier(c, id))).toEqual([
      'reserve',
      'reserve',
      'reserve',
      'reserve',
      'reserve',
      'reserve',
    ]);
    // A 10% share of 2023 (40 households): 2002 + 2002 + 2003 + 2004 = 30; R2005 (30) does not fit, nor RNOHH
    // after it, though it has no households.
    const d = codes(withReserve({ reserveShare: 0.1 }), 2023);
    expect(['R2002', 'RD', 'R2003', 'R2004', 'R2005', 'RNOHH'].map((id) => tier(d, id))).toEqual([
      'reserve',
      'reserve',
      'reserve',
      'reserve',
      'over',
      'over',
    ]);
  });

  it('every year (no plan year chosen): the cap is a share of every programme', () => {
    expect(reserveStatus(table, withReserve(), null, codes(withReserve(), null))?.capHouseholds).toBe(100);
  });

  it('buildings eligible by another rule, after the tier, or spanning the cut-off take no place', () => {
    const c = codes(withReserve(), 2023);
    for (const id of ['RC', 'L2006', 'RSPAN', 'P1']) expect([id, tier(c, id)]).toEqual([id, '-']);
  });

  it('the tier follows the cut-off: cut-off 2003 makes the tier 2004–2005', () => {
    const c = codes(withReserve({ cutoffYear: 2003 }), 2022);
    expect(c[row('R2002')] & BY_YEAR).toBe(BY_YEAR);
    expect(tier(c, 'R2002')).toBe('-');
    expect(['R2004', 'R2005'].map((id) => tier(c, id))).toEqual(['reserve', 'over']);
  });

  it('a tier ending before it starts holds nothing', () => {
    const c = codes(withReserve({ reserveTo: 2000 }), 2022);
    expect(c.every((x) => (x & (BY_RESERVE | FLAG_RESERVE_OVER_CAP)) === 0)).toBe(true);
  });

  it('grade D excluded takes no place; grade D eligible is eligible by D, not by the reserve', () => {
    const ex = codes(withReserve({ gradeD: 'exclude', reserveShare: 0.1 }), 2023);
    expect(ex[row('RD')]).toBe(FLAG_DANGER | FLAG_EXCLUDED_D);
    const el = codes(withReserve({ gradeD: 'eligible' }), 2023);
    expect(el[row('RD')]).toBe(FLAG_DANGER | BY_GRADE_D);
  });

  it('each building says why: within the cap, or over it, with the tier and the share', () => {
    const s = withReserve();
    const within = explainEligibility(table, row('R2002'), s, { year: 2022 });
    expect(within.eligible).toBe(true);
    expect(within.because.map((r) => r.code)).toEqual(['reserve']);
    expect(within.because[0].zh).toBe('储备：2001–2005年建成（2002年），在储备上限内（2022年度计划户数的20%）');
    const over = explainEligibility(table, row('R2005'), s, { year: 2022, codes: codes(s, 2022) });
    expect(over.eligible).toBe(false);
    expect(over.not.map((r) => r.code)).toEqual(['year-after', 'reserve-over-cap', 'no-other-rule']);
    expect(over.not[1].en).toContain('over the cap (20% of the 2022 programme');
  });

  it('explainEligibility agrees with eligibilityCodes for every row, year and setting', () => {
    const variants: Partial<EligibilitySettings>[] = [
      {},
      { reserveShare: 0.05 },
      { reserveShare: 1 },
      { gradeD: 'exclude' },
      { gradeD: 'eligible' },
      { cutoffYear: 2003 },
    ];
    for (const v of variants) {
      for (const year of [2022, 2023, null]) {
        const s = withReserve(v);
        const c = codes(s, year);
        ROWS.forEach((_, i) => {
          const e = explainEligibility(table, i, s, { year });
          expect([v, year, i, e.eligible]).toEqual([v, year, i, isEligibleCode(c[i])]);
          expect(e.eligible).toBe(e.because.length > 0);
        });
      }
    }
  });

  it('does not change the table', () => {
    const before = [...table.yearFrom, ...table.households];
    codes(withReserve(), 2022);
    expect([...table.yearFrom, ...table.households]).toEqual(before);
  });
});
