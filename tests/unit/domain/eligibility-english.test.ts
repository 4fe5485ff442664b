import { describe, expect, it } from 'vitest';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { parseBuildYear, YEAR_RANGE } from '../../../src/domain/parse-values.ts';
import { tableFromRows } from '../support.ts';

describe('English reasons carry English year text', () => {
  it('says (1995), not (1995年)', () => {
    const { table: t } = tableFromRows(
      ['楼栋编号', '建成年代'],
      [
        ['B1', '1995'],
        ['B2', '八九十年代'],
        ['B3', '2008'],
      ],
    );
    expect(explainEligibility(t, 0).because[0]).toMatchObject({
      zh: '2000年底前建成（1995年）',
      en: 'built by the end of 2000 (1995)',
    });
    expect(explainEligibility(t, 1).because[0].en).toBe('built by the end of 2000 (1980–1999)');
    expect(explainEligibility(t, 2).not[0].en).toBe('built after 2000 (2008)');
  });
  it('reads an abbreviated second year: 1980-85', () => {
    expect(parseBuildYear('1980-85')).toEqual({ from: 1980, to: 1985, kind: YEAR_RANGE });
    expect(parseBuildYear('1995～02')).toBeNull();
  });
});
