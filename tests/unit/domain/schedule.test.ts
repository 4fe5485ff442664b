/**
 * The programme on a day and what is overdue, on six buildings whose dates are easy to follow
 * against the 梨树 2023 schedule (design by 03-31, on site by 04-20, completed by 11-30):
 *
 *  id  stage now   start       completion  acceptance
 *  B1  完工        2023-04-18  2023-09-01  2023-09-20   on time all year
 *  B2  完工        2023-05-10  2023-12-10  —            started late (overdue 04-21..05-10), completed late
 *  B3  施工        2023-04-15  —           —            started on time, not completed: overdue after 11-30
 *  B4  招标        —           —           —            never started: overdue after 04-20
 *  B5  已纳入计划  —           —           —            still planned: overdue after 03-31
 *  B6  未纳入      —           —           —            no plan year: outside
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { readProgramme } from '../../../src/domain/programme.ts';
import {
  SCHEDULE_COMPLETED,
  SCHEDULE_ON_TIME,
  SCHEDULE_OUTSIDE,
  SCHEDULE_OVERDUE,
  overdueMask,
  overdueStepOf,
  scheduleOf,
  scheduleSpan,
  stageOnDay,
  stagesAsOf,
  tableAsOf,
} from '../../../src/domain/schedule.ts';
import { STAGE_CODE } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const csv = [
  '楼栋编号,小区名称,街道,经度,纬度,户数,建筑面积,改造进度,计划年度,开工日期,完工日期,验收日期',
  'B1,东风小区,街里街道,130.70,45.09,100,1000,完工,2023,2023-04-18,2023-09-01,2023-09-20',
  'B2,东风小区,街里街道,130.70,45.09,80,800,完工,2023,2023-05-10,2023-12-10,',
  'B3,西山小区,街里街道,130.71,45.09,60,600,施工,2023,2023-04-15,,',
  'B4,西山小区,街里街道,130.71,45.09,40,400,招标,2023,,,',
  'B5,南山小区,碱场街道,130.72,45.09,20,200,已纳入计划,2023,,,',
  'B6,北山小区,碱场街道,130.72,45.09,10,100,未纳入,,,,',
].join('\n');
const data = importFiles([{ name: 'b.csv', bytes: new TextEncoder().encode(csv) }]);
const t = data.buildings;
const { programme } = readProgramme(
  {
    kind: 'renovation-programme',
    year: 2023,
    targets: { buildings: 5 },
    steps: [
      { key: 'plan', name: '制定方案', stage: 'planned', end: '2023-02-28' },
      { key: 'design', name: '施工图设计', stage: 'design', end: '2023-03-31' },
      { key: 'site', name: '进场施工', stage: 'construction', end: '2023-04-20' },
      { key: 'done', name: '竣工验收', stage: 'completed', end: '2023-11-30' },
    ],
  },
  'p.json',
);
const programmes = [programme!];
const day = (iso: string): number => parseDate(iso)!;
const ids = t.id;
const at = (iso: string) => {
  const stages = stagesAsOf(t, day(iso));
  const sch = scheduleOf(t, stages, programmes, day(iso), 2023);
  return Object.fromEntries(
    ids.map((id, i) => [
      id,
      { stage: stages[i], status: sch.status[i], step: overdueStepOf(sch, 2023, i)?.key ?? null },
    ]),
  );
};

describe('stageOnDay', () => {
  it('reads the stage off the dates', () => {
    const c = STAGE_CODE;
    expect(stageOnDay(c.completed, day('2023-04-18'), day('2023-09-01'), NaN, day('2023-04-01'))).toBe(c.tender);
    expect(stageOnDay(c.completed, day('2023-04-18'), day('2023-09-01'), NaN, day('2023-04-18'))).toBe(c.construction);
    expect(stageOnDay(c.completed, day('2023-04-18'), day('2023-09-01'), NaN, day('2023-09-01'))).toBe(c.completed);
    expect(stageOnDay(c.acceptance, day('2023-04-18'), NaN, NaN, day('2023-06-01'))).toBe(c.acceptance);
    expect(stageOnDay(c.design, NaN, NaN, NaN, day('2020-01-01'))).toBe(c.design);
    expect(stageOnDay(c.completed, NaN, NaN, day('2023-10-01'), day('2023-10-01'))).toBe(c.completed);
  });

  it('never runs backwards as the day moves on (property)', () => {
    const d = fc.integer({ min: 19000, max: 20000 });
    const maybe = fc.oneof(d, fc.constant(NaN));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), maybe, maybe, maybe, d, d, (stage, st, cd, ad, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(stageOnDay(stage, st, cd, ad, lo)).toBeLessThanOrEqual(stageOnDay(stage, st, cd, ad, hi));
      }),
    );
  });

  it('keeps the recorded stage once every date has passed', () => {
    expect(Array.from(stagesAsOf(t, day('2030-01-01')))).toEqual(Array.from(t.stage));
  });
});

describe('scheduleOf', () => {
  it('nothing is due before the first deadline', () => {
    const s = at('2023-02-01');
    expect(Object.values(s).map((x) => x.status)).toEqual([1, 1, 1, 1, 1, 0]);
  });

  it('on 2023-04-25 the buildings not on site are overdue on that step; B5 on design', () => {
    const s = at('2023-04-25');
    expect(s.B1).toEqual({ stage: STAGE_CODE.construction, status: SCHEDULE_ON_TIME, step: null });
    expect(s.B2).toEqual({ stage: STAGE_CODE.tender, status: SCHEDULE_OVERDUE, step: 'site' });
    expect(s.B3.status).toBe(SCHEDULE_ON_TIME);
    expect(s.B4).toMatchObject({ status: SCHEDULE_OVERDUE, step: 'site' });
    expect(s.B5).toMatchObject({ status: SCHEDULE_OVERDUE, step: 'design' });
    expect(s.B6.status).toBe(SCHEDULE_OUTSIDE);
  });

  it('on 2023-12-05 B2 and B3 are overdue on completion, B1 completed', () => {
    const s = at('2023-12-05');
    expect(s.B1.status).toBe(SCHEDULE_COMPLETED);
    expect(s.B2).toMatchObject({ status: SCHEDULE_OVERDUE, step: 'done' });
    expect(s.B3).toMatchObject({ status: SCHEDULE_OVERDUE, step: 'done' });
    // On a deadline's own day nothing is late yet.
    expect(at('2023-11-30').B3.status).toBe(SCHEDULE_ON_TIME);
  });

  it('a building completed late is no longer overdue once completed', () => {
    expect(at('2023-12-10').B2.status).toBe(SCHEDULE_COMPLETED);
  });

  it('a plan year without a programme has no schedule; year null checks every year', () => {
    const sch = scheduleOf(t, t.stage, programmes, day('2024-01-01'), 2024);
    expect(sch.status.every((x) => x === SCHEDULE_OUTSIDE)).toBe(true);
    expect(scheduleOf(t, t.stage, programmes, day('2024-01-01'), null).overdueCount).toBe(3);
  });
});

describe('summarize with the schedule', () => {
  it('counts started, completed and overdue per street office on a past day', () => {
    const d = day('2023-04-25');
    const view = { ...data, buildings: tableAsOf(t, d) };
    const sch = scheduleOf(view.buildings, view.buildings.stage, programmes, d, 2023);
    const s = summarize(view, { year: 2023, overdue: overdueMask(sch) });
    const jieli = s.groups.find((g) => g.key === '街里街道')!;
    expect(jieli).toMatchObject({
      startedBuildings: 2,
      completedBuildings: 0,
      overdueBuildings: 2,
      overdueHouseholds: 120,
      overdueCommunities: 2,
    });
    expect(s.total).toMatchObject({
      startedBuildings: 2,
      overdueBuildings: 3,
      overdueHouseholds: 140,
      overdueCommunities: 3,
    });
  });

  it('without a mask nothing is overdue', () => {
    expect(summarize(data, { year: 2023 }).total.overdueBuildings).toBe(0);
  });
});

describe('scheduleSpan', () => {
  it('runs from the first step or date to the last', () => {
    expect(scheduleSpan(t, programmes)).toEqual({ first: day('2023-02-28'), last: day('2023-12-10') });
  });
});
