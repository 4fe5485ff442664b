/**
 * The ministry's headline figures per group, on a fixture small enough to add up by hand:
 * tests/fixtures/csv/aggregate-buildings.csv (7 buildings) and
 * tests/fixtures/geojson/aggregate-communities.geojson (建设新村: a community with no building rows).
 *
 *  id  street    社区      片区      小区      built  户  m²    grade complete stage   plan year  eligible (cut-off 2000)
 *  (eligible by rule: 临城 year 2 · C 1 · non-complete 0; 常庄 year 1 · C 0 · non-complete 1)
 *  A1  临城街道  东风社区  八一片区  东风小区  1990   10  1000        是       已完工  2023       yes (year)
 *  A2  临城街道  东风社区  八一片区  东风小区  1995   20  2000        是       施工中  2023       yes (year)
 *  A3  临城街道  幸福社区  八一片区  幸福小区  2005   30  3000  C     是       完工    2023       yes (grade C)
 *  A4  临城街道  幸福社区  海河片区  幸福小区  2008   40  4000        是       未纳入  —          no
 *  A5  常庄街道  新村社区  海河片区  常庄新村  1985   50  5000  D     是       设计    2024       yes (year), danger
 *  A6  常庄街道  新村社区  海河片区  常庄新村  2010   —   6000        否       已完工  2024       yes (non-complete)
 *  A7  常庄街道  新村社区  海河片区  光明小区  —      70  7000                 —       2023       no (year unknown)
 *  建设新村 (community file): 常庄街道 建设社区 海河片区, 3栋, 120户, 0.6万㎡, 施工, 2023
 *
 * Programme: stage from 已纳入计划 on, or a plan year and no stage (A7 counts as planned); A4 is not.
 */
import { describe, expect, it } from 'vitest';
import { inProgramme, summarize, type SummaryRow } from '../../../src/domain/aggregate.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { STAGE_CODE } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/aggregate-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);

/** Every number of a row; rates are checked separately as fractions. */
type Counts = Omit<
  SummaryRow,
  'key' | 'completionRateHouseholds' | 'startRateHouseholds' | 'startRateCommunities' | 'completionRateCommunities'
>;
type Rates = Pick<
  SummaryRow,
  'completionRateHouseholds' | 'startRateHouseholds' | 'startRateCommunities' | 'completionRateCommunities'
>;

function expectRow(r: SummaryRow | undefined, counts: Counts, rates: Rates): void {
  expect(r).toBeDefined();
  const { completionRateHouseholds, startRateHouseholds, startRateCommunities, completionRateCommunities, ...rest } =
    r!;
  expect(rest).toEqual({ key: r!.key, ...counts });
  expect(completionRateHouseholds).toBeCloseTo(rates.completionRateHouseholds, 12);
  expect(startRateHouseholds).toBeCloseTo(rates.startRateHouseholds, 12);
  expect(startRateCommunities).toBeCloseTo(rates.startRateCommunities, 12);
  expect(completionRateCommunities).toBeCloseTo(rates.completionRateCommunities, 12);
}

const group = (rows: SummaryRow[], key: string) => rows.find((r) => r.key === key);

describe('the fixture loads as described', () => {
  it('7 buildings, 5 communities (4 from the rows, 1 from the community file), no problems', () => {
    expect(data.report.rejected).toEqual([]);
    expect(data.report.warnings).toEqual([]);
    expect(data.buildings.length).toBe(7);
    expect(data.communities.map((c) => [c.name, c.implicit])).toEqual([
      ['建设新村', false],
      ['东风小区', true],
      ['幸福小区', true],
      ['常庄新村', true],
      ['光明小区', true],
    ]);
    const c = data.communities[0];
    expect([c.attrs.buildingCount, c.attrs.households, c.attrs.floorAreaM2, c.attrs.stage, c.attrs.planYear]).toEqual([
      3,
      120,
      6000,
      STAGE_CODE.construction,
      2023,
    ]);
  });
});

describe('inProgramme', () => {
  it.each<[number, number, number | null, boolean]>([
    [STAGE_CODE.planned, 0, null, true],
    [STAGE_CODE.completed, 2023, null, true],
    [STAGE_CODE.none, 2023, null, false],
    [0, 2023, null, true],
    [0, 0, null, false],
    [STAGE_CODE.construction, 2023, 2023, true],
    [STAGE_CODE.construction, 2024, 2023, false],
    [STAGE_CODE.construction, 0, 2023, false],
  ])('stage %d, plan year %d, programme year %s -> %s', (stage, planYear, year, expected) => {
    expect(inProgramme(stage, planYear, year)).toBe(expected);
  });
});

