/**
 * A layer in another coordinate system, in real Chromium through the file input: the sample's
 * buildings written in GCJ-02 load 500 m off, and a banner at the top of the page names the file
 * and offers the conversion; Gauss-Krüger metres are rejected until read in their zone, which the
 * banner names; the import report sets any file's system, its axes and a workbook's sheet by
 * hand. After each choice the page's table and the buildings' exported positions equal the same
 * files read in Node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { fromWgs84, type CrsKey } from '../../src/domain/crs.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { importFiles } from '../../src/io/import-files.ts';
import { importFilesAsync } from '../../src/io/import-files-async.ts';
import {
  ROOT,
  importFromDisk,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  waitForData,
  expectTableEquals,
  useAppSuite,
} from './harness.ts';
import { sampleBuildingsRewritten } from '../fixtures/sample-rewritten.ts';

const suite = useAppSuite();
const DIR = join(ROOT, 'data/sample');
const truth = importFromDisk(['buildings.csv', 'communities.geojson', 'streets.geojson'].map((f) => join(DIR, f)));
const N = truth.buildings.length;

interface Payload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** The sample's buildings CSV with 经度/纬度 rewritten (in another system, or swapped), `digits` decimals. */
function buildingsCsv(name: string, rewrite: (x: number, y: number) => [number, number], digits: number): Payload {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(sampleBuildingsRewritten(rewrite, digits)) };
}

const inCrs = (crs: CrsKey, digits: number): Payload =>
  buildingsCsv(`楼栋-${crs.replace(':', '')}.csv`, fromWgs84(crs), digits);
const sampleFile = (f: string): Payload => ({
  name: f,
  mimeType: 'application/geo+json',
  buffer: readFileSync(join(DIR, f)),
});
const bytesOf = (p: Payload) => new Uint8Array(p.buffer.buffer, p.buffer.byteOffset, p.buffer.byteLength);

const row = (page: Page, file: string) => page.locator(`[data-testid="import-report"] tr[data-file="${file}"]`);
const field = async (page: Page, file: string, f: string) =>
  Number(await row(page, file).locator(`[data-field="${f}"]`).getAttribute('data-value'));

async function openReport(page: Page): Promise<void> {
  if ((await page.locator('#import-report-body').count()) === 0)
    await page.click('[data-testid="import-report-toggle"]');
  await page.waitForSelector('#import-report-body');
}

/** Every building's position as the page holds it: the GeoJSON export of the (unfiltered) buildings. */
async function positions(page: Page): Promise<[number, number][]> {
  await page.click('[data-testid="export-menu"]');
  await page.waitForSelector('[data-testid="export-menu-list"]');
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.click('[data-testid="export-filtered-geojson"]'),
  ]);
  const geo = JSON.parse(readFileSync(await d.path(), 'utf8')) as {
    features: { geometry: { coordinates: [number, number] } }[];
  };
  return geo.features.map((f) => f.geometry.coordinates);
}

/** Largest difference in degrees between the page's positions and a dataset's buildings, row by row. */
function worstOff(shown: readonly [number, number][], d: Dataset): number {
  expect(shown).toHaveLength(d.buildings.length);
  let worst = 0;
  shown.forEach(([x, y], i) => {
    worst = Math.max(worst, Math.abs(x - d.buildings.lng[i]), Math.abs(y - d.buildings.lat[i]));
  });
  return worst;
}

async function expectTableOf(page: Page, d: Dataset): Promise<void> {
  expectTableEquals(await readSummaryTable(page), summarize(d, { by: 'street', year: await shownYear(page) }));
}

