/**
 * The dashboard's filter (src/domain/building-filter.ts): fixture in, expected row numbers out,
 * one case per field; and properties over random filters: the answer is a sorted subset of the
 * rows, equals a plain per-row reading of the fields, and combining fields intersects.
 *
 * Fixture tests/fixtures/csv/filter-buildings.csv (default rules, cut-off 2000), with
 * tests/fixtures/geojson/aggregate-communities.geojson (建设新村, 常庄街道, 建设社区, 施工 2023,
 * no building rows):
 *
 *  row  street    社区      小区      建成年代     grade complete types     stage (plan year)    eligible by        programme
 *  F0   临城街道  东风社区  东风小区  1990         A     是       基础       已完工 (2022)        year               yes
 *  F1   临城街道  东风社区  东风小区  90年代       B     是       基础+完善  施工中 (2023)        year               yes
 *  F2   临城街道  幸福社区  幸福小区  2005         C     是       完善       —                    grade C            no  -> backlog
 *  F3   临城街道  幸福社区  幸福小区  2008         —     是       —          未纳入               —                  no
 *  F4   常庄街道  新村社区  常庄新村  1985         D     否       提升       设计 (2024)          year, non-complete yes
 *  F5   常庄街道  新村社区  常庄新村  2000年底前   —     否       —          —                    year, non-complete no  -> backlog
 *  F6   常庄街道  新村社区  光明小区  —            —     —        —          — (2023): planned    —                  yes
 *  F7   常庄街道  建设社区  东风小区  1998-2003    B     是       基础       已纳入计划 (2022)    — (spans 2000)     yes
 *  F8   临城街道  —         —         2005年以后   A     是       —          —                    —                  no
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communityKeys, summarize, type SummaryRow } from '../../../src/domain/aggregate.ts';
import {
  activeFields,
  COMPLETE_KEYS,
  ELIGIBILITY_KEYS,
  EMPTY_FILTER,
  filterNeeds,
  GRADE_KEYS,
  isEmptyFilter,
  STAGE_KEYS,
  TYPE_KEYS,
  type BuildingFilter,
} from '../../../src/domain/building-filter.ts';
import { applyFilter, filterBuildings, filterCommunities } from '../../../src/domain/filter-apply.ts';
import { dictValue } from '../../../src/domain/building-table.ts';
import { effectiveStage } from '../../../src/domain/programme-stage.ts';
import { streetKey } from '../../../src/domain/community.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes } from '../../../src/domain/eligibility.ts';
import { explainEligibility } from '../../../src/domain/eligibility-explain.ts';
import { inProgramme } from '../../../src/domain/in-programme.ts';
import { YEAR_AFTER, YEAR_BEFORE } from '../../../src/domain/parse-values.ts';
import { STAGE_CODE, TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/filter-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);
const t = data.buildings;
const codes = eligibilityCodes(t, DEFAULT_ELIGIBILITY);
const ids = (rows: Uint32Array) => [...rows].map((i) => t.id[i]);
const run = (f: Partial<BuildingFilter>, year: number | null = null) =>
  ids(filterBuildings(t, data.communities, { ...EMPTY_FILTER, ...f }, codes, year));
const communityNames = (f: Partial<BuildingFilter>, year: number | null = null) => {
  const keys = communityKeys(data.communities);
  return [...applyFilter(data, { ...EMPTY_FILTER, ...f }, codes, year).communities].map((c) => keys[c]).sort();
};

describe('the fixture', () => {
  it('loads cleanly: 9 buildings, 建设新村 without building rows, 东风小区 in two street offices', () => {
    expect(data.report.rejected).toEqual([]);
    expect(t.length).toBe(9);
    expect([...communityKeys(data.communities)].sort()).toEqual(
      ['东风小区（临城街道）', '东风小区（常庄街道）', '光明小区', '幸福小区', '常庄新村', '建设新村'].sort(),
    );
  });
});

describe('filterBuildings: one field at a time', () => {
  it('no field set: every row', () => {
    expect(run({})).toEqual(['F0', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8']);
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
  });
  it('street office, any spelling', () => {
    expect(run({ street: '临城街道' })).toEqual(['F0', 'F1', 'F2', 'F3', 'F8']);
    expect(run({ street: '常庄街道' })).toEqual(['F4', 'F5', 'F6', 'F7']);
    expect(run({ street: '常庄' })).toEqual(['F4', 'F5', 'F6', 'F7']);
    expect(run({ street: '常庄镇' })).toEqual(['F4', 'F5', 'F6', 'F7']);
    expect(run({ street: '沙沟镇' })).toEqual([]);
  });
  it('社区', () => {
    expect(run({ shequ: '新村社区' })).toEqual(['F4', 'F5', 'F6']);
    expect(run({ shequ: '建设社区' })).toEqual(['F7']);
  });
  it('community: a name matches it in every street office; a key with the office, only there', () => {
    expect(run({ community: '东风小区' })).toEqual(['F0', 'F1', 'F7']);
    expect(run({ community: '东风小区（常庄街道）' })).toEqual(['F7']);
    expect(run({ community: '幸福小区' })).toEqual(['F2', 'F3']);
    expect(run({ community: '没有这个小区' })).toEqual([]);
  });
  it('build-year range: exact years inside, ranges and bounds that overlap it; unknown years never', () => {
    expect(run({ builtFrom: 1995, builtTo: 2000 })).toEqual(['F1', 'F5', 'F7']);
    expect(run({ builtFrom: 2006 })).toEqual(['F3', 'F8']);
    expect(run({ builtTo: 1989 })).toEqual(['F4', 'F5']);
    expect(run({ builtFrom: 1990, builtTo: 1990 })).toEqual(['F0', 'F1', 'F5']);
  });
  it('safety grade (several: either), unknown', () => {
    expect(run({ grades: ['C', 'D'] })).toEqual(['F2', 'F4']);
    expect(run({ grades: ['unknown'] })).toEqual(['F3', 'F5', 'F6']);
  });
  it('complete units', () => {
    expect(run({ complete: ['no'] })).toEqual(['F4', 'F5']);
    expect(run({ complete: ['unknown'] })).toEqual(['F6']);
    expect(run({ complete: ['yes'] })).toEqual(['F0', 'F1', 'F2', 'F3', 'F7', 'F8']);
  });
  it('renovation type: a building with several types matches each; none given', () => {
    expect(run({ types: ['improvement'] })).toEqual(['F1', 'F2']);
    expect(run({ types: ['upgrade'] })).toEqual(['F4']);
    expect(run({ types: ['none'] })).toEqual(['F3', 'F5', 'F6', 'F8']);
    expect(run({ types: ['basic', 'none'] })).toEqual(['F0', 'F1', 'F3', 'F5', 'F6', 'F7', 'F8']);
  });
  it('stage in the chosen plan year’s programme, as the stage colouring reads it', () => {
    expect(run({ stages: ['planned'] }, 2023)).toEqual(['F6']);
    expect(run({ stages: ['construction'] }, 2023)).toEqual(['F1']);
    expect(run({ stages: ['none'] }, 2023)).toEqual(['F0', 'F2', 'F3', 'F4', 'F5', 'F7', 'F8']);
    expect(run({ stages: ['planned'] }, null)).toEqual(['F6', 'F7']);
    expect(run({ stages: ['completed'] }, null)).toEqual(['F0']);
  });
  it('eligibility: eligible, not, and by reason', () => {
    expect(run({ eligibility: ['eligible'] })).toEqual(['F0', 'F1', 'F2', 'F4', 'F5']);
    expect(run({ eligibility: ['not'] })).toEqual(['F3', 'F6', 'F7', 'F8']);
    expect(run({ eligibility: ['year'] })).toEqual(['F0', 'F1', 'F4', 'F5']);
    expect(run({ eligibility: ['gradeC'] })).toEqual(['F2']);
    expect(run({ eligibility: ['nonComplete'] })).toEqual(['F4', 'F5']);
    expect(run({ eligibility: ['gradeD'] })).toEqual(['F4']);
    expect(run({ eligibility: ['gradeC', 'gradeD'] })).toEqual(['F2', 'F4']);
  });
  it('eligibility follows the rules in force: cut-off 2005 adds F2 by year and F7', () => {
    const later = eligibilityCodes(t, { ...DEFAULT_ELIGIBILITY, cutoffYear: 2005 });
    expect(ids(filterBuildings(t, data.communities, { ...EMPTY_FILTER, eligibility: ['year'] }, later))).toEqual([
      'F0',
      'F1',
      'F2',
      'F4',
      'F5',
      'F7',
    ]);
  });
  it('backlog: eligible and in no plan of any year, whatever the plan year chosen', () => {
    expect(run({ backlog: true })).toEqual(['F2', 'F5']);
    expect(run({ backlog: true }, 2023)).toEqual(['F2', 'F5']);
  });
  it('fields combine: street and eligibility', () => {
    expect(run({ street: '常庄街道', eligibility: ['eligible'] })).toEqual(['F4', 'F5']);
    expect(run({ street: '临城街道', backlog: true, grades: ['C'] })).toEqual(['F2']);
  });
  it('an eligibility field without codes is a programmer error', () => {
    expect(() => filterBuildings(t, data.communities, { ...EMPTY_FILTER, backlog: true }, null)).toThrow(
      /eligibility codes/,
    );
    expect(filterNeeds({ ...EMPTY_FILTER, backlog: true })).toEqual({ codes: true, year: false });
    expect(filterNeeds({ ...EMPTY_FILTER, stages: ['none'] })).toEqual({ codes: false, year: true });
  });
  it('activeFields names the fields set', () => {
    expect(activeFields({ ...EMPTY_FILTER, street: '临城街道', grades: ['D'], backlog: true })).toEqual([
      'street',
      'grades',
      'backlog',
    ]);
  });
});

describe('filterCommunities: communities with a kept building, and building-less ones by their own attributes', () => {
  it('street office: its communities and 建设新村', () => {
    expect(communityNames({ street: '常庄街道' })).toEqual(
      ['东风小区（常庄街道）', '光明小区', '常庄新村', '建设新村'].sort(),
    );
  });
  it('社区 and stage read 建设新村’s own attributes', () => {
    expect(communityNames({ shequ: '建设社区' })).toEqual(['东风小区（常庄街道）', '建设新村'].sort());
    expect(communityNames({ stages: ['construction'] }, 2023)).toEqual(['东风小区（临城街道）', '建设新村'].sort());
    expect(communityNames({ grades: ['D'] })).toEqual(['常庄新村']);
  });
  it('eligibility is read per building: no building-less community with an eligibility field', () => {
    expect(communityNames({ eligibility: ['eligible'] })).toEqual(
      ['东风小区（临城街道）', '常庄新村', '幸福小区'].sort(),
    );
  });
  it('the same list from filterCommunities and applyFilter', () => {
    const f = { ...EMPTY_FILTER, street: '常庄街道' };
    const rows = filterBuildings(t, data.communities, f, codes);
    expect([...filterCommunities(t, data.communities, f, rows)]).toEqual([...applyFilter(data, f, codes).communities]);
  });
});

/** The fields read plainly, one building at a time: what filterBuildings must agree with. */
function plainKeeps(d: Dataset, f: BuildingFilter, i: number, year: number | null): boolean {
  const b = d.buildings;
  const keys = communityKeys(d.communities);
  if (f.street !== null && streetKey(dictValue(b.street, i)) !== streetKey(f.street)) return false;
  if (f.shequ !== null && dictValue(b.shequ, i) !== f.shequ) return false;
  const ci = b.communityIndex[i];
  if (f.community !== null && (ci < 0 || (d.communities[ci].name !== f.community && keys[ci] !== f.community)))
    return false;
  if (f.builtFrom !== null || f.builtTo !== null) {
    const kind = b.yearKind[i];
    if (kind === 0) return false;
    const lo = kind === YEAR_BEFORE ? -Infinity : b.yearFrom[i];
    const hi = kind === YEAR_AFTER ? Infinity : b.yearTo[i];
    if (hi < (f.builtFrom ?? -Infinity) || lo > (f.builtTo ?? Infinity)) return false;
  }
  if (f.grades.length > 0 && !f.grades.includes(b.grade[i] === 0 ? 'unknown' : GRADE_KEYS[b.grade[i] - 1]))
    return false;
  if (
    f.complete.length > 0 &&
    !f.complete.includes(b.completeUnits[i] === 1 ? 'yes' : b.completeUnits[i] === 2 ? 'no' : 'unknown')
  )
    return false;
  if (f.types.length > 0 && !f.types.some((k) => (k === 'none' ? b.types[i] === 0 : (b.types[i] & TYPE_BIT[k]) !== 0)))
    return false;
  if (f.stages.length > 0 && !f.stages.some((s) => STAGE_CODE[s] === effectiveStage(b.stage[i], b.planYear[i], year)))
    return false;
  const why = explainEligibility(b, i, DEFAULT_ELIGIBILITY);
  const reasons = new Set(why.because.map((r) => r.code));
  const reasonOf = {
    eligible: why.eligible,
    not: !why.eligible,
    year: reasons.has('year'),
    gradeC: reasons.has('grade-c'),
    nonComplete: reasons.has('non-complete'),
    reserve: reasons.has('reserve'),
    reserveOver: false,
    gradeD: why.danger,
  };
  if (f.eligibility.length > 0 && !f.eligibility.some((k) => reasonOf[k])) return false;
  if (f.backlog && !(why.eligible && !inProgramme(b.stage[i], b.planYear[i], null))) return false;
  return true;
}

