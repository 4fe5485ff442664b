/**
 * Progress on any day, in real Chromium: the as-of date set through the page's date input (or
 * `?asof=`) puts the cards and the table on that day; their started, completed and overdue
 * figures equal the domain code run here in Node on the same files (tableAsOf, scheduleOf,
 * summarize with the overdue mask) and, independently, the stage dates counted straight from
 * the buildings CSV (read with papaparse, dates compared as written). Play moves the day on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { fmtAreaValue } from '../../src/domain/format-number.ts';
import { readProgramme, type Programme } from '../../src/domain/programme.ts';
import { classify } from '../../src/domain/colour-classify.ts';
import { parseDate } from '../../src/domain/parse-values.ts';
import { overdueMask, overdueStepOf, scheduleOf, scheduleSpan, tableAsOf } from '../../src/domain/schedule.ts';
import { STAGE_CODE, type Stage } from '../../src/domain/vocabulary.ts';
import {
  ROOT,
  importFromDisk,
  layoutFaults,
  readSummaryTable,
  screenshot,
  waitForData,
  waitForMap,
  KPI_FIELDS,
  expectTableEquals,
  kpiValue,
  useAppSuite,
} from './harness.ts';

const DIR = join(ROOT, 'data/sample');
const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(DIR, f));
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);
const YEAR = 2023;
const OVERDUE_FIELDS = ['overdueBuildings', 'overdueCommunities', 'overdueHouseholds'] as const;

/** What the page should show on a day (YYYY-MM-DD) for the plan year, computed with the domain code. */
function expectedOn(iso: string, programmes: readonly Programme[] = sample.programmes) {
  const day = parseDate(iso);
  if (day === null) throw new Error(iso);
  const table = tableAsOf(sample.buildings, day);
  const schedule = scheduleOf(table, table.stage, programmes, day, YEAR);
  const summary = summarize(
    { ...sample, buildings: table },
    { by: 'street', year: YEAR, overdue: overdueMask(schedule) },
  );
  return { day, schedule, summary };
}

// ---- the independent reading: the CSV's own columns, no code of the app ----

interface CsvRow {
  [header: string]: string;
}
const csvRows = Papa.parse<CsvRow>(readFileSync(join(DIR, 'buildings.csv'), 'utf8').replace(/^\uFEFF/, ''), {
  header: true,
  skipEmptyLines: true,
}).data;

/** A date as written (2023-04-20, 2023/4/20, 2023年4月20日) as a comparable yyyymmdd number; null when empty. */
function ymd(cell: string | undefined): number | null {
  const m = /^(\d{4})\D(\d{1,2})\D(\d{1,2})/.exec((cell ?? '').trim());
  return m ? Number(m[1]) * 10_000 + Number(m[2]) * 100 + Number(m[3]) : null;
}

/** The programme's steps as its JSON file writes them. */
const programmeSteps = (
  JSON.parse(readFileSync(join(DIR, `programme-${YEAR}.json`), 'utf8')) as { steps: { stage: Stage; end: string }[] }
).steps;

/**
 * Counted from the stage dates: a building of the plan year has started by the day when its
 * 开工, 完工 or 验收 date is on or before it, completed when its 完工 or 验收 date is. Overdue,
 * where the steps that ended before the day ask for construction (not started = overdue) or
 * completion (not completed = overdue); null for other steps (not checked this way).
 */
function fromStageDates(iso: string) {
  const d = ymd(iso) ?? 0;
  const on = (c: string | undefined) => {
    const v = ymd(c);
    return v !== null && v <= d;
  };
  const rows = csvRows.filter((r) => r['计划年度'] === String(YEAR));
  const hh = (r: CsvRow) => Number(r['户数']);
  const started = rows.filter((r) => on(r['开工日期']) || on(r['完工日期']) || on(r['验收日期']));
  const completed = rows.filter((r) => on(r['完工日期']) || on(r['验收日期']));
  const required = Math.max(0, ...programmeSteps.filter((s) => (ymd(s.end) ?? 0) < d).map((s) => STAGE_CODE[s.stage]));
  const overdue =
    required === STAGE_CODE.construction
      ? rows.length - started.length
      : required === STAGE_CODE.completed
        ? rows.length - completed.length
        : null;
  return {
    programmeBuildings: rows.length,
    startedBuildings: started.length,
    startedHouseholds: started.reduce((s, r) => s + hh(r), 0),
    completedHouseholds: completed.reduce((s, r) => s + hh(r), 0),
    overdueBuildings: overdue,
  };
}

