/**
 * The two bundled sample districts in real Chromium: `?sample=lishu` opens 梨树区 (the 2023
 * programme of 梨政办规〔2023〕3号 inside the real district outline), the header's picker switches
 * between the samples and keeps the address in step, and every figure equals summarize() of the
 * same files in Node.
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
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
  summaryToday,
  useAppSuite,
} from './harness.ts';

const LISHU = ['buildings.csv', 'communities.geojson', 'district.geojson', 'programme-2023.json'].map((f) =>
  join(ROOT, 'data/sample-lishu', f),
);
const XUECHENG = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const suite = useAppSuite();
const lishu = importFromDisk(LISHU);
const xuecheng = importFromDisk(XUECHENG);

describe('sample districts', () => {
  test('?sample=lishu opens 梨树区: 1 community, 10 buildings, 874 households, 7.72万㎡ against the same targets', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?sample=lishu`);
    await waitForData(page, 1);
    await waitForMap(page);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('lishu');
    expect(await shownYear(page)).toBe(2023);
    const expected = summaryToday(lishu, { by: 'street', year: 2023 });
    expect(expected.total).toMatchObject({
      programmeCommunities: 1,
      programmeBuildings: 10,
      programmeHouseholds: 874,
      programmeFloorAreaM2: 77200,
    });
    const table = await readSummaryTable(page);
    expect(table.rows.map((r) => r.key)).toEqual(['街里街道']);
    expectTableEquals(table, expected, true);
    // 10号楼 is still in acceptance after the 30 November deadline.
    expect(expected.total).toMatchObject({ overdueBuildings: 1, overdueCommunities: 1 });
    for (const f of KPI_FIELDS) expect(await kpiValue(page, f), f).toBe(expected.total[f]);
    expect(Number(await page.getAttribute('[data-testid="kpi-programmeHouseholds-target"]', 'data-value'))).toBe(874);
    // The map fits the district outline: the whole of 梨树区 (about 40 km across) is in view.
    const zoom = Number(new URL(page.url()).hash.match(/map=([\d.]+)/)?.[1]);
    expect(zoom).toBeGreaterThan(8);
    expect(zoom).toBeLessThan(12);
    await screenshot(page, 'sample-lishu-1280');
    expect(await layoutFaults(page)).toEqual([]);
    await close();
  });

  test('the picker switches to 薛城区 and back; the address follows and a reload keeps the choice', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?sample=lishu`);
    await waitForData(page, 1);
    await page.selectOption('[data-testid="sample-picker"]', 'xuecheng');
    await waitForData(page, 2);
    expect(new URL(page.url()).searchParams.get('sample')).toBeNull();
    const year = await shownYear(page);
    expect(year).toBe(2023);
    expectTableEquals(await readSummaryTable(page), summaryToday(xuecheng, { by: 'street', year }), true);
    await page.selectOption('[data-testid="sample-picker"]', 'lishu');
    await waitForData(page, 3);
    expect(new URL(page.url()).searchParams.get('sample')).toBe('lishu');
    await page.reload();
    await waitForData(page, 1);
    expect(await page.inputValue('[data-testid="sample-picker"]')).toBe('lishu');
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(874);
    await close();
  });
});
