/**
 * Exports in real Chromium, read back in Node: the summary table as CSV (UTF-8 with BOM, CRLF)
 * and as an Excel workbook, their numbers equal to summarize() of the same files; buildings as
 * CSV, Excel and GeoJSON; and names that start with = + - @ (a small CSV loaded through the file
 * input) written inert in every spreadsheet export — an apostrophe first in CSV, a string cell in
 * Excel, never a formula.
 */
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize, type SummaryRow } from '../../src/domain/aggregate.ts';
import { fromWgs84 } from '../../src/domain/crs.ts';
import { programmeRows } from '../../src/domain/filter-rows.ts';
import { shownTableFields } from '../../src/domain/column-sets.ts';
import { columnsOf } from '../../src/domain/summary-sheet.ts';
import { importFiles } from '../../src/io/import-files.ts';
import {
  atEachSize,
  ROOT,
  download,
  importFromDisk,
  readSummaryTable,
  showColumns,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  type Downloaded,
  expectTableEquals,
  useAppSuite,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const FORMULAS = join(ROOT, 'tests/e2e/fixtures/formula-names.csv');
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);
const formulas = importFromDisk([FORMULAS]);
/** Every text the formula fixture holds that a spreadsheet would run. */
const RISKY = [
  '=F-01',
  '=HYPERLINK("http://example.invalid","点我")',
  '+86-632小区',
  '-2+3小区',
  '@SUM(1)小区',
  '=1+1街道',
  '@3号楼',
];

/** The summary columns the page exports with every column shown, by header start, and the field each one is. */
const TABLE_COLUMNS: [string, keyof SummaryRow][] = [
  ['楼栋数', 'buildings'],
  ['符合条件楼栋', 'eligibleBuildings'],
  ['符合条件·按建成年代', 'eligibleByYearBuildings'],
  ['符合条件·C级', 'eligibleByGradeCBuildings'],
  ['符合条件·非成套', 'eligibleNonCompleteBuildings'],
  ['待纳入楼栋', 'backlogBuildings'],
  ['计划小区', 'programmeCommunities'],
  ['计划楼栋', 'programmeBuildings'],
  ['计划户数', 'programmeHouseholds'],
  ['计划建筑面积', 'programmeFloorAreaM2'],
  ['已开工户数', 'startedHouseholds'],
  ['已完工户数', 'completedHouseholds'],
  ['开工率', 'startRateHouseholds'],
  ['完工率（按户', 'completionRateHouseholds'],
  ['完工率（按小区', 'completionRateCommunities'],
];

/** A CSV download: UTF-8 with a BOM, CRLF between records; its rows parsed (quotes honoured). */
function csvRows(d: Downloaded): string[][] {
  const text = d.bytes.toString('utf8');
  expect(text.startsWith('\uFEFF'), 'BOM').toBe(true);
  expect(text.endsWith('\r\n'), 'CRLF at the end').toBe(true);
  expect(
    text
      .replace(/"[^"]*"/g, '')
      .split('\n')
      .every((l, k, all) => k === all.length - 1 || l.endsWith('\r')),
    'CRLF',
  ).toBe(true);
  return Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
}

async function workbook(d: Downloaded): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(d.bytes.buffer.slice(d.bytes.byteOffset, d.bytes.byteOffset + d.bytes.byteLength) as ArrayBuffer);
  return wb;
}

/** Every cell of a worksheet, rows of [type, value, formula]. */
function cells(
  ws: ExcelJS.Worksheet,
): { type: ExcelJS.ValueType; value: ExcelJS.CellValue; formula: string | undefined }[][] {
  const out: { type: ExcelJS.ValueType; value: ExcelJS.CellValue; formula: string | undefined }[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const r: (typeof out)[number] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = row.getCell(c);
      r.push({ type: cell.type, value: cell.value, formula: cell.formula });
    }
    out.push(r);
  });
  return out;
}

async function loadFormulas(page: Page): Promise<void> {
  await page.goto(suite.url());
  await waitForData(page, 1);
  await page.setInputFiles('[data-testid="file-input"]', FORMULAS);
  await waitForData(page, 2);
  await page.waitForSelector('[data-testid="street-summary"] tbody tr[data-key="=1+1街道"]');
}