async function openAt(query: string, width = 1280, height = 720) {
  const opened = await suite.open(width, height);
  await opened.page.goto(`${suite.url()}${query}`);
  await waitForData(opened.page, 1);
  return opened;
}

async function legendCounts(page: Page): Promise<[string, number][]> {
  return page.$$eval('[data-testid="legend"] [data-class]', (els) =>
    els.map((e): [string, number] => [e.getAttribute('data-class') ?? '', Number(e.getAttribute('data-count'))]),
  );
}

/** The schedule colouring's legend on a day, from scheduleOf in Node. */
function scheduleLegend(iso: string): [string, number][] {
  const { schedule } = expectedOn(iso);
  const c = classify(sample.buildings, 'schedule', { cutoffYear: 2000, year: YEAR, schedule: schedule.status });
  return c.classes.map((k, j) => [k.key, c.counts[j]]);
}

async function setDay(page: Page, iso: string): Promise<void> {
  await page.fill('[data-testid="asof-date"]', iso);
  await page.waitForSelector(`[data-testid="asof-control"][data-day="${iso}"]`);
}

/** Cards, table and the strip's overdue figure equal Node's figures for the day. */
async function expectFiguresOn(page: Page, iso: string): Promise<void> {
  const e = expectedOn(iso);
  expectTableEquals(await readSummaryTable(page), e.summary, true);
  for (const f of [...KPI_FIELDS, ...OVERDUE_FIELDS])
    expect(await kpiValue(page, f), `${f} on ${iso}`).toBe(e.summary.total[f]);
  expect(Number(await page.getAttribute('[data-testid="asof-overdue"]', 'data-value'))).toBe(e.schedule.overdueCount);
  // Straight from the stage dates.
  const csv = fromStageDates(iso);
  expect(e.summary.total.programmeBuildings).toBe(csv.programmeBuildings);
  expect(await kpiValue(page, 'startedHouseholds')).toBe(csv.startedHouseholds);
  expect(await kpiValue(page, 'completedHouseholds')).toBe(csv.completedHouseholds);
  expect(e.summary.total.startedBuildings).toBe(csv.startedBuildings);
  if (csv.overdueBuildings !== null)
    expect(await kpiValue(page, 'overdueBuildings'), `overdue on ${iso}`).toBe(csv.overdueBuildings);
}

