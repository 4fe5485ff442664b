/**
 * One building, one row: rows sharing a 楼栋编号 merge cell by cell, the later row winning and its
 * empty cells keeping the earlier values, every column of the schema and the extra columns alike.
 */
import { describe, expect, it } from 'vitest';
import { BuildingTableBuilder } from '../../../src/domain/building-builder.ts';
import { BUILDING_COLUMN_NAMES, dictValue, type BuildingTable } from '../../../src/domain/building-table.ts';
import { matchHeaders } from '../../../src/domain/fields.ts';
import { newFileReport } from '../../../src/domain/import-report.ts';
import { mergeDuplicateRows } from '../../../src/domain/merge-duplicate-rows.ts';
import { isoDate, YEAR_RANGE } from '../../../src/domain/parse-values.ts';
import { STAGE_CODE } from '../../../src/domain/vocabulary.ts';
import { tableFromRows } from '../support.ts';

const HEADERS = ['楼栋编号', '小区名称', '街道', '经度', '纬度', '建成年代', '户数', '改造进度', '开工日期', '备注'];

/** One table from files of rows under HEADERS, read in order (file k = fileIndex k, lines from 2). */
function tableOfFiles(files: readonly (readonly (readonly string[])[])[]): BuildingTable {
  const b = new BuildingTableBuilder(16);
  files.forEach((rows, f) => {
    const rowsIn = b.beginFile(f, newFileReport(`f${f}.csv`, 'buildings', 'content', 'utf-8'), matchHeaders(HEADERS));
    rows.forEach((cells, k) => rowsIn.append(cells, k + 2));
  });
  return b.finish();
}

/** Every column of a table as plain arrays, to see that an input was left as it was. */
function snapshot(t: BuildingTable): unknown {
  return {
    columns: BUILDING_COLUMN_NAMES.map((k) =>
      JSON.stringify(t[k], (_, v) => (ArrayBuffer.isView(v) ? [...(v as Uint8Array)] : v)),
    ),
    extras: t.extras.map((e) => [e.header, [...e.column.codes], [...e.column.values]]),
  };
}

const DISTRICT = [
  ['B1', '东风小区', '临城街道', '117.1', '34.1', '1985', '24', '已开工', '2022-05-01', '旧楼'],
  ['B2', '东风小区', '临城街道', '117.2', '34.2', '1990年代', '30', '已纳入计划', '', ''],
  ['B3', '幸福小区', '临城街道', '117.3', '34.3', '', '12', '', '', ''],
];
const STREET = [
  // B2: stage newer, build year now a range of another decade, households left empty, a note added.
  ['B2', '东风小区', '临城街道', '117.2', '34.2', '1980-1989', '', '已开工', '2022-06-01', '加装电梯'],
  // B1: the same values again, only the date cell left empty.
  ['B1', '东风小区', '临城街道', '117.1', '34.1', '1985', '24', '已开工', '', '旧楼'],
];

