/**
 * The arrays the map draws from (src/map/building-buffers.ts): built once and reused, so a new
 * colouring swaps one colour buffer and never rebuilds the positions.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/domain/colour-classify.ts';
import { fromWgs84 } from '../../../src/domain/crs.ts';
import {
  buildingPoints,
  communityParts,
  contextPoints,
  dangerPoints,
  positionsOf,
  rowMask,
} from '../../../src/map/building-buffers.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, tableFromRows } from '../support.ts';

const { table } = tableFromRows(
  ['楼栋编号', '安全等级', '经度', '纬度'],
  [
    ['P1', 'A', '117.1', '34.1'],
    ['P2', 'D', '117.2', '34.2'],
    ['P3', 'D', '117.3', '34.3'],
  ],
  null,
);
const settings = { cutoffYear: 2000, year: null };

describe('buildingPoints', () => {
  it('interleaves lng/lat once per table', () => {
    expect([...positionsOf(table)]).toEqual([117.1, 34.1, 117.2, 34.2, 117.3, 34.3]);
    expect(positionsOf(table)).toBe(positionsOf(table));
  });

  it('shares the position array between colourings and keeps one data object per classification', () => {
    const grade = classify(table, 'grade', settings);
    const stage = classify(table, 'stage', settings);
    const a = buildingPoints(table, grade);
    const b = buildingPoints(table, stage);
    expect(a.attributes.getPosition.value).toBe(b.attributes.getPosition.value);
    expect(a.attributes.getFillColor?.value).not.toBe(b.attributes.getFillColor?.value);
    expect(buildingPoints(table, grade)).toBe(a);
    expect(a.attributes.getFilterCategory?.value).toBe(grade.classOf);
    expect(a.length).toBe(3);
  });
});

describe('a street filter', () => {
  const rows = Uint32Array.from([0, 2]);

  it('adds a 0/1 mask to the same positions, colours and classes', () => {
    const grade = classify(table, 'grade', settings);
    const all = buildingPoints(table, grade);
    const some = buildingPoints(table, grade, rows);
    expect(some).not.toBe(all);
    expect(some).toBe(buildingPoints(table, grade, rows));
    expect(some.attributes.getPosition.value).toBe(all.attributes.getPosition.value);
    expect(some.attributes.getFillColor?.value).toBe(all.attributes.getFillColor?.value);
    expect([...(some.attributes.getFilterValue?.value ?? [])]).toEqual([1, 0, 1]);
    expect(all.attributes.getFilterValue).toBeUndefined();
    expect(rowMask(3, rows)).toBe(rowMask(3, rows));
  });

  it('masks the grade D buildings outside its rows (same points, same positions); the faint layer shares the positions', () => {
    const d = dangerPoints(table, rows);
    expect([...d.rows]).toEqual([1, 2]);
    expect([...(d.attributes.getFilterValue?.value ?? [])]).toEqual([0, 1]);
    expect(d.attributes.getPosition).toBe(dangerPoints(table).attributes.getPosition);
    expect(contextPoints(table).attributes.getPosition.value).toBe(positionsOf(table));
  });

  it('a new filter brings a new mask and nothing else: every other attribute is the same descriptor object', () => {
    const grade = classify(table, 'grade', settings);
    const a = buildingPoints(table, grade, Uint32Array.from([0]));
    const b = buildingPoints(table, grade, Uint32Array.from([1, 2]));
    expect(b.attributes.getPosition).toBe(a.attributes.getPosition);
    expect(b.attributes.getFillColor).toBe(a.attributes.getFillColor);
    expect(b.attributes.getFilterCategory).toBe(a.attributes.getFilterCategory);
    expect(b.attributes.getFilterValue).not.toBe(a.attributes.getFilterValue);
    expect(buildingPoints(table, grade).attributes.getPosition).toBe(a.attributes.getPosition);
    expect(contextPoints(table).attributes.getPosition).toBe(a.attributes.getPosition);
  });
});

describe('dangerPoints', () => {
  it('lists the grade D buildings with their rows', () => {
    const d = dangerPoints(table);
    expect([...d.rows]).toEqual([1, 2]);
    expect([...d.attributes.getPosition.value]).toEqual([117.2, 34.2, 117.3, 34.3]);
  });
});

describe('communityParts', () => {
  it('one part per polygon, pointing back to its community', () => {
    const data = importFiles([fixtureFile('geojson/aggregate-communities.geojson')]);
    const parts = communityParts(data.communities);
    expect(parts.length).toBeGreaterThan(0);
    for (const p of parts) expect(data.communities[p.community].geometry).not.toBeNull();
  });
});

describe('drawn in GCJ-02 (over 高德 tiles)', () => {
  const grade = classify(table, 'grade', settings);
  const rows = Uint32Array.from([0, 2]);
  const gcj = fromWgs84('gcj02');

  it('a shifted copy of the positions, made once and shared by every layer; WGS84 untouched', () => {
    const shifted = buildingPoints(table, grade, null, 'gcj02').attributes.getPosition.value;
    expect(shifted).not.toBe(positionsOf(table));
    expect([...positionsOf(table)]).toEqual([117.1, 34.1, 117.2, 34.2, 117.3, 34.3]);
    for (let i = 0; i < 3; i++) expect([shifted[2 * i], shifted[2 * i + 1]]).toEqual(gcj(table.lng[i], table.lat[i]));
    expect(buildingPoints(table, grade, rows, 'gcj02').attributes.getPosition.value).toBe(shifted);
    expect(contextPoints(table, 'gcj02').attributes.getPosition.value).toBe(shifted);
    expect(buildingPoints(table, grade, null, 'gcj02')).toBe(buildingPoints(table, grade, null, 'gcj02'));
    expect(buildingPoints(table, grade, null, 'wgs84').attributes.getPosition.value).toBe(positionsOf(table));
  });

  it('grade D points and community polygons shifted too, the rows the same', () => {
    const d = dangerPoints(table, rows, 'gcj02');
    expect([...d.rows]).toEqual([...dangerPoints(table).rows]);
    expect([d.attributes.getPosition.value[0], d.attributes.getPosition.value[1]]).toEqual(gcj(117.2, 34.2));
    expect(d.attributes.getFilterValue?.value).toEqual(dangerPoints(table, rows).attributes.getFilterValue?.value);
    const communities = [
      {
        name: 'A',
        street: 'S',
        geometry: {
          type: 'Polygon' as const,
          coordinates: [
            [
              [117.1, 34.1],
              [117.2, 34.1],
              [117.2, 34.2],
              [117.1, 34.1],
            ],
          ],
        },
      },
    ];
    const [part] = communityParts(communities as never, 'gcj02');
    expect(part.polygon[0][1]).toEqual(gcj(117.2, 34.1));
    expect(communityParts(communities as never)[0].polygon[0][1]).toEqual([117.2, 34.1]);
  });
});
