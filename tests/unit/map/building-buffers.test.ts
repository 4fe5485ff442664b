/**
 * The arrays the map draws from (src/map/building-buffers.ts): built once and reused, so a new
 * colouring swaps one colour buffer and never rebuilds the positions.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/domain/colour-classes.ts';
import { buildingPoints, communityParts, contextPoints, dangerPoints, positionsOf, rowMask } from '../../../src/map/building-buffers.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, tableFromRows } from '../support.ts';

const { table } = tableFromRows(['楼栋编号', '安全等级', '经度', '纬度'], [
  ['P1', 'A', '117.1', '34.1'],
  ['P2', 'D', '117.2', '34.2'],
  ['P3', 'D', '117.3', '34.3'],
], null);
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