describe('exports', () => {
  test('the summary table as CSV and as Excel: the numbers summarize() gives, the totals row last', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const year = await shownYear(page);
    const s = summarize(sample, { by: 'street', year });

    // The export writes the columns the table shows: the progress set first (the default), then all.
    const progress = csvRows(await download(page, 'export-summary'));
    const shownHeads = await page.$$eval('[data-testid="street-summary"] thead th[data-field]', (ths) =>
      ths.map((th) => th.getAttribute('data-field')),
    );
    expect(progress[0]).toEqual([
      '街道',
      ...columnsOf(shownTableFields('progress', { backlog: false, schedule: true })).map((c) => c.header),
    ]);
    expect(shownHeads).toEqual(shownTableFields('progress', { backlog: false, schedule: true }));
    await showColumns(page, 'all');
    const csv = csvRows(await download(page, 'export-summary'));
    const header = csv[0];
    expect(header[0]).toBe('街道');
    const col = (start: string): number => header.findIndex((h) => h.startsWith(start));
    expect(csv.slice(1).map((r) => r[0])).toEqual([...s.groups.map((g) => g.key), '合计']);
    [...s.groups, s.total].forEach((g, k) => {
      for (const [start, field] of TABLE_COLUMNS) {
        const v = Number(csv[k + 1][col(start)]);
        if (field.includes('Rate')) expect(v, `${g.key} ${field}`).toBeCloseTo((g[field] as number) * 100, 2);
        else expect(v, `${g.key} ${field}`).toBe(g[field]);
      }
    });

    const xlsx = await download(page, 'export-summary-xlsx', 'export-menu');
    expect(xlsx.name).toBe(`汇总表-全区-${year}年度.xlsx`);
    const ws = (await workbook(xlsx)).worksheets[0];
    const rows = cells(ws);
    const heads = rows[0].map((c) => String(c.value));
    expect(heads).toEqual(header);
    [...s.groups, s.total].forEach((g, k) => {
      const r = rows[k + 1];
      expect(r[0].value).toBe(k === s.groups.length ? '合计' : g.key);
      for (const [start, field] of TABLE_COLUMNS) {
        const c = r[heads.findIndex((h) => h.startsWith(start))];
        expect(c.type, `${g.key} ${field}`).toBe(ExcelJS.ValueType.Number);
        expect(c.value, `${g.key} ${field}`).toBe(g[field]);
      }
    });
    expect(ws.getRow(rows.length).font?.bold).toBe(true);

    // With the backlog preset the table shows the backlog's columns, and so does its export.
    await page.click('[data-testid="backlog-button"]');
    await page.waitForSelector('[data-testid="street-summary"][data-backlog="true"]');
    const shown = await readSummaryTable(page);
    const backlog = csvRows(await download(page, 'export-summary'));
    const hh = backlog[0].indexOf('待纳入户数（户）');
    expect(hh).toBeGreaterThan(0);
    expect(backlog.at(-1)?.[0]).toBe('合计');
    expect(Number(backlog.at(-1)?.[hh])).toBe(shown.total.values.backlogHouseholds);
    expect(new Set(backlog.slice(1, -1).map((r) => r[0]))).toEqual(new Set(shown.rows.map((r) => r.key)));

    // …and its building list is the backlog the view shows (not the year's programme, which it has none of).
    const backlogList = csvRows(await download(page, 'export-buildings'));
    expect(backlogList.length - 1).toBe(shown.total.values.backlogBuildings);
    expect(backlogList.length - 1).toBeGreaterThan(0);

    // A view whose list is empty writes no file and says so.
    await page.goto(`${suite.url()}?stage=none`);
    await waitForData(page, 1);
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    expect(await page.getAttribute('[data-testid="export-buildings"]', 'data-count')).toBe('0');
    await page.click('[data-testid="export-buildings"]');
    const notice = page.locator('[data-testid="notice"][data-notice="export:nothing"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('没有可导出的楼栋');
    await page.waitForTimeout(500);
    expect(downloads).toEqual([]);
    await close();
  });

  test('buildings exported in GCJ-02 and in a Gauss-Krüger zone: converted cells, headers and file names that say so, and loaded back where they were', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const byId = new Map(sample.buildings.id.map((id, i) => [id, i]));
    const wgs = await download(page, 'export-filtered-csv', 'export-menu');
    expect(wgs.name).toBe('筛选楼栋-全区.csv');
    await page.click('[data-testid="export-menu"]');
    await page.selectOption('[data-testid="export-crs"]', 'gcj02');
    await screenshot(page, 'export-crs-menu');
    const gcj = await download(page, 'export-filtered-csv');
    expect(gcj.name).toBe('筛选楼栋-全区-GCJ-02.csv');
    const rows = csvRows(gcj);
    const [x, y] = [rows[0].indexOf('经度（GCJ-02）'), rows[0].indexOf('纬度（GCJ-02）')];
    expect(x).toBeGreaterThan(0);
    expect(y).toBeGreaterThan(0);
    expect(rows[0]).not.toContain('经度');
    const toGcj = fromWgs84('gcj02');
    expect(rows.length - 1).toBe(sample.buildings.length);
    for (const r of rows.slice(1)) {
      const i = byId.get(r[0])!;
      const [gx, gy] = toGcj(sample.buildings.lng[i], sample.buildings.lat[i]);
      expect(Math.abs(Number(r[x]) - gx)).toBeLessThan(2e-7);
      expect(Math.abs(Number(r[y]) - gy)).toBeLessThan(2e-7);
    }
    // The choice stays for the next export; a zone in metres, as a GeoJSON that names it.
    await page.click('[data-testid="export-menu"]');
    expect(await page.inputValue('[data-testid="export-crs"]')).toBe('gcj02');
    await page.selectOption('[data-testid="export-crs"]', 'epsg:4527');
    const gk = await download(page, 'export-filtered-geojson');
    expect(gk.name).toBe('筛选楼栋-全区-EPSG4527.geojson');
    const fc = JSON.parse(gk.bytes.toString('utf8')) as {
      crs: { properties: { name: string } };
      features: { geometry: { coordinates: [number, number] }; properties: Record<string, unknown> }[];
    };
    expect(fc.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::4527');
    const toGk = fromWgs84('epsg:4527');
    const first = fc.features[0];
    const i0 = byId.get(String(first.properties['楼栋编号']))!;
    const [ex, ny] = toGk(sample.buildings.lng[i0], sample.buildings.lat[i0]);
    expect(Math.abs(first.geometry.coordinates[0] - ex)).toBeLessThan(0.002);
    expect(Math.abs(first.geometry.coordinates[1] - ny)).toBeLessThan(0.002);
    // The GCJ-02 CSV loaded back through the file input is read as GCJ-02: the same table as the WGS84 export read in Node.
    await page.setInputFiles('[data-testid="file-input"]', { name: gcj.name, mimeType: 'text/csv', buffer: gcj.bytes });
    await waitForData(page, 2);
    const wgsData = importFiles([{ name: wgs.name, bytes: new Uint8Array(wgs.bytes) }]);
    expectTableEquals(await readSummaryTable(page), summarize(wgsData, { by: 'street', year: await shownYear(page) }));
    if ((await page.locator('[data-testid="import-report"] tr[data-file]').count()) === 0)
      await page.click('[data-testid="import-report-toggle"]');
    expect(
      await page.getAttribute(`[data-testid="import-report"] tr[data-file="${gcj.name}"] [data-crs]`, 'data-crs'),
    ).toBe('gcj02');
    await close();
  });

  test('names that start with = + - @ export inert: CSV (apostrophe), Excel (string cells, no formula), GeoJSON (as written)', async () => {
    const { page, close } = await suite.open(1280, 720);
    await loadFormulas(page);
    const year = await shownYear(page);
    const t = formulas.buildings;

    // The buildings CSV: every risky text has its apostrophe; numbers are bare, negative or not.
    const csv = csvRows(await download(page, 'export-buildings'));
    const expectedRows = programmeRows(t, null, year);
    expect(csv.length - 1).toBe(expectedRows.length);
    const flat = csv.slice(1).flat();
    for (const risky of RISKY) {
      expect(flat, risky).toContain(`'${risky}`);
      expect(flat, risky).not.toContain(risky);
    }
    for (const cell of flat) expect(/^[=+\-@]/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell), cell).toBe(false);
    const hh = csv[0].indexOf('户数');
    expect(csv.slice(1).map((r) => Number(r[hh]))).toEqual([...expectedRows].map((i) => t.households[i]));

    // The table CSV: the street office named =1+1街道 is inert too.
    const table = csvRows(await download(page, 'export-summary'));
    expect(table.map((r) => r[0])).toContain("'=1+1街道");

    // Excel: the same texts as string cells, none a formula; numbers as numbers.
    const xlsx = await download(page, 'export-buildings-xlsx', 'export-menu');
    const rows = cells((await workbook(xlsx)).worksheets[0]);
    const texts = rows
      .flat()
      .filter((c) => c.type === ExcelJS.ValueType.String)
      .map((c) => c.value);
    for (const risky of RISKY) expect(texts, risky).toContain(risky);
    expect(rows.flat().filter((c) => c.type === ExcelJS.ValueType.Formula || c.formula !== undefined)).toEqual([]);
    const hhCol = rows[0].findIndex((c) => c.value === '户数');
    expect(rows.slice(1).map((r) => r[hhCol].type)).toEqual(
      expectedRows.length ? [...expectedRows].map(() => ExcelJS.ValueType.Number) : [],
    );

    // The summary table in Excel.
    const sx = cells((await workbook(await download(page, 'export-summary-xlsx', 'export-menu'))).worksheets[0]);
    expect(sx.map((r) => r[0])).toContainEqual({
      type: ExcelJS.ValueType.String,
      value: '=1+1街道',
      formula: undefined,
    });

    // GeoJSON of the filtered buildings: WGS84 points, Chinese property names, text as written.
    const geo = JSON.parse((await download(page, 'export-filtered-geojson', 'export-menu')).bytes.toString('utf8'));
    expect(geo.features).toHaveLength(t.length);
    expect(geo.features[0].geometry).toEqual({ type: 'Point', coordinates: [t.lng[0], t.lat[0]] });
    expect(geo.features.map((f: { properties: Record<string, unknown> }) => f.properties['小区名称'])).toContain(
      '=HYPERLINK("http://example.invalid","点我")',
    );
    await close();
  });

  test('the candidate list with such names: its Excel workbook and CSV are inert too; the export menu on screen', async () => {
    const { page, close } = await suite.open(1280, 720);
    await loadFormulas(page);
    await page.click('[data-testid="select-filtered"]');
    await page.waitForSelector(`[data-testid="selection-totals"][data-buildings="${formulas.buildings.length}"]`);
    await page.click('[data-testid="add-to-list-open"]');
    await page.click('[data-testid="add-to-list"]');
    await page.waitForSelector(
      `[data-testid="candidate-list"] tr[data-key="合计"] td[data-field="buildings"][data-value="${formulas.buildings.length}"]`,
    );

    const table = csvRows(await download(page, 'list-export-table-csv', 'list-export-menu'));
    expect(table[0]).toEqual([
      '序号',
      '街道',
      '社区',
      '小区名称',
      '建成年代',
      '楼栋数',
      '户数',
      '建筑面积（万平方米）',
      '改造类型',
    ]);
    expect(table.flat()).toContain('\'=HYPERLINK("http://example.invalid","点我")');
    expect(table.at(-1)?.slice(0, 2)).toEqual(['', '合计']);
    expect(Number(table.at(-1)?.[6])).toBe([...formulas.buildings.households].reduce((a, b) => a + b, 0));

    const wb = await workbook(await download(page, 'list-export-xlsx', 'list-export-menu'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按小区汇总', '楼栋清单']);
    for (const ws of wb.worksheets) {
      const all = cells(ws).flat();
      expect(all.filter((c) => c.formula !== undefined || c.type === ExcelJS.ValueType.Formula)).toEqual([]);
      expect(all.filter((c) => c.type === ExcelJS.ValueType.String).map((c) => c.value)).toContain(
        '=HYPERLINK("http://example.invalid","点我")',
      );
    }

    await page.locator('[data-testid="street-summary"]').scrollIntoViewIfNeeded();
    await page.click('[data-testid="export-menu"]');
    await page.waitForSelector('[data-testid="export-menu-list"]');
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      await page.locator('[data-testid="street-summary"]').scrollIntoViewIfNeeded();
      await screenshot(page, `export-menu-${width}x${height}`);
    });
    await close();
  });
});
