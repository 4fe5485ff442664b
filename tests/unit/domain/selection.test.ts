import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineRows,
  hasRow,
  rowsInBox,
  rowsInClasses,
  rowsInPolygon,
  rowsInShape,
  selectionTotals,
  subtractRows,
  toggleRow,
  unionRows,
  type LngLat,
} from '../../../src/domain/selection.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

/** A grid of points 0..9 × 0..9 (row i = x + 10 y), as lng/lat columns. */
function grid() {
  const lng = new Float64Array(100);
  const lat = new Float64Array(100);
  for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) [lng[x + 10 * y], lat[x + 10 * y]] = [x, y];
  return { length: 100, lng, lat };
}
const g = grid();
const names = (rows: Uint32Array): string[] => [...rows].map((i) => `${i % 10},${Math.floor(i / 10)}`);

describe('rowsInBox', () => {
  it('keeps the points inside, edges included, ascending', () => {
    expect(names(rowsInBox(g, [1, 2, 3, 3]))).toEqual(['1,2', '2,2', '3,2', '1,3', '2,3', '3,3']);
  });
  it('a box drawn right to left or upside down is the same box', () => {
    expect(rowsInBox(g, [3, 3, 1, 2])).toEqual(rowsInBox(g, [1, 2, 3, 3]));
  });
  it('only among the filter’s rows when given', () => {
    expect([...rowsInBox(g, [0, 0, 9, 9], Uint32Array.of(5, 50, 99))]).toEqual([5, 50, 99]);
    expect([...rowsInBox(g, [0, 0, 1, 1], Uint32Array.of(5, 11))]).toEqual([11]);
  });
});

/** Coordinates on a 0.001 grid, as a person clicks them (no subnormal corner cases). */
const coord = (min: number, max: number) => fc.integer({ min: min * 1000, max: max * 1000 }).map((v) => v / 1000);
/** Shoelace area of a ring. */
function area(ring: readonly LngLat[]): number {
  let a = 0;
  ring.forEach((p, k) => {
    const q = ring[(k + 1) % ring.length];
    a += p[0] * q[1] - q[0] * p[1];
  });
  return Math.abs(a) / 2;
}

