/**
 * Excel workbooks through the same importer: the first sheet (or a chosen one) read like a CSV,
 * line numbers as Excel numbers its rows, dates, formulas and rich text as their values; a broken
 * workbook reported against its file.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sheetsOf } from '../../../src/ui/import/crs-choice.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { cellText, isXlsx } from '../../../src/io/read-xlsx.ts';

const HEADER = ['楼栋编号', '小区名称', '街道', '经度', '纬度', '建成年代', '户数', '建筑面积（平方米）', '开工日期'];
const ROWS: (string | number | Date | object | null)[][] = [
  ['X-1', '东风小区', '临城街道', 117.231517, 34.816251, 1988, 31, 4072.1, new Date(Date.UTC(2022, 4, 22))],
  [
    'X-2',
    { richText: [{ text: '东风' }, { text: '小区' }] },
    '临城街道',
    117.231766,
    34.816171,
    '1984年',
    38,
    { formula: 'G3*120', result: 4560 },
    '2022-05-24',
  ],
  [null, null, null, null, null, null, null, null, null],
  ['X-3', '幸福小区', '常庄街道', 'abc', 34.81, 1995, 20, 1500, null],
];

async function workbook(sheets: Record<string, (string | number | Date | object | null)[][]>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    for (const r of rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx import', () => {
  it('the first sheet like a CSV: values, dates, formulas, rich text; Excel row numbers in the report', async () => {
    const bytes = await workbook({ 楼栋: [HEADER, ...ROWS], '说明,附表': [['这是说明页']] });
    expect(isXlsx(bytes)).toBe(true);
    const d = await importFilesAsync([{ name: '楼栋.xlsx', bytes }]);
    const f = d.report.files[0];
    expect(f.file).toBe('楼栋.xlsx');
    expect(f.kind).toBe('buildings');
    // A comma may be in a sheet name; '/' may not, so it separates them.
    expect(f.warnings[0]).toMatchObject({ code: 'xlsx-sheet', value: '楼栋/说明,附表' });
    expect(sheetsOf(f)).toEqual(['楼栋', '说明,附表']);
    expect(d.buildings.length).toBe(2);
    expect([...d.buildings.id]).toEqual(['X-1', 'X-2']);
    expect(d.buildings.community.values[d.buildings.community.codes[1]]).toBe('东风小区');
    expect(d.buildings.floorAreaM2[1]).toBe(4560);
    expect(d.buildings.yearFrom[1]).toBe(1984);
    expect(new Date(d.buildings.startDay[0] * 86_400_000).toISOString().slice(0, 10)).toBe('2022-05-22');
    // X-3 is on Excel row 5 (header row 1, an empty row 4): rejected there, with its reason.
    expect(f.rejected).toEqual([expect.objectContaining({ line: 5, code: 'bad-coordinates' })]);
  });

  it('a chosen sheet; a sheet that is not there is a problem of that file', async () => {
    const bytes = await workbook({ 封面: [['2023年改造楼栋']], 楼栋: [HEADER, ROWS[0]] });
    const d = await importFilesAsync([{ name: 'b.xlsx', bytes, sheet: '楼栋' }]);
    expect(d.buildings.length).toBe(1);
    const missing = await importFilesAsync([{ name: 'b.xlsx', bytes, sheet: '无此页' }]);
    expect(missing.report.files[0].rejected[0]).toMatchObject({ code: 'no-sheet', file: 'b.xlsx' });
  });

  it('a corrupt workbook is reported, the other files still read; sync importFiles says to use the async one', async () => {
    const bytes = await workbook({ 楼栋: [HEADER, ROWS[0]] });
    const broken = bytes.slice(0, bytes.length - 200);
    const csv = new TextEncoder().encode(`${HEADER.join(',')}\nY-1,东风小区,临城街道,117.23,34.81,1990,10,900,`);
    const d = await importFilesAsync([
      { name: 'broken.xlsx', bytes: broken },
      { name: 'b.csv', bytes: csv },
    ]);
    expect(d.report.files[0].rejected.length).toBe(1);
    expect(d.buildings.length).toBe(1);
    expect(importFiles([{ name: 'b.xlsx', bytes }]).report.files[0].rejected[0].code).toBe('xlsx-not-converted');
  });

  it('cellText', () => {
    expect(cellText(new Date(Date.UTC(2023, 3, 20, 8, 30)))).toBe('2023-04-20 08:30:00');
    expect(cellText({ error: '#REF!' })).toBe('');
    expect(cellText({ text: '链接', hyperlink: 'http://x' })).toBe('链接');
    expect(cellText(Infinity)).toBe('');
  });
});
