import { describe, expect, it } from 'vitest';
import {
  buildingKeys,
  listYears,
  makeEntries,
  mergeEntries,
  removeEntries,
  resolveEntries,
  retypeEntries,
  yearSpanText,
  type CandidateEntry,
} from '../../../src/domain/candidate-list.ts';
import {
  candidateBuildingSheet,
  candidateTable,
  candidateTableSheet,
  wan,
} from '../../../src/domain/candidate-table.ts';
import { YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE } from '../../../src/domain/parse-values.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, tableFromRows } from '../support.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const BASIC = TYPE_BIT.basic;
const IMPROVE = TYPE_BIT.improvement;
// A1, A2 东风小区 and A3, A4 幸福小区 in 临城街道; A5, A6 常庄新村 and A7 光明小区 in 常庄街道.
const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
const t = d.buildings;
const keys = buildingKeys(t, d.fileNames);
const row = (id: string): number => t.id.indexOf(id);
const rows = (...ids: string[]): Uint32Array => Uint32Array.from(ids.map(row)).sort();

/** An entry whose building is in no data: remembered as a 东风小区 building of 5 households. */
const gone: CandidateEntry = {
  key: 'GONE-1',
  planYear: 2024,
  types: BASIC,
  updated: NOW,
  building: {
    id: 'GONE-1',
    name: '9号楼',
    communityId: '',
    community: '东风小区',
    street: '临城街道',
    shequ: '东风社区',
    yearFrom: 1980,
    yearTo: 1980,
    yearKind: YEAR_EXACT,
    households: 5,
    floorAreaM2: 400,
    lng: 117.01,
    lat: 34.01,
  },
};

function sampleList(): CandidateEntry[] {
  let list = makeEntries(t, keys, rows('A1', 'A2', 'A3'), 2024, BASIC, NOW);
  list = mergeEntries(list, makeEntries(t, keys, rows('A5'), 2024, IMPROVE, NOW)).entries;
  list = mergeEntries(list, makeEntries(t, keys, rows('A7'), 2025, BASIC | IMPROVE, NOW)).entries;
  return list;
}

describe('building keys', () => {
  it('an id no other row has is the key', () => {
    expect(keys.keys.slice(0, 3)).toEqual(['A1', 'A2', 'A3']);
    expect(keys.rowOf.get('A5')).toBe(row('A5'));
  });
  it('no id, or an id two rows share: file:line', () => {
    // Straight from the builder: an import merges the rows of one id (merge-duplicate-rows.ts), but a
    // table handed to buildingKeys may still hold an id twice.
    const { table } = tableFromRows(
      ['楼栋编号', '小区名称', '经度', '纬度'],
      [
        ['X', '甲', '117.1', '34.1'],
        ['X', '甲', '117.2', '34.2'],
        ['', '乙', '117.3', '34.3'],
        ['Y', '乙', '117.4', '34.4'],
      ],
      null,
    );
    expect(buildingKeys(table, ['b.csv']).keys).toEqual(['b.csv:2', 'b.csv:3', 'b.csv:4', 'Y']);
  });
});

describe('changing the list', () => {
  it('makeEntries remembers the building; no types means 基础类', () => {
    const [e] = makeEntries(t, keys, rows('A6'), 2024, 0, NOW);
    expect(e).toMatchObject({ key: 'A6', planYear: 2024, types: BASIC, updated: NOW });
    expect(e.building).toMatchObject({
      id: 'A6',
      community: '常庄新村',
      street: '常庄街道',
      shequ: '新村社区',
      households: null,
      floorAreaM2: 6000,
      yearFrom: 2010,
      yearKind: YEAR_EXACT,
    });
  });
  it('merge: new keys go to the end, known keys are replaced in place', () => {
    const list = makeEntries(t, keys, rows('A1', 'A2'), 2024, BASIC, NOW);
    const r = mergeEntries(list, makeEntries(t, keys, rows('A2', 'A3'), 2025, IMPROVE, NOW));
    expect(r.added).toBe(1);
    expect(r.updated).toBe(1);
    expect(r.entries.map((e) => [e.key, e.planYear, e.types])).toEqual([
      ['A1', 2024, BASIC],
      ['A2', 2025, IMPROVE],
      ['A3', 2025, IMPROVE],
    ]);
    expect(list.map((e) => e.planYear)).toEqual([2024, 2024]); // not changed
  });
  it('remove and retype; a retype to no type is ignored', () => {
    const list = sampleList();
    expect(removeEntries(list, ['A2', 'A7']).map((e) => e.key)).toEqual(['A1', 'A3', 'A5']);
    const re = retypeEntries(list, ['A1'], IMPROVE | TYPE_BIT.upgrade, '2025-02-02T00:00:00Z');
    expect(re[0]).toMatchObject({ types: IMPROVE | TYPE_BIT.upgrade, updated: '2025-02-02T00:00:00Z' });
    expect(re[1]).toBe(list[1]);
    expect(retypeEntries(list, ['A1'], 0, NOW)[0].types).toBe(BASIC);
    expect(list[0].types).toBe(BASIC);
  });
  it('resolve: rows in the data, -1 for an entry not there; years', () => {
    const list = [...sampleList(), gone];
    const resolved = resolveEntries(list, keys);
    expect([...resolved]).toEqual([row('A1'), row('A2'), row('A3'), row('A5'), row('A7'), -1]);
    expect(listYears(list)).toEqual([2024, 2025]);
  });
});