describe('summarize by street office', () => {
  const s = summarize(data, { by: 'street' });

  it('groups are the street offices, in Chinese order', () => {
    expect(s.by).toBe('street');
    expect(s.year).toBeNull();
    expect(s.groups.map((g) => g.key)).toEqual(['常庄街道', '临城街道']);
    expect(s.total.key).toBe('合计');
  });

  it('临城街道: A1–A4', () => {
    expectRow(
      group(s.groups, '临城街道'),
      {
        communities: 2,
        buildings: 4,
        households: 100,
        floorAreaM2: 10000,
        eligibleBuildings: 3,
        eligibleHouseholds: 60,
        eligibleFloorAreaM2: 6000,
        eligibleByYearBuildings: 2,
        eligibleByGradeCBuildings: 1,
        eligibleNonCompleteBuildings: 0,
        programmeCommunities: 2,
        programmeBuildings: 3,
        programmeHouseholds: 60,
        programmeFloorAreaM2: 6000,
        startedHouseholds: 60,
        completedHouseholds: 40,
        startedCommunities: 2,
        completedCommunities: 1,
        startedBuildings: 3,
        completedBuildings: 2,
        dangerBuildings: 0,
        buildingsWithoutHouseholds: 0,
        backlogBuildings: 0,
        backlogHouseholds: 0,
        backlogFloorAreaM2: 0,
        overdueBuildings: 0,
        overdueHouseholds: 0,
        overdueCommunities: 0,
      },
      {
        completionRateHouseholds: 40 / 60,
        startRateHouseholds: 1,
        startRateCommunities: 1,
        completionRateCommunities: 1 / 2,
      },
    );
  });

  it('常庄街道: A5–A7 and 建设新村 counted from its own attributes', () => {
    expectRow(
      group(s.groups, '常庄街道'),
      {
        communities: 3,
        buildings: 6,
        households: 240,
        floorAreaM2: 24000,
        eligibleBuildings: 2,
        eligibleHouseholds: 50,
        eligibleFloorAreaM2: 11000,
        eligibleByYearBuildings: 1,
        eligibleByGradeCBuildings: 0,
        eligibleNonCompleteBuildings: 1,
        programmeCommunities: 3,
        programmeBuildings: 6,
        programmeHouseholds: 240,
        programmeFloorAreaM2: 24000,
        startedHouseholds: 120,
        completedHouseholds: 0,
        startedCommunities: 1,
        completedCommunities: 0,
        startedBuildings: 4,
        completedBuildings: 1,
        dangerBuildings: 1,
        buildingsWithoutHouseholds: 1,
        backlogBuildings: 0,
        backlogHouseholds: 0,
        backlogFloorAreaM2: 0,
        overdueBuildings: 0,
        overdueHouseholds: 0,
        overdueCommunities: 0,
      },
      {
        completionRateHouseholds: 0,
        startRateHouseholds: 120 / 240,
        startRateCommunities: 1 / 3,
        completionRateCommunities: 0,
      },
    );
  });

  it('合计', () => {
    expectRow(
      s.total,
      {
        communities: 5,
        buildings: 10,
        households: 340,
        floorAreaM2: 34000,
        eligibleBuildings: 5,
        eligibleHouseholds: 110,
        eligibleFloorAreaM2: 17000,
        eligibleByYearBuildings: 3,
        eligibleByGradeCBuildings: 1,
        eligibleNonCompleteBuildings: 1,
        programmeCommunities: 5,
        programmeBuildings: 9,
        programmeHouseholds: 300,
        programmeFloorAreaM2: 30000,
        startedHouseholds: 180,
        completedHouseholds: 40,
        startedCommunities: 3,
        completedCommunities: 1,
        startedBuildings: 7,
        completedBuildings: 3,
        dangerBuildings: 1,
        buildingsWithoutHouseholds: 1,
        backlogBuildings: 0,
        backlogHouseholds: 0,
        backlogFloorAreaM2: 0,
        overdueBuildings: 0,
        overdueHouseholds: 0,
        overdueCommunities: 0,
      },
      {
        completionRateHouseholds: 40 / 300,
        startRateHouseholds: 180 / 300,
        startRateCommunities: 3 / 5,
        completionRateCommunities: 1 / 5,
      },
    );
  });
});

