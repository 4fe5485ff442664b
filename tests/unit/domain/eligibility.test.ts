/**
 * Who is eligible and why (DOMAIN.md "Who is eligible"): built by the end of 2000, or grade C,
 * or non-complete units; grade D is a danger case; the cut-off and each rule are settings.
 */
import { describe, expect, it } from 'vitest';
import {
  BY_GRADE_C,
  BY_GRADE_D,
  BY_NON_COMPLETE,
  BY_YEAR,
  FLAG_DANGER,
  FLAG_EXCLUDED_D,
  FLAG_YEAR_SPANS_CUTOFF,
  FLAG_YEAR_UNKNOWN,
  isEligibleCode,
} from '../../../src/domain/eligibility-codes.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes, type EligibilitySettings } from '../../../src/domain/eligibility.ts';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { tableFromRows } from '../support.ts';

const HEADERS = ['楼栋编号', '建成年代', '安全等级', '是否成套'];

/** One building per case: [id, build year, grade, complete units]. */
const ROWS = {
  pre2000: ['E1', '1995', 'B', '是'],
  post2000GradeC: ['E2', '2005', 'C级', '是'],
  post2000NonComplete: ['E3', '2005', '', '否'],
  post2000Plain: ['E4', '2005', 'B级', '是'],
  unknownYear: ['E5', '', '', ''],
  decadeSpansCutoff: ['E6', '00年代', '', '是'],
  pre2000GradeD: ['E7', '1995', 'D级', '是'],
  post2000GradeD: ['E8', '2008', 'D级', '是'],
  built2003: ['E9', '2003', '', ''],
  beforeEnd2000: ['E10', '2000年底前', '', ''],
  after2005: ['E11', '2005年以后', '', ''],
  pre2000NonCompleteGradeD: ['E12', '1995', 'D', '否'],
  pre2000GradeC: ['E13', '1998', 'C', '是'],
  spanRange: ['E14', '1995-2005', '', ''],
  nineties: ['E15', '90年代', '', ''],
} as const;

type Case = keyof typeof ROWS;
const CASES = Object.keys(ROWS) as Case[];
const { table, report } = tableFromRows(
  HEADERS,
  CASES.map((k) => ROWS[k]),
);
const row = (c: Case): number => CASES.indexOf(c);
const explain = (c: Case, s: Partial<EligibilitySettings> = {}) =>
  explainEligibility(table, row(c), { ...DEFAULT_ELIGIBILITY, ...s });
const codesOf = (e: { because: { code: string }[]; not: { code: string }[] }) => ({
  because: e.because.map((r) => r.code),
  not: e.not.map((r) => r.code),
});

describe('the fixture rows read cleanly', () => {
  it('every row loaded, no warnings', () => {
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(table.length).toBe(CASES.length);
  });
});

