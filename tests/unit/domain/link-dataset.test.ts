/**
 * Linking buildings to communities and street offices (DOMAIN.md "Hierarchy and keys"): written
 * ids and names first, then the polygon a point falls in; where the street office came from.
 * The whole-file version of the spatial fallback is in tests/unit/io/import-files.test.ts.
 */
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { FROM_COMMUNITY, FROM_FILE, FROM_NONE, FROM_POLYGON, dictValue } from '../../../src/domain/building-table.ts';
import { emptyAttributes, streetKey, type Community, type StreetOffice } from '../../../src/domain/community.ts';
import { labelPoint, linkDataset } from '../../../src/domain/link-dataset.ts';
import { tableFromRows } from '../support.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

function community(name: string, id: string, street: string, geometry: Polygon | null): Community {
  return {
    id,
    name,
    street,
    shequ: '',
    area: '',
    geometry,
    attrs: emptyAttributes(),
    extras: {},
    file: 'c.geojson',
    line: 1,
    implicit: false,
  };
}

const streets: StreetOffice[] = [
  { name: '临城街道', geometry: square(0, 0, 10, 10), file: 's.geojson', line: 1 },
  { name: '常庄街道', geometry: square(10, 0, 20, 10), file: 's.geojson', line: 2 },
];

describe('streetKey', () => {
  it.each([
    ['常庄镇', '常庄街道'],
    ['常庄街道', '常庄街道办事处'],
    ['常庄镇', '常庄街道办'],
    [' 常庄 街道 ', '常庄'],
    ['新城乡', '新城街道'],
  ])('%j and %j are one place', (a, b) => {
    expect(streetKey(a)).toBe(streetKey(b));
  });

  it.each([
    ['常庄镇', '临城街道'],
    ['常庄街道', '新城街道'],
  ])('%j and %j are different places', (a, b) => {
    expect(streetKey(a)).not.toBe(streetKey(b));
  });

  it('a name that is only a suffix word is kept whole', () => {
    expect(streetKey('街道')).toBe('街道');
    expect(streetKey('镇')).toBe('镇');
  });
});

describe('labelPoint', () => {
  it('is the centroid of the first outer ring', () => {
    expect(labelPoint(square(0, 0, 2, 4))).toEqual([1, 2]);
    expect(
      labelPoint({
        type: 'MultiPolygon',
        coordinates: [square(10, 10, 12, 12).coordinates, square(0, 0, 1, 1).coordinates],
      }),
    ).toEqual([11, 11]);
  });
});

describe('linkDataset', () => {
  const HEADERS = ['楼栋编号', '小区编号', '小区名称', '街道', '经度', '纬度'];

  it('equal community names in two street offices are told apart by the written street', () => {
    const communities = [
      community('幸福小区', 'X1', '临城街道', square(1, 1, 2, 2)),
      community('幸福小区', 'X2', '常庄镇', square(11, 1, 12, 2)),
    ];
    const { table } = tableFromRows(
      HEADERS,
      [
        ['B1', '', '幸福小区', '常庄街道', '5', '5'],
        ['B2', '', '幸福小区', '临城街道', '15', '5'],
      ],
      null,
    );
    const linked = linkDataset(table, communities, [], ['b.csv']);
    expect([...linked.buildings.communityIndex]).toEqual([1, 0]);
    expect(dictValue(linked.buildings.communityId, 0)).toBe('X2');
  });

  it('a written community id wins over the name and over the polygon', () => {
    const communities = [
      community('东风小区', 'X1', '临城街道', square(1, 1, 2, 2)),
      community('西风小区', 'X2', '临城街道', square(3, 3, 4, 4)),
    ];
    const { table } = tableFromRows(HEADERS, [['B1', 'X2', '东风小区', '', '1.5', '1.5']], null);
    const linked = linkDataset(table, communities, [], ['b.csv']);
    expect(linked.buildings.communityIndex[0]).toBe(1);
    expect(dictValue(linked.buildings.community, 0)).toBe('东风小区'); // the written name is kept as written
  });

  it('a name no community file has becomes one implicit community per street office and name', () => {
    const { table } = tableFromRows(
      HEADERS,
      [
        ['B1', '', '光明小区', '临城街道', '5', '5'],
        ['B2', '', '光明小区', '临城街道', '5.1', '5'],
        ['B3', '', '光明小区', '常庄街道', '15', '5'],
        ['B4', 'XQ9', '', '常庄街道', '15', '6'],
      ],
      null,
    );
    const linked = linkDataset(table, [], [], ['b.csv']);
    expect([...linked.buildings.communityIndex]).toEqual([0, 0, 1, 2]);
    expect(linked.communities.map((c) => [c.name, c.id, c.street, c.implicit, c.geometry])).toEqual([
      ['光明小区', '', '临城街道', true, null],
      ['光明小区', '', '常庄街道', true, null],
      ['XQ9', 'XQ9', '常庄街道', true, null],
    ]);
  });

  it('the street office comes from the file, else the community, else the street polygon; inputs are not changed', () => {
    const communities = [
      community('东风小区', 'X1', '临城街道', square(1, 1, 2, 2)),
      community('南山小区', 'X2', '', square(11, 1, 12, 2)),
    ];
    const { table } = tableFromRows(
      HEADERS,
      [
        ['B1', '', '', '临城街道', '1.5', '1.5'],
        ['B2', '', '', '', '1.5', '1.6'],
        ['B3', '', '', '', '5', '5'],
        ['B4', '', '', '', '11.5', '1.5'],
        ['B5', '', '', '', '50', '50'],
      ],
      null,
    );
    const before = [...table.street.codes];
    const linked = linkDataset(table, communities, streets, ['b.csv']);
    const b = linked.buildings;
    expect(
      Array.from({ length: b.length }, (_, i) => [dictValue(b.street, i), b.streetFrom[i], b.communityIndex[i]]),
    ).toEqual([
      ['临城街道', FROM_FILE, 0],
      ['临城街道', FROM_COMMUNITY, 0],
      ['临城街道', FROM_POLYGON, -1],
      ['常庄街道', FROM_COMMUNITY, 1],
      ['', FROM_NONE, -1],
    ]);
    expect(linked.communities[1].street).toBe('常庄街道'); // filled from the street polygon under it
    expect(communities[1].street).toBe('');
    expect([...table.street.codes]).toEqual(before);
    expect(linked.warnings.map((w) => [w.code, w.line])).toEqual([['no-street', 6]]);
  });

  it('a written street that disagrees with the polygon is a street-mismatch warning; 常庄镇 in 常庄街道 is not', () => {
    const { table } = tableFromRows(
      HEADERS,
      [
        ['B1', '', '', '常庄街道', '5', '5'],
        ['B2', '', '', '常庄镇', '15', '5'],
        ['B3', '', '', '临城街道', '50', '50'],
      ],
      null,
    );
    const linked = linkDataset(table, [], streets, ['b.csv']);
    expect(linked.warnings.map((w) => [w.code, w.file, w.line, w.value])).toEqual([
      ['street-mismatch', 'b.csv', 2, '常庄街道'],
      ['outside-streets', 'b.csv', 4, '50,50'],
    ]);
    expect(linked.warnings[0].reason).toContain('临城街道');
  });
});