describe('rowsInPolygon', () => {
  // A "U": the notch between x = 3..6 above y = 3 is outside.
  const U: LngLat[] = [
    [0.5, 0.5],
    [8.5, 0.5],
    [8.5, 8.5],
    [6.5, 8.5],
    [6.5, 2.5],
    [2.5, 2.5],
    [2.5, 8.5],
    [0.5, 8.5],
  ];
  it('a concave polygon leaves its notch out', () => {
    const rows = rowsInPolygon(g, U);
    expect(hasRow(rows, 1 + 10 * 1)).toBe(true); // the bottom bar
    expect(hasRow(rows, 4 + 10 * 5)).toBe(false); // the notch
    expect(hasRow(rows, 1 + 10 * 8)).toBe(true); // the left arm
    expect(hasRow(rows, 7 + 10 * 8)).toBe(true); // the right arm
    expect(hasRow(rows, 9 + 10 * 9)).toBe(false); // outside
    // bottom bar 8×2, arms 2×6 each
    expect(rows.length).toBe(8 * 2 + 2 * 6 * 2);
  });
  it('closed or open ring, either way round: the same rows', () => {
    const closed = [...U, U[0]];
    expect(rowsInPolygon(g, closed)).toEqual(rowsInPolygon(g, U));
    expect(rowsInPolygon(g, [...U].reverse())).toEqual(rowsInPolygon(g, U));
  });
  it('fewer than three distinct corners select nothing', () => {
    expect(
      rowsInPolygon(g, [
        [0, 0],
        [5, 5],
      ]).length,
    ).toBe(0);
    expect(
      rowsInPolygon(g, [
        [0, 0],
        [5, 5],
        [5, 5],
        [0, 0],
      ]).length,
    ).toBe(0);
  });
  it('rowsInShape dispatches on the kind', () => {
    expect(rowsInShape(g, { kind: 'polygon', ring: U })).toEqual(rowsInPolygon(g, U));
    expect(rowsInShape(g, { kind: 'box', box: [0, 0, 2, 2] }).length).toBe(9);
  });
  it('agrees with turf’s point-in-polygon on random lassos and points (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(coord(0, 10), coord(0, 10)), { minLength: 3, maxLength: 12 }),
        fc.array(fc.tuple(coord(-1, 11), coord(-1, 11)), { minLength: 1, maxLength: 40 }),
        (corners, points) => {
          // A star-shaped (simple) ring: corners sorted by angle round their centre.
          const cx = corners.reduce((s, c) => s + c[0], 0) / corners.length;
          const cy = corners.reduce((s, c) => s + c[1], 0) / corners.length;
          const ring = [...corners].sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
          if (new Set(ring.map((c) => `${c[0]},${c[1]}`)).size < 3 || area(ring) < 1) return;
          const t = {
            length: points.length,
            lng: Float64Array.from(points, (p) => p[0]),
            lat: Float64Array.from(points, (p) => p[1]),
          };
          const got = rowsInPolygon(t, ring);
          const poly = { type: 'Polygon' as const, coordinates: [[...ring, ring[0]].map((c) => [c[0], c[1]])] };
          points.forEach((p, i) => {
            const inTurf = booleanPointInPolygon(p, poly, { ignoreBoundary: true });
            const onEdge = booleanPointInPolygon(p, poly) !== inTurf;
            if (!onEdge) expect(hasRow(got, i)).toBe(inTurf);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('combining selections', () => {
  it('toggle adds and removes one row, keeping the order', () => {
    expect([...toggleRow(Uint32Array.of(1, 5), 3)]).toEqual([1, 3, 5]);
    expect([...toggleRow(Uint32Array.of(1, 3, 5), 3)]).toEqual([1, 5]);
    expect([...toggleRow(new Uint32Array(0), 7)]).toEqual([7]);
  });
  it('union and subtraction of ascending lists', () => {
    expect([...unionRows(Uint32Array.of(1, 3, 9), Uint32Array.of(2, 3, 10))]).toEqual([1, 2, 3, 9, 10]);
    expect([...subtractRows(Uint32Array.of(1, 2, 3, 9), Uint32Array.of(2, 9, 11))]).toEqual([1, 3]);
    expect([...combineRows(Uint32Array.of(1), Uint32Array.of(2), 'replace')]).toEqual([2]);
    expect([...combineRows(Uint32Array.of(1), Uint32Array.of(2), 'add')]).toEqual([1, 2]);
    expect([...combineRows(Uint32Array.of(1, 2), Uint32Array.of(2), 'remove')]).toEqual([1]);
  });
  it('inputs are not changed', () => {
    const a = Uint32Array.of(1, 3);
    toggleRow(a, 2);
    unionRows(a, Uint32Array.of(0));
    expect([...a]).toEqual([1, 3]);
  });
});

describe('selectionTotals', () => {
  const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
  const t = d.buildings;
  it('buildings, distinct communities, households (missing = 0) and floor area', () => {
    // A1, A2 (东风小区), A5, A6 (常庄新村; A6 has no households)
    const rows = Uint32Array.from([0, 1, 4, 5]);
    expect(selectionTotals(t, rows)).toEqual({
      buildings: 4,
      communities: 2,
      households: 80,
      floorAreaM2: 14000,
      withoutHouseholds: 1,
    });
  });
  it('an empty selection is all zeros', () => {
    expect(selectionTotals(t, new Uint32Array(0))).toEqual({
      buildings: 0,
      communities: 0,
      households: 0,
      floorAreaM2: 0,
      withoutHouseholds: 0,
    });
  });
});

describe('rowsInClasses: what a box or lasso may select when legend classes are hidden', () => {
  const classOf = Uint8Array.from([0, 1, 2, 1, 0, 2]);
  it('the rows of the shown classes, of the filter’s rows when given', () => {
    expect([...(rowsInClasses(classOf, [0, 2], 3, null) ?? [])]).toEqual([0, 2, 4, 5]);
    expect([...(rowsInClasses(classOf, [1], 3, Uint32Array.of(0, 1, 2, 3)) ?? [])]).toEqual([1, 3]);
  });
  it('every class shown: the filter’s rows as they are (null = every row)', () => {
    const among = Uint32Array.of(1, 2);
    expect(rowsInClasses(classOf, [0, 1, 2], 3, among)).toBe(among);
    expect(rowsInClasses(classOf, [2, 0, 1], 3, null)).toBeNull();
  });
});