describe('explainEligibility with the default rules (cut-off 2000, grade C, non-complete, grade D flagged)', () => {
  it('defaults are those of the 梨树 plan', () => {
    expect(DEFAULT_ELIGIBILITY).toEqual({
      cutoffYear: 2000,
      byYear: true,
      byGradeC: true,
      byNonComplete: true,
      gradeD: 'flag',
      reserveTo: null,
      reserveShare: 0.2,
    });
  });

  it('built before 2000: eligible by year, with the year in the reason', () => {
    const e = explain('pre2000');
    expect(e.eligible).toBe(true);
    expect(e.danger).toBe(false);
    expect(codesOf(e)).toEqual({ because: ['year'], not: [] });
    expect(e.because[0].zh).toBe('2000年底前建成（1995年）');
    expect(e.because[0].en).toMatch(/^built by the end of 2000 \(1995/);
  });

  it('built after 2000 with grade C: eligible by grade C; the year rule says why it did not apply', () => {
    const e = explain('post2000GradeC');
    expect(e.eligible).toBe(true);
    expect(codesOf(e)).toEqual({ because: ['grade-c'], not: ['year-after'] });
    expect(e.because[0].zh).toBe('鉴定为安全C级（局部危房）');
  });

  it('built after 2000, non-complete units: eligible as 非成套住宅', () => {
    const e = explain('post2000NonComplete');
    expect(e.eligible).toBe(true);
    expect(codesOf(e)).toEqual({ because: ['non-complete'], not: ['year-after'] });
    expect(e.because[0].zh).toBe('非成套住宅');
  });

  it('built after 2000, grade B, complete: not eligible, because built after the cut-off and no other rule applies', () => {
    const e = explain('post2000Plain');
    expect(e.eligible).toBe(false);
    expect(e.because).toEqual([]);
    expect(codesOf(e).not).toEqual(['year-after', 'no-other-rule']);
    expect(e.not[0].zh).toBe('2000年后建成（2005年）');
    expect(e.not[0].en).toMatch(/^built after 2000 \(2005/);
  });

  it('unknown build year: not eligible, reason says the year is unknown', () => {
    const e = explain('unknownYear');
    expect(e.eligible).toBe(false);
    expect(codesOf(e).not).toEqual(['year-unknown', 'no-other-rule']);
    expect(e.not[0].zh).toBe('建成年代不详');
  });

  it('a decade spanning the cut-off (00年代 = 2000–2009) cannot be decided by year', () => {
    const e = explain('decadeSpansCutoff');
    expect(e.eligible).toBe(false);
    expect(codesOf(e).not).toEqual(['year-spans', 'no-other-rule']);
    expect(e.not[0].zh).toBe('建成年代（2000–2009年）跨越2000年，无法判断');
    expect(explain('spanRange').not[0].code).toBe('year-spans');
  });

  it('a decade wholly before the cut-off (90年代) and 2000年底前 are eligible by year', () => {
    expect(codesOf(explain('nineties'))).toEqual({ because: ['year'], not: [] });
    expect(explain('nineties').because[0].zh).toBe('2000年底前建成（1990–1999年）');
    expect(codesOf(explain('beforeEnd2000'))).toEqual({ because: ['year'], not: [] });
    expect(explain('beforeEnd2000').because[0].zh).toBe('2000年底前建成（2000年及以前）');
  });

  it('2005年以后 is after the cut-off', () => {
    const e = explain('after2005');
    expect(e.eligible).toBe(false);
    expect(e.not[0].code).toBe('year-after');
    expect(e.not[0].zh).toBe('2000年后建成（2006年及以后）');
  });

  it('grade C before 2000 lists both reasons', () => {
    expect(codesOf(explain('pre2000GradeC'))).toEqual({ because: ['year', 'grade-c'], not: [] });
  });
});

describe('grade D (整幢危房)', () => {
  it("'flag': marked as danger, the other rules decide", () => {
    const old = explain('pre2000GradeD', { gradeD: 'flag' });
    expect(old).toMatchObject({ eligible: true, danger: true });
    expect(codesOf(old)).toEqual({ because: ['year'], not: [] });
    const recent = explain('post2000GradeD', { gradeD: 'flag' });
    expect(recent).toMatchObject({ eligible: false, danger: true });
    expect(codesOf(recent).because).toEqual([]);
  });

  it("'eligible': grade D makes it eligible whatever its age", () => {
    const recent = explain('post2000GradeD', { gradeD: 'eligible' });
    expect(recent).toMatchObject({ eligible: true, danger: true });
    expect(codesOf(recent)).toEqual({ because: ['grade-d'], not: ['year-after'] });
    expect(recent.because[0].zh).toBe('鉴定为D级（整幢危房）');
  });

  it("'exclude': kept out even when other rules would apply, and says so", () => {
    for (const c of ['pre2000GradeD', 'post2000GradeD', 'pre2000NonCompleteGradeD'] as const) {
      const e = explain(c, { gradeD: 'exclude' });
      expect(e).toMatchObject({ eligible: false, danger: true });
      expect(e.because).toEqual([]);
      expect(codesOf(e).not).toContain('grade-d-excluded');
    }
  });

  it("'exclude': no reason given is false — a 1995 building is not said to be built after 2000, a rule that is on is not said to be off", () => {
    const e = explain('pre2000NonCompleteGradeD', { gradeD: 'exclude' });
    expect(codesOf(e).not).not.toContain('year-after');
    expect(codesOf(e).not).not.toContain('non-complete-off');
    expect(e.not.map((r) => r.zh).join(' ')).not.toContain('年后建成');
    const recent = explain('post2000GradeD', { gradeD: 'exclude' });
    expect(codesOf(recent).not).toContain('year-after');
  });
});

describe('settings', () => {
  it('cut-off moved to 2005: a 2003 building becomes eligible, with the new year in the reason', () => {
    expect(explain('built2003').eligible).toBe(false);
    const e = explain('built2003', { cutoffYear: 2005 });
    expect(e.eligible).toBe(true);
    expect(e.because[0].zh).toBe('2005年底前建成（2003年）');
    expect(explain('post2000Plain', { cutoffYear: 2005 }).eligible).toBe(true);
    expect(explain('decadeSpansCutoff', { cutoffYear: 2005 }).not[0].code).toBe('year-spans');
    expect(explain('spanRange', { cutoffYear: 2005 }).eligible).toBe(true);
    expect(explain('beforeEnd2000', { cutoffYear: 1995 }).not[0].code).toBe('year-spans');
  });

  it('year rule off: a 1995 building is not eligible by age', () => {
    const e = explain('pre2000', { byYear: false });
    expect(e.eligible).toBe(false);
    expect(codesOf(e).not).toEqual(['year-off', 'no-other-rule']);
    expect(explain('post2000GradeC', { byYear: false }).eligible).toBe(true);
  });

  it('grade C rule off: a post-2000 grade C building is not eligible, and the reason says the rule is off', () => {
    const e = explain('post2000GradeC', { byGradeC: false });
    expect(e.eligible).toBe(false);
    expect(codesOf(e)).toEqual({ because: [], not: ['year-after', 'grade-c-off'] });
  });

  it('non-complete rule off: a post-2000 non-complete building is not eligible, and the reason says the rule is off', () => {
    const e = explain('post2000NonComplete', { byNonComplete: false });
    expect(e.eligible).toBe(false);
    expect(codesOf(e)).toEqual({ because: [], not: ['year-after', 'non-complete-off'] });
  });
});

describe('eligibilityCodes: the reason bits for every building in one pass', () => {
  it('bits per case under the default rules', () => {
    const codes = eligibilityCodes(table);
    const bits = (c: Case) => codes[row(c)];
    expect(bits('pre2000')).toBe(BY_YEAR);
    expect(bits('post2000GradeC')).toBe(BY_GRADE_C);
    expect(bits('post2000NonComplete')).toBe(BY_NON_COMPLETE);
    expect(bits('post2000Plain')).toBe(0);
    expect(bits('unknownYear')).toBe(FLAG_YEAR_UNKNOWN);
    expect(bits('decadeSpansCutoff')).toBe(FLAG_YEAR_SPANS_CUTOFF);
    expect(bits('pre2000GradeD')).toBe(BY_YEAR | FLAG_DANGER);
    expect(bits('post2000GradeD')).toBe(FLAG_DANGER);
    expect(eligibilityCodes(table, { ...DEFAULT_ELIGIBILITY, gradeD: 'eligible' })[row('post2000GradeD')]).toBe(
      BY_GRADE_D | FLAG_DANGER,
    );
    expect(eligibilityCodes(table, { ...DEFAULT_ELIGIBILITY, gradeD: 'exclude' })[row('pre2000GradeD')]).toBe(
      FLAG_DANGER | FLAG_EXCLUDED_D,
    );
  });

  it('isEligibleCode agrees with explainEligibility for every case and setting', () => {
    const variants: Partial<EligibilitySettings>[] = [
      {},
      { cutoffYear: 2005 },
      { byYear: false },
      { byGradeC: false },
      { byNonComplete: false },
      { gradeD: 'eligible' },
      { gradeD: 'exclude' },
    ];
    for (const v of variants) {
      const s = { ...DEFAULT_ELIGIBILITY, ...v };
      const codes = eligibilityCodes(table, s);
      for (const c of CASES) {
        const e = explainEligibility(table, row(c), s);
        expect([c, v, isEligibleCode(codes[row(c)])]).toEqual([c, v, e.eligible]);
        expect(e.eligible).toBe(e.because.length > 0);
      }
    }
  });
});
