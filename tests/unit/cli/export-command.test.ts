/**
 * `cli export`, in-process: the building list, the summary table and a candidate list file written
 * as CSV (BOM, CRLF), .xlsx (read back with exceljs) and GeoJSON, with the dashboard's sheets.
 */
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/main.ts';
import { summarize } from '../../../src/domain/aggregate.ts';
import { buildingKeys, makeEntries } from '../../../src/domain/candidate-list.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { listToJson } from '../../../src/io/candidate-list-file.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, fixturePath } from '../support.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CSV = fixturePath('csv/aggregate-buildings.csv');
const data = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runExport(
    argv,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

async function sheet(path: string, n = 0): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets[n];
}

describe('cli export', () => {
  it('the building list as CSV: BOM, CRLF, one row per building; --year keeps that year’s programme', async () => {
    const out = join(dir, 'b.csv');
    expect((await cli(CSV, '--out', out)).code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF楼栋编号,')).toBe(true);
    expect(text.trimEnd().split('\r\n')).toHaveLength(data.buildings.length + 1);
    await cli(CSV, '--year', '2024', '--out', out);
    expect(
      readFileSync(out, 'utf8')
        .trimEnd()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(',')[0]),
    ).toEqual(['A5', 'A6']);
  });
  it('the summary table as .xlsx: numbers equal summarize(), 合计 last', async () => {
    const out = join(dir, 't.xlsx');
    expect((await cli(CSV, '--table', '--year', '2023', '--out', out)).code).toBe(0);
    const ws = await sheet(out);
    const s = summarize(data, { year: 2023 });
    expect(ws.getCell('A1').value).toBe('街道');
    expect(ws.getCell('D1').value).toBe('计划户数（户）');
    expect(ws.getCell(`A${s.groups.length + 2}`).value).toBe('合计');
    expect(ws.getCell(`D${s.groups.length + 2}`).value).toBe(s.total.programmeHouseholds);
    expect(ws.getCell(`I${s.groups.length + 2}`).value).toBe(s.total.completionRateHouseholds);
  });
  it('--columns stock: the page’s 现状 columns, the eligible split by rule as in the fixture', async () => {
    const out = join(dir, 'stock.csv');
    expect((await cli(CSV, '--table', '--columns', 'stock', '--out', out)).code).toBe(0);
    const rows = readFileSync(out, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual([
      '街道',
      '楼栋数（栋）',
      '户数（户）',
      '建筑面积（平方米）',
      '符合条件楼栋（栋）',
      '符合条件户数（户）',
      '符合条件·按建成年代（栋）',
      '符合条件·C级（栋）',
      '符合条件·非成套（栋）',
      '计划楼栋（栋）',
      '待纳入楼栋（栋）',
    ]);
    // 合计 of aggregate-buildings.csv: 7 buildings; eligible A1, A2 (year), A3 (grade C), A5 (year), A6 (non-complete).
    expect(rows.at(-1)?.slice(0, 2)).toEqual(['合计', '7']);
    expect(rows.at(-1)?.slice(4, 9)).toEqual(['5', '110', '3', '1', '1']);
    expect((await cli(CSV, '--table', '--columns', 'wide', '--out', out)).err).toContain('--columns');
    expect((await cli(CSV, '--columns', 'stock', '--out', out)).code).toBe(2);
  });
  it('a candidate list file as the plan table (CSV), a workbook of two sheets, or GeoJSON points', async () => {
    const keys = buildingKeys(data.buildings, data.fileNames);
    const entries = makeEntries(
      data.buildings,
      keys,
      Uint32Array.of(0, 1, 4),
      2024,
      TYPE_BIT.basic,
      '2025-01-01T00:00:00.000Z',
    );
    const list = join(dir, 'list.json');
    writeFileSync(list, listToJson(entries, data.fileNames, ''));
    const csv = join(dir, 'l.csv');
    expect((await cli(CSV, '--list', list, '--out', csv)).code).toBe(0);
    const rows = readFileSync(csv, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual([
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
    expect(rows.at(-1)?.slice(1, 7)).toEqual(['合计', '', '', '', '3', '80']);
    const xlsx = join(dir, 'l.xlsx');
    await cli(CSV, '--list', list, '--out', xlsx);
    expect((await sheet(xlsx, 1)).getCell('A2').value).toBe('A1');
    const geo = join(dir, 'l.geojson');
    await cli(CSV, '--list', list, '--out', geo);
    expect(JSON.parse(readFileSync(geo, 'utf8')).features).toHaveLength(3);
  });
  it('usage errors: no --out, an unknown extension, no files, a table as GeoJSON', async () => {
    expect((await cli(CSV)).code).toBe(2);
    expect((await cli(CSV, '--out', join(dir, 'x.txt'))).err).toContain('.csv');
    expect((await cli('--out', join(dir, 'x.csv'))).err).toContain('没有给出文件');
    expect((await cli(CSV, '--table', '--out', join(dir, 'x.geojson'))).code).toBe(2);
  });
});
