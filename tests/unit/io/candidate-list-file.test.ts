import { describe, expect, it } from 'vitest';
import {
  buildingKeys,
  makeEntries,
  mergeEntries,
  resolveEntries,
  type CandidateEntry,
} from '../../../src/domain/candidate-list.ts';
import { YEAR_EXACT } from '../../../src/domain/parse-values.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { LIST_FILE_KIND, listToCsv, listToJson, readListFile } from '../../../src/io/candidate-list-file.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureBytes, fixtureFile, utf8 } from '../support.ts';

const NOW = '2025-01-02T03:04:05.000Z';
const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
const t = d.buildings;
const keys = buildingKeys(t, d.fileNames);
const target = { table: t, keys };
const rows = (...ids: string[]): Uint32Array => Uint32Array.from(ids.map((id) => t.id.indexOf(id))).sort();

const gone: CandidateEntry = {
  key: 'GONE-1',
  planYear: 2024,
  types: TYPE_BIT.upgrade,
  updated: NOW,
  building: {
    id: 'GONE-1',
    name: '9号楼',
    communityId: '',
    community: '=东风小区',
    street: '临城街道',
    shequ: '',
    yearFrom: 1980,
    yearTo: 1980,
    yearKind: YEAR_EXACT,
    households: 5,
    floorAreaM2: 400.5,
    lng: 117.01,
    lat: 34.01,
  },
};
const list: CandidateEntry[] = [
  ...mergeEntries(
    makeEntries(t, keys, rows('A1', 'A2'), 2024, TYPE_BIT.basic, NOW),
    makeEntries(t, keys, rows('A6'), 2025, TYPE_BIT.basic | TYPE_BIT.improvement, NOW),
  ).entries,
  gone,
];
const strip = (es: readonly CandidateEntry[]) => es.map((e) => ({ key: e.key, planYear: e.planYear, types: e.types }));

describe('the list file round trip', () => {
  it('JSON: the same entries, snapshots and all', () => {
    const text = listToJson(list, d.fileNames, NOW);
    expect(JSON.parse(text)).toMatchObject({
      kind: LIST_FILE_KIND,
      version: 1,
      exportedAt: NOW,
      dataset: { files: ['aggregate-buildings.csv'] },
    });
    const back = readListFile('list.json', utf8(text), target, NOW);
    expect(back.entries).toEqual(list);
    expect(back.report).toMatchObject({ format: 'json', rowsRead: 4, entries: 4, rejected: [], warnings: [] });
    expect(back.report.unmatched).toEqual([{ line: 4, key: 'GONE-1', community: '=东风小区' }]);
  });
  it('CSV: the same keys, years and types; the missing building as remembered; = made inert and restored', () => {
    const csv = listToCsv(list, t, resolveEntries(list, keys));
    expect(csv.startsWith('\uFEFF楼栋键,计划年度,改造类型,')).toBe(true);
    expect(csv).toContain("'=东风小区");
    const back = readListFile('list.csv', utf8(csv), target, NOW);
    expect(back.report).toMatchObject({ format: 'csv', rowsRead: 4, entries: 4, rejected: [] });
    expect(strip(back.entries)).toEqual(strip(list));
    expect(back.entries[3].building).toEqual(gone.building);
    expect(back.entries[0].updated).toBe(NOW);
    expect(back.report.unmatched.map((u) => [u.line, u.key])).toEqual([[5, 'GONE-1']]);
  });
  it('a matched entry takes the building as it is in the data now', () => {
    const stale = { ...list[0], building: { ...list[0].building, households: 999 } };
    const back = readListFile('l.json', utf8(listToJson([stale], [], NOW)), target, NOW);
    expect(back.entries[0].building.households).toBe(10);
  });
  it('without data, every entry is kept and listed as unmatched', () => {
    const back = readListFile('l.json', utf8(listToJson(list, [], NOW)), null, NOW);
    expect(back.entries).toHaveLength(4);
    expect(back.report.unmatched).toHaveLength(4);
  });
  it('a list saved by Excel as GBK (no BOM, CRLF) reads as the same list saved as UTF-8', () => {
    const gbk = readListFile('gbk.csv', fixtureBytes('csv/candidate-list.gbk.csv'), target, NOW);
    const utf = readListFile('utf8.csv', fixtureBytes('csv/candidate-list.utf8.csv'), target, NOW);
    expect(gbk.entries).toEqual(utf.entries);
    expect(strip(gbk.entries)).toEqual([
      { key: 'A1', planYear: 2024, types: TYPE_BIT.basic },
      { key: 'A6', planYear: 2025, types: TYPE_BIT.basic | TYPE_BIT.improvement },
      { key: 'GONE-1', planYear: 2024, types: TYPE_BIT.upgrade },
    ]);
    expect(gbk.entries[2].building).toMatchObject({ community: '=东风小区', street: '临城街道', households: 5 });
    expect(gbk.report.unmatched.map((u) => u.key)).toEqual(['GONE-1']);
  });
});

