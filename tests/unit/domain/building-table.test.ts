/**
 * The building columns are declared once (BUILDING_COLUMNS): the empty table, a built table and the
 * builder's rollback all follow from that schema, so a column added there is in every one of them.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { BuildingTableBuilder } from '../../../src/domain/building-builder.ts';
import {
  BUILDING_COLUMN_NAMES,
  BUILDING_COLUMNS,
  columnKind,
  dictValue,
  emptyBuildingTable,
  tableBuffers,
  type BuildingTable,
  type DictColumn,
} from '../../../src/domain/building-table.ts';
import { matchHeaders } from '../../../src/domain/fields.ts';
import { newFileReport } from '../../../src/domain/import-report.ts';

const HEADERS = [
  '楼栋编号',
  '小区名称',
  '街道',
  '经度',
  '纬度',
  '建成年代',
  '层数',
  '户数',
  '改造进度',
  '开工日期',
  '备注',
];
const ROWS = [
  ['B1', '小区一', '临城街道', '117.25', '34.79', '1995', '6', '48', '施工中', '2023-04-20', '东侧'],
  ['B2', '小区二', '', '117.26', '34.80', '90年代', '', '36', '', '', ''],
];

/** What a column of the schema holds in a finished table: its constructor name, or 'dict' / 'text'. */
function storageOf(col: unknown): string {
  if (Array.isArray(col)) return 'text';
  if (ArrayBuffer.isView(col)) return col.constructor.name;
  return 'dict';
}

function build(files: string[][][]): { builder: BuildingTableBuilder; table: BuildingTable } {
  const builder = new BuildingTableBuilder(16);
  files.forEach((rows, f) => {
    const rowsOf = builder.beginFile(
      f,
      newFileReport(`f${f}.csv`, 'buildings', 'content', 'utf-8'),
      matchHeaders(HEADERS),
    );
    rows.forEach((cells, i) => rowsOf.append(cells, i + 2));
  });
  return { builder, table: builder.finish() };
}

/** Every column of a table as plain data, for comparing two tables value by value. */
function plain(t: BuildingTable): unknown {
  const cols = Object.fromEntries(
    BUILDING_COLUMN_NAMES.map((k) => {
      const col = t[k] as unknown;
      if (Array.isArray(col)) return [k, [...col]];
      if (ArrayBuffer.isView(col)) return [k, [...(col as Float64Array)].map(String)];
      const d = col as DictColumn;
      return [k, [...d.codes].map((_, i) => dictValue(d, i))];
    }),
  );
  return {
    length: t.length,
    cols,
    extras: t.extras.map((e) => [e.header, [...e.column.codes].map((_, i) => dictValue(e.column, i))]),
  };
}

