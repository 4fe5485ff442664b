/**
 * The files planners really hold, through the page's file input in real Chromium: a Shapefile
 * zip (GBK .dbf without .cpg, Gauss-Krüger .prj) and an Excel workbook, read in the worker by
 * the same code as the command line; the page's table equals importFilesAsync() + summarize()
 * in Node, and the report names each layer and the sheet read. Then an old .xls (SheetJS, loaded
 * in the worker on demand), a GBK KML of community polygons and a Word document: the first two
 * load as in Node, the third is one rejection naming its format; the picker offers them all.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { fromWgs84 } from '../../src/domain/crs.ts';
import { importFilesAsync } from '../../src/io/import-files-async.ts';
import { cfbBytes, kmlBytes, xlsBytes, type XlsCell } from '../fixtures/formats.ts';
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

/** The same sample rows as an .xls, and a GBK KML of two community squares in the sample's patch. */
function officeFiles() {
  const header = ['楼栋编号', '小区名称', '街道', '经度', '纬度', '户数', '建成年代', '计划年度'];
  const body = rows.map((i): XlsCell[] => [
    `L-${sample.id[i]}`,
    text(sample.community, i),
    text(sample.street, i),
    sample.lng[i],
    sample.lat[i],
    String(sample.households[i]),
    sample.yearFrom[i] || null,
    sample.planYear[i] || null,
  ]);
  const title: XlsCell[] = ['楼栋清单（2023年）', null, null, null, null, null, null, null];
  const xls = xlsBytes([
    { name: '楼栋', rows: [header, ...body] },
    { name: '封面', rows: [title] },
  ]);
  const [i, j] = [rows[0], rows[1]];
  const kml = kmlBytes(
    [
      { name: 'KML甲小区', at: [sample.lng[i] - 0.005, sample.lat[i] - 0.005] },
      { name: 'KML乙小区', at: [sample.lng[j] - 0.005, sample.lat[j] - 0.005] },
    ],
    'GBK',
  );
  return { xls, kml, doc: cfbBytes(['WordDocument', '1Table']) };
}

describe('.xls, KML and a Word document through the file input', () => {
  test('the .xls and the KML load as in Node; the .doc is one rejection naming its format; the picker offers them', async () => {
    const { xls, kml, doc } = officeFiles();
    const files = [
      { name: '楼栋清单.xls', bytes: xls },
      { name: '改造小区.kml', bytes: kml },
      { name: '会议纪要.doc', bytes: doc },
    ];
    const inNode = await importFilesAsync(files);
    expect(inNode.buildings.length).toBe(N);
    expect(inNode.communities.filter((c) => !c.implicit).map((c) => c.name)).toEqual(['KML甲小区', 'KML乙小区']);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const accept = (await page.getAttribute('[data-testid="file-input"]', 'accept')) ?? '';
    for (const ext of ['.csv', '.tsv', '.txt', '.json', '.geojson', '.zip', '.xlsx', '.xls', '.kml', '.kmz'])
      expect(accept.split(',')).toContain(ext);
    await page.setInputFiles(
      '[data-testid="file-input"]',
      files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: Buffer.from(f.bytes) })),
    );
    await waitForData(page, 2);
    expect(Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total'))).toBe(N);
    expectTableEquals(await readSummaryTable(page), summarize(inNode, { by: 'street', year: null }));
    const report = page.locator('[data-testid="import-report"]');
    if ((await report.locator('tr[data-file="会议纪要.doc"]').count()) === 0)
      await page.click('[data-testid="import-report-toggle"]');
    await report.locator('tr[data-file="会议纪要.doc"]').waitFor();
    expect(await report.locator('tr[data-file="楼栋清单.xls"]').count()).toBe(1);
    expect(await report.locator('tr[data-file="改造小区.kml"]').textContent()).toMatch(/2/);
    const rejected = report.locator('[data-testid="rejected-rows"] li[data-file="会议纪要.doc"]');
    expect(await rejected.getAttribute('data-code')).toBe('unreadable-format');
    expect(await rejected.textContent()).toContain(
      '此格式不能读取（Word 文档）：请另存为 .xlsx、.csv 或 .geojson 后再导入',
    );
    await close();
  });
});
