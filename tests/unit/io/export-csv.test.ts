import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { buildingListSheet, buildYearCell } from '../../../src/domain/building-list.ts';
import { dictValue } from '../../../src/domain/building-table.ts';
import { filterByStreet } from '../../../src/domain/filter-rows.ts';
import { YEAR_AFTER, YEAR_BEFORE, YEAR_RANGE, parseBuildYear } from '../../../src/domain/parse-values.ts';
import type { SheetTable } from '../../../src/domain/sheet-table.ts';
import { summarySheet } from '../../../src/domain/summary-sheet.ts';
import { sheetToCsv, toCsvText } from '../../../src/io/export-csv.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { restoreInert, safeCell } from '../../../src/io/spreadsheet-cell.ts';
import { fixtureFile, utf8 } from '../support.ts';

describe('safeCell: the one rule every spreadsheet export follows', () => {
  it('text a spreadsheet would run is marked and gets an apostrophe for CSV', () => {
    for (const s of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\rx', '=HYPERLINK("http://x")']) {
      expect(safeCell(s)).toEqual({ type: 'text', value: s, formulaLike: true, inert: `'${s}` });
    }
    expect(safeCell('光明小区')).toEqual({ type: 'text', value: '光明小区', formulaLike: false, inert: '光明小区' });
    expect(safeCell('a=b')).toMatchObject({ formulaLike: false });
  });
  it('numbers stay numbers, negative ones too; NaN, infinities, null and "" are empty', () => {
    expect(safeCell(-3)).toEqual({ type: 'number', value: -3 });
    expect(safeCell(0)).toEqual({ type: 'number', value: 0 });
    for (const c of [NaN, Infinity, -Infinity, null, '']) expect(safeCell(c)).toEqual({ type: 'empty' });
  });
  it('restoreInert undoes the apostrophe only where safeCell put one', () => {
    expect(restoreInert("'=1+1")).toBe('=1+1');
    expect(restoreInert("'-5")).toBe('-5');
    expect(restoreInert("'s Gravenhage")).toBe("'s Gravenhage");
    expect(restoreInert("'")).toBe("'");
  });
});

describe('toCsvText', () => {
  it('BOM, CRLF, quotes where needed', () => {
    expect(
      toCsvText([
        ['街道', '户数'],
        ['临城街道', 3847],
        ['a,b', 'say "hi"'],
        ['two\nlines', 1.5],
      ]),
    ).toBe('\uFEFF街道,户数\r\n临城街道,3847\r\n"a,b","say ""hi"""\r\n"two\nlines",1.5\r\n');
  });
  it('no formulas run in a spreadsheet; NaN is an empty cell; negative numbers stay numbers', () => {
    expect(toCsvText([['=1+1', '@x', -3, NaN, null]])).toBe("\uFEFF'=1+1,'@x,-3,,\r\n");
  });
  it('a neutralised cell that needs quotes is quoted with its apostrophe inside', () => {
    expect(toCsvText([['=a,b']])).toBe('\uFEFF"\'=a,b"\r\n');
  });
  it('reads back with the importer', () => {
    const text = toCsvText([
      ['编号', '经度', '纬度', '小区名称'],
      ['B-1', 117.25, 34.8, '光明,小区'],
    ]);
    const d = importFiles([{ name: 'x.csv', bytes: utf8(text) }]);
    expect(d.report.rejected).toEqual([]);
    expect(d.buildings.community.values[d.buildings.community.codes[0]]).toBe('光明,小区');
  });
});

describe('sheetToCsv', () => {
  it('the header row first; rates written as percentages with % in the header', () => {
    const sheet: SheetTable = {
      name: 't',
      columns: [
        { header: '街道', kind: 'text' },
        { header: '完工率', kind: 'rate' },
        { header: '开工率（按户，%）', kind: 'rate' },
      ],
      rows: [['临城街道', 0.98225, 1]],
      totalRows: [],
    };
    expect(sheetToCsv(sheet)).toBe('\uFEFF街道,完工率（%）,开工率（按户，%）\r\n临城街道,98.23,100\r\n');
  });
  it('the summary table: one row per group then 合计, figures equal to summarize()', () => {
    const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
    const s = summarize(d, { year: 2023 });
    const csv = sheetToCsv(
      summarySheet(
        s,
        s.groups,
        '街道',
        [
          { field: 'programmeHouseholds', header: '计划户数（户）', kind: 'count' },
          { field: 'completionRateHouseholds', header: '完工率（按户，%）', kind: 'rate' },
        ],
        '汇总表',
      ),
    );
    const lines = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(lines[0]).toEqual(['街道', '计划户数（户）', '完工率（按户，%）']);
    expect(lines.slice(1).map((l) => l[0])).toEqual([...s.groups.map((g) => g.key), '合计']);
    expect(Number(lines.at(-1)![1])).toBe(s.total.programmeHouseholds);
    expect(Number(lines.at(-1)![2])).toBeCloseTo(s.total.completionRateHouseholds * 100, 2);
  });
});

