/**
 * Finding the table in a sheet (table-layout.ts), telling rows that are not buildings apart
 * (row-kinds.ts), and date cells as offices write them (parse-date.ts parseDateCell).
 */
import { describe, expect, it } from 'vitest';
import { headerLinesText } from '../../../src/domain/import-report.ts';
import { dayText, isoDate, parseDateCell } from '../../../src/domain/parse-date.ts';
import { rowKind, totalsScope } from '../../../src/domain/row-kinds.ts';
import {
  combineHeaderRows,
  findTableLayout,
  isColumnNumberRow,
  uniqueHeaders,
} from '../../../src/domain/table-layout.ts';

const DATA = ['XC-1', '东风小区', '117.2', '34.8', '1988', '24'];

describe('findTableLayout', () => {
  it('a plain header on line 1 stays the header', () => {
    const l = findTableLayout([['楼栋编号', '小区名称', '经度', '纬度', '建成年代', '户数'], DATA]);
    expect([l.headerIndex, l.headerRows, l.dataIndex, l.skipped]).toEqual([0, 1, 1, []]);
  });

  it('a title and a 填报 line above the header are skipped, each by line', () => {
    const rows = [
      ['XX区2024年城镇老旧小区改造项目汇总表', '', '', '', '', ''],
      ['填报单位：XX街道办事处', '', '', '', '填报日期：2024年5月', ''],
      [],
      ['楼栋编号', '小区名称', '经度', '纬度', '建成年代', '户数'],
      DATA,
    ];
    const l = findTableLayout(rows);
    expect([l.headerIndex, l.dataIndex]).toEqual([3, 4]);
    expect(l.skipped).toEqual([
      { line: 1, code: 'title-row', value: 'XX区2024年城镇老旧小区改造项目汇总表' },
      { line: 2, code: 'title-row', value: '填报单位：XX街道办事处 | 填报日期：2024年5月' },
    ]);
  });

  it('a title repeated across its merged cells (as some writers save it) is still a title', () => {
    const t = 'XX区汇总表';
    const l = findTableLayout([
      [t, t, t, t],
      ['楼栋编号', '经度', '纬度', '户数'],
      ['B1', '117.2', '34.8', '3'],
    ]);
    expect(l.headerIndex).toBe(1);
  });

  it('a two-row header under merged cells combines; a column-number row under it is skipped', () => {
    const rows = [
      ['序号', '楼栋编号', '坐标', '', '建筑面积', '', '改造内容', ''],
      ['', '', '经度', '纬度', '平方米', '万㎡', '基础类', '完善类'],
      ['1', '2', '3', '4', '5', '6', '7', '8'],
      ['1', 'B1', '117.2', '34.8', '1200', '0.12', '√', ''],
    ];
    const l = findTableLayout(rows);
    expect([l.headerIndex, l.headerRows, l.dataIndex]).toEqual([1, 2, 3]);
    expect(l.headers).toEqual([
      '序号',
      '楼栋编号',
      '经度',
      '纬度',
      '建筑面积/平方米',
      '建筑面积/万㎡',
      '改造内容/基础类',
      '改造内容/完善类',
    ]);
    expect(l.skipped).toEqual([{ line: 3, code: 'column-numbers', value: '1 | 2 | 3 | 4 | 5 | 6 | 7 | 8' }]);
  });

  it('a group row above the header (基本情况 over 楼栋编号 …) combines too', () => {
    const rows = [
      ['基本情况', '', '', '改造情况', ''],
      ['楼栋编号', '经度', '纬度', '改造进度', '开工日期'],
      ['B1', '117.2', '34.8', '已开工', '2023-05-01'],
    ];
    const l = findTableLayout(rows);
    expect([l.headerIndex, l.headerRows, l.dataIndex, l.skipped]).toEqual([1, 2, 2, []]);
    expect(l.headers).toEqual(['楼栋编号', '经度', '纬度', '改造进度', '开工日期']);
  });

  it('a data row under the header is never taken for a second header row', () => {
    const l = findTableLayout([
      ['楼栋编号', '小区名称', '楼号'],
      ['B1', '东风小区', '1号楼'],
      ['B2', '东风小区', '2号楼'],
    ]);
    expect([l.headerRows, l.dataIndex]).toEqual([1, 1]);
  });

  it('the header row the user picks is taken as it is', () => {
    const rows = [['说明'], ['A', 'B', 'C'], ['x', '2', '3']];
    expect(findTableLayout(rows, 1, 2).headerIndex).toBe(1);
    expect(findTableLayout(rows, 1, 2).skipped).toEqual([{ line: 1, code: 'title-row', value: '说明' }]);
  });

  it('with no recognisable header, the first non-blank row is the header (the column-matching dialog asks)', () => {
    expect(findTableLayout([[], ['A', 'B'], ['1', '2']]).headerIndex).toBe(1);
  });

  it('with no recognisable header, a title merged across the table is passed over for the row of columns', () => {
    const t = '某街道2024年改造楼栋表';
    expect(
      findTableLayout([
        [t, t, t],
        ['C1', 'C2', 'C3'],
        ['S-1', '117.2', '34.8'],
      ]).headerIndex,
    ).toBe(1);
    expect(
      findTableLayout([
        [t, '', ''],
        ['C1', 'C2', 'C3'],
      ]).skipped,
    ).toEqual([{ line: 1, code: 'title-row', value: t }]);
    expect(findTableLayout([[t], ['S-1']]).headerIndex).toBe(0);
  });
});

