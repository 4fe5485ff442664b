/**
 * A buildings CSV into columns, with the import report: rejected rows by line (header = line 1,
 * lines count records like a spreadsheet's row numbers), warnings for unreadable values with the
 * field left empty and the row kept.
 */
import { describe, expect, it } from 'vitest';
import { BuildingTableBuilder } from '../../../src/domain/building-builder.ts';
import { dictValue, type BuildingTable } from '../../../src/domain/building-table.ts';
import { newFileReport, type FileReport } from '../../../src/domain/import-report.ts';
import { STAGE_CODE, TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { detectEncoding } from '../../../src/io/detect-encoding.ts';
import { readBuildingsCsv, type CsvReadOptions } from '../../../src/io/read-buildings-csv.ts';
import { fixtureBytes, utf8 } from '../support.ts';

function read(
  bytes: Uint8Array,
  file = 'test.csv',
  opts: CsvReadOptions = {},
): { table: BuildingTable; report: FileReport } {
  const builder = new BuildingTableBuilder(16);
  const enc = detectEncoding(bytes);
  const report = newFileReport(file, 'buildings', 'content', enc);
  readBuildingsCsv(bytes, enc, 0, builder, report, opts);
  return { table: builder.finish(), report };
}

describe('tests/fixtures/csv/rejects.csv', () => {
  const { table, report } = read(fixtureBytes('csv/rejects.csv'), 'rejects.csv');

  it('rejects rows without usable coordinates, each by its line; the 合计 row is skipped, not rejected', () => {
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [3, 'missing-coordinates'], // R2: empty 经度
      [6, 'bad-coordinates'], // R4: 东经117度
      [8, 'coordinates-out-of-range'], // R6: longitude 200
      [9, 'coordinates-out-of-range'], // R7: latitude 95
      [11, 'missing-coordinates'], // R9: record 11 (physical line 12: R8's quoted cell spans two lines)
      [15, 'zero-coordinates'], // R11: 0,0
    ]);
    expect(report.skipped).toEqual([{ line: 12, code: 'totals-row', value: '合计 | 64 | 800' }]);
    for (const r of report.rejected) {
      expect(r.file).toBe('rejects.csv');
      expect(r.reason).toMatch(/\(.+\)/); // Chinese, then English in brackets
    }
    expect(report.rejected.find((r) => r.line === 6)!.value).toBe('东经117度,34.013');
  });

  it('blank lines (line 4, and line 14 of only commas) are not rows but still count for numbering', () => {
    expect(report.rowsRead).toBe(11);
    expect(report.rowsLoaded).toBe(5);
    expect(table.id).toEqual(['R1', 'R3', 'R5', 'R8', 'R10']);
    expect([...table.line]).toEqual([2, 5, 7, 10, 13]);
  });

  it('a quoted cell with a newline is one cell of one record', () => {
    expect(dictValue(table.community, 3)).toBe('东风小区\n（北区）');
  });

  it('unreadable numbers and unknown stage words are warnings; the field is left empty and the row kept', () => {
    expect(report.warnings.map((w) => [w.line, w.code, w.field, w.value])).toEqual([
      [5, 'bad-quantity', 'households', 'abc'],
      [7, 'unknown-stage', 'stage', '正在搞'],
      // The 合计 row says 64 households and 800 m², the four buildings above it loaded hold 30 and 400.
      [12, 'totals-mismatch', 'households', '64'],
      [12, 'totals-mismatch', 'floorAreaM2', '800'],
      [13, 'bad-quantity', 'floorAreaM2', '十来间'],
    ]);
    expect(Number.isNaN(table.households[1])).toBe(true); // R3
    expect(table.stage[2]).toBe(0); // R5
    expect(Number.isNaN(table.floorAreaM2[4])).toBe(true); // R10
    expect(table.households[0]).toBe(10);
    expect(table.stage[0]).toBe(STAGE_CODE.construction);
  });
});

describe('units: the header’s and the value’s own', () => {
  it('建筑面积（万平方米） with "7.72" is 77200 m²; a value with its own unit keeps it', () => {
    const { table, report } = read(
      utf8(
        '楼栋编号,建筑面积（万平方米）,总投资（万元）,经度,纬度\nB1,7.72,418,117.01,34.01\nB2,3500平方米,1.76亿元,117.01,34.01\nB3,0.57,80000元,117.01,34.01\n',
      ),
    );
    expect(report.warnings).toEqual([]);
    expect([...table.floorAreaM2]).toEqual([77200, 3500, 5700]);
    expect([...table.investmentYuan]).toEqual([4180000, 176000000, 80000]);
    expect(report.columns.map((c) => [c.field, c.factor])).toEqual([
      ['id', 1],
      ['floorAreaM2', 1e4],
      ['investmentYuan', 1e4],
      ['lng', 1],
      ['lat', 1],
    ]);
  });

  it('a negative quantity is a warning and left empty', () => {
    const { table, report } = read(utf8('编号,户数,经度,纬度\nB1,-3,117.01,34.01\n'));
    expect(report.warnings.map((w) => [w.line, w.field, w.value])).toEqual([[2, 'households', '-3']]);
    expect(Number.isNaN(table.households[0])).toBe(true);
  });
});