describe('progress on any day', () => {
  test('a past date typed in the date input: cards and table show started, completed and overdue work as the stage dates say', async () => {
    const { page, close } = await openAt(`?year=${YEAR}`);
    await page.waitForSelector('[data-testid="asof-control"][data-day=""]');
    for (const iso of ['2023-05-10', '2023-12-01']) {
      await setDay(page, iso);
      await expectFiguresOn(page, iso);
      await page.waitForFunction((d) => new URL(location.href).searchParams.get('asof') === d, iso);
      // The day changes what is counted: something is overdue on each of these days.
      expect(await kpiValue(page, 'overdueBuildings')).toBeGreaterThan(0);
      const rows = (await readSummaryTable(page)).rows;
      expect(rows.reduce((s, r) => s + r.values.overdueBuildings, 0)).toBe(await kpiValue(page, 'overdueBuildings'));
      expect(await layoutFaults(page)).toEqual([]);
      // The two overdue columns still fit the table's width at 1280 px: no sideways scrolling.
      expect(await page.$eval('.table-scroll', (el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
    }
    // Early in the works, few have started and many are late: the figures differ from the later day.
    expect(expectedOn('2023-05-10').summary.total.startedHouseholds).toBeLessThan(
      expectedOn('2023-12-01').summary.total.startedHouseholds,
    );
    await setDay(page, '2023-05-10');
    await waitForMap(page);
    await screenshot(page, 'asof-2023-05-10-1280x720');
    // Back to the stages as recorded: no asof in the address.
    await page.click('[data-testid="asof-today"]');
    await page.waitForSelector('[data-testid="asof-control"][data-day=""]');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('asof'));
    const recorded = summarize(sample, { by: 'street', year: YEAR });
    expectTableEquals(await readSummaryTable(page), recorded);
    for (const f of KPI_FIELDS) expect(await kpiValue(page, f), f).toBe(recorded.total[f]);
    await close();
  });

  test('?asof=2023-05-10 opens on that day', async () => {
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-05-10`);
    await page.waitForSelector('[data-testid="asof-control"][data-day="2023-05-10"]');
    expect(await page.inputValue('[data-testid="asof-date"]')).toBe('2023-05-10');
    // A text box, so what it shows is its value, YYYY-MM-DD whatever the browser's own date order
    // (a native date input shows mm/dd/yyyy in an English-language browser, in the Chinese page too).
    expect(await page.getAttribute('[data-testid="asof-date"]', 'type')).toBe('text');
    expect(await page.getAttribute('[data-testid="asof-date"]', 'placeholder')).toBe('年-月-日');
    await expectFiguresOn(page, '2023-05-10');
    // Typed as offices write dates, key by key: the day follows, and on leaving the box it reads YYYY-MM-DD.
    await page.fill('[data-testid="asof-date"]', '');
    await page.waitForSelector('[data-testid="asof-control"][data-day=""]');
    await page.type('[data-testid="asof-date"]', '2023年12月1日');
    await page.waitForSelector('[data-testid="asof-control"][data-day="2023-12-01"]');
    await page.locator('[data-testid="asof-date"]').blur();
    expect(await page.inputValue('[data-testid="asof-date"]')).toBe('2023-12-01');
    await close();
  });

  test('colour by schedule: the legend counts on time, overdue, completed and outside as scheduleOf does, and follows the day', async () => {
    const { page, close } = await openAt(`?year=${YEAR}`);
    await page.click('[data-testid="colour-picker"] button[data-mode="schedule"]');
    await page.waitForSelector('[data-testid="colour-picker"][data-value="schedule"]');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('colour') === 'schedule');
    for (const iso of ['2023-05-10', '2023-12-01']) {
      await setDay(page, iso);
      const legend = await legendCounts(page);
      expect(legend).toEqual(scheduleLegend(iso));
      const { schedule } = expectedOn(iso);
      expect(legend.find(([k]) => k === 'schedule-overdue')?.[1]).toBe(schedule.overdueCount);
      expect(legend.find(([k]) => k === 'schedule-overdue')?.[1]).toBe(await kpiValue(page, 'overdueBuildings'));
      // The overdue class is the one drawn like grade D.
      expect(await page.getAttribute('[data-testid="legend"] [data-class="schedule-overdue"]', 'class')).toContain(
        'danger',
      );
    }
    // The legend follows the street filter as the other colourings do.
    await page.selectOption('[data-testid="street-picker"]', '临城街道');
    await page.waitForSelector('[data-testid="street-picker"][data-value="临城街道"]');
    const table = await readSummaryTable(page);
    const overdueHere = (await legendCounts(page)).find(([k]) => k === 'schedule-overdue')?.[1];
    expect(overdueHere).toBe(table.total.values.overdueBuildings);
    expect(overdueHere).toBeLessThan(expectedOn('2023-12-01').schedule.overdueCount);
    await close();
  });

  test('?asof=2023-05-10&colour=schedule opens on that day in the schedule colouring', async () => {
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-05-10&colour=schedule`);
    await page.waitForSelector('[data-testid="asof-control"][data-day="2023-05-10"]');
    await page.waitForSelector('[data-testid="colour-picker"][data-value="schedule"]');
    expect(await legendCounts(page)).toEqual(scheduleLegend('2023-05-10'));
    await expectFiguresOn(page, '2023-05-10');
    expect(await layoutFaults(page)).toEqual([]);
    await waitForMap(page);
    // Five colourings still fit the map column at 1280 px.
    const overhang = await page.$eval(
      '[data-testid="colour-picker"] .segmented',
      (el) => el.getBoundingClientRect().right - (el.closest('.map-panel')?.getBoundingClientRect().right ?? Infinity),
    );
    expect(overhang).toBeLessThan(-4);
    await screenshot(page, 'schedule-colour-2023-05-10-1280x720');
    await close();
  });

  test('the detail panel of an overdue building names the step it missed and its deadline', async () => {
    const iso = '2023-05-10';
    const { schedule } = expectedOn(iso);
    const t = sample.buildings;
    // The overdue building with the most room around it, so that a click at the map's centre takes it.
    const metres = (i: number, j: number) =>
      Math.hypot((t.lng[i] - t.lng[j]) * 91_000, (t.lat[i] - t.lat[j]) * 111_000);
    let i = -1;
    let room = 0;
    for (let a = 0; a < t.length; a++) {
      if (!overdueStepOf(schedule, t.planYear[a], a)) continue;
      let gap = Infinity;
      for (let b = 0; b < t.length; b++) if (b !== a) gap = Math.min(gap, metres(a, b));
      if (gap > room) [i, room] = [a, gap];
    }
    expect(room, 'room around the building').toBeGreaterThan(15);
    const step = overdueStepOf(schedule, t.planYear[i], i);
    if (!step) throw new Error('no overdue building');
    const { page, close } = await openAt(`?year=${YEAR}&asof=${iso}#map=18/${t.lat[i]}/${t.lng[i]}`);
    await waitForMap(page);
    const box = await page.locator('[data-testid="atlas-map"]').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const flag = page.locator('[data-testid="detail-panel"] [data-testid="overdue-flag"]');
    await flag.waitFor();
    expect(await page.locator('[data-testid="detail-panel"] [data-field="id"] dd').textContent()).toBe(t.id[i]);
    expect(await flag.getAttribute('data-step')).toBe(step.key);
    expect(Number(await flag.getAttribute('data-deadline'))).toBe(step.endDay);
    const [y, m, d] = new Date(step.endDay * 86_400_000).toISOString().slice(0, 10).split('-').map(Number);
    expect(await flag.textContent()).toContain(step.name);
    expect(await flag.textContent()).toContain(`${y}年${m}月${d}日`);
    // The stage on that day, beside the recorded one in the panel's heading.
    expect(
      Number(await page.getAttribute('[data-testid="detail-panel"] [data-testid="asof-stage"]', 'data-stage')),
    ).toBe(tableAsOf(t, parseDate(iso) ?? 0).stage[i]);
    await screenshot(page, 'schedule-detail-overdue-1280x720');
    await close();
  });

  test('in English at 1280×720: the strip, eight cards, the table and five colourings still fit', async () => {
    const { page, close } = await openAt(`?lang=en&year=${YEAR}&asof=2023-05-10&colour=schedule`);
    await page.waitForSelector('[data-testid="asof-control"][data-day="2023-05-10"]');
    await expectFiguresOn(page, '2023-05-10');
    expect(await layoutFaults(page)).toEqual([]);
    const overhang = await page.$eval(
      '[data-testid="colour-picker"] .segmented',
      (el) => el.getBoundingClientRect().right - (el.closest('.map-panel')?.getBoundingClientRect().right ?? Infinity),
    );
    expect(overhang).toBeLessThan(0);
    await waitForMap(page);
    await screenshot(page, 'schedule-colour-en-1280x720');
    await page.click('[data-testid="programme-button"]');
    await page.locator('[data-testid="programme-dialog"]').waitFor();
    await screenshot(page, 'programme-dialog-en-1280x720');
    await close();
  });

  test('a bad asof is left out with a notice; the figures are as recorded', async () => {
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-02-30`);
    await page.waitForSelector('[data-testid="asof-control"][data-day=""]');
    const notice = page.locator('[data-testid="notice"][data-notice="param:asof"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('asof=2023-02-30');
    expectTableEquals(await readSummaryTable(page), summarize(sample, { by: 'street', year: YEAR }));
    await close();
  });

  test('play steps the day on a week at a time and stops at the last date', async () => {
    const span = scheduleSpan(sample.buildings, sample.programmes);
    if (!span) throw new Error('no dates in the sample');
    const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-03-01`);
    await page.waitForSelector('[data-testid="asof-control"][data-day="2023-03-01"]');
    await page.click('[data-testid="asof-play"]');
    await page.waitForSelector('[data-testid="asof-control"][data-playing="true"]');
    await page.waitForFunction(
      () => (document.querySelector('[data-testid="asof-control"]')?.getAttribute('data-day') ?? '') > '2023-03-15',
    );
    await page.click('[data-testid="asof-play"]');
    await page.waitForSelector('[data-testid="asof-control"][data-playing="false"]');
    const stopped = (await page.getAttribute('[data-testid="asof-control"]', 'data-day')) ?? '';
    expect(stopped > '2023-03-15').toBe(true);
    // Paused: it stays put; the figures are that day's.
    await page.waitForTimeout(600);
    expect(await page.getAttribute('[data-testid="asof-control"]', 'data-day')).toBe(stopped);
    await expectFiguresOn(page, stopped);
    // Near the end, play runs to the last date and stops by itself.
    await setDay(page, iso(span.last - 10));
    await page.click('[data-testid="asof-play"]');
    await page.waitForSelector(`[data-testid="asof-control"][data-day="${iso(span.last)}"][data-playing="false"]`);
    await close();
  });
});