describe('header names', () => {
  it('combineHeaderRows: a vertically merged cell stays one name, repeated merges read alike', () => {
    expect(combineHeaderRows(['户数', '建筑面积', '建筑面积'], ['户数', '平方米', '万㎡'])).toEqual([
      '户数',
      '建筑面积/平方米',
      '建筑面积/万㎡',
    ]);
  });
  it('uniqueHeaders numbers repeats so each column can be matched on its own', () => {
    expect(uniqueHeaders(['备注', '备注', '', '备注'])).toEqual(['备注', '备注 #2', '', '备注 #3']);
  });
  it('isColumnNumberRow', () => {
    expect(isColumnNumberRow(['（1）', '（2）', '（3）'])).toBe(true);
    expect(isColumnNumberRow(['1', '117.2', '34.8'])).toBe(false);
  });
});

describe('rowKind', () => {
  const header = ['序号', '街道', '小区名称', '户数'];
  it.each([
    [['', '穆棱街道小计', '', '120'], 'totals-row'],
    [['小  计', '', '', '120'], 'totals-row'],
    [['合计：', '', '', '4633'], 'totals-row'],
    [['', '', '总计', '4633'], 'totals-row'],
    [['Subtotal', '', '', '1'], 'totals-row'],
    [['填报人：张三', '', '审核人：李四', ''], 'footer-row'],
    [['联系电话：0632-1234567'], 'footer-row'],
    [['序号', '街道', '小区名称', '户数'], 'header-repeat'],
    [['一、穆棱街道', '', '', ''], 'section-row'],
    [['碱场街道', '碱场街道', '碱场街道', '碱场街道'], 'section-row'],
    [['1', '穆棱街道', '东风小区', '24'], null],
    [['2', '', '会计小区', '24'], null],
  ] as const)('%j → %s', (cells, kind) => {
    expect(rowKind(cells, header)).toBe(kind);
  });
  it('小计 sums its group, 合计 and 总计 the whole table', () => {
    expect([totalsScope('穆棱街道小计'), totalsScope('合  计'), totalsScope('总计'), totalsScope('会计')]).toEqual([
      'subtotal',
      'total',
      'total',
      null,
    ]);
  });
});

describe('parseDateCell', () => {
  it.each([
    ['45108', '2023-07-01', false],
    ['45108.5', '2023-07-01', false],
    ['2023.5.10', '2023-05-10', false],
    ['2023/5/10', '2023-05-10', false],
    ['2023年5月10日', '2023-05-10', false],
    ['2023年5月', '2023-05-01', true],
    ['2023-05', '2023-05-01', true],
    ['2023.5', '2023-05-01', true],
  ])('%s → %s (month only: %s)', (cell, iso, monthOnly) => {
    const d = parseDateCell(cell)!;
    expect([isoDate(d.day), d.monthOnly]).toEqual([iso, monthOnly]);
  });
  it('numbers that are no date of this century or the last are not dates', () => {
    expect([parseDateCell('12'), parseDateCell('99999'), parseDateCell('1234')]).toEqual([null, null, null]);
  });
  it('a month-only date is written back as the month', () => {
    expect(dayText(parseDateCell('2023年5月')!.day, true)).toBe('2023-05');
  });
});

describe('headerLinesText', () => {
  it('says where a header not simply on line 1 was found', () => {
    expect([
      headerLinesText({ headerLine: 4, headerRows: 2 }),
      headerLinesText({ headerLine: 3, headerRows: 1 }),
      headerLinesText({ headerLine: 1, headerRows: 1 }),
      headerLinesText({}),
    ]).toEqual(['3–4', '3', null, null]);
  });
});
