/**
 * The coordinate systems of the real boundary files (copied from the shared data folder into
 * data/boundaries, sources in data/boundaries/SOURCES.md): the DataV 薛城区 outline is GCJ-02, the
 * street polygons WGS84. Converted to WGS84, the outline and the union of the streets agree to
 * within 1% of area; left as it is, they do not.
 */
import { readFileSync } from 'node:fs';
import area from '@turf/area';
import { featureCollection } from '@turf/helpers';
import intersect from '@turf/intersect';
import union from '@turf/union';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { toWgs84, transformGeometry } from '../../../src/domain/crs.ts';

type Area = Feature<Polygon | MultiPolygon>;
const read = (f: string) =>
  JSON.parse(readFileSync(`data/boundaries/${f}`, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;

/** 1 − |A ∩ B| / |A ∪ B|: 0 when the two cover the same ground. */
function mismatch(a: Area, b: Area): number {
  const both = intersect(featureCollection([a, b]));
  const either = union(featureCollection([a, b]));
  return 1 - (both ? area(both) : 0) / area(either!);
}

describe('薛城区: DataV outline (GCJ-02) against the street polygons (WGS84)', () => {
  const outline = read('xuecheng-370403-gcj02.geojson').features[0];
  const streets = union(read('xuecheng-370403-streets.geojson'))!;

  it('as they are, the two disagree by more than 5% of their area', () => {
    expect(mismatch(outline, streets)).toBeGreaterThan(0.05);
  });

  it('with the outline converted from GCJ-02 to WGS84 they agree within 1%', () => {
    const converted: Area = { ...outline, geometry: transformGeometry(outline.geometry, toWgs84('gcj02')) };
    expect(mismatch(converted, streets)).toBeLessThan(0.01);
    // The offset varies across the district, so the area moves a little too (0.17% here).
    expect(Math.abs(area(converted) - area(outline)) / area(outline)).toBeLessThan(0.005);
    // The input is untouched (gcoord alone would have changed it in place).
    expect(outline.geometry).toEqual(read('xuecheng-370403-gcj02.geojson').features[0].geometry);
  });
});
