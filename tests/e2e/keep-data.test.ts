/**
 * The user's own files survive a reload (issue 13, item 5): loaded through the file input, kept in
 * the browser's IndexedDB, and opened again on the next visit as they were read, with the view the
 * address holds (year, street office) applied to them and the status line saying so; 返回示例数据
 * and the sample picker forget them; an address that names a sample still opens the sample; the
 * choices made on the files (a column matching, a coordinate system) come back with them, no dialog.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { filterByStreet } from '../../src/domain/filter-rows.ts';
import {
  ROOT,
  expectTableEquals,
  importFromDisk,
  kpiValue,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  useAppSuite,
  waitForData,
  waitForMap,
} from './harness.ts';

const FIXTURES = join(ROOT, 'tests/e2e/fixtures');
const FILES = [join(FIXTURES, 'buildings-gbk.csv'), join(FIXTURES, 'communities.geojson')];
const mine = importFromDisk(FILES);
const suite = useAppSuite();
const STREET = '临城街道';

/** What the page shows of the data: the street table, the legend's counts of buildings on the map, the view. */
async function shown(page: Page) {
  return {
    table: await readSummaryTable(page),
    legend: await page.$$eval('[data-testid="legend"] [data-class]', (els) =>
      els.map((e) => [e.getAttribute('data-class'), Number(e.getAttribute('data-count'))]),
    ),
    year: await shownYear(page),
    street: await page.getAttribute('[data-testid="street-picker"]', 'data-value'),
    reportRows: await page.$$eval('[data-testid="import-report"] tr[data-file]', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-file'), tr.querySelector('[data-field="rowsLoaded"]')?.textContent]),
    ),
  };
}

/** Load the fixture files through the file input, on a page showing the sample; wait until they are kept. */
async function loadMine(page: Page): Promise<void> {
  await page.goto(suite.url());
  await waitForData(page, 1);
  await page.setInputFiles('[data-testid="file-input"]', FILES);
  await waitForData(page, 2);
  await page.waitForSelector('[data-testid="kept-status"][data-state="saved"]');
}

/** Open the import report (a load with rejected rows opens it by itself). */
async function openReport(page: Page): Promise<void> {
  const toggle = '[data-testid="import-report-toggle"]';
  if ((await page.getAttribute(toggle, 'aria-expanded')) !== 'true') await page.click(toggle);
}

const loadStarts = (page: Page): Promise<number> =>
  page.evaluate(() => performance.getEntriesByName('atlas:load-start').length);

