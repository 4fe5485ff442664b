/**
 * Colouring the map (src/domain/colour-classes.ts): each building in one class per colour mode,
 * counts per class, the cut-off marked in the build-year classes, grade D distinct; and each
 * community's least-advanced stage.
 *
 *  id  建成年代     grade  types            stage   plan year  year class (cut-off 2000)
 *  C1  1975         A      基础类           —       —          year-1  (≤1979)
 *  C2  1985年       B      完善类           已完工  2022       year-2  (1980–1989)
 *  C3  90年代       C      提升类           施工中  2023       year-3  (1990–2000; 1990–1999 fits)
 *  C4  2000         D      基础类、完善类   设计    2023       year-3
 *  C5  八九十年代   D      —                —       2023       year-approx (1980–1999 spans classes, all ≤2000)
 *  C6  2000年底前   —      基础类           未纳入  —          year-approx (≤2000)
 *  C7  2005         B      —                验收    2023       year-4  (2001–2010)
 *  C8  2015年       —      —                —       —          year-5  (≥2011)
 *  C9  —            —      —                —       —          year-unknown
 *  C10 1995-2005    A      —                —       —          year-unknown (spans the cut-off)
 *  C11 70年代       A      —                —       —          year-1  (1970–1979)
 *  C12 2005年以后   A      —                —       —          year-unknown (≥2006 spans 2001–2010 and later)
 */
import { describe, expect, it } from 'vitest';
import {
  buildYearClasses,
  COLOUR_MODES,
  rgbHex,
  SCHEDULE_CLASSES,
  type ColourMode,
} from '../../../src/domain/colour-classes.ts';
import { classify, colourBuffer, MUTED_ALPHA, type ColourSettings } from '../../../src/domain/colour-classify.ts';
import { communityStages, effectiveStage } from '../../../src/domain/programme-stage.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { readProgramme } from '../../../src/domain/programme.ts';
import {
  SCHEDULE_COMPLETED,
  SCHEDULE_ON_TIME,
  SCHEDULE_OUTSIDE,
  SCHEDULE_OVERDUE,
  scheduleOf,
} from '../../../src/domain/schedule.ts';
import { STAGE_CODE } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, tableFromRows } from '../support.ts';

const HEADERS = ['楼栋编号', '建成年代', '安全等级', '改造类型', '改造进度', '计划年度'];
const ROWS = [
  ['C1', '1975', 'A', '基础类', '', ''],
  ['C2', '1985年', 'B', '完善类', '已完工', '2022'],
  ['C3', '90年代', 'C', '提升类', '施工中', '2023'],
  ['C4', '2000', 'D', '基础类、完善类', '设计', '2023'],
  ['C5', '八九十年代', 'D', '', '', '2023'],
  ['C6', '2000年底前', '', '基础类', '未纳入', ''],
  ['C7', '2005', 'B', '', '验收', '2023'],
  ['C8', '2015年', '', '', '', ''],
  ['C9', '', '', '', '', ''],
  ['C10', '1995-2005', 'A', '', '', ''],
  ['C11', '70年代', 'A', '', '', ''],
  ['C12', '2005年以后', 'A', '', '', ''],
];
const { table, report } = tableFromRows(HEADERS, ROWS);
const SETTINGS: ColourSettings = { cutoffYear: 2000, year: 2023 };

/** Class key of each building, in row order. */
function keysOf(mode: ColourMode, settings = SETTINGS): string[] {
  const c = classify(table, mode, settings);
  return [...c.classOf].map((k) => c.classes[k].key);
}

/** Class key -> count, for classes with buildings. */
function countsOf(mode: ColourMode, settings = SETTINGS): Record<string, number> {
  const c = classify(table, mode, settings);
  return Object.fromEntries(c.classes.map((k, j) => [k.key, c.counts[j]]).filter(([, n]) => n !== 0));
}

describe('the fixture', () => {
  it('loads every row without warnings', () => {
    expect(report.warnings).toEqual([]);
    expect(table.length).toBe(ROWS.length);
  });
});