const sample = (() => {
  const files = [
    'buildings.csv',
    'communities.geojson',
    'streets.geojson',
    'programme-2022.json',
    'programme-2023.json',
  ];
  return importFiles(files.map((f) => fixtureFile(`../../data/sample/${f}`, f)));
})();

/** Random filters over a dataset's own names (and a few it does not have). */
function filterArb(d: Dataset): fc.Arbitrary<BuildingFilter> {
  const streets = [...new Set(d.buildings.street.values.slice(1)), '沙沟', '没有街道'];
  const shequs = [...new Set(d.buildings.shequ.values.slice(1)), '没有社区'];
  const communities = [...communityKeys(d.communities), '没有小区'];
  const year = fc.option(fc.integer({ min: 1970, max: 2015 }), { nil: null });
  const subset = <T>(xs: readonly T[]) => fc.subarray([...xs], { maxLength: 3 });
  return fc.record({
    street: fc.option(fc.constantFrom(...streets), { nil: null, freq: 2 }),
    shequ: fc.option(fc.constantFrom(...shequs), { nil: null, freq: 3 }),
    community: fc.option(fc.constantFrom(...communities), { nil: null, freq: 3 }),
    builtFrom: year,
    builtTo: year,
    grades: subset(GRADE_KEYS),
    complete: subset(COMPLETE_KEYS),
    types: subset(TYPE_KEYS),
    stages: subset(STAGE_KEYS),
    eligibility: subset(ELIGIBILITY_KEYS),
    backlog: fc.boolean(),
  });
}

