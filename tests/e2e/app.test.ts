/**
 * The dashboard end to end in real Chromium: the built app (vite build + vite preview), the
 * sample district, the user's own files (a GBK CSV), and the import report. The figures on the
 * page must equal what the CLI's code (importFiles + summarize) gives for the same files.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Summary, SummaryRow } from '../../src/domain/aggregate.ts';
import { strayQuoteCsv } from '../fixtures/stray-quote.ts';
import {
  ROOT,
  importFromDisk,
  kpiValue,
  atEachSize,
  layoutFaults,
  readSummaryTable,
  showColumns,
  screenshot,
  shownYear,
  summaryToday,
  useAppSuite,
  waitForData,
  waitForMap,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const FIXTURES = join(ROOT, 'tests/e2e/fixtures');

const suite = useAppSuite();

/** Only the fields the table shows, for each expected row (overdue judged today, as the page does with no as-of day). */
function expectTableEquals(table: Awaited<ReturnType<typeof readSummaryTable>>, summary: Summary): void {
  const fields = Object.keys(table.total.values) as (keyof SummaryRow)[];
  expect(fields.length).toBeGreaterThan(5);
  const pick = (r: SummaryRow) => ({ key: r.key, values: Object.fromEntries(fields.map((f) => [f, r[f]])) });
  expect(table.rows).toEqual(summary.groups.map(pick));
  expect(table.total).toEqual({ ...pick(summary.total), key: '合计' });
}

