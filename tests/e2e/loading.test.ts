/**
 * Loading in real Chromium: files published next to the app (`?data=`), a file that cannot be
 * fetched, and a CSV whose columns the app does not know (the column-matching dialog, and the
 * remembered matching for the next file with the same headers).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import {
  atEachSize,
  ROOT,
  importFromDisk,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  waitForData,
  KPI_FIELDS,
  SERVED_DIR,
  expectTableEquals,
  kpiValue,
  useAppSuite,
} from './harness.ts';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const GBK = join(FIXTURES, 'buildings-gbk.csv');
const COMMUNITIES = join(FIXTURES, 'communities.geojson');
const suite = useAppSuite([GBK, COMMUNITIES]);

/** Headers no office writes: the coordinates are in C and D. */
const UNKNOWN_HEADERS = 'A,B,C,D';
const unknownCsv = (rows: readonly string[]) => Buffer.from([UNKNOWN_HEADERS, ...rows].join('\n'), 'utf8');
const FIRST = unknownCsv([
  'X-1,光明小区,117.25020,34.80010',
  'X-2,光明小区,117.25040,34.80020',
  'X-3,和平新村,117.28010,34.78010',
]);
const SECOND = unknownCsv(['Y-1,铁路宿舍,117.26010,34.79010', 'Y-2,铁路宿舍,117.26020,34.79020']);

async function reportRow(page: Page, file: string, field: string): Promise<string | null> {
  return page
    .locator(`[data-testid="import-report"] tr[data-file="${file}"] [data-field="${field}"]`)
    .getAttribute('data-value');
}

