/**
 * Which polygon a point falls in: holes are not inside, every part of a MultiPolygon is,
 * overlapping bad data gives the lowest index. Cross-checked against Turf.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createPolygonIndex, type AreaGeometry } from '../../../src/domain/polygon-index.ts';

const ring = (x0: number, y0: number, x1: number, y1: number): Position[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];
const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [ring(x0, y0, x1, y1)],
});

/** 东风小区 of the fixtures: a square with a square hole. */
const withHole: Polygon = {
  type: 'Polygon',
  coordinates: [ring(117.01, 34.01, 117.03, 34.03), ring(117.015, 34.015, 117.025, 34.025).reverse()],
};
/** 幸福小区 of the fixtures: two separate squares. */
const twoParts: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [[ring(117.05, 34.05, 117.06, 34.06)], [ring(117.07, 34.05, 117.08, 34.06)]],
};

describe('createPolygonIndex', () => {
  it('a point inside a square is found; outside is -1', () => {
    const idx = createPolygonIndex([square(0, 0, 1, 1)]);
    expect(idx.find(0.5, 0.5)).toBe(0);
    expect(idx.find(1.5, 0.5)).toBe(-1);
    expect(idx.find(-0.1, 0.5)).toBe(-1);
  });

  it('a point inside a hole is not in the polygon; a point in the ring around it is', () => {
    const idx = createPolygonIndex([withHole]);
    expect(idx.find(117.02, 34.02)).toBe(-1);
    expect(idx.find(117.012, 34.012)).toBe(0);
    expect(idx.find(117.028, 34.028)).toBe(0);
    expect(idx.findAll(117.02, 34.02)).toEqual([]);
  });

  it('every part of a MultiPolygon counts; the gap between the parts does not', () => {
    const idx = createPolygonIndex([twoParts]);
    expect(idx.find(117.055, 34.055)).toBe(0);
    expect(idx.find(117.075, 34.055)).toBe(0);
    expect(idx.find(117.065, 34.055)).toBe(-1);
  });

  it('null geometries are skipped but indexes still point into the given array', () => {
    const idx = createPolygonIndex([null, withHole, null, twoParts]);
    expect(idx.find(117.012, 34.012)).toBe(1);
    expect(idx.find(117.075, 34.055)).toBe(3);
    expect(createPolygonIndex([null, null]).find(0, 0)).toBe(-1);
    expect(createPolygonIndex([]).findAll(0, 0)).toEqual([]);
  });

  it('overlapping polygons: find gives the lowest index, findAll every one in order', () => {
    const idx = createPolygonIndex([square(2, 2, 3, 3), square(0, 0, 2.5, 2.5), square(1, 1, 4, 4)]);
    expect(idx.find(2.2, 2.2)).toBe(0);
    expect(idx.findAll(2.2, 2.2)).toEqual([0, 1, 2]);
    expect(idx.find(1.5, 1.5)).toBe(1);
    expect(idx.findAll(1.5, 1.5)).toEqual([1, 2]);
  });

  it('property: agrees with Turf on random rectangles with random holes and random points', () => {
    const coord = fc.double({ min: -10, max: 10, noNaN: true });
    const rect = fc
      .tuple(coord, coord, coord, coord)
      .map(([a, b, c, d]) => [Math.min(a, c), Math.min(b, d), Math.max(a, c) + 0.01, Math.max(b, d) + 0.01] as const);
    const polygon = fc
      .tuple(
        rect,
        fc.tuple(fc.double({ min: 0.05, max: 0.45, noNaN: true }), fc.double({ min: 0.55, max: 0.95, noNaN: true })),
        fc.boolean(),
      )
      .map(([[x0, y0, x1, y1], [f0, f1], hole]): Polygon => {
        const rings = [ring(x0, y0, x1, y1)];
        if (hole) rings.push(ring(x0 + (x1 - x0) * f0, y0 + (y1 - y0) * f0, x0 + (x1 - x0) * f1, y0 + (y1 - y0) * f1));
        return { type: 'Polygon', coordinates: rings };
      });
    fc.assert(
      fc.property(
        fc.array(polygon, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(coord, coord), { minLength: 1, maxLength: 20 }),
        (polys, points) => {
          const idx = createPolygonIndex(polys as AreaGeometry[]);
          for (const [x, y] of points) {
            const expected = polys.flatMap((p, i) =>
              booleanPointInPolygon([x, y], p, { ignoreBoundary: true }) ? [i] : [],
            );
            const onEdge = polys.some(
              (p) => booleanPointInPolygon([x, y], p) !== booleanPointInPolygon([x, y], p, { ignoreBoundary: true }),
            );
            if (onEdge) continue; // edges are either side by convention
            expect(idx.findAll(x, y)).toEqual(expected);
            expect(idx.find(x, y)).toBe(expected.length > 0 ? expected[0] : -1);
          }
        },
      ),
    );
  });
});