describe('a layer in another coordinate system', () => {
  test('GCJ-02 buildings: the banner names the file and GCJ-02; converting puts them where the WGS84 sample is', async () => {
    const gcj = inCrs('gcj02', 7);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      gcj,
      sampleFile('communities.geojson'),
      sampleFile('streets.geojson'),
    ]);
    await waitForData(page, 2);

    const banner = page.locator('[data-testid="crs-suggestion"]');
    expect(await banner.count()).toBe(1);
    expect(await banner.getAttribute('data-file')).toBe(gcj.name);
    expect(await banner.getAttribute('data-suggest')).toBe('gcj02');
    const zh = (await banner.textContent()) ?? '';
    expect(zh).toContain(`${gcj.name} 的坐标看起来是 GCJ-02`);
    // The shares, as the importer measured them in Node.
    const inNode = importFiles([
      { name: gcj.name, bytes: bytesOf(gcj) },
      ...['communities.geojson', 'streets.geojson'].map((f) => ({ name: f, bytes: bytesOf(sampleFile(f)) })),
    ]);
    const shares = inNode.report.files[0].crsShares!;
    expect(shares.gcj02).toBeGreaterThan(0.9);
    expect(zh).toContain(
      `按原样只有 ${Math.round(shares['as-is'] * 100)}% 落在小区范围内，转换后 ${Math.round(shares.gcj02 * 100)}%`,
    );
    // As loaded, the buildings sit where GCJ-02 numbers read as WGS84 put them: hundreds of metres off.
    expect(worstOff(await positions(page), truth)).toBeGreaterThan(2e-3);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'crs-suggestion-zh-1280x720');

    // The same in English, and the report with its coordinate-system line.
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="en"]');
    expect(await banner.textContent()).toContain(`The coordinates of ${gcj.name} look like GCJ-02`);
    expect(await banner.textContent()).toMatch(
      /as written only \d+% fall inside the community areas, converted \d+% do\./,
    );
    expect(await page.textContent('[data-testid="crs-convert"]')).toBe('Convert from GCJ-02');
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'crs-suggestion-en-1280x720');
    await openReport(page);
    await row(page, gcj.name).scrollIntoViewIfNeeded();
    expect(await row(page, gcj.name).locator('[data-testid="crs-select"] option:checked').textContent()).toBe(
      'WGS84 / CGCS2000 lon/lat',
    );
    expect(
      await page.$$eval('.report-files thead th, .report-files td, .report-files select', (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1 && e.tagName !== 'SELECT').map((e) => e.textContent),
      ),
    ).toEqual([]);
    await screenshot(page, 'crs-report-en-1280x720');
    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="zh-CN"]');
    await row(page, gcj.name).scrollIntoViewIfNeeded();
    await screenshot(page, 'crs-report-zh-1280x720');

    await page.click('[data-testid="crs-convert"]');
    await waitForData(page, 3);
    await banner.waitFor({ state: 'detached' });
    await expectTableOf(page, truth);
    await openReport(page);
    expect(await row(page, gcj.name).locator('td.crs-cell').getAttribute('data-crs')).toBe('gcj02');
    expect(await row(page, gcj.name).locator('[data-testid="crs-select"]').inputValue()).toBe('gcj02');
    expect(await row(page, gcj.name).locator('[data-testid="crs-select"] option:checked').textContent()).toBe(
      'GCJ-02（高德、腾讯）',
    );
    expect(await field(page, gcj.name, 'rowsLoaded')).toBe(N);
    // Every building within a metre of the WGS84 sample (7 decimals and the transform's round trip).
    expect(worstOff(await positions(page), truth)).toBeLessThan(1e-5);
    await close();
  });

  test('Gauss-Krüger zone 39 metres: rejected, the banner names EPSG:4527, converting loads every row; metres with no zone: the banner asks and goes to the chooser', async () => {
    const gk = inCrs('epsg:4527', 3);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [gk]);
    await waitForData(page, 2);
    await openReport(page);
    expect(await field(page, gk.name, 'rowsLoaded')).toBe(0);
    expect(await field(page, gk.name, 'rejected')).toBe(N);
    const banner = page.locator(`[data-testid="crs-suggestion"][data-file="${gk.name}"]`);
    expect(await banner.getAttribute('data-suggest')).toBe('epsg:4527');
    expect(await banner.textContent()).toContain('EPSG:4527');
    expect(await banner.textContent()).toContain(`按经纬度读取时 ${N.toLocaleString('zh-CN')} 行超出范围`);
    expect(await banner.locator('[data-testid="crs-convert"]').textContent()).toBe('按 EPSG:4527 读取');
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'crs-suggestion-gk-zh-1280x720');

    await banner.locator('[data-testid="crs-convert"]').click();
    await waitForData(page, 3);
    await banner.waitFor({ state: 'detached' });
    const inNode = importFiles([{ name: gk.name, bytes: bytesOf(gk), crs: 'epsg:4527' }]);
    expect(inNode.buildings.length).toBe(N);
    await expectTableOf(page, inNode);
    await openReport(page);
    expect(await field(page, gk.name, 'rowsLoaded')).toBe(N);
    expect(await field(page, gk.name, 'rejected')).toBe(0);
    expect(await row(page, gk.name).locator('td.crs-cell').getAttribute('data-crs')).toBe('epsg:4527');
    // Millimetres in the file: the positions are the sample's to a centimetre.
    expect(worstOff(await positions(page), truth)).toBeLessThan(2e-7);

    // Metres without the zone in front (EPSG:4548, central meridian 117°): the numbers cannot say
    // which zone, so the banner asks, and its button goes to the file's 坐标系 select.
    const noZone = inCrs('epsg:4548', 3);
    await page.setInputFiles('[data-testid="file-input"]', [noZone]);
    await waitForData(page, 4);
    const ask = page.locator(`[data-testid="crs-suggestion"][data-file="${noZone.name}"]`);
    expect(await ask.getAttribute('data-suggest')).toBe('choose');
    expect(await ask.textContent()).toContain('不带带号的高斯-克吕格投影坐标');
    expect(await ask.locator('[data-testid="crs-convert"]').count()).toBe(0);
    await page.click('[data-testid="import-report-toggle"]'); // closed, so that the button opens it
    await page.waitForSelector('#import-report-body', { state: 'detached' });
    await ask.locator('[data-testid="crs-choose"]').click();
    const chooser = row(page, noZone.name).locator('[data-testid="crs-select"]');
    await page.waitForFunction(
      (id) => document.activeElement?.id === id,
      `crs-select-${encodeURIComponent(noZone.name)}`,
    );
    expect(await chooser.inputValue()).toBe('wgs84');
    await chooser.selectOption('epsg:4548');
    await waitForData(page, 5);
    await openReport(page);
    expect(await field(page, noZone.name, 'rowsLoaded')).toBe(N);
    expect(await row(page, noZone.name).locator('td.crs-cell').getAttribute('data-crs')).toBe('epsg:4548');
    expect(await page.locator('[data-testid="crs-suggestion"]').count()).toBe(0);
    expect(worstOff(await positions(page), truth)).toBeLessThan(2e-7);
    await close();
  });

  test('by hand in the report: the sample read as BD-09 moves, back to WGS84 it is as it was; a swapped file kept as it is, then set right with the box', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await openReport(page);
    const before = await readSummaryTable(page);
    const select = row(page, 'buildings.csv').locator('[data-testid="crs-select"]');
    expect(await select.inputValue()).toBe('wgs84');
    // The choices: the geographic systems, then every Gauss-Krüger zone, grouped.
    expect(
      await select.locator('optgroup').evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.children.length])),
    ).toEqual([
      ['经纬度', 3],
      ['高斯-克吕格 3° 分带（带号在前）', 21],
      ['高斯-克吕格 3° 分带（无带号）', 21],
      ['高斯-克吕格 6° 分带（带号在前）', 11],
      ['高斯-克吕格 6° 分带（无带号）', 11],
    ]);
    expect(await select.locator('option[value="epsg:4527"]').textContent()).toBe(
      'CGCS2000 高斯-克吕格 3° 39带（EPSG:4527）',
    );
    // A programme file has no coordinates to choose.
    expect(await row(page, 'programme-2023.json').locator('[data-testid="crs-select"]').count()).toBe(0);
    const sampleWgs = await positions(page);
    const sampleFiles = [
      'buildings.csv',
      'communities.geojson',
      'streets.geojson',
      'programme-2022.json',
      'programme-2023.json',
    ];
    const sample = importFromDisk(sampleFiles.map((f) => join(DIR, f)));
    expect(worstOff(sampleWgs, sample)).toBe(0);

    await select.selectOption('bd09');
    await waitForData(page, 2);
    await openReport(page);
    expect(await row(page, 'buildings.csv').locator('td.crs-cell').getAttribute('data-crs')).toBe('bd09');
    const asBd = importFiles(
      sampleFiles.map((f) => ({
        name: f,
        bytes: bytesOf(sampleFile(f)),
        ...(f === 'buildings.csv' ? { crs: 'bd09' as const } : {}),
      })),
    );
    const moved = await positions(page);
    expect(worstOff(moved, asBd)).toBeLessThan(1e-9); // the same transform; the browser's Math may differ in the last bit
    expect(worstOff(moved, sample)).toBeGreaterThan(4e-3);

    await row(page, 'buildings.csv').locator('[data-testid="crs-select"]').selectOption('wgs84');
    await waitForData(page, 3);
    await openReport(page);
    expect(await row(page, 'buildings.csv').locator('td.crs-cell').getAttribute('data-crs')).toBe('wgs84');
    expect(await readSummaryTable(page)).toEqual(before);
    expect(worstOff(await positions(page), sample)).toBe(0);

    // Latitude written in the 经度 column and longitude in 纬度: rejected as out of range, the
    // banner says they look swapped; the report's box reads them the other way round.
    const swapped = buildingsCsv('楼栋-互换.csv', (x, y) => [y, x], 6);
    await page.setInputFiles('[data-testid="file-input"]', [
      swapped,
      sampleFile('communities.geojson'),
      sampleFile('streets.geojson'),
    ]);
    await waitForData(page, 4);
    await openReport(page);
    expect(await field(page, swapped.name, 'rejected')).toBe(N);
    const offer = page.locator(`[data-testid="crs-suggestion"][data-file="${swapped.name}"]`);
    expect(await offer.getAttribute('data-suggest')).toBe('swapped');
    expect(await offer.textContent()).toContain(
      `${swapped.name} 的经度和纬度似乎写反了：按经纬度读取时 ${N.toLocaleString('zh-CN')} 行超出范围，未载入。`,
    );
    // 保持原样: the banner goes, the file stays as read.
    await offer.locator('[data-testid="crs-keep"]').click();
    await offer.waitFor({ state: 'detached' });
    expect(await field(page, swapped.name, 'rejected')).toBe(N);
    const box = row(page, swapped.name).locator('[data-testid="crs-swap"]');
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await waitForData(page, 5);
    await openReport(page);
    expect(await row(page, swapped.name).locator('[data-testid="crs-swap"]').isChecked()).toBe(true);
    expect(await row(page, swapped.name).locator('td.crs-cell').getAttribute('data-crs')).toBe('wgs84+swapped');
    expect(await field(page, swapped.name, 'rowsLoaded')).toBe(N);
    expect(await page.locator('[data-testid="crs-suggestion"]').count()).toBe(0);
    await expectTableOf(page, truth);
    expect(worstOff(await positions(page), truth)).toBe(0);
    await close();
  });

  test('a workbook of two sheets: the report offers the second, whose rows then load', async () => {
    const rowsOf = (from: number, n: number) => Array.from({ length: n }, (_, k) => from + k * 7);
    const t = truth.buildings;
    const text = (col: { values: string[]; codes: Uint32Array | Uint16Array | Uint8Array }, i: number) =>
      col.values[col.codes[i]];
    const wb = new ExcelJS.Workbook();
    for (const [sheet, rows] of [
      ['一期', rowsOf(0, 20)],
      ['二期', rowsOf(3, 35)],
    ] as const) {
      const ws = wb.addWorksheet(sheet);
      ws.addRow(['楼栋编号', '小区名称', '街道', '经度', '纬度', '户数', '计划年度']);
      for (const i of rows)
        ws.addRow([
          `${sheet}-${t.id[i]}`,
          text(t.community, i),
          text(t.street, i),
          t.lng[i],
          t.lat[i],
          t.households[i],
          t.planYear[i] || null,
        ]);
    }
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    const name = '两期楼栋.xlsx';
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      {
        name,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(xlsx),
      },
    ]);
    await waitForData(page, 2);
    await openReport(page);
    expect(await field(page, name, 'rowsLoaded')).toBe(20);
    const sheet = row(page, name).locator('[data-testid="sheet-select"]');
    expect(await sheet.locator('option').allTextContents()).toEqual(['一期', '二期']);
    expect(await sheet.inputValue()).toBe('一期');

    await sheet.selectOption('二期');
    await waitForData(page, 3);
    await openReport(page);
    expect(await field(page, name, 'rowsLoaded')).toBe(35);
    expect(await row(page, name).locator('[data-testid="sheet-select"]').inputValue()).toBe('二期');
    expect(
      await page.textContent(`[data-testid="warnings"] li[data-file="${name}"][data-code="xlsx-sheet"]`),
    ).toContain('读取工作表“二期”');
    const inNode = await importFilesAsync([{ name, bytes: xlsx, sheet: '二期' }]);
    expect(inNode.buildings.length).toBe(35);
    await expectTableOf(page, inNode);
    await close();
  });
});