describe('build year', () => {
  it('puts exact years, decades and bounds in the class that holds them', () => {
    expect(keysOf('buildYear')).toEqual([
      'year-1',
      'year-2',
      'year-3',
      'year-3',
      'year-approx',
      'year-approx',
      'year-4',
      'year-5',
      'year-unknown',
      'year-unknown',
      'year-1',
      'year-unknown',
    ]);
    expect(countsOf('buildYear')).toEqual({
      'year-1': 2,
      'year-2': 1,
      'year-3': 2,
      'year-approx': 2,
      'year-4': 1,
      'year-5': 1,
      'year-unknown': 3,
    });
  });

  it('marks the cut-off after the last class built by the cut-off year, and labels the classes by it', () => {
    const classes = buildYearClasses(2000);
    expect(classes.map((c) => c.zh)).toEqual([
      '1979年及以前',
      '1980–1989年',
      '1990–2000年',
      '≤2000·年代不详',
      '2001–2010年',
      '2011年及以后',
      '不详',
    ]);
    expect(classes.filter((c) => c.cutoffAfter).map((c) => c.key)).toEqual(['year-approx']);
    expect(
      buildYearClasses(2005)
        .map((c) => c.zh)
        .slice(0, 6),
    ).toEqual(['1989年及以前', '1990–1999年', '2000–2005年', '≤2005·年代不详', '2006–2015年', '2016年及以后']);
  });

  it('moves buildings with the cut-off: with 2005, 2005 is on the eligible side', () => {
    const keys = keysOf('buildYear', { cutoffYear: 2005, year: null });
    expect(keys[6]).toBe('year-3'); // C7 2005: 2000–2005
    expect(keys[3]).toBe('year-3'); // C4 2000
    expect(keys[2]).toBe('year-2'); // C3 90年代: 1990–1999
    expect(keys[9]).toBe('year-approx'); // C10 1995–2005 lies wholly by 2005
  });

  it('orders the classes from old to new on one sequential ramp (darker = older)', () => {
    const lum = (c: readonly number[]) => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const ramp = buildYearClasses(2000)
      .filter((c) => /^year-\d$/.test(c.key))
      .map((c) => lum(c.colour));
    expect(ramp).toEqual([...ramp].sort((a, b) => a - b));
  });
});

describe('safety grade', () => {
  it('A–D and not appraised', () => {
    expect(keysOf('grade')).toEqual([
      'grade-A',
      'grade-B',
      'grade-C',
      'grade-D',
      'grade-D',
      'grade-unknown',
      'grade-B',
      'grade-unknown',
      'grade-unknown',
      'grade-A',
      'grade-A',
      'grade-A',
    ]);
    expect(countsOf('grade')).toEqual({ 'grade-A': 4, 'grade-B': 2, 'grade-C': 1, 'grade-D': 2, 'grade-unknown': 3 });
  });

  it('D is flagged as danger and its colour stands apart from every other grade', () => {
    const { classes } = classify(table, 'grade', SETTINGS);
    const d = classes.find((c) => c.key === 'grade-D')!;
    expect(d.danger).toBe(true);
    expect(classes.filter((c) => c.danger)).toHaveLength(1);
    expect(rgbHex(d.colour)).toBe('#e6006e');
    const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);
    for (const other of classes.filter((c) => c !== d))
      expect(dist(d.colour, other.colour), other.key).toBeGreaterThan(120);
  });
});

describe('renovation type', () => {
  it('one type, several, or none', () => {
    expect(keysOf('type').slice(0, 6)).toEqual([
      'type-basic',
      'type-improvement',
      'type-upgrade',
      'type-several',
      'type-none',
      'type-basic',
    ]);
    expect(countsOf('type')).toEqual({
      'type-basic': 2,
      'type-improvement': 1,
      'type-upgrade': 1,
      'type-several': 1,
      'type-none': 7,
    });
  });
});