describe('buildingListSheet', () => {
  const csv = [
    '楼栋编号,小区编号,小区名称,街道,片区,经度,纬度,建成年代,层数,户数,建筑面积,安全等级,是否成套,改造类型,改造进度,计划年度,开工日期,验收日期,总投资（万元）,备注,联系人',
    'B-1,GM-01,光明小区,临城街道,八一片区,117.25,34.8,1990,6,24,1650.5,C,是,基础类、完善类,已完工,2022,2022年4月20日,2022/11/3,214.49,屋面漏水,张三',
    'B-2,,和平新村,常庄街道,,117.28,34.78,90年代,,,2005,,否,,招标,2023,,,,,',
  ].join('\n');
  const d = importFiles([{ name: 'x.csv', bytes: utf8(csv) }]);

  it('one row per building of the filter, the unrecognised columns after the known ones', () => {
    const sheet = buildingListSheet(d.buildings, filterByStreet(d, '常庄街道').rows, '楼栋清单');
    expect(sheet.columns.map((c) => c.header).slice(-4)).toEqual(['经度', '纬度', '备注', '联系人']);
    expect(sheet.rows).toEqual([
      [
        'B-2',
        '',
        '',
        '和平新村',
        '常庄街道',
        '',
        '',
        '1990-1999',
        null,
        null,
        2005,
        null,
        '否',
        '',
        '招标',
        2023,
        null,
        null,
        null,
        null,
        117.28,
        34.78,
        '',
        '',
      ],
    ]);
  });
  it('every building without a filter; stage and types in Chinese, ISO dates, investment in 万元', () => {
    const sheet = buildingListSheet(d.buildings, null, '楼栋清单');
    expect(sheet.rows).toHaveLength(2);
    expect(sheet.rows[0]).toEqual([
      'B-1',
      'GM-01',
      '',
      '光明小区',
      '临城街道',
      '',
      '八一片区',
      1990,
      6,
      24,
      1650.5,
      'C',
      '是',
      '基础类、完善类',
      '完工',
      2022,
      '2022-04-20',
      null,
      '2022-11-03',
      214.49,
      117.25,
      34.8,
      '屋面漏水',
      '张三',
    ]);
  });
  it('an exported list loads again with the same buildings, every field and the user’s own columns', () => {
    const again = importFiles([
      { name: 'again.csv', bytes: utf8(sheetToCsv(buildingListSheet(d.buildings, null, 'x'))) },
    ]);
    expect(again.report.rejected).toEqual([]);
    const a = again.buildings;
    const b = d.buildings;
    expect(a.id).toEqual(b.id);
    for (const k of [
      'households',
      'floors',
      'floorAreaM2',
      'types',
      'yearKind',
      'yearFrom',
      'yearTo',
      'grade',
      'completeUnits',
      'stage',
      'planYear',
      'startDay',
      'completionDay',
      'acceptanceDay',
      'investmentYuan',
      'lng',
      'lat',
    ] as const) {
      expect([...a[k]], k).toEqual([...b[k]]);
    }
    for (const k of ['communityId', 'community', 'street', 'area'] as const) {
      expect(
        [0, 1].map((i) => dictValue(a[k], i)),
        k,
      ).toEqual([0, 1].map((i) => dictValue(b[k], i)));
    }
    expect(a.extras.map((e) => [e.header, dictValue(e.column, 0)])).toEqual([
      ['备注', '屋面漏水'],
      ['联系人', '张三'],
    ]);
  });
  it('build years are written so that they read back the same', () => {
    for (const [from, to, kind] of [
      [1990, 1999, YEAR_RANGE],
      [0, 2000, YEAR_BEFORE],
      [2006, 0, YEAR_AFTER],
    ] as const) {
      expect(parseBuildYear(String(buildYearCell(from, to, kind)))).toEqual({ from, to, kind });
    }
  });
});