describe('loading', () => {
  test('?data= loads a GBK CSV and a community GeoJSON published next to the app; the table equals summarize()', async () => {
    const mine = importFromDisk([GBK, COMMUNITIES]);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?data=${SERVED_DIR}/buildings-gbk.csv,${SERVED_DIR}/communities.geojson`);
    await waitForData(page, 1);
    // Only these files were read: no sample first.
    expect(await page.evaluate(() => performance.getEntriesByName('atlas:load-start').length)).toBe(1);
    expect(await shownYear(page)).toBeNull();
    expectTableEquals(await readSummaryTable(page), summarize(mine, { by: 'street', year: null }));
    for (const f of KPI_FIELDS) expect(await kpiValue(page, f), f).toBe(summarize(mine).total[f]);
    await page.selectOption('[data-testid="year-picker"]', '2023');
    expectTableEquals(await readSummaryTable(page), summarize(mine, { by: 'street', year: 2023 }));
    await page.click('[data-testid="import-report-toggle"]');
    expect(await reportRow(page, 'buildings-gbk.csv', 'rowsLoaded')).toBe('8');
    expect(await reportRow(page, 'communities.geojson', 'rowsLoaded')).toBe('3');
    expect(await page.textContent('[data-testid="dataset-info"]')).toContain('已载入的文件');
    expect(await layoutFaults(page)).toEqual([]);
    await close();
  });

  test('a file that cannot be fetched is listed in the report with why, beside the files that loaded', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?data=${SERVED_DIR}/buildings-gbk.csv,${SERVED_DIR}/missing.csv`);
    await waitForData(page, 1);
    const missing = page.locator('[data-testid="rejected-rows"] li[data-file="missing.csv"]');
    await missing.waitFor(); // the report opens by itself
    expect(await missing.getAttribute('data-code')).toBe('unread-file');
    expect(await missing.textContent()).toContain('文件可能不存在');
    expect(await page.locator('[data-testid="notice"][data-notice="unread"]').textContent()).toContain('missing.csv');
    expect(await kpiValue(page, 'programmeBuildings')).toBe(summarize(importFromDisk([GBK])).total.programmeBuildings);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'data-url-missing-1280x720');
    await close();
  });

  test('when nothing can be fetched the page still shows why, not a blank page', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?data=${SERVED_DIR}/nothing.csv`);
    await waitForData(page, 1);
    await page.locator('[data-testid="rejected-rows"] li[data-file="nothing.csv"]').waitFor();
    expect(await page.locator('[data-testid="notice"][data-notice="unread"]').isVisible()).toBe(true);
    expect(await kpiValue(page, 'programmeBuildings')).toBe(0);
    expect(await page.locator('[data-testid="street-summary"] tfoot tr[data-key="合计"]').count()).toBe(1);
    await close();
  });

  test('an unrecognised CSV opens the column-matching dialog; after matching it loads, and the next file with the same headers loads without asking', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'unknown-columns.csv', mimeType: 'text/csv', buffer: FIRST },
    ]);
    const dialog = page.locator('[data-testid="column-match-dialog"]');
    await dialog.waitFor();
    expect(await page.textContent('[data-testid="column-match-file"]')).toBe('unknown-columns.csv');
    // Every header, pre-filled with the automatic match (nothing), with a preview of its first values.
    const selects = dialog.locator('select[data-testid="column-select"]');
    expect(
      await selects.evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-header'), (e as HTMLSelectElement).value]),
      ),
    ).toEqual([
      ['A', ''],
      ['B', ''],
      ['C', ''],
      ['D', ''],
    ]);
    expect(await dialog.locator('tr[data-header="C"] .match-value').allTextContents()).toEqual([
      '117.25020',
      '117.25040',
      '117.28010',
    ]);
    // The first option after "not used" is a Chinese label first.
    expect(await dialog.locator('select[data-header="C"] option').nth(1).textContent()).toMatch(/^楼栋编号/);
    expect(await page.isDisabled('[data-testid="column-match-load"]')).toBe(true);
    await atEachSize(page, (width, height) => screenshot(page, `column-match-dialog-${width}x${height}`));

    await page.selectOption('select[data-header="A"]', 'id');
    await page.selectOption('select[data-header="B"]', 'community');
    await page.selectOption('select[data-header="C"]', 'lng');
    expect(await dialog.locator('[data-testid="column-match-problems"]').textContent()).toContain('纬度');
    await page.selectOption('select[data-header="D"]', 'lat');
    expect(await page.isDisabled('[data-testid="column-match-load"]')).toBe(false);
    await page.click('[data-testid="column-match-load"]');
    await waitForData(page, 2);
    expect(await dialog.count()).toBe(0);
    expect((await readSummaryTable(page)).total.values).toBeDefined();
    await page.click('[data-testid="import-report-toggle"]');
    expect(await reportRow(page, 'unknown-columns.csv', 'rowsLoaded')).toBe('3');
    expect(await page.textContent('[data-notice="columns:unknown-columns.csv"]')).toContain('已记住');
    expect(await page.evaluate(() => localStorage.getItem('atlas:column-maps'))).toContain('"C":"lng"');

    // Same headers again: read with the remembered matching, no dialog, and a notice says so.
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'same-headers.csv', mimeType: 'text/csv', buffer: SECOND },
    ]);
    await waitForData(page, 3);
    expect(await dialog.count()).toBe(0);
    await page.click('[data-testid="import-report-toggle"]');
    expect(await reportRow(page, 'same-headers.csv', 'rowsLoaded')).toBe('2');
    const notice = await page.textContent('[data-notice="columns:same-headers.csv"]');
    expect(notice).toContain('已按记住的列对应关系读取');
    expect(notice).toContain('C→经度');
    await atEachSize(page, async (width, height) => expect(await layoutFaults(page), `${width}×${height}`).toEqual([]));
    await close();
  });

  test('cancelling the dialog shows what could be read, and why the CSV was not', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'unknown-columns.csv', mimeType: 'text/csv', buffer: FIRST },
      { name: 'communities.geojson', mimeType: 'application/geo+json', buffer: readFileSync(COMMUNITIES) },
    ]);
    await page.locator('[data-testid="column-match-dialog"]').waitFor();
    await page.click('[data-testid="column-match-cancel"]');
    await waitForData(page, 2);
    expect(await page.locator('[data-testid="column-match-dialog"]').count()).toBe(0);
    const rejected = page.locator('[data-testid="rejected-rows"] li[data-file="unknown-columns.csv"]');
    expect(await rejected.count()).toBe(3);
    expect(await rejected.first().getAttribute('data-code')).toBe('no-coordinate-columns');
    expect(await page.textContent('[data-notice="columns:unknown-columns.csv"]')).toContain('未载入');
    expect(await reportRow(page, 'communities.geojson', 'rowsLoaded')).toBe('3');
    await close();
  });

  test("a street office's copy of its rows beside the list: one building each, the later stage kept, the conflict in the report", async () => {
    const mine = importFromDisk([GBK, COMMUNITIES]);
    const copy = Buffer.from(
      [
        '楼栋编号,小区名称,街道,经度,纬度,户数,改造进度,计划年度',
        'GBK-01,光明小区,临城街道,117.25020,34.80010,24,已完工,2022',
        'GBK-02,光明小区,临城街道,117.25040,34.80020,36,已完工,2023',
        'GBK-03,光明小区,临城街道,117.25060,34.80010,,完工,2022',
      ].join('\n'),
      'utf8',
    );
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    // Picked together, as an office would: the district's list, its communities, the street's copy last.
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'buildings-gbk.csv', mimeType: 'text/csv', buffer: readFileSync(GBK) },
      { name: 'communities.geojson', mimeType: 'application/geo+json', buffer: readFileSync(COMMUNITIES) },
      { name: '临城街道报回.csv', mimeType: 'text/csv', buffer: copy },
    ]);
    await waitForData(page, 2);
    const dir = mkdtempSync(join(tmpdir(), 'street-copy-'));
    const copyPath = join(dir, '临城街道报回.csv');
    writeFileSync(copyPath, copy);
    const both = importFromDisk([GBK, COMMUNITIES, copyPath]);
    rmSync(dir, { recursive: true, force: true });
    const figures = (d: typeof mine) =>
      summarize(d, { by: 'street', year: null }).groups.map((g) => [g.key, g.buildings, g.households, g.floorAreaM2]);
    expect(figures(both)).toEqual(figures(mine));
    expectTableEquals(await readSummaryTable(page), summarize(both, { by: 'street', year: null }));
    await page.click('[data-testid="import-report-toggle"]');
    const conflicts = page.locator('[data-testid="report-conflicts"] li');
    expect(await conflicts.count()).toBe(1);
    expect(await conflicts.first().getAttribute('data-id')).toBe('GBK-02');
    expect(await conflicts.first().getAttribute('data-field')).toBe('stage');
    expect(await conflicts.first().locator('.kept').textContent()).toBe('完工');
    expect(await layoutFaults(page)).toEqual([]);
    await close();
  });
});
