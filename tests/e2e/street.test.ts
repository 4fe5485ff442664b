/**
 * One street office in real Chromium: `?street=`, the picker and a click on a table row filter
 * every figure (cards, table, chart, exports) to it and keep the address in step; sorting the
 * table; a street office the data does not have. Figures equal summarize() of the same files
 * filtered with the same domain code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { filterByStreet, programmeRows } from '../../src/domain/filter-rows.ts';
import { streetTargets } from '../../src/domain/programme.ts';
import { stageCountsByStreet, stageTotal } from '../../src/domain/stage-counts.ts';
import {
  atEachSize,
  ROOT,
  importFromDisk,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  KPI_FIELDS,
  expectTableEquals,
  kpiValue,
  useAppSuite,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);

/** summarize() of one street office, filtered as the page filters. */
function streetSummary(street: string, year: number | null) {
  const f = filterByStreet(sample, street);
  return summarize(sample, { by: 'street', year, rows: f.rows, communityRows: f.communities });
}

async function streetParam(page: Page): Promise<string | null> {
  return new URL(page.url()).searchParams.get('street');
}

async function bodyKeys(page: Page): Promise<string[]> {
  return page.$$eval('table[data-testid="street-summary"] tbody tr', (trs) =>
    trs.map((tr) => tr.getAttribute('data-key') ?? ''),
  );
}

/** A downloaded CSV's rows (the BOM dropped; no quoted line breaks in these exports). */
async function download(page: Page, testId: string): Promise<{ name: string; rows: string[][] }> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  const text = readFileSync(await d.path(), 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return {
    name: d.suggestedFilename(),
    rows: text
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(',')),
  };
}

