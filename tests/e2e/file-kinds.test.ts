/**
 * The files planners really hold, through the page's file input in real Chromium: a Shapefile
 * zip (GBK .dbf without .cpg, Gauss-Krüger .prj) and an Excel workbook, read in the worker by
 * the same code as the command line; the page's table equals importFilesAsync() + summarize()
 * in Node, and the report names each layer and the sheet read.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { fromWgs84 } from '../../src/domain/crs.ts';
import { importFilesAsync } from '../../src/io/import-files-async.ts';
import { gk3Prj, shapefileZip } from '../fixtures/shapefile.ts';
import { ROOT, importFromDisk, readSummaryTable, waitForData, expectTableEquals, useAppSuite } from './harness.ts';

const suite = useAppSuite();
const sample = importFromDisk([join(ROOT, 'data/sample/buildings.csv')]).buildings;
const N = 60;
const rows = Array.from({ length: N }, (_, k) => k * 11);
const text = (col: { values: string[]; codes: Uint32Array | Uint16Array | Uint8Array }, i: number) =>
  col.values[col.codes[i]];

async function files() {
  const toGk = fromWgs84('epsg:4527');
  const zip = shapefileZip([
    {
      name: '楼栋',
      geometries: rows.map((i) => ({ type: 'Point' as const, coordinates: toGk(sample.lng[i], sample.lat[i]) })),
      fields: [
        { name: '楼栋编号', type: 'C', length: 20 },
        { name: '小区名称', type: 'C', length: 40 },
        { name: '街道', type: 'C', length: 20 },
        { name: '户数', type: 'N', length: 6 },
        { name: '计划年度', type: 'N', length: 4 },
        { name: '改造进度', type: 'C', length: 12 },
      ],
      rows: rows.map((i) => [
        `Z-${sample.id[i]}`,
        text(sample.community, i),
        text(sample.street, i),
        sample.households[i],
        sample.planYear[i] || null,
        ['未纳入', '已纳入计划', '施工', '已完工'][i % 4],
      ]),
      encoding: 'gbk',
      prj: gk3Prj(39),
    },
  ]);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('楼栋清单');
  ws.addRow(['楼栋编号', '小区名称', '街道', '经度', '纬度', '户数', '建成年代', '计划年度']);
  for (const i of rows)
    ws.addRow([
      `X-${sample.id[i]}`,
      text(sample.community, i),
      text(sample.street, i),
      sample.lng[i],
      sample.lat[i],
      sample.households[i],
      sample.yearFrom[i] || null,
      sample.planYear[i] || null,
    ]);
  wb.addWorksheet('说明').addRow(['示例']);
  const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
  return { zip, xlsx };
}

describe('Shapefile zip and Excel through the file input', () => {
  test('both load in the worker; the table equals the same import in Node; the report names the layer, its system and the sheet', async () => {
    const { zip, xlsx } = await files();
    const inNode = await importFilesAsync([
      { name: '楼栋.zip', bytes: zip },
      { name: '楼栋清单.xlsx', bytes: xlsx },
    ]);
    expect(inNode.buildings.length).toBe(2 * N);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: '楼栋.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) },
      {
        name: '楼栋清单.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: Buffer.from(xlsx),
      },
    ]);
    await waitForData(page, 2);
    expect(Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total'))).toBe(2 * N);
    expectTableEquals(await readSummaryTable(page), summarize(inNode, { by: 'street', year: null }));
    const layer = page.locator('[data-testid="import-report"] tr[data-file="楼栋.zip/楼栋.shp"]');
    if ((await layer.count()) === 0) await page.click('[data-testid="import-report-toggle"]');
    await layer.waitFor();
    expect(await layer.textContent()).toMatch(/楼栋/);
    expect(await page.locator('[data-testid="import-report"] tr[data-file="楼栋清单.xlsx"]').count()).toBe(1);
    // GBK names decoded: a community name from the .dbf is on the page.
    expect(await page.textContent('body')).toContain(text(sample.street, rows[0]));
    await close();
  });
});