describe('summarize with a plan year (--year)', () => {
  it('2023: only 2023 buildings and communities are in the programme; the stock figures do not change', () => {
    const s = summarize(data, { by: 'street', year: 2023 });
    expect(s.year).toBe(2023);
    const lc = group(s.groups, '临城街道')!;
    const cz = group(s.groups, '常庄街道')!;
    expect([lc.buildings, lc.households, lc.eligibleBuildings]).toEqual([4, 100, 3]);
    expect([
      lc.programmeCommunities,
      lc.programmeBuildings,
      lc.programmeHouseholds,
      lc.startedHouseholds,
      lc.completedHouseholds,
    ]).toEqual([2, 3, 60, 60, 40]);
    expect([cz.buildings, cz.households, cz.eligibleBuildings]).toEqual([6, 240, 2]);
    // A7 (planned, 70户) and 建设新村 (施工, 3栋 120户); A5 and A6 are 2024's.
    expect([
      cz.programmeCommunities,
      cz.programmeBuildings,
      cz.programmeHouseholds,
      cz.programmeFloorAreaM2,
      cz.startedHouseholds,
      cz.startedBuildings,
      cz.completedHouseholds,
      cz.startedCommunities,
    ]).toEqual([2, 4, 190, 13000, 120, 3, 0, 1]);
    expect([
      s.total.programmeCommunities,
      s.total.programmeHouseholds,
      s.total.startedHouseholds,
      s.total.completedHouseholds,
      s.total.startedCommunities,
      s.total.completedCommunities,
    ]).toEqual([4, 250, 180, 40, 3, 1]);
    expect(s.total.completionRateHouseholds).toBeCloseTo(40 / 250, 12);
    expect(s.total.startRateHouseholds).toBeCloseTo(180 / 250, 12);
    expect(s.total.startRateCommunities).toBeCloseTo(3 / 4, 12);
    expect(s.total.completionRateCommunities).toBeCloseTo(1 / 4, 12);
  });

  it('2024: A5 and A6 only; 临城街道 has no programme and its rates are 0', () => {
    const s = summarize(data, { by: 'street', year: 2024 });
    const lc = group(s.groups, '临城街道')!;
    expect([
      lc.programmeCommunities,
      lc.programmeBuildings,
      lc.programmeHouseholds,
      lc.completionRateHouseholds,
      lc.startRateCommunities,
    ]).toEqual([0, 0, 0, 0, 0]);
    expect([
      s.total.programmeCommunities,
      s.total.programmeBuildings,
      s.total.programmeHouseholds,
      s.total.startedBuildings,
      s.total.completedBuildings,
      s.total.startedCommunities,
    ]).toEqual([1, 2, 50, 1, 1, 0]);
  });

  it('a year with no programme at all: everything but the stock is 0', () => {
    const s = summarize(data, { by: 'street', year: 2030 });
    expect([
      s.total.buildings,
      s.total.programmeBuildings,
      s.total.programmeCommunities,
      s.total.completionRateHouseholds,
    ]).toEqual([10, 0, 0, 0]);
  });
});