describe('旧改一张图 in Chromium', () => {
  test('opens on the sample; table and KPIs equal summarize() of the same files', async () => {
    const sample = importFromDisk(SAMPLE);
    const { context, page } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    expect(await page.title()).toBe('旧改一张图 · 城镇老旧小区改造');

    const year = await shownYear(page);
    const newest = Math.max(...sample.programmes.map((p) => p.year));
    expect(year).toBe(newest);
    const expected = summaryToday(sample, { by: 'street', year });
    expectTableEquals(await readSummaryTable(page), expected);
    for (const f of [
      'programmeCommunities',
      'programmeBuildings',
      'programmeHouseholds',
      'programmeFloorAreaM2',
      'startedHouseholds',
      'completedHouseholds',
      'completionRateHouseholds',
    ] as const) {
      expect(await kpiValue(page, f), f).toBe(expected.total[f]);
    }
    // The year's programme targets stand beside the KPIs.
    const targets = sample.programmes.find((p) => p.year === year)!.targets;
    if (targets.households !== undefined) {
      expect(Number(await page.getAttribute('[data-testid="kpi-programmeHouseholds-target"]', 'data-value'))).toBe(
        targets.households,
      );
    }
    // Formatting: households with separators, area in 万㎡ with two decimals.
    const hh = await page.textContent('[data-testid="kpi-programmeHouseholds"] .kpi-value');
    expect(hh).toContain(expected.total.programmeHouseholds.toLocaleString('en-US'));
    const area = await page.textContent('[data-testid="kpi-programmeFloorAreaM2"] .kpi-value');
    expect(area).toContain((expected.total.programmeFloorAreaM2 / 10_000).toFixed(2));

    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `sample-${year}-${width}x${height}`);
    });

    // 2022: the figures of 薛政办字〔2022〕4号.
    await page.selectOption('[data-testid="year-picker"]', '2022');
    await page.waitForSelector('[data-testid="year-picker"][data-value="2022"]');
    await showColumns(page, 'all');
    const t2022 = await readSummaryTable(page);
    expect(t2022.total.values.programmeCommunities).toBe(56);
    expect(t2022.total.values.programmeHouseholds).toBe(7663);
    expect(t2022.total.values.programmeFloorAreaM2).toBeCloseTo(901200, 6);
    expectTableEquals(t2022, summaryToday(sample, { by: 'street', year: 2022 }));
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(7663);
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `sample-2022-${width}x${height}`);
    });

    // Every year.
    await page.selectOption('[data-testid="year-picker"]', 'all');
    await page.waitForSelector('[data-testid="year-picker"][data-value="all"]');
    expectTableEquals(await readSummaryTable(page), summaryToday(sample, { by: 'street', year: null }));

    const marks = await page.evaluate(() => performance.getEntriesByName('atlas:load-start').length);
    expect(marks).toBe(1);
    await context.close();
  });

  test('loads a GBK buildings CSV and a communities GeoJSON through the file input', async () => {
    const files = [join(FIXTURES, 'buildings-gbk.csv'), join(FIXTURES, 'communities.geojson')];
    const mine = importFromDisk(files);
    expect(mine.report.files[0].encoding).toBe('gb18030'); // the fixture really is GBK
    const { context, page } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', files);
    await waitForData(page, 2);

    const year = await shownYear(page);
    expect(year).toBeNull(); // no programme file: every year
    const expected = summaryToday(mine, { by: 'street', year });
    const table = await readSummaryTable(page);
    expectTableEquals(table, expected);
    expect(table.rows.map((r) => r.key).sort()).toEqual(['临城街道', '常庄街道', '新城街道'].sort());
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(expected.total.programmeHouseholds);
    // No targets without a programme file.
    expect(await page.locator('[data-testid="kpi-programmeHouseholds-target"]').count()).toBe(0);

    // Per year as well.
    await page.selectOption('[data-testid="year-picker"]', '2023');
    await page.waitForSelector('[data-testid="year-picker"][data-value="2023"]');
    expectTableEquals(await readSummaryTable(page), summaryToday(mine, { by: 'street', year: 2023 }));

    await page.click('[data-testid="import-report-toggle"]');
    const fileRow = page.locator('[data-testid="import-report"] tr[data-file="buildings-gbk.csv"]');
    expect(await fileRow.locator('[data-field="rowsLoaded"]').getAttribute('data-value')).toBe('8');
    expect(await layoutFaults(page)).toEqual([]);
    await waitForMap(page);
    await screenshot(page, 'gbk-files-1280x720');
    await context.close();
  });

  test('the import report lists a rejected row with its line, and downloads as JSON', async () => {
    const csv = [
      '楼栋编号,小区名称,街道,经度,纬度,建成年代,户数,建筑面积（平方米）,改造进度,计划年度',
      'B-1,光明小区,临城街道,117.2502,34.8001,1988,24,1650.5,已完工,2022',
      'B-2,光明小区,临城街道,117.2504,34.8002,1990,36,2210,施工中,2022',
      'B-3,光明小区,临城街道,,34.8003,1990,12,800,施工中,2022', // line 4: no longitude
      'B-4,光明小区,临城街道,117.2506,34.8004,1991,18,1204.3,完工,2022',
    ].join('\n');
    const { context, page } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'bad-row.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
      { name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
    ]);
    await waitForData(page, 2);

    // A rejected row opens the report by itself.
    const report = page.locator('[data-testid="import-report"]');
    const rejected = report.locator('[data-testid="rejected-rows"] li[data-file="bad-row.csv"][data-line="4"]');
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('bad-row.csv:4');
    expect(await rejected.getAttribute('data-code')).toBe('missing-coordinates');
    // A failed file shows why.
    expect(await report.locator('[data-testid="rejected-rows"] li[data-file="empty.csv"]').textContent()).toContain(
      '文件为空',
    );
    const badFile = report.locator('tr[data-file="bad-row.csv"]');
    expect(await badFile.locator('[data-field="rowsRead"]').getAttribute('data-value')).toBe('4');
    expect(await badFile.locator('[data-field="rowsLoaded"]').getAttribute('data-value')).toBe('3');
    expect(await badFile.locator('[data-field="rejected"]').getAttribute('data-value')).toBe('1');
    // The loaded rows still count.
    await showColumns(page, 'programme');
    const table = await readSummaryTable(page);
    expect(table.total.values.programmeBuildings).toBe(3);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'report-rejected-1280x720');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="download-report"]'),
    ]);
    expect(download.suggestedFilename()).toBe('import-report.json');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const json = JSON.parse(readFileSync(path, 'utf8')) as { rejected: { file: string; line: number; code: string }[] };
    expect(json.rejected).toContainEqual(
      expect.objectContaining({ file: 'bad-row.csv', line: 4, code: 'missing-coordinates' }),
    );

    // Collapsible.
    await page.click('[data-testid="import-report-toggle"]');
    expect(await report.locator('[data-testid="rejected-rows"]').count()).toBe(0);
    await context.close();
  });

  test('a quote opened on line 6 and closed on line 10 (296 data lines): 296 read, 295 loaded, line 6 listed in the page language', async () => {
    const { context, page } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'quote296.csv', mimeType: 'text/csv', buffer: Buffer.from(strayQuoteCsv(), 'utf8') },
    ]);
    await waitForData(page, 2);
    const report = page.locator('[data-testid="import-report"]');
    const row = report.locator('tr[data-file="quote296.csv"]');
    await row.waitFor();
    expect(await row.locator('[data-field="rowsRead"]').getAttribute('data-value')).toBe('296');
    expect(await row.locator('[data-field="rowsLoaded"]').getAttribute('data-value')).toBe('295');
    expect(await row.locator('[data-field="rejected"]').getAttribute('data-value')).toBe('1');
    const line = report.locator('[data-testid="rejected-rows"] li[data-file="quote296.csv"]');
    expect(await line.getAttribute('data-line')).toBe('6');
    expect(await line.getAttribute('data-code')).toBe('stray-quote');
    expect(await line.locator('.reason').textContent()).toBe(
      '本行的引号没有在本行闭合，会把其后直到第 10 行连成一个单元格；本行未读入，其后各行照常读取',
    );
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="en"]');
    expect(await line.locator('.reason').textContent()).toMatch(
      /^a quote on this line does not close on it and would run on to line 10 /,
    );
    await context.close();
  });
});