describe('the programme dialog', () => {
  const file = readProgramme(JSON.parse(readFileSync(join(DIR, `programme-${YEAR}.json`), 'utf8')), 'p.json')
    .programme as Programme;
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);

  test('shows the year’s programme; edited targets and dates are saved, kept on reload, and restored from the file', async () => {
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-05-10`);
    await page.click('[data-testid="programme-button"]');
    const dialog = page.locator('[data-testid="programme-dialog"]');
    await dialog.waitFor();
    expect(await page.inputValue('[data-testid="programme-name"]')).toBe(file.name);
    expect(Number(await page.inputValue('[data-testid="programme-target-households"]'))).toBe(file.targets.households);
    // The floor area as the cards write it (two decimals of 万㎡, 60.00); that a box left so keeps the
    // programme's own unrounded figure is programme-draft.test.ts's (59.49 for 594,924.3 m²).
    expect(await page.inputValue('[data-testid="programme-target-floorAreaM2"]')).toBe(
      fmtAreaValue(file.targets.floorAreaM2 ?? NaN, 'zh'),
    );
    expect(await page.inputValue('[data-testid="programme-target-floorAreaM2"]')).toMatch(/^\d+\.\d\d$/);
    expect(await dialog.locator('[data-testid^="programme-step-"][data-testid$="-end"]').count()).toBe(
      file.steps.length,
    );
    for (const [i, s] of file.steps.entries()) {
      expect(await page.inputValue(`[data-testid="programme-step-${i}-end"]`)).toBe(iso(s.endDay));
      expect(await page.inputValue(`[data-testid="programme-step-${i}-stage"]`)).toBe(s.stage);
    }
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'programme-dialog-1280x720');

    // An invalid entry is marked and nothing is saved.
    await page.fill('[data-testid="programme-target-households"]', '很多');
    expect(await page.getAttribute('[data-testid="programme-target-households"]', 'aria-invalid')).toBe('true');
    await page.click('[data-testid="programme-save"]');
    await page.locator('[data-testid="programme-fix-first"]').waitFor();
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(file.targets.households);

    // A new target and a later deadline for going on site: the cards and overdue figures follow.
    const site = file.steps.findIndex((s) => s.stage === 'construction');
    await page.fill('[data-testid="programme-target-households"]', '9000');
    await page.fill(`[data-testid="programme-step-${site}-end"]`, '2023-05-31');
    await page.click('[data-testid="programme-save"]');
    await page.locator('[data-testid="programme-message"]').waitFor();
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(9000);
    const edited: Programme = {
      ...file,
      targets: { ...file.targets, households: 9000 },
      steps: file.steps.map((s, i) => (i === site ? { ...s, endDay: parseDate('2023-05-31') ?? 0 } : s)),
    };
    const programmes = [...sample.programmes.filter((p) => p.year !== YEAR), edited];
    const e = expectedOn('2023-05-10', programmes);
    expect(e.summary.total.overdueBuildings).not.toBe(expectedOn('2023-05-10').summary.total.overdueBuildings);
    await page.waitForSelector(
      `[data-testid="kpi-overdueBuildings"][data-value="${e.summary.total.overdueBuildings}"]`,
    );
    expectTableEquals(await readSummaryTable(page), e.summary, true);

    // The JSON download is the programme in force.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="programme-download"]'),
    ]);
    expect(download.suggestedFilename()).toBe(`改造计划-${YEAR}.json`);
    const saved = readProgramme(JSON.parse(readFileSync(await download.path(), 'utf8')), 'x.json');
    expect(saved.issues).toEqual([]);
    expect(saved.programme).toEqual(edited);
    await page.click('[data-testid="programme-close"]');
    expect(await dialog.count()).toBe(0);

    // Kept in this browser: a reload shows the edit.
    await page.reload();
    await waitForData(page, 1);
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(9000);
    await page.waitForSelector(
      `[data-testid="kpi-overdueBuildings"][data-value="${e.summary.total.overdueBuildings}"]`,
    );

    // Back to the file's programme.
    await page.click('[data-testid="programme-button"]');
    await page.click('[data-testid="programme-reset"]');
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(file.targets.households);
    expect(Number(await page.inputValue('[data-testid="programme-target-households"]'))).toBe(file.targets.households);
    await page.waitForSelector(
      `[data-testid="kpi-overdueBuildings"][data-value="${expectedOn('2023-05-10').summary.total.overdueBuildings}"]`,
    );
    await page.reload();
    await waitForData(page, 1);
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(file.targets.households);
    await close();
  });

  test('a CSV programme file: read into the page, its bad lines listed with file and line', async () => {
    const { page, close } = await openAt(`?year=${YEAR}&asof=2023-05-10`);
    await page.click('[data-testid="programme-button"]');
    const csv = [
      '项目,内容',
      `年度,${YEAR}`,
      '名称,测试计划',
      '目标,户数,5000',
      '目标,预算,100',
      '街道目标,临城街道,户数,"1,200"',
      '',
      '步骤,阶段,开始,截止',
      '进场施工,施工,2023-04-01,2023-06-30',
      '竣工验收,已完工,2023-07-01,2023-02-30',
    ].join('\r\n');
    await page.setInputFiles('[data-testid="programme-file"]', {
      name: '计划.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${csv}`, 'utf8'),
    });
    const issues = page.locator('[data-testid="programme-issues"]');
    await issues.waitFor();
    expect(await issues.textContent()).toContain('计划.csv');
    expect(await issues.locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-line')))).toEqual([
      '5',
      '10',
    ]);
    expect(await issues.locator('li').first().textContent()).toContain('第5行');
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(5000);
    expect(await page.inputValue('[data-testid="programme-name"]')).toBe('测试计划');
    expect(await page.getAttribute('[data-testid="programme-by-street"]', 'data-testid')).toBe('programme-by-street');
    // One step, on site by 06-30: nothing overdue on 05-10; the street office's target beside its row.
    await page.waitForSelector('[data-testid="kpi-overdueBuildings"][data-value="0"]');
    await page.click('[data-testid="programme-close"]');
    const target = page.locator(
      'table[data-testid="street-summary"] tr[data-key="临城街道"] [data-testid="street-target"]',
    );
    expect(await target.getAttribute('data-households')).toBe('1200');
    expect(await layoutFaults(page)).toEqual([]);
    // A programme for a year the data does not have yet: that year can be picked and is shown.
    await page.click('[data-testid="programme-button"]');
    await page.setInputFiles('[data-testid="programme-file"]', {
      name: 'plan-2025.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        '年度,2025\r\n目标,户数,3000\r\n\r\n步骤,阶段,开始,截止\r\n进场施工,施工,,2025-04-20\r\n',
        'utf8',
      ),
    });
    await page.waitForSelector('[data-testid="year-picker"][data-value="2025"]');
    expect(await page.locator('[data-testid="year-picker"] option[value="2025"]').count()).toBe(1);
    expect(await page.textContent('#programme-title')).toContain('2025');
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(3000);
    await close();
  });
});