describe('summarize by community, 社区, 片区 and plan year', () => {
  it('by community', () => {
    const s = summarize(data, { by: 'community' });
    expect(s.groups.map((g) => g.key)).toEqual(['常庄新村', '东风小区', '光明小区', '建设新村', '幸福小区']);
    const pick = (k: string) => {
      const r = group(s.groups, k)!;
      return [
        r.communities,
        r.buildings,
        r.households,
        r.floorAreaM2,
        r.eligibleBuildings,
        r.programmeBuildings,
        r.programmeHouseholds,
        r.startedHouseholds,
        r.completedHouseholds,
        r.programmeCommunities,
        r.startedCommunities,
        r.completedCommunities,
        r.dangerBuildings,
      ];
    };
    expect(pick('东风小区')).toEqual([1, 2, 30, 3000, 2, 2, 30, 30, 10, 1, 1, 0, 0]);
    expect(pick('幸福小区')).toEqual([1, 2, 70, 7000, 1, 1, 30, 30, 30, 1, 1, 1, 0]);
    expect(pick('常庄新村')).toEqual([1, 2, 50, 11000, 2, 2, 50, 0, 0, 1, 0, 0, 1]);
    expect(pick('光明小区')).toEqual([1, 1, 70, 7000, 0, 1, 70, 0, 0, 1, 0, 0, 0]);
    expect(pick('建设新村')).toEqual([1, 3, 120, 6000, 0, 3, 120, 120, 0, 1, 1, 0, 0]);
    expect(group(s.groups, '东风小区')!.completionRateHouseholds).toBeCloseTo(10 / 30, 12);
  });

  it('by 社区', () => {
    const s = summarize(data, { by: 'shequ' });
    expect(
      s.groups
        .map((g) => [
          g.key,
          g.communities,
          g.buildings,
          g.households,
          g.programmeCommunities,
          g.startedCommunities,
          g.completedCommunities,
        ])
        .sort(),
    ).toEqual(
      [
        ['东风社区', 1, 2, 30, 1, 1, 0],
        ['建设社区', 1, 3, 120, 1, 1, 0],
        ['新村社区', 2, 3, 120, 2, 0, 0],
        ['幸福社区', 1, 2, 70, 1, 1, 1],
      ].sort(),
    );
  });

  it('by 片区: 幸福小区 has buildings in both areas and counts in each, but once in the total', () => {
    const s = summarize(data, { by: 'area' });
    const by = Object.fromEntries(
      s.groups.map((g) => [
        g.key,
        [
          g.communities,
          g.buildings,
          g.households,
          g.floorAreaM2,
          g.eligibleBuildings,
          g.programmeBuildings,
          g.programmeHouseholds,
          g.programmeCommunities,
          g.startedCommunities,
          g.completedCommunities,
        ],
      ]),
    );
    expect(by).toEqual({
      八一片区: [2, 3, 60, 6000, 3, 3, 60, 2, 2, 1],
      海河片区: [4, 7, 280, 28000, 2, 6, 240, 3, 1, 0],
    });
    expect(s.total.communities).toBe(5);
  });

  it('by plan year: buildings without one go to the "" group, listed last', () => {
    const s = summarize(data, { by: 'planYear' });
    expect(s.groups.map((g) => g.key)).toEqual(['2023', '2024', '']);
    expect(
      s.groups.map((g) => [g.communities, g.buildings, g.households, g.programmeBuildings, g.programmeHouseholds]),
    ).toEqual([
      [4, 7, 250, 7, 250],
      [1, 2, 50, 2, 50],
      [1, 1, 40, 0, 0],
    ]);
  });

  it('the total does not depend on the grouping', () => {
    const totals = (['street', 'community', 'shequ', 'area', 'planYear'] as const).map(
      (by) => summarize(data, { by }).total,
    );
    for (const t of totals) expect(t).toEqual(totals[0]);
  });
});

describe('options', () => {
  it('rows: only the listed buildings count, and building-less communities are left out', () => {
    const s = summarize(data, { by: 'street', rows: new Uint32Array([0, 1, 4]) });
    expect(
      s.groups.map((g) => [g.key, g.communities, g.buildings, g.households, g.programmeBuildings, g.dangerBuildings]),
    ).toEqual([
      ['常庄街道', 1, 1, 50, 1, 1],
      ['临城街道', 1, 2, 30, 2, 0],
    ]);
    expect([s.total.communities, s.total.buildings, s.total.households, s.total.programmeCommunities]).toEqual([
      2, 3, 80, 2,
    ]);
  });

  it('an empty row list gives empty groups and a zero total', () => {
    const s = summarize(data, { by: 'street', rows: new Uint32Array(0) });
    expect(s.groups).toEqual([]);
    expect([s.total.buildings, s.total.communities, s.total.completionRateHouseholds]).toEqual([0, 0, 0]);
  });

  it('eligibility settings change the eligible counts only', () => {
    const base = summarize(data).total;
    const noC = summarize(data, { eligibility: { ...DEFAULT_ELIGIBILITY, byGradeC: false } }).total;
    expect([base.eligibleBuildings, noC.eligibleBuildings, noC.eligibleHouseholds]).toEqual([5, 4, 80]);
    expect(noC.programmeHouseholds).toBe(base.programmeHouseholds);
    const late = summarize(data, { eligibility: { ...DEFAULT_ELIGIBILITY, cutoffYear: 2010 } }).total;
    expect(late.eligibleBuildings).toBe(6); // A4 (2008) joins
  });
});