describe('mergeDuplicateRows', () => {
  it('a table whose ids are all distinct comes back as it is', () => {
    const { table } = tableFromRows(HEADERS, DISTRICT);
    const merged = mergeDuplicateRows(table, ['rows.csv']);
    expect(merged.table).toBe(table);
    expect(merged.duplicates).toEqual([]);
    expect(merged.conflicts).toEqual([]);
  });

  it('one row per id, where the id first occurs, pointing at the later row', () => {
    const table = tableOfFiles([DISTRICT, STREET]);
    const before = snapshot(table);
    const { table: out, duplicates } = mergeDuplicateRows(table, ['district.csv', 'street.csv']);
    expect(snapshot(table)).toEqual(before);
    expect(out.length).toBe(3);
    expect(out.id).toEqual(['B1', 'B2', 'B3']);
    expect([...out.fileIndex]).toEqual([1, 1, 0]);
    expect([...out.line]).toEqual([3, 2, 4]);
    expect(duplicates).toEqual([
      {
        id: 'B1',
        at: [
          { file: 'district.csv', line: 2 },
          { file: 'street.csv', line: 3 },
        ],
      },
      {
        id: 'B2',
        at: [
          { file: 'district.csv', line: 3 },
          { file: 'street.csv', line: 2 },
        ],
      },
    ]);
  });

  it('the later row wins cell by cell; its empty cells keep the earlier values', () => {
    const { table: out } = mergeDuplicateRows(tableOfFiles([DISTRICT, STREET]), ['district.csv', 'street.csv']);
    expect([...out.stage]).toEqual([STAGE_CODE.construction, STAGE_CODE.construction, 0]);
    expect([...out.households]).toEqual([24, 30, 12]);
    expect([out.yearFrom[1], out.yearTo[1], out.yearKind[1]]).toEqual([1980, 1989, YEAR_RANGE]);
    expect(isoDate(out.startDay[0])).toBe('2022-05-01');
    expect(isoDate(out.startDay[1])).toBe('2022-06-01');
    expect([0, 1, 2].map((i) => dictValue(out.extras[0].column, i))).toEqual(['旧楼', '加装电梯', '']);
    expect([0, 1, 2].map((i) => dictValue(out.street, i))).toEqual(['临城街道', '临城街道', '临城街道']);
  });

  it('a conflict per field whose rows disagree, with every value and place; equal rows give none', () => {
    const { conflicts } = mergeDuplicateRows(tableOfFiles([DISTRICT, STREET]), ['district.csv', 'street.csv']);
    const where = (line: number, file = 'district.csv') => ({ file, line });
    expect(conflicts).toEqual([
      {
        id: 'B2',
        field: 'buildYear',
        values: [
          { value: '1990-1999', ...where(3) },
          { value: '1980-1989', ...where(2, 'street.csv') },
        ],
        kept: '1980-1989',
      },
      {
        id: 'B2',
        field: 'stage',
        values: [
          { value: '已纳入计划', ...where(3) },
          { value: '施工', ...where(2, 'street.csv') },
        ],
        kept: '施工',
      },
    ]);
  });

  it('a cell written on only one row is no conflict, whichever row wrote it', () => {
    const { conflicts } = mergeDuplicateRows(tableOfFiles([DISTRICT, STREET]), ['district.csv', 'street.csv']);
    expect(conflicts.some((c) => c.field === 'startDate' || c.field === '备注' || c.field === 'households')).toBe(
      false,
    );
  });

  it('within one file the later line wins; an extra column that disagrees is listed by its header', () => {
    const rows = [
      DISTRICT[0],
      [...DISTRICT[0].slice(0, 9), '危旧'],
      ['B1', '', '', '117.1', '34.1', '', '', '', '', ''],
    ];
    const { table } = tableFromRows(HEADERS, rows, null);
    const merged = mergeDuplicateRows(table, ['rows.csv']);
    expect(merged.table.length).toBe(1);
    expect(merged.table.line[0]).toBe(4);
    expect(dictValue(merged.table.community, 0)).toBe('东风小区');
    expect(merged.conflicts).toEqual([
      {
        id: 'B1',
        field: '备注',
        values: [
          { value: '旧楼', file: 'rows.csv', line: 2 },
          { value: '危旧', file: 'rows.csv', line: 3 },
        ],
        kept: '危旧',
      },
    ]);
  });

  it('rows without an id are never merged', () => {
    const { table } = tableFromRows(HEADERS, [
      ['', '东风小区'],
      ['', '东风小区'],
    ]);
    expect(mergeDuplicateRows(table, ['rows.csv']).table.length).toBe(2);
  });

  // Moved here from link-dataset.test.ts with findDuplicateIds, which this module replaces.
  it('lists each duplicated id with every place it occurs; empty ids are not compared', () => {
    const { table } = tableFromRows(
      ['楼栋编号', '户数'],
      [
        ['D1', '1'],
        ['D2', '2'],
        ['', '3'],
        ['D1', '4'],
        ['', '5'],
        ['D1', '6'],
        ['U1', '7'],
      ],
    );
    expect(mergeDuplicateRows(table, ['a.csv']).duplicates).toEqual([
      {
        id: 'D1',
        at: [
          { file: 'a.csv', line: 2 },
          { file: 'a.csv', line: 5 },
          { file: 'a.csv', line: 7 },
        ],
      },
    ]);
    expect(table.length).toBe(7);
  });
});
