import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { SheetTable } from '../../../src/domain/sheet-table.ts';
import { loadExcel, sheetName, sheetsToXlsx } from '../../../src/io/export-xlsx.ts';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

const sheet: SheetTable = {
  name: '项目库',
  columns: [
    { header: '小区名称', kind: 'text' },
    { header: '户数', kind: 'int' },
    { header: '建筑面积（万平方米）', kind: 'wan' },
    { header: '完工率', kind: 'rate' },
    { header: '差额', kind: 'decimal' },
  ],
  rows: [
    ['=HYPERLINK("http://evil","点我")', 31, 0.4072, 0.5, -3.5],
    ['+1', 38, null, NaN, -0],
    ['@SUM(A1)', 0, 1.2, 1, -12],
    ['-1+2', 5, 0.1, 0, 7],
    ['合计', 74, 1.7072, null, null],
  ],
  totalRows: [4],
};

describe('sheetsToXlsx', () => {
  it('loads exceljs on demand', async () => {
    expect(typeof (await loadExcel()).Workbook).toBe('function');
  });
  it('Chinese headers in bold, numbers as numbers (negative too), the totals row bold, header frozen', async () => {
    const wb = await readBack(await sheetsToXlsx([sheet]));
    const ws = wb.getWorksheet('项目库');
    if (!ws) throw new Error('no sheet');
    expect(ws.getRow(1).values).toEqual([undefined, '小区名称', '户数', '建筑面积（万平方米）', '完工率', '差额']);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.getCell('B2').value).toBe(31);
    expect(ws.getCell('B2').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('E2').value).toBe(-3.5);
    expect(ws.getCell('E4').type).toBe(ExcelJS.ValueType.Number);
    expect(ws.getCell('C2').numFmt).toBe('0.0000');
    expect(ws.getCell('D2').numFmt).toBe('0.00%');
    expect(ws.getCell('C3').type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getCell('D3').type).toBe(ExcelJS.ValueType.Null);
    expect(ws.getRow(6).font?.bold).toBe(true);
    expect(ws.getRow(5).font?.bold).toBeFalsy();
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });
  it('text that starts with = + - @ is a string cell, never a formula', async () => {
    const wb = await readBack(await sheetsToXlsx([sheet]));
    const ws = wb.worksheets[0];
    for (const [ref, text] of [
      ['A2', '=HYPERLINK("http://evil","点我")'],
      ['A3', '+1'],
      ['A4', '@SUM(A1)'],
      ['A5', '-1+2'],
    ]) {
      const cell = ws.getCell(ref);
      expect(cell.type, ref).toBe(ExcelJS.ValueType.String);
      expect(cell.value, ref).toBe(text);
      expect(cell.formula, ref).toBeUndefined();
    }
  });
  it('several sheets; names Excel accepts, unique', async () => {
    const wb = await readBack(
      await sheetsToXlsx([sheet, { ...sheet, name: '项目库' }, { ...sheet, name: 'a/b:c*d?[e]' }]),
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['项目库', '项目库_2', 'a_b_c_d__e_']);
    const used = new Set<string>();
    expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
    expect(sheetName('x'.repeat(40), used)).toHaveLength(31);
    expect(used.size).toBe(2);
  });
});
