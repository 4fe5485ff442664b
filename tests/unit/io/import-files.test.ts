/**
 * Whole imports from fixture files: the same table from GBK, UTF-8, UTF-8 with BOM and CRLF;
 * the spatial fallback for rows without 街道 / 小区名称; duplicate ids within and across files;
 * files told apart by content.
 */
import { describe, expect, it } from 'vitest';
import {
  FROM_COMMUNITY,
  FROM_FILE,
  FROM_NONE,
  FROM_POLYGON,
  dictValue,
  type BuildingTable,
} from '../../../src/domain/building-table.ts';
import { YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE, dayNumber } from '../../../src/domain/parse-values.ts';
import { COMPLETE_NO, COMPLETE_YES, STAGE_CODE, TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import type { InputFile } from '../../../src/io/input-file.ts';
import { sizeOf } from '../../../src/io/byte-source.ts';
import { fixtureBytes, fixtureFile, utf8 } from '../support.ts';

/** One building's fields as plain values, for comparing tables. */
function rowOf(t: BuildingTable, i: number) {
  return {
    id: t.id[i],
    street: dictValue(t.street, i),
    shequ: dictValue(t.shequ, i),
    community: dictValue(t.community, i),
    name: dictValue(t.name, i),
    year: [t.yearFrom[i], t.yearTo[i], t.yearKind[i]],
    floors: t.floors[i],
    households: t.households[i],
    floorAreaM2: t.floorAreaM2[i],
    investmentYuan: t.investmentYuan[i],
    grade: t.grade[i],
    completeUnits: t.completeUnits[i],
    types: t.types[i],
    stage: t.stage[i],
    planYear: t.planYear[i],
    startDay: t.startDay[i],
    lng: t.lng[i],
    lat: t.lat[i],
    line: t.line[i],
  };
}
const rows = (t: BuildingTable) => Array.from({ length: t.length }, (_, i) => rowOf(t, i));

describe('encodings: tests/fixtures/csv/buildings.*.csv', () => {
  const variants = [
    ['buildings.utf8.csv', 'utf-8'],
    ['buildings.gbk.csv', 'gb18030'],
    ['buildings.utf8-bom.csv', 'utf-8-bom'],
    ['buildings.crlf.csv', 'utf-8'],
  ] as const;
  const imported = variants.map(([f]) => importFiles([fixtureFile(`csv/${f}`)]));

  it.each(variants.map(([f, enc], k) => [f, enc, k] as const))('%s is read as %s, cleanly', (_f, enc, k) => {
    const r = imported[k].report;
    expect(r.files[0].encoding).toBe(enc);
    expect(r.files[0].kind).toBe('buildings');
    // Buildings alone: the one note (issue 12) that the communities are the names written on the rows.
    expect([r.rowsRead, r.rowsLoaded, r.rejected, r.warnings.map((w) => [w.code, w.line])]).toEqual([
      6,
      6,
      [],
      [['communities-from-names', 0]],
    ]);
  });

  it('every encoding gives identical columns and values', () => {
    const [first, ...others] = imported;
    for (const other of others) {
      expect(other.report.files[0].columns).toEqual(first.report.files[0].columns);
      expect(rows(other.buildings)).toEqual(rows(first.buildings));
      expect(other.buildings).toEqual(first.buildings);
    }
  });

  it('the header row has no BOM left in it', () => {
    expect(imported[2].report.files[0].columns[0]).toEqual({ header: '序号', field: 'seq', factor: 1 });
  });

  it('values as written in the fixture come out as the spec says', () => {
    const apr20 = dayNumber(2023, 4, 20);
    const t = imported[1].buildings; // the GBK one
    expect(
      rows(t).map(
        ({
          id,
          year,
          floors,
          households,
          floorAreaM2,
          investmentYuan,
          grade,
          completeUnits,
          types,
          stage,
          planYear,
          startDay,
        }) => [
          id,
          year,
          floors,
          households,
          floorAreaM2,
          investmentYuan,
          grade,
          completeUnits,
          types,
          stage,
          planYear,
          startDay,
        ],
      ),
    ).toEqual([
      [
        'B001',
        [1995, 1995, YEAR_EXACT],
        6,
        48,
        3120.5,
        365000,
        2,
        COMPLETE_YES,
        TYPE_BIT.basic | TYPE_BIT.improvement,
        STAGE_CODE.construction,
        2023,
        apr20,
      ],
      [
        'B002',
        [1990, 1999, YEAR_RANGE],
        5,
        40,
        2800,
        418000,
        3,
        COMPLETE_YES,
        TYPE_BIT.basic,
        STAGE_CODE.completed,
        2023,
        apr20,
      ],
      [
        'B003',
        [0, 2000, YEAR_BEFORE],
        7,
        56,
        3500,
        80000,
        1,
        COMPLETE_NO,
        TYPE_BIT.basic,
        STAGE_CODE.acceptance,
        2023,
        apr20,
      ],
      [
        'B004',
        [1998, 1998, YEAR_EXACT],
        6,
        36,
        2500,
        NaN,
        3,
        COMPLETE_YES,
        TYPE_BIT.improvement,
        STAGE_CODE.tender,
        2024,
        dayNumber(2024, 5, 6),
      ],
      [
        'B005',
        [1980, 1999, YEAR_RANGE],
        4,
        24,
        1600,
        120000,
        2,
        COMPLETE_NO,
        TYPE_BIT.basic,
        STAGE_CODE.planned,
        2024,
        NaN,
      ],
      [
        'B006',
        [2005, 2005, YEAR_EXACT],
        11,
        88,
        7040,
        12000,
        4,
        COMPLETE_YES,
        TYPE_BIT.upgrade,
        STAGE_CODE.design,
        2024,
        NaN,
      ],
    ]);
    expect(rows(t).map((r) => [r.street, r.shequ, r.community, r.name, r.lng, r.lat, r.line])).toEqual([
      ['临城街道', '东风社区', '东风小区', '1号楼', 117.012, 34.012, 2],
      ['临城街道', '东风社区', '东风小区', '2号楼', 117.027, 34.027, 3],
      ['临城街道', '幸福社区', '幸福小区', '3号楼', 117.055, 34.055, 4],
      ['常庄街道', '新村社区', '常庄新村', '4号楼', 117.13, 34.03, 5],
      ['常庄街道', '新村社区', '常庄新村', '5号楼', 117.135, 34.035, 6],
      ['常庄街道', '新村社区', '常庄新村', '6号楼', 117.138, 34.038, 7],
    ]);
  });
});

describe('spatial fallback: tests/fixtures/csv/spatial-buildings.csv with communities.geojson and streets.geojson', () => {
  const data = importFiles([
    fixtureFile('csv/spatial-buildings.csv'),
    fixtureFile('geojson/communities.geojson'),
    fixtureFile('geojson/streets.geojson'),
  ]);
  const t = data.buildings;
  const byId = (id: string) => t.id.indexOf(id);
  const where = (id: string) => {
    const i = byId(id);
    return [dictValue(t.community, i), dictValue(t.communityId, i), dictValue(t.street, i), t.streetFrom[i]];
  };

  it('the three files are told apart by content', () => {
    expect(data.report.files.map((f) => [f.file, f.kind, f.kindFrom, f.rowsLoaded])).toEqual([
      ['spatial-buildings.csv', 'buildings', 'content', 10],
      ['communities.geojson', 'communities', 'content', 3],
      ['streets.geojson', 'streets', 'content', 2],
    ]);
    expect(data.communities.slice(0, 3).map((c) => [c.name, c.id, c.geometry?.type])).toEqual([
      ['东风小区', 'XQ001', 'Polygon'],
      ['幸福小区', 'XQ002', 'MultiPolygon'],
      ['常庄新村', 'XQ003', 'Polygon'],
    ]);
    expect(data.streets.map((s) => s.name)).toEqual(['临城街道', '常庄街道']);
  });

  it('a row with everything written keeps it', () => {
    expect(where('S1')).toEqual(['东风小区', 'XQ001', '临城街道', FROM_FILE]);
  });

  it('no 街道, no 小区名称: community from the polygon it falls in, street from that community', () => {
    expect(where('S2')).toEqual(['东风小区', 'XQ001', '临城街道', FROM_COMMUNITY]);
  });

  it('a point inside the hole of 东风小区 is not in that community; its street comes from the street polygon', () => {
    expect(where('S3')).toEqual(['', '', '临城街道', FROM_POLYGON]);
    expect(t.communityIndex[byId('S3')]).toBe(-1);
  });

  it('a point in the second part of a MultiPolygon is in that community; the community took its street from the street polygon', () => {
    expect(where('S4')).toEqual(['幸福小区', 'XQ002', '临城街道', FROM_COMMUNITY]);
    expect(data.communities[1].street).toBe('临城街道');
  });

  it('小区名称 written, no 街道: the street of the named community (常庄镇), and no mismatch with 常庄街道', () => {
    expect(where('S5')).toEqual(['常庄新村', 'XQ003', '常庄镇', FROM_COMMUNITY]);
  });

  it('街道 written, no 小区名称: community from the polygon', () => {
    expect(where('S6')).toEqual(['常庄新村', 'XQ003', '常庄街道', FROM_FILE]);
  });

  it('street-mismatch: the written street (S7) or the named community’s street (S10) disagrees with the polygon', () => {
    const mismatches = data.report.warnings.filter((w) => w.code === 'street-mismatch');
    expect(mismatches.map((w) => [w.file, w.line, w.field, w.value])).toEqual([
      ['spatial-buildings.csv', 8, 'street', '常庄街道'],
      ['spatial-buildings.csv', 11, 'street', '临城街道'],
    ]);
    expect(mismatches[0].reason).toContain('临城街道');
    expect(mismatches[1].reason).toContain('常庄街道');
    expect(where('S7')).toEqual(['', '', '常庄街道', FROM_FILE]);
  });

  it('常庄镇 written inside the 常庄街道 polygon is the same place: no warning for S8', () => {
    expect(data.report.warnings.filter((w) => w.line === 9)).toEqual([]);
  });

  it('a point outside every polygon with no street written: no-street warning, street left empty', () => {
    expect(where('S9')).toEqual(['', '', '', FROM_NONE]);
    expect(data.report.warnings.filter((w) => w.code === 'no-street').map((w) => w.line)).toEqual([10]);
  });

  it('these are all the warnings, and nothing was rejected', () => {
    expect(data.report.warnings.map((w) => [w.code, w.line])).toEqual([
      ['street-mismatch', 8],
      ['no-street', 10],
      ['outside-community', 11],
      ['street-mismatch', 11],
    ]);
    expect(data.report.rejected).toEqual([]);
  });

  it('a building whose written community is not where its point lies: outside-community (S10), or community-mismatch naming the polygon it is in', () => {
    expect(data.report.warnings.find((w) => w.code === 'outside-community')).toMatchObject({
      line: 11,
      field: 'community',
      value: '117.15,34.05',
    });
    const csv = '楼栋编号,小区名称,经度,纬度\nM1,东风小区,117.13,34.03\nM2,东风小区,117.012,34.012\nM3,,117.13,34.03\n';
    const d = importFiles([{ name: 'm.csv', bytes: utf8(csv) }, fixtureFile('geojson/communities.geojson')]);
    expect(d.report.warnings.map((w) => [w.code, w.line, w.value])).toEqual([['community-mismatch', 2, '东风小区']]);
    expect(d.report.warnings[0].reason).toContain('常庄新村');
    // Written names still decide the link; the warning only says the point disagrees.
    expect(d.buildings.community.values[d.buildings.community.codes[0]]).toBe('东风小区');
  });
});

describe('duplicate ids: tests/fixtures/csv/dup-a.csv and dup-b.csv', () => {
  // Until issue 12 every row was kept, so a building on two rows was counted twice; now the rows of
  // one id are one building, the later row winning (README, "One building, one row").
  it('within one file: listed with every line, merged into one building (the later line wins)', () => {
    const data = importFiles([fixtureFile('csv/dup-a.csv')]);
    expect(data.report.duplicateIds).toEqual([
      {
        id: 'D1',
        at: [
          { file: 'dup-a.csv', line: 2 },
          { file: 'dup-a.csv', line: 4 },
        ],
      },
    ]);
    expect(data.buildings.length).toBe(3);
    expect(data.buildings.households[0]).toBe(30);
    expect(data.report.conflicts.map((c) => [c.id, c.field, c.kept])).toEqual([
      ['D1', 'lng', '117.013'],
      ['D1', 'lat', '34.013'],
      ['D1', 'households', '30'],
    ]);
  });

  it('across two files: every file:line, in file order; 7 rows make 4 buildings; one warning per id', () => {
    const data = importFiles([fixtureFile('csv/dup-a.csv'), fixtureFile('csv/dup-b.csv')]);
    expect(data.report.duplicateIds).toEqual([
      {
        id: 'D1',
        at: [
          { file: 'dup-a.csv', line: 2 },
          { file: 'dup-a.csv', line: 4 },
          { file: 'dup-b.csv', line: 4 },
        ],
      },
      {
        id: 'D2',
        at: [
          { file: 'dup-a.csv', line: 3 },
          { file: 'dup-b.csv', line: 2 },
        ],
      },
    ]);
    expect(data.buildings.length).toBe(4);
    expect(data.report.rowsLoaded).toBe(7);
    const at = (i: number) => [
      data.buildings.id[i],
      data.fileNames[data.buildings.fileIndex[i]],
      data.buildings.line[i],
    ];
    expect([0, 1, 2, 3].map(at)).toEqual([
      ['D1', 'dup-b.csv', 4],
      ['D2', 'dup-b.csv', 2],
      ['U1', 'dup-a.csv', 5],
      ['D3', 'dup-b.csv', 3],
    ]);
    expect(Array.from(data.buildings.households)).toEqual([60, 40, 5, 50]);
    expect(data.report.conflicts.find((c) => c.id === 'D1' && c.field === 'households')).toEqual({
      id: 'D1',
      field: 'households',
      values: [
        { value: '10', file: 'dup-a.csv', line: 2 },
        { value: '30', file: 'dup-a.csv', line: 4 },
        { value: '60', file: 'dup-b.csv', line: 4 },
      ],
      kept: '60',
    });
    expect(data.report.rejected).toEqual([]);
    const dupWarnings = data.report.warnings.filter((w) => w.code === 'duplicate-id');
    expect(dupWarnings.map((w) => [w.file, w.line, w.value])).toEqual([
      ['dup-a.csv', 2, 'D1'],
      ['dup-a.csv', 3, 'D2'],
    ]);
    expect(dupWarnings[0].reason).toContain('dup-b.csv:4');
  });
});

describe('files told apart by content, whatever their names', () => {
  const as = (rel: string, name: string, kind?: InputFile['kind']): InputFile => fixtureFile(rel, name, kind);

  it('points GeoJSON = buildings, polygons with 小区名称 = communities, other polygons = streets, kind renovation-programme = programme, CSV = buildings', () => {
    const data = importFiles([
      as('geojson/buildings-points.geojson', 'a.dat'),
      as('geojson/communities.geojson', 'b.dat'),
      as('geojson/streets.geojson', 'c.dat'),
      as('json/programme-lishu-2023.json', 'd.dat'),
      as('csv/buildings.gbk.csv', 'e.dat'),
    ]);
    expect(data.report.files.map((f) => [f.file, f.kind, f.kindFrom])).toEqual([
      ['a.dat', 'buildings', 'content'],
      ['b.dat', 'communities', 'content'],
      ['c.dat', 'streets', 'content'],
      ['d.dat', 'programme', 'content'],
      ['e.dat', 'buildings', 'content'],
    ]);
    expect(data.programmes.map((p) => [p.year, p.targets.households])).toEqual([[2023, 874]]);
    expect(data.buildings.length).toBe(2 + 6);
  });

  it('GeoJSON points: line = feature number; an out-of-range point is rejected by it', () => {
    const data = importFiles([fixtureFile('geojson/buildings-points.geojson')]);
    expect(data.buildings.id).toEqual(['P1', 'P2']);
    expect([...data.buildings.line]).toEqual([1, 2]);
    expect([...data.buildings.households]).toEqual([48, 40]);
    expect(data.report.rejected.map((r) => [r.line, r.code])).toEqual([[3, 'coordinates-out-of-range']]);
  });

  it('a kind given by the user overrides the content', () => {
    const data = importFiles([
      as('geojson/streets.geojson', 'streets.geojson', 'communities'),
      as('csv/buildings.utf8.csv', 'list.json', 'buildings'),
    ]);
    expect(data.report.files.map((f) => [f.kind, f.kindFrom, f.rowsLoaded])).toEqual([
      ['communities', 'flag', 2],
      ['buildings', 'flag', 6],
    ]);
    expect(data.communities.filter((c) => !c.implicit).map((c) => c.name)).toEqual(['临城街道', '常庄街道']);
    expect(data.streets).toEqual([]);
  });

  it('without the kind, a CSV named .json is tried as JSON and rejected as a whole', () => {
    const data = importFiles([as('csv/buildings.utf8.csv', 'list.json')]);
    expect(data.report.rejected.map((r) => [r.line, r.code])).toEqual([[0, 'bad-json']]);
  });

  it('empty files and JSON that is neither GeoJSON nor a programme are rejected as a whole (line 0)', () => {
    const data = importFiles([
      { name: 'empty.csv', bytes: new Uint8Array(0) },
      { name: 'x.json', bytes: utf8('{"hello": 1}') },
    ]);
    expect(data.report.rejected.map((r) => [r.file, r.line, r.code])).toEqual([
      ['empty.csv', 0, 'empty-file'],
      ['x.json', 0, 'not-geojson'],
    ]);
  });

  it('a top-level array of features is not GeoJSON: rejected as a whole, as it always was', () => {
    const point = '{"type":"Feature","geometry":{"type":"Point","coordinates":[117.2,34.8]},"properties":{}}';
    const data = importFiles([{ name: 'a.geojson', bytes: utf8(`[${point}]`) }]);
    expect(data.report.rejected.map((r) => [r.file, r.line, r.code])).toEqual([['a.geojson', 0, 'not-geojson']]);
    expect(data.buildings.length).toBe(0);
  });

  it('progress ends at the total byte count', () => {
    const calls: [number, number][] = [];
    const files = [fixtureFile('csv/buildings.utf8.csv'), fixtureFile('geojson/streets.geojson')];
    importFiles(files, { onProgress: (done, total) => calls.push([done, total]) });
    const total = files.reduce((s, f) => s + sizeOf(f.bytes), 0);
    expect(calls.at(-1)).toEqual([total, total]);
    for (let k = 1; k < calls.length; k++) expect(calls[k][0]).toBeGreaterThanOrEqual(calls[k - 1][0]);
    expect(fixtureBytes('csv/buildings.utf8.csv').length).toBeLessThan(total);
  });
});