describe('properties over random filters', () => {
  const planYear = fc.constantFrom(null, 2022, 2023);

  it('the fixture: a sorted subset of the rows, equal to the plain per-row reading', () => {
    fc.assert(
      fc.property(filterArb(data), planYear, (f, year) => {
        const rows = filterBuildings(t, data.communities, f, codes, year);
        for (let k = 1; k < rows.length; k++) expect(rows[k]).toBeGreaterThan(rows[k - 1]);
        const expected = [...Array(t.length).keys()].filter((i) => plainKeeps(data, f, i, year));
        expect([...rows]).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('the sample: fields combined = the intersection of each field alone', () => {
    const st = sample.buildings;
    const sc = eligibilityCodes(st, DEFAULT_ELIGIBILITY);
    fc.assert(
      fc.property(filterArb(sample), filterArb(sample), fc.boolean(), planYear, (a, b, pickA, year) => {
        // Each field from a or b, alternately: the two halves share no field.
        const fields = Object.keys(EMPTY_FILTER) as (keyof BuildingFilter)[];
        const left: BuildingFilter = { ...EMPTY_FILTER };
        const right: BuildingFilter = { ...EMPTY_FILTER };
        fields.forEach((k, n) => {
          const target = n % 2 === (pickA ? 0 : 1) ? left : right;
          Object.assign(target, { [k]: (n % 2 === 0 ? a : b)[k] });
        });
        const both = filterBuildings(
          st,
          sample.communities,
          { ...left, ...Object.fromEntries(activeFields(right).map((k) => [k, right[k]])) },
          sc,
          year,
        );
        const l = filterBuildings(st, sample.communities, left, sc, year);
        const r = new Set(filterBuildings(st, sample.communities, right, sc, year));
        expect([...both]).toEqual([...l].filter((i) => r.has(i)));
        for (const i of both) expect(i).toBeLessThan(st.length);
      }),
      { numRuns: 200 },
    );
  });

  it('never changes the table', () => {
    const before = JSON.stringify([[...t.street.codes], [...t.grade], [...t.stage]]);
    filterBuildings(
      t,
      data.communities,
      { ...EMPTY_FILTER, street: '临城街道', grades: ['A'], stages: ['none'] },
      codes,
      2023,
    );
    expect(JSON.stringify([[...t.street.codes], [...t.grade], [...t.stage]])).toBe(before);
  });
});

describe('backlog totals (summarize’s backlog fields)', () => {
  it('by street office: eligible buildings in no plan of any year', () => {
    const s = summarize(data, { by: 'street', year: 2023 });
    const pick = (r: SummaryRow) => [r.key, r.backlogBuildings, r.backlogHouseholds, r.backlogFloorAreaM2];
    expect(s.groups.map(pick)).toEqual([
      ['常庄街道', 1, 0, 6000],
      ['临城街道', 1, 30, 3000],
    ]);
    expect(pick(s.total)).toEqual(['合计', 2, 30, 9000]);
  });
  it('the backlog filter’s rows total the same: every one eligible, none in the programme', () => {
    const sel = applyFilter(data, { ...EMPTY_FILTER, backlog: true }, codes, 2023);
    const s = summarize(data, { by: 'street', year: 2023, rows: sel.rows, communityRows: sel.communities });
    expect([
      s.total.buildings,
      s.total.eligibleBuildings,
      s.total.backlogBuildings,
      s.total.programmeBuildings,
    ]).toEqual([2, 2, 2, 0]);
    expect(s.total.backlogHouseholds).toBe(summarize(data).total.backlogHouseholds);
  });
  it('a reserve building within the cap is eligible, so it is backlog when in no plan', () => {
    const s = { ...DEFAULT_ELIGIBILITY, reserveTo: 2008, reserveShare: 1 };
    const c = eligibilityCodes(t, s, null);
    expect(ids(filterBuildings(t, data.communities, { ...EMPTY_FILTER, eligibility: ['reserve'] }, c))).toEqual(['F3']);
    expect(summarize(data, { eligibility: s }).total.backlogBuildings).toBe(3);
  });
});