describe('stage', () => {
  it("counts the chosen year's programme by stage; everything else is not in the plan", () => {
    // 2023: C3 construction, C4 design, C5 planned (plan year, no stage), C7 acceptance.
    expect(countsOf('stage')).toEqual({
      'stage-none': 8,
      'stage-planned': 1,
      'stage-design': 1,
      'stage-construction': 1,
      'stage-acceptance': 1,
    });
    expect(countsOf('stage', { cutoffYear: 2000, year: 2022 })).toEqual({ 'stage-none': 11, 'stage-completed': 1 });
    expect(countsOf('stage', { cutoffYear: 2000, year: null })).toEqual({
      'stage-none': 7,
      'stage-planned': 1,
      'stage-design': 1,
      'stage-construction': 1,
      'stage-acceptance': 1,
      'stage-completed': 1,
    });
  });

  it('has the stages in order, none first and completed last, on a ramp that darkens as work advances', () => {
    const { classes } = classify(table, 'stage', SETTINGS);
    expect(classes.map((c) => c.key)).toEqual([
      'stage-none',
      'stage-planned',
      'stage-design',
      'stage-demolition',
      'stage-tender',
      'stage-construction',
      'stage-acceptance',
      'stage-completed',
    ]);
    expect(classes.map((c) => c.zh)).toEqual(['未纳入', '已纳入计划', '设计', '拆违', '招标', '施工', '验收', '完工']);
    const lum = (c: readonly number[]) => 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    const ramp = classes.slice(1).map((c) => lum(c.colour));
    expect(ramp).toEqual([...ramp].sort((a, b) => b - a));
  });

  it('reads a stage as summarize does', () => {
    expect(effectiveStage(0, 2023, 2023)).toBe(STAGE_CODE.planned);
    expect(effectiveStage(STAGE_CODE.completed, 2022, 2023)).toBe(STAGE_CODE.none);
    expect(effectiveStage(STAGE_CODE.completed, 2022, null)).toBe(STAGE_CODE.completed);
    expect(effectiveStage(0, 0, null)).toBe(STAGE_CODE.none);
  });
});