describe('repeated and partly known values', () => {
  it('an unknown renovation type word is a warning; the known types in the cell are kept', () => {
    const { table, report } = read(
      utf8('编号,改造类型,经度,纬度\nB1,基础类、绿化,117.01,34.01\nB2,basic;improvement,117.01,34.01\n'),
    );
    expect(report.warnings.map((w) => [w.line, w.code, w.value])).toEqual([[2, 'unknown-type', '基础类、绿化']]);
    expect(report.warnings[0].reason).toContain('绿化');
    expect([...table.types]).toEqual([TYPE_BIT.basic, TYPE_BIT.basic | TYPE_BIT.improvement]);
  });

  it('the same unreadable cell on several rows warns on each row; the same good cell reads the same on each', () => {
    const { table, report } = read(
      utf8(
        '编号,改造进度,建成年代,经度,纬度\nB1,正在搞,90年代,117.01,34.01\nB2,正在搞,90年代,117.01,34.01\nB3,施工,abc,117.01,34.01\nB4,施工,abc,117.01,34.01\n',
      ),
    );
    expect(report.warnings.map((w) => [w.line, w.code])).toEqual([
      [2, 'unknown-stage'],
      [3, 'unknown-stage'],
      [4, 'bad-year'],
      [5, 'bad-year'],
    ]);
    expect([...table.yearFrom]).toEqual([1990, 1990, 0, 0]);
    expect([...table.stage]).toEqual([0, 0, STAGE_CODE.construction, STAGE_CODE.construction]);
  });
});

describe('other row problems', () => {
  it('a file without coordinate columns rejects every row, saying so', () => {
    const { report } = read(utf8('编号,户数\nB1,3\nB2,4\n'));
    expect(report.rejected.map((r) => [r.line, r.code])).toEqual([
      [2, 'no-coordinate-columns'],
      [3, 'no-coordinate-columns'],
    ]);
  });

  it('unrecognised columns are kept as extra columns and named in one warning on line 1', () => {
    const { table, report } = read(utf8('编号,备注,经度,纬度\nB1,屋面漏水,117.01,34.01\n'));
    expect(report.warnings.map((w) => [w.line, w.code, w.value])).toEqual([[1, 'unknown-columns', '备注']]);
    expect(table.extras.map((e) => [e.header, dictValue(e.column, 0)])).toEqual([['备注', '屋面漏水']]);
  });

  it('a short row and a long row are warnings; the row is kept', () => {
    const { table, report } = read(utf8('编号,经度,纬度,户数\nB1,117.01,34.01\nB2,117.01,34.01,5,多余\n'));
    expect(report.warnings.map((w) => [w.line, w.code])).toEqual([
      [2, 'short-row'],
      [3, 'extra-cells'],
    ]);
    expect(table.id).toEqual(['B1', 'B2']);
  });

  it('the user’s own column map overrides the header words', () => {
    const { table } = read(utf8('编号,X,Y,楼名\nB1,117.01,34.01,1号楼\n'), 'm.csv', {
      columnMap: { X: 'lng', Y: 'lat', 楼名: 'name' },
    });
    expect([table.lng[0], table.lat[0], dictValue(table.name, 0)]).toEqual([117.01, 34.01, '1号楼']);
  });

  it('an empty file is rejected as a whole (line 0)', () => {
    expect(read(new Uint8Array(0)).report.rejected.map((r) => [r.line, r.code])).toEqual([[0, 'empty-file']]);
  });

  it('a header-only file loads nothing and rejects nothing', () => {
    const { report } = read(utf8('编号,经度,纬度\n'));
    expect([report.rowsRead, report.rowsLoaded, report.rejected.length]).toEqual([0, 0, 0]);
  });
});

describe('column map keys are own properties only', () => {
  it('a header named constructor or toString is not matched through Object.prototype', async () => {
    const { matchCsvHeaders } = await import('../../../src/io/read-buildings-csv.ts');
    const m = matchCsvHeaders(['constructor', 'toString', 'C', 'D'], { C: 'lng', D: 'lat' });
    expect(m.map((x) => x.field)).toEqual([null, null, 'lng', 'lat']);
  });
});
