/**
 * Telling a GCJ-02, BD-09 or swapped layer by where its points fall: the sample's buildings
 * against its community polygons, written in each system.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromWgs84 } from '../../../src/domain/crs.ts';
import { guessShift } from '../../../src/domain/crs-guess.ts';
import { createPolygonIndex } from '../../../src/domain/polygon-index.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const file = (f: string) => ({ name: f, bytes: new Uint8Array(readFileSync(`data/sample/${f}`)) });
const data = importFiles([file('buildings.csv'), file('communities.geojson')]);
const communities = createPolygonIndex(data.communities.map((c) => c.geometry));
const streets = createPolygonIndex(importFiles([file('streets.geojson')]).streets.map((s) => s.geometry));
const { lng, lat } = data.buildings;

function written(key: 'gcj02' | 'bd09'): [Float64Array, Float64Array] {
  const f = fromWgs84(key);
  const xs = new Float64Array(lng.length);
  const ys = new Float64Array(lat.length);
  for (let i = 0; i < lng.length; i++) [xs[i], ys[i]] = f(lng[i], lat[i]);
  return [xs, ys];
}

describe('guessShift', () => {
  it('WGS84 points inside their communities: nothing to suggest', () => {
    const v = guessShift(lng, lat, communities);
    expect(v.inside['as-is']).toBeGreaterThan(0.95);
    expect(v.suggest).toBeNull();
    expect(v.sampled).toBeLessThanOrEqual(2000);
  });

  it('the same points written in GCJ-02 fall outside; read as GCJ-02 they come back', () => {
    const v = guessShift(...written('gcj02'), communities);
    expect(v.inside['as-is']).toBeLessThan(0.2);
    expect(v.inside.gcj02).toBeGreaterThan(0.95);
    expect(v.suggest).toBe('gcj02');
  });

  it('written in BD-09: suggests BD-09', () => {
    const v = guessShift(...written('bd09'), communities);
    expect(v.suggest).toBe('bd09');
  });

  it('latitude and longitude swapped: suggests swapping', () => {
    const v = guessShift(lat, lng, streets);
    expect(v.inside['as-is']).toBe(0);
    expect(v.suggest).toBe('swapped');
  });

  it('points that fit nowhere suggest nothing; no finite points, nothing sampled', () => {
    expect(guessShift([10, 11], [10, 11], communities).suggest).toBeNull();
    expect(guessShift([NaN], [NaN], communities)).toMatchObject({ sampled: 0, suggest: null });
  });
});