describe('schedule', () => {
  // The 2023 programme wants design by 03-31 and construction by 04-20; on 2023-06-01 (no stage
  // dates in the fixture: stages as recorded) C3 施工中 and C7 验收 are on time, C4 设计 and C5
  // (plan year, no stage = planned) are overdue; the rest are in no 2023 programme.
  const { programme } = readProgramme(
    {
      kind: 'renovation-programme',
      year: 2023,
      targets: {},
      steps: [
        { key: 'design', name: '施工图设计', stage: 'design', end: '2023-03-31' },
        { key: 'site', name: '进场施工', stage: 'construction', end: '2023-04-20' },
      ],
    },
    'p.json',
  );
  const onDay = (iso: string) => scheduleOf(table, table.stage, [programme!], parseDate(iso)!, 2023).status;

  it('on time, overdue, completed and outside from the schedule status', () => {
    expect(keysOf('schedule', { ...SETTINGS, schedule: onDay('2023-06-01') })).toEqual([
      'schedule-outside',
      'schedule-outside',
      'schedule-onTime',
      'schedule-overdue',
      'schedule-overdue',
      'schedule-outside',
      'schedule-onTime',
      'schedule-outside',
      'schedule-outside',
      'schedule-outside',
      'schedule-outside',
      'schedule-outside',
    ]);
    // Before any deadline nothing is late.
    expect(countsOf('schedule', { ...SETTINGS, schedule: onDay('2023-03-01') })).toEqual({
      'schedule-onTime': 4,
      'schedule-outside': 8,
    });
  });

  it('maps every status code to its class, in the legend order on time, overdue, completed, outside', () => {
    const status = Uint8Array.from([
      SCHEDULE_COMPLETED,
      SCHEDULE_OVERDUE,
      SCHEDULE_ON_TIME,
      SCHEDULE_OUTSIDE,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(keysOf('schedule', { ...SETTINGS, schedule: status }).slice(0, 4)).toEqual([
      'schedule-completed',
      'schedule-overdue',
      'schedule-onTime',
      'schedule-outside',
    ]);
    expect(SCHEDULE_CLASSES.map((k) => k.key)).toEqual([
      'schedule-onTime',
      'schedule-overdue',
      'schedule-completed',
      'schedule-outside',
    ]);
  });

  it('overdue stands out like grade D; outside is muted; no schedule = everything outside', () => {
    const byKey = Object.fromEntries(SCHEDULE_CLASSES.map((k) => [k.key, k]));
    expect(byKey['schedule-overdue'].danger).toBe(true);
    expect(byKey['schedule-outside'].muted).toBe(true);
    expect(SCHEDULE_CLASSES.filter((k) => k.danger || k.muted).length).toBe(2);
    const [r, g, b] = byKey['schedule-overdue'].colour;
    expect(r).toBeGreaterThan(180);
    expect(Math.max(g, b)).toBeLessThan(80);
    expect(countsOf('schedule', SETTINGS)).toEqual({ 'schedule-outside': table.length });
  });
});

describe('every mode', () => {
  it.each(COLOUR_MODES)('%s: counts add up to the buildings, keys are unique', (mode) => {
    const c = classify(table, mode, SETTINGS);
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(table.length);
    expect(new Set(c.classes.map((k) => k.key)).size).toBe(c.classes.length);
    expect(Math.max(...c.classOf)).toBeLessThan(c.classes.length);
  });

  it('an empty table gives empty arrays and zero counts', () => {
    const empty = tableFromRows(HEADERS, []).table;
    for (const mode of COLOUR_MODES) {
      const c = classify(empty, mode, SETTINGS);
      expect(c.classOf.length).toBe(0);
      expect([...c.counts].every((n) => n === 0)).toBe(true);
    }
  });
});

describe('colourBuffer', () => {
  it('writes each building its class colour, muted classes see-through', () => {
    const c = classify(table, 'grade', SETTINGS);
    const buf = colourBuffer(c);
    expect(buf.length).toBe(table.length * 4);
    expect([...buf.subarray(12, 16)]).toEqual([230, 0, 110, 255]); // C4: grade D
    expect([...buf.subarray(20, 24)]).toEqual([184, 194, 204, MUTED_ALPHA]); // C6: not appraised
  });
});

describe('communityStages', () => {
  // tests/fixtures (see aggregate.test.ts): 建设新村 has no rows (施工, 2023); 东风小区 A1 完工 + A2 施工 (2023);
  // 幸福小区 A3 完工 (2023) + A4 未纳入; 常庄新村 A5 设计 + A6 完工 (2024); 光明小区 A7 no stage, 2023.
  const data = importFiles([
    fixtureFile('csv/aggregate-buildings.csv'),
    fixtureFile('geojson/aggregate-communities.geojson'),
  ]);
  const byName = (year: number | null) =>
    Object.fromEntries(
      communityStages(data.buildings, data.communities, year).reduce<[string, number][]>(
        (out, s, ci) => [...out, [data.communities[ci].name, s]],
        [],
      ),
    );

  it('takes the least-advanced programme building of the year, or the community’s own stage', () => {
    const S = STAGE_CODE;
    expect(byName(2023)).toEqual({
      建设新村: S.construction,
      东风小区: S.construction,
      幸福小区: S.completed,
      常庄新村: S.none,
      光明小区: S.planned,
    });
    expect(byName(2024)).toEqual({
      建设新村: S.none,
      东风小区: S.none,
      幸福小区: S.none,
      常庄新村: S.design,
      光明小区: S.none,
    });
    expect(byName(null)).toEqual({
      建设新村: S.construction,
      东风小区: S.construction,
      幸福小区: S.completed,
      常庄新村: S.design,
      光明小区: S.planned,
    });
  });
});
