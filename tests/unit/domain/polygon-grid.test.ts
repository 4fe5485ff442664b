/**
 * The raster shortcut inside createPolygonIndex gives exactly the plain ray test's answer,
 * on the real 薛城 street polygons (hundreds of vertices each), including near their edges.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createPolygonIndex, pack, pointInPackedRings } from '../../../src/domain/polygon-index.ts';
import { linkDataset } from '../../../src/domain/link-dataset.ts';
import { MAX_WARNINGS_PER_FILE } from '../../../src/domain/import-report.ts';
import { tableFromRows } from '../support.ts';

const streets = JSON.parse(readFileSync('data/sample/streets.geojson', 'utf8')) as FeatureCollection<Polygon>;
const geoms = streets.features.map((f) => f.geometry);

function plain(g: Polygon, x: number, y: number): boolean {
  return pointInPackedRings(pack(g), x, y);
}

function expected(x: number, y: number): number {
  return geoms.findIndex((g) => plain(g, x, y));
}

describe('polygon index with cell grids', () => {
  const index = createPolygonIndex(geoms);

  it('agrees with the plain ray test on random points over the district', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 117.05, max: 117.45, noNaN: true }),
        fc.double({ min: 34.6, max: 34.95, noNaN: true }),
        (x, y) => index.find(x, y) === expected(x, y),
      ),
      { numRuns: 3000 },
    );
  });

  it('agrees next to every vertex (the edge cells)', () => {
    for (const g of geoms) {
      for (const [x, y] of g.coordinates[0].filter((_, i) => i % 7 === 0)) {
        for (const [dx, dy] of [
          [1e-5, 0],
          [-1e-5, 0],
          [0, 1e-5],
          [0, -1e-5],
        ])
          expect(index.find(x + dx, y + dy)).toBe(expected(x + dx, y + dy));
      }
    }
  });
});

describe('linking warnings on a file in the wrong place', () => {
  it('lists the first of each kind and counts the rest in one line', () => {
    const n = MAX_WARNINGS_PER_FILE + 7;
    const rows = Array.from({ length: n }, (_, i) => [`B${i}`, '临城街道']);
    const { table } = tableFromRows(['楼栋编号', '街道'], rows, [100, 10]); // far outside 薛城
    const streetsList = streets.features.map((f, i) => ({
      name: String(f.properties?.name),
      geometry: f.geometry,
      file: 's.geojson',
      line: i + 1,
    }));
    const { warnings } = linkDataset(table, [], streetsList, ['rows.csv']);
    const outside = warnings.filter((w) => w.code === 'outside-streets');
    expect(outside).toHaveLength(MAX_WARNINGS_PER_FILE + 1);
    expect(outside.at(-1)).toMatchObject({ line: 0, value: String(n) });
    expect(outside.at(-1)?.reason).toContain('另有 7 条');
  });
});