describe('the loaded data survive a reload', () => {
  test('GBK CSV + communities, reloaded: the same table, map and view without loading again; 返回示例数据 for good', async () => {
    const { page, close } = await suite.open(1280, 720);
    await loadMine(page);
    expect(await page.textContent('[data-testid="dataset-info"] .status-text')).toBe(
      '已载入的文件 · 已保存在本浏览器 返回示例数据',
    );
    await screenshot(page, 'keep-data-saved-1280x720');

    // A view of them, which the address keeps: a year and a street office.
    await page.selectOption('[data-testid="year-picker"]', '2023');
    await page.selectOption('[data-testid="street-picker"]', STREET);
    await page.waitForFunction(() => {
      const p = new URLSearchParams(location.search);
      return p.get('year') === '2023' && p.get('street') !== null;
    });
    await openReport(page);
    const before = await shown(page);
    const f = filterByStreet(mine, STREET);
    expectTableEquals(
      before.table,
      summarize(mine, { by: 'street', year: 2023, rows: f.rows, communityRows: f.communities }),
    );
    expect(before.legend.reduce((s, [, n]) => s + Number(n), 0)).toBe(f.rows.length);
    const facts = await page.textContent('[data-testid="dataset-info"] .status-facts');
    expect(facts).toMatch(/ · 2 个文件$/);

    await page.reload();
    await waitForData(page, 1);
    // Only the kept files were read: no sample first, no file picked.
    expect(await loadStarts(page)).toBe(1);
    const status = page.locator('[data-testid="kept-status"]');
    expect(await status.getAttribute('data-state')).toBe('reopened');
    expect(await status.textContent()).toMatch(/^上次载入的数据（\d{4}-\d\d-\d\d \d\d:\d\d）· 2 个文件$/);
    // The file count is said once, at the start of the line.
    expect(await page.textContent('[data-testid="dataset-info"] .status-facts')).toBe(
      facts?.replace(/ · 2 个文件$/, ''),
    );
    await openReport(page);
    expect(await shown(page)).toEqual(before);
    expect(new URL(page.url()).searchParams.get('year')).toBe('2023');
    expect(new URL(page.url()).searchParams.get('street')).toBe(STREET);
    await page.click('[data-testid="import-report-toggle"]');
    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0)); // the report's toggle, low on the page, scrolled it
    await screenshot(page, 'keep-data-reopened-1280x720');
    await page.click('[data-testid="lang-switch"]');
    expect(await status.textContent()).toMatch(/^Data loaded last time \(\d{4}-\d\d-\d\d \d\d:\d\d\) · 2 files$/);
    await screenshot(page, 'keep-data-reopened-en-1280x720');
    await page.click('[data-testid="lang-switch"]');

    // 返回示例数据: the sample, and from then on the sample on every visit.
    await page.click('[data-testid="back-to-sample"]');
    await waitForData(page, 2);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('xuecheng');
    await page.reload();
    await waitForData(page, 1);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('xuecheng');
    expect(await page.locator('[data-testid="kept-status"]').count()).toBe(0);
    expect(await loadStarts(page)).toBe(1);
    await close();
  });

  test('an address naming a sample opens it and leaves the files kept; choosing a sample in the picker forgets them', async () => {
    const { page, close } = await suite.open(1280, 720);
    await loadMine(page);
    expect(new URL(page.url()).searchParams.has('sample')).toBe(false);

    await page.goto(`${suite.url()}?sample=lishu`);
    await waitForData(page, 1);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('lishu');

    await page.goto(suite.url());
    await waitForData(page, 1);
    expect(await page.getAttribute('[data-testid="kept-status"]', 'data-state')).toBe('reopened');
    expect(await kpiValue(page, 'programmeBuildings')).toBe(
      summarize(mine, { by: 'street', year: await shownYear(page) }).total.programmeBuildings,
    );

    // The picker is shown on a sample: open one by the address, then choose the other.
    await page.goto(`${suite.url()}?sample=lishu`);
    await waitForData(page, 1);
    await page.selectOption('[data-testid="sample-picker"]', 'xuecheng');
    await waitForData(page, 2);
    await page.goto(suite.url());
    await waitForData(page, 1);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('xuecheng');
    expect(await page.locator('[data-testid="kept-status"]').count()).toBe(0);
    await close();
  });

  test('the choices made on the files come back with them: a column matching and a coordinate system, no dialog', async () => {
    // Headers no office writes: the dialog matches them; the points are written in GCJ-02.
    const csv = ['A,B,C,D', 'X-1,光明小区,117.25520,34.79890', 'X-2,光明小区,117.25540,34.79900'].join('\n');
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'odd-columns.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') },
      { name: 'communities.geojson', mimeType: 'application/geo+json', buffer: readFileSync(FILES[1]) },
    ]);
    const dialog = page.locator('[data-testid="column-match-dialog"]');
    await dialog.waitFor();
    await page.selectOption('select[data-header="A"]', 'id');
    await page.selectOption('select[data-header="B"]', 'community');
    await page.selectOption('select[data-header="C"]', 'lng');
    await page.selectOption('select[data-header="D"]', 'lat');
    await page.click('[data-testid="column-match-load"]');
    await waitForData(page, 2);
    await openReport(page);
    const file = page.locator('[data-testid="import-report"] tr[data-file="odd-columns.csv"]');
    await file.locator('[data-testid="crs-select"]').selectOption('gcj02');
    await waitForData(page, 3);
    await page.waitForSelector('[data-testid="kept-status"][data-state="saved"]');
    await openReport(page);
    expect(await file.locator('td.crs-cell').getAttribute('data-crs')).toBe('gcj02');
    const before = await shown(page);
    // The matching is in the kept record itself, not only in this browser's remembered matchings.
    await page.evaluate(() => localStorage.removeItem('atlas:column-maps'));

    await page.reload();
    await waitForData(page, 1);
    expect(await dialog.count()).toBe(0);
    expect(await page.getAttribute('[data-testid="kept-status"]', 'data-state')).toBe('reopened');
    await openReport(page);
    expect(await file.locator('td.crs-cell').getAttribute('data-crs')).toBe('gcj02');
    expect(await file.locator('[data-field="rowsLoaded"]').getAttribute('data-value')).toBe('2');
    expect(await shown(page)).toEqual(before);
    expect(await page.textContent('[data-notice="columns:odd-columns.csv"]')).toContain('已按记住的列对应关系读取');
    await close();
  });

  test('a browser with no room: the status line says the files were not kept and why; a reload opens the sample, not older files', async () => {
    const { page, close } = await suite.open(1280, 720);
    await loadMine(page);
    // The disk fills up: the next load's write is refused.
    await page.evaluate(() => {
      const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
      w.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('the disk is full', 'QuotaExceededError');
      };
    });
    await page.setInputFiles('[data-testid="file-input"]', FILES.slice(0, 1));
    await waitForData(page, 3);
    const status = page.locator('[data-testid="kept-status"][data-state="not-kept"]');
    await status.waitFor();
    expect(await status.textContent()).toBe(' · 未保存在本浏览器：浏览器存储空间不足；重新打开本页后需再次载入');
    expect(await kpiValue(page, 'programmeBuildings')).toBe(
      summarize(importFromDisk(FILES.slice(0, 1)), { by: 'street', year: null }).total.programmeBuildings,
    );
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = (window as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
    });
    // The files kept before are forgotten too: a reload never shows data older than the screen did.
    await page.reload();
    await waitForData(page, 1);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('xuecheng');
    await close();
  });
});