describe('yearSpanText', () => {
  const y = (yearFrom: number, yearTo: number, yearKind: number) => ({ yearFrom, yearTo, yearKind });
  it('one year, a span, bounds, nothing known', () => {
    expect(yearSpanText([y(1988, 1988, YEAR_EXACT)])).toBe('1988年');
    expect(yearSpanText([y(1992, 1992, YEAR_EXACT), y(1985, 1985, YEAR_EXACT)])).toBe('1985–1992年');
    expect(yearSpanText([y(1990, 1999, YEAR_RANGE), y(1985, 1985, YEAR_EXACT)])).toBe('1985–1999年');
    expect(yearSpanText([y(0, 2000, YEAR_BEFORE)])).toBe('2000年底前');
    expect(yearSpanText([y(0, 0, 0)])).toBe('');
  });
});

describe('candidateTable: per community, subtotals per street office, total', () => {
  const list = [...sampleList(), gone];
  const resolved = resolveEntries(list, keys);
  const table = candidateTable(list, t, resolved, 2024);

  it('street offices in order, communities by name, a subtotal after each office, 合计 last', () => {
    expect(table.map((r) => [r.kind, r.key, r.seq])).toEqual([
      ['community', '常庄新村', 1],
      ['subtotal', '常庄街道小计', 0],
      ['community', '东风小区', 2],
      ['community', '幸福小区', 3],
      ['subtotal', '临城街道小计', 0],
      ['total', '合计', 0],
    ]);
  });
  it('figures: buildings, households, floor area, types, years; the missing entry counts as remembered', () => {
    const by = Object.fromEntries(table.map((r) => [r.key, r]));
    expect(by['东风小区']).toMatchObject({
      street: '临城街道',
      shequ: '东风社区',
      buildings: 3,
      households: 35,
      floorAreaM2: 3400,
      types: BASIC,
      missing: 1,
      buildYear: '1980–1995年',
    });
    expect(by['东风小区'].entryKeys).toEqual(['A1', 'A2', 'GONE-1']);
    expect(by['幸福小区']).toMatchObject({
      buildings: 1,
      households: 30,
      floorAreaM2: 3000,
      buildYear: '2005年',
      missing: 0,
    });
    expect(by['常庄新村']).toMatchObject({
      buildings: 1,
      households: 50,
      floorAreaM2: 5000,
      types: IMPROVE,
      buildYear: '1985年',
    });
    expect(by['临城街道小计']).toMatchObject({
      buildings: 4,
      households: 65,
      floorAreaM2: 6400,
      missing: 1,
      types: BASIC,
    });
    expect(by['合计']).toMatchObject({
      buildings: 5,
      households: 115,
      floorAreaM2: 11400,
      missing: 1,
      types: BASIC | IMPROVE,
    });
  });
  it('subtotals add up to the total; every year when null', () => {
    const all = candidateTable(list, t, resolved, null);
    const subs = all.filter((r) => r.kind === 'subtotal');
    const total = all.at(-1)!;
    expect(subs.reduce((s, r) => s + r.households, 0)).toBe(total.households);
    expect(total.buildings).toBe(list.length);
    expect(all.find((r) => r.key === '光明小区')?.buildings).toBe(1);
  });
  it('without data every entry counts as remembered, and is missing', () => {
    const none = candidateTable(list, null, null, 2024);
    expect(none.at(-1)).toMatchObject({ buildings: 5, households: 115, missing: 5 });
  });
  it('one community name in two street offices: told apart by the office', () => {
    const twin: CandidateEntry = {
      ...gone,
      key: 'TWIN',
      building: { ...gone.building, community: '幸福小区', street: '常庄街道' },
    };
    const keysOut = candidateTable([...list, twin], t, resolveEntries([...list, twin], keys), 2024).map((r) => r.key);
    expect(keysOut).toContain('幸福小区（常庄街道）');
    expect(keysOut).toContain('幸福小区（临城街道）');
  });
  it('as a sheet: the plan table’s columns, 万平方米, totals rows marked', () => {
    const sheet = candidateTableSheet(table, '项目库');
    expect(sheet.columns.map((c) => c.header)).toEqual([
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
    expect(sheet.rows[0]).toEqual([1, '常庄街道', '新村社区', '常庄新村', '1985年', 1, 50, 0.5, '完善类']);
    expect(sheet.rows[1]).toEqual([null, '常庄街道小计', null, null, null, 1, 50, 0.5, null]);
    expect(sheet.rows.at(-1)).toEqual([null, '合计', null, null, null, 5, 115, 1.14, null]);
    expect(sheet.totalRows).toEqual([1, 4, 5]);
    expect(wan(40721)).toBe(4.0721);
  });
  it('the building list: key, year and types first; whether each is in the data', () => {
    const sheet = candidateBuildingSheet(list, t, resolved, null, '楼栋');
    expect(sheet.rows.map((r) => [r[0], r[1], r[2], r[14]])).toEqual([
      ['A1', 2024, '基础类', '是'],
      ['A2', 2024, '基础类', '是'],
      ['A3', 2024, '基础类', '是'],
      ['A5', 2024, '完善类', '是'],
      ['A7', 2025, '基础类、完善类', '是'],
      ['GONE-1', 2024, '基础类', '否'],
    ]);
    expect(sheet.rows[0].slice(3, 14)).toEqual([
      'A1',
      '',
      '',
      '东风小区',
      '临城街道',
      '东风社区',
      1990,
      10,
      1000,
      117.011,
      34.011,
    ]);
  });
});