describe('one street office', () => {
  test('?street=临城街道 opens on it: one table row, cards and chart equal summarize() filtered to it', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?street=${encodeURIComponent('临城街道')}`);
    await waitForData(page, 1);
    const year = await shownYear(page);
    const expected = streetSummary('临城街道', year);
    const table = await readSummaryTable(page);
    expect(table.rows.map((r) => r.key)).toEqual(['临城街道']);
    expectTableEquals(table, expected);
    for (const f of KPI_FIELDS) expect(await kpiValue(page, f), f).toBe(expected.total[f]);
    // The office's own target from the programme (targets.byStreet) beside its figures, never the district's.
    const programme = sample.programmes.find((p) => p.year === year)!;
    const own = streetTargets(programme.targets, '临城街道');
    expect(own?.households).toBeDefined();
    expect(own?.households).not.toBe(programme.targets.households);
    expect(await kpiValue(page, 'programmeHouseholds-target')).toBe(own?.households);
    // A figure the programme sets the office no target for says so.
    expect(own?.buildings).toBeUndefined();
    expect(await page.textContent('[data-testid="kpi-programmeBuildings-target-none"]')).toBe('未设目标');
    expect(await page.getAttribute('[data-testid="street-picker"]', 'data-value')).toBe('临城街道');
    expect(await streetParam(page)).toBe('临城街道');
    // The chart: one bar, its stages add up to the table's programme households.
    const bars = page.locator('[data-testid="stage-chart"] .chart-row');
    expect(await bars.count()).toBe(1);
    expect(Number(await bars.first().getAttribute('data-total'))).toBeCloseTo(expected.total.programmeHouseholds, 6);
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `street-linchen-${width}x${height}`);
    });
    await close();
  });

  test('another spelling of the name finds the office; the year picker still applies', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?street=${encodeURIComponent('临城')}`);
    await waitForData(page, 1);
    expect(await bodyKeys(page)).toEqual(['临城街道']);
    await page.selectOption('[data-testid="year-picker"]', '2022');
    await page.waitForSelector('[data-testid="year-picker"][data-value="2022"]');
    expectTableEquals(await readSummaryTable(page), streetSummary('临城街道', 2022));
    expect(await kpiValue(page, 'completedCommunities')).toBe(
      streetSummary('临城街道', 2022).total.completedCommunities,
    );
    await close();
  });

  test('a street office the data does not have: a notice and the whole district, never a blank page', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?street=${encodeURIComponent('不存在街道')}`);
    await waitForData(page, 1);
    const notice = page.locator('[data-testid="notice-unknown-street"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('不存在街道');
    expectTableEquals(await readSummaryTable(page), summarize(sample, { by: 'street', year: await shownYear(page) }));
    expect(await layoutFaults(page)).toEqual([]);
    await waitForMap(page);
    await screenshot(page, 'street-unknown-1280x720');
    await page.click('[data-testid="notice-unknown-street"] button');
    expect(await notice.count()).toBe(0);
    expect(await streetParam(page)).toBeNull();
    await close();
  });

  test('clicking a table row filters to that street office and puts it in the address; clicking it again shows the district', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const year = await shownYear(page);
    expect((await bodyKeys(page)).length).toBe(9);
    await page.click(
      'table[data-testid="street-summary"] tbody tr[data-key="常庄街道"] td[data-field="programmeHouseholds"]',
    );
    await page.waitForSelector('[data-testid="street-picker"][data-value="常庄街道"]');
    expect(await bodyKeys(page)).toEqual(['常庄街道']);
    expectTableEquals(await readSummaryTable(page), streetSummary('常庄街道', year));
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(streetSummary('常庄街道', year).total.programmeHouseholds);
    expect(await streetParam(page)).toBe('常庄街道');
    await page.click('table[data-testid="street-summary"] tbody tr[data-key="常庄街道"]');
    await page.waitForSelector('[data-testid="street-picker"][data-value=""]');
    expect((await bodyKeys(page)).length).toBe(9);
    expect(await streetParam(page)).toBeNull();
    // The picker does the same.
    await page.selectOption('[data-testid="street-picker"]', '新城街道');
    await page.waitForSelector('[data-testid="street-picker"][data-value="新城街道"]');
    expect(await bodyKeys(page)).toEqual(['新城街道']);
    expect(await streetParam(page)).toBe('新城街道');
    await close();
  });

  test('sorting: a click on a column header sorts by its numbers, again turns it round; the totals row stays at the bottom', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const header = 'table[data-testid="street-summary"] thead th[data-sort-field="programmeHouseholds"]';
    const values = async () => (await readSummaryTable(page)).rows.map((r) => r.values.programmeHouseholds);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('none');
    await page.click(`${header} button`);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('descending');
    const desc = await values();
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(new Set(desc).size).toBeGreaterThan(3);
    await page.click(`${header} button`);
    expect(await page.getAttribute(header, 'aria-sort')).toBe('ascending');
    expect(await values()).toEqual([...desc].reverse().sort((a, b) => a - b));
    // The totals row is still the last row of the table.
    const last = await page.$eval('table[data-testid="street-summary"]', (t) =>
      [...t.querySelectorAll('tr')].at(-1)?.getAttribute('data-key'),
    );
    expect(last).toBe('合计');
    const byName = 'table[data-testid="street-summary"] thead th[data-sort-field="key"]';
    await page.click(`${byName} button`);
    expect(await page.getAttribute(byName, 'aria-sort')).toBe('ascending');
    expect(await page.getAttribute(header, 'aria-sort')).toBe('none');
    expect(await bodyKeys(page)).toEqual(summarize(sample, { year: await shownYear(page) }).groups.map((g) => g.key));
    await close();
  });

  test('exports hold only the street office: the summary table and its programme buildings', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?street=${encodeURIComponent('临城街道')}`);
    await waitForData(page, 1);
    const year = await shownYear(page);
    const table = await download(page, 'export-summary');
    expect(table.name).toBe(`汇总表-临城街道-${year}年度.csv`);
    expect(table.rows.slice(1).map((r) => r[0])).toEqual(['临城街道', '合计']);
    const hhColumn = table.rows[0].findIndex((h) => h.startsWith('计划户数'));
    expect(Number(table.rows[1][hhColumn])).toBe(streetSummary('临城街道', year).total.programmeHouseholds);

    const list = await download(page, 'export-buildings');
    expect(list.name).toBe(`楼栋清单-临城街道-${year}年度.csv`);
    const streetColumn = list.rows[0].indexOf('街道');
    const expected = programmeRows(sample.buildings, filterByStreet(sample, '临城街道').rows, year);
    expect(list.rows.length - 1).toBe(expected.length);
    expect(new Set(list.rows.slice(1).map((r) => r[streetColumn]))).toEqual(new Set(['临城街道']));
    await close();
  });

  test('the progress chart: one bar per street office, stacked by stage, equal to the domain counts', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const year = await shownYear(page);
    const counts = stageCountsByStreet(sample, { year });
    const chart = page.locator('[data-testid="stage-chart"]');
    const rows = await chart.locator('.chart-row').evaluateAll((lis) =>
      lis.map((li) => ({
        key: li.getAttribute('data-key'),
        total: Number(li.getAttribute('data-total')),
        stages: [...li.querySelectorAll('rect')].map((r) => [
          r.getAttribute('data-stage'),
          Number(r.getAttribute('data-value')),
        ]),
      })),
    );
    expect(rows.map((r) => r.key)).toEqual(counts.map((c) => c.key));
    rows.forEach((r, k) => {
      expect(r.total).toBe(stageTotal(counts[k].households));
      expect(r.stages.reduce((s, [, v]) => s + Number(v), 0)).toBeCloseTo(r.total, 6);
    });
    // Every segment carries its number as a title.
    expect(await chart.locator('rect title').first().textContent()).toMatch(/：[\d,]+ 户/);
    await page.click('[data-testid="stage-chart"] button[data-measure="buildings"]');
    expect(await chart.getAttribute('data-measure')).toBe('buildings');
    expect(Number(await chart.locator('.chart-row').first().getAttribute('data-total'))).toBe(
      stageTotal(counts[0].buildings),
    );
    await page.click('[data-testid="stage-chart"] button[data-measure="households"]');
    await atEachSize(page, async (width, height) => {
      await chart.scrollIntoViewIfNeeded();
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `stage-chart-${width}x${height}`);
    });
    await close();
  });
});