describe('BUILDING_COLUMNS, the one declaration of the building columns', () => {
  it('the empty table has every schema column, with its storage, and nothing else but length and extras', () => {
    const t = emptyBuildingTable();
    expect(Object.keys(t).sort()).toEqual([...BUILDING_COLUMN_NAMES, 'length', 'extras'].sort());
    expect(t.length).toBe(0);
    expect(t.extras).toEqual([]);
    for (const k of BUILDING_COLUMN_NAMES) {
      const col = t[k] as unknown;
      if (storageOf(col) === 'dict') expect(col).toEqual({ codes: new Uint32Array(0), values: [''] });
      else expect((col as ArrayLike<unknown>).length).toBe(0);
    }
  });

  it('a built table has every schema column with the same storage as the empty table, one entry per row', () => {
    const empty = emptyBuildingTable();
    const { table } = build([ROWS, ROWS]);
    expect(table.length).toBe(4);
    expect(Object.keys(table).sort()).toEqual(Object.keys(empty).sort());
    for (const k of BUILDING_COLUMN_NAMES) {
      const col = table[k] as unknown;
      expect(storageOf(col), k).toBe(storageOf(empty[k]));
      const n = storageOf(col) === 'dict' ? (col as DictColumn).codes.length : (col as ArrayLike<unknown>).length;
      expect(n, k).toBe(4);
    }
  });

  it('keeps the storage the table always had, column by column', () => {
    const { table } = build([ROWS]);
    const storage = Object.fromEntries(BUILDING_COLUMN_NAMES.map((k) => [k, storageOf(table[k])]));
    expect(storage).toEqual({
      id: 'text',
      name: 'dict',
      communityId: 'dict',
      community: 'dict',
      street: 'dict',
      shequ: 'dict',
      area: 'dict',
      lng: 'Float64Array',
      lat: 'Float64Array',
      yearFrom: 'Int16Array',
      yearTo: 'Int16Array',
      yearKind: 'Uint8Array',
      floors: 'Float32Array',
      households: 'Float64Array',
      floorAreaM2: 'Float64Array',
      grade: 'Uint8Array',
      completeUnits: 'Uint8Array',
      types: 'Uint8Array',
      stage: 'Uint8Array',
      planYear: 'Int16Array',
      startDay: 'Float64Array',
      completionDay: 'Float64Array',
      acceptanceDay: 'Float64Array',
      startMonthOnly: 'Uint8Array',
      completionMonthOnly: 'Uint8Array',
      acceptanceMonthOnly: 'Uint8Array',
      investmentYuan: 'Float64Array',
      communityIndex: 'Int32Array',
      streetFrom: 'Uint8Array',
      fileIndex: 'Uint16Array',
      line: 'Uint32Array',
    });
    expectTypeOf(table.households).toEqualTypeOf<Float64Array>();
    expectTypeOf(table.floors).toEqualTypeOf<Float32Array>();
    expectTypeOf(table.street).toEqualTypeOf<DictColumn>();
    expectTypeOf(table.id).toEqualTypeOf<string[]>();
  });

  it('rows nothing was written to hold each column’s missing value', () => {
    const { table } = build([ROWS]);
    expect(table.floors[1]).toBeNaN();
    expect(table.startDay[1]).toBeNaN();
    expect(table.investmentYuan[0]).toBeNaN();
    expect(table.grade[0]).toBe(0);
    expect(table.planYear[0]).toBe(0);
    expect([...table.communityIndex]).toEqual([-1, -1]);
    expect(dictValue(table.street, 1)).toBe('');
    expect(table.households[1]).toBe(36);
  });

  it('transfers every typed array of the schema and of the extras', () => {
    const { table } = build([ROWS]);
    const arrays = BUILDING_COLUMN_NAMES.flatMap((k) => columnKind(k).arrays(table[k]));
    expect(arrays.length).toBe(BUILDING_COLUMN_NAMES.length - 1); // the ids are strings
    expect(new Set(tableBuffers(table)).size).toBe(arrays.length + table.extras.length);
    expect(Object.keys(BUILDING_COLUMNS)).toEqual(BUILDING_COLUMN_NAMES);
  });
});

describe('BuildingTableBuilder.rollback', () => {
  it('forgets a file read since the mark: the table is as it was before, values and dictionaries alike', () => {
    const before = build([ROWS]).table;
    const { builder } = build([ROWS]);
    const m = builder.mark();
    // Enough rows to grow the buffers, with new dictionary values and a new extra column.
    const more = Array.from({ length: 40 }, (_, i) => [
      'X' + i,
      '新小区' + i,
      '新街道',
      '117.3',
      '34.7',
      '2001',
      '5',
      '9',
    ]);
    const appender = builder.beginFile(
      1,
      newFileReport('g.csv', 'buildings', 'content', 'gbk'),
      matchHeaders([...HEADERS.slice(0, 8), '新列']),
    );
    more.forEach((cells, i) => appender.append([...cells, '新值'], i + 2));
    expect(builder.length).toBe(42);
    builder.rollback(m);
    expect(plain(builder.finish())).toEqual(plain(before));
    // And the builder goes on from there as if the file had never been read.
    const again = builder.beginFile(0, newFileReport('f0.csv', 'buildings', 'content', 'utf-8'), matchHeaders(HEADERS));
    ROWS.forEach((cells, i) => again.append(cells, i + 2));
    const twice = build([ROWS, ROWS]).table;
    expect(plain(builder.finish())).toEqual(plain({ ...twice, fileIndex: new Uint16Array(4) }));
    expect(builder.finish().street.values).toEqual(['', '临城街道']);
  });
});