describe('validation: rows that cannot be used are reported with line and reason', () => {
  it('CSV rows without a key, with a bad year, without a type or with an unknown type', () => {
    const csv = [
      '楼栋键,计划年度,改造类型,小区名称',
      'A1,2024,基础类,东风小区',
      ',2024,基础类,无键',
      'A2,明年,基础类,东风小区',
      'A3,2024,,幸福小区',
      'A4,2024年度,豪华类,幸福小区',
      'A5,2024年,完善类、提升类,常庄新村',
      'A1,2026,提升类,东风小区',
    ].join('\r\n');
    const r = readListFile('x.csv', utf8(csv), target, NOW);
    expect(r.report.rejected.map((x) => [x.line, x.reason.slice(0, 4), x.value])).toEqual([
      [3, '缺少楼栋', undefined],
      [4, '计划年度', '明年'],
      [5, '改造类型', ''],
      [6, '改造类型', '豪华类'],
    ]);
    expect(r.report.warnings.map((w) => w.line)).toEqual([8]);
    expect(strip(r.entries)).toEqual([
      { key: 'A1', planYear: 2026, types: TYPE_BIT.upgrade },
      { key: 'A5', planYear: 2024, types: TYPE_BIT.improvement | TYPE_BIT.upgrade },
    ]);
    expect(r.report).toMatchObject({ rowsRead: 7, entries: 2, unmatched: [] });
  });
  it('a CSV with only 楼栋编号 uses it as the key', () => {
    const r = readListFile('x.csv', utf8('楼栋编号,计划年度,改造类型\nA3,2024,基础类\n'), target, NOW);
    expect(strip(r.entries)).toEqual([{ key: 'A3', planYear: 2024, types: TYPE_BIT.basic }]);
  });
  it('a CSV without the needed columns, a JSON that is not a list, a newer version, broken JSON', () => {
    expect(readListFile('x.csv', utf8('小区名称,户数\n甲,3\n'), target, NOW).report.rejected[0]).toMatchObject({
      line: 1,
    });
    expect(readListFile('x.csv', utf8('楼栋键,户数\nA1,3\n'), target, NOW).report.rejected[0].reason).toContain(
      '计划年度',
    );
    expect(
      readListFile('x.json', utf8('{"type":"FeatureCollection","features":[]}'), target, NOW).report.rejected[0].reason,
    ).toContain('不是项目库文件');
    expect(
      readListFile('x.json', utf8(JSON.stringify({ kind: LIST_FILE_KIND, version: 9, entries: [] })), target, NOW)
        .report.rejected[0].reason,
    ).toContain('不支持的版本');
    expect(readListFile('x.json', utf8('{"kind": '), target, NOW).report.rejected[0].reason).toContain('JSON');
    for (const r of [readListFile('x.json', utf8('{"kind": '), target, NOW)]) expect(r.entries).toEqual([]);
  });
  it('JSON entries with bad fields are rejected one by one', () => {
    const text = JSON.stringify({
      kind: LIST_FILE_KIND,
      version: 1,
      entries: [
        { key: 'A1', planYear: 2024, types: 1 },
        { key: 'A2', planYear: 'x', types: 1 },
        { key: 'A3', planYear: 2024, types: 8 },
        { key: 'A4', planYear: 2024, types: ['基础类', '完善类'] },
        'junk',
      ],
    });
    const r = readListFile('x.json', utf8(text), target, NOW);
    expect(r.report.rejected.map((x) => x.line)).toEqual([2, 3, 5]);
    expect(strip(r.entries)).toEqual([
      { key: 'A1', planYear: 2024, types: 1 },
      { key: 'A4', planYear: 2024, types: 3 },
    ]);
  });
});
