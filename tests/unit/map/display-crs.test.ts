/**
 * The display coordinate system (src/map/display-crs.ts): under 高德 tiles everything drawn is
 * shifted WGS84 → GCJ-02 and everything read off the screen shifted back; under every other base
 * map nothing changes, and the helpers hand back their input itself.
 */
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { fromWgs84, toWgs84 } from '../../../src/domain/crs.ts';
import { rowsInPolygon, type LngLat } from '../../../src/domain/selection.ts';
import { displayCrs } from '../../../src/map/base-maps.ts';
import {
  dataRing,
  dataShape,
  displayBounds,
  displayFeatures,
  displayGeometry,
  shiftedPositions,
  toData,
  toDisplay,
} from '../../../src/map/display-crs.ts';

/** Ground metres between two lng/lat points (equirectangular: fine at these distances). */
function metres(a: readonly number[], b: readonly number[]): number {
  const k = Math.cos((a[1] * Math.PI) / 180);
  return Math.hypot((a[0] - b[0]) * 111_320 * k, (a[1] - b[1]) * 110_574);
}

/** 薛城 (the sample district), where the GCJ-02 offset is some 500 m. */
const XUECHENG: [number, number] = [117.263, 34.795];

/** A small square ring around a point, `d` degrees across. */
const square = (c: readonly number[], d: number): LngLat[] => [
  [c[0] - d, c[1] - d],
  [c[0] + d, c[1] - d],
  [c[0] + d, c[1] + d],
  [c[0] - d, c[1] + d],
];

describe('displayCrs', () => {
  it('is GCJ-02 under 高德 tiles only', () => {
    expect(displayCrs('amap')).toBe('gcj02');
    expect(displayCrs('offline')).toBe('wgs84');
    expect(displayCrs('osm')).toBe('wgs84');
    expect(displayCrs('tianditu')).toBe('wgs84');
  });
});

describe('toDisplay / toData', () => {
  it('shift by the GCJ-02 offset and back within half a metre', () => {
    const shown = toDisplay('gcj02')(...XUECHENG);
    expect(shown).toEqual(fromWgs84('gcj02')(...XUECHENG));
    expect(metres(shown, XUECHENG)).toBeGreaterThan(300);
    expect(metres(toData('gcj02')(...shown), XUECHENG)).toBeLessThan(0.5);
  });

  it('are the identity under WGS84', () => {
    expect(toDisplay('wgs84')(...XUECHENG)).toEqual(XUECHENG);
    expect(toData('wgs84')(...XUECHENG)).toEqual(XUECHENG);
  });
});

describe('geometries and bounds', () => {
  const poly: Polygon = {
    type: 'Polygon',
    coordinates: [[...square(XUECHENG, 0.01), square(XUECHENG, 0.01)[0]].map((p) => [p[0], p[1]])],
  };
  const fc: FeatureCollection<Polygon, { name: string }> = {
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { name: '临城街道' }, geometry: poly }],
  };

  it('WGS84: the same objects back', () => {
    expect(displayGeometry('wgs84', poly)).toBe(poly);
    expect(displayFeatures('wgs84', fc)).toBe(fc);
    const b: [number, number, number, number] = [117.2, 34.7, 117.3, 34.8];
    expect(displayBounds('wgs84', b)).toBe(b);
    const shape = { kind: 'box', box: b } as const;
    expect(dataShape('wgs84', shape)).toBe(shape);
    const positions = Float64Array.of(...XUECHENG);
    expect(shiftedPositions('wgs84', positions)).toBe(positions);
  });

  it('GCJ-02: every vertex shifted, the input left as it was, properties kept', () => {
    const before = JSON.stringify(fc);
    const shown = displayFeatures('gcj02', fc);
    expect(JSON.stringify(fc)).toBe(before);
    expect(shown.features[0].properties).toBe(fc.features[0].properties);
    const ring = shown.features[0].geometry.coordinates[0];
    poly.coordinates[0].forEach((p, k) => {
      expect(ring[k]).toEqual(fromWgs84('gcj02')(p[0], p[1]));
      expect(metres(toData('gcj02')(ring[k][0], ring[k][1]), p)).toBeLessThan(0.5);
    });
  });

  it('GCJ-02 bounds hold the shifted corners and keep their size', () => {
    const b: [number, number, number, number] = [117.2, 34.7, 117.3, 34.8];
    const d = displayBounds('gcj02', b);
    for (const c of square([117.25, 34.75], 0.05)) {
      const [x, y] = toDisplay('gcj02')(c[0], c[1]);
      expect(x).toBeGreaterThanOrEqual(d[0]);
      expect(y).toBeGreaterThanOrEqual(d[1]);
      expect(x).toBeLessThanOrEqual(d[2]);
      expect(y).toBeLessThanOrEqual(d[3]);
    }
    // The shift changes by some 15 m over these 10 km: the box moves ~500 m and keeps its size to tens of metres.
    expect(Math.abs(d[2] - d[0] - 0.1)).toBeLessThan(5e-4);
    expect(Math.abs(d[3] - d[1] - 0.1)).toBeLessThan(5e-4);
    expect(d[0] - b[0]).toBeGreaterThan(0.003);
  });
});

describe('shapes drawn on the screen', () => {
  it('a lasso ring shifted back: its corners within half a metre of the WGS84 ones', () => {
    const wgs = square(XUECHENG, 0.00375);
    const drawn = wgs.map((p) => toDisplay('gcj02')(p[0], p[1]));
    const back = dataRing('gcj02', drawn);
    // Edges ~750 m long get vertices every ~100 m (8 pieces): corners are every eighth vertex.
    expect(back.length).toBe(4 * 8);
    wgs.forEach((p, k) => expect(metres(back[k * 8], p)).toBeLessThan(0.5));
  });

  it('a closed ring is not walked twice', () => {
    const drawn = square(XUECHENG, 0.004);
    expect(dataRing('gcj02', [...drawn, drawn[0]]).length).toBe(dataRing('gcj02', drawn).length);
  });

  it('a box becomes the polygon of its shifted-back corners, holding the same buildings', () => {
    const [w, s] = toDisplay('gcj02')(117.25, 34.78);
    const [e, n] = toDisplay('gcj02')(117.27, 34.8);
    const shape = dataShape('gcj02', { kind: 'box', box: [w, s, e, n] });
    expect(shape.kind).toBe('polygon');
    if (shape.kind !== 'polygon') return;
    // Points on a 21×21 lattice across the box (WGS84): inside, except the outer rows near the edges.
    const lng: number[] = [],
      lat: number[] = [];
    for (let i = 0; i <= 20; i++)
      for (let j = 0; j <= 20; j++) {
        lng.push(117.245 + i * 0.0015);
        lat.push(34.775 + j * 0.0015);
      }
    const t = { length: lng.length, lng: Float64Array.from(lng), lat: Float64Array.from(lat) };
    const inside = rowsInPolygon(t, shape.ring);
    const expected = lng
      .map((_, k) => k)
      .filter((k) => lng[k] > 117.25 + 1e-5 && lng[k] < 117.27 - 1e-5 && lat[k] > 34.78 + 1e-5 && lat[k] < 34.8 - 1e-5);
    expect([...inside]).toEqual(expected);
  });
});

describe('shiftedPositions', () => {
  function cloud(n: number, span: number): Float64Array {
    const p = new Float64Array(2 * n);
    let seed = 7;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < n; i++) {
      p[2 * i] = XUECHENG[0] - span / 2 + rnd() * span;
      p[2 * i + 1] = XUECHENG[1] - span / 2 + rnd() * span;
    }
    return p;
  }

  it('a large set (interpolated on a grid): every point within 0.1 m of its exact shift, and back within 0.5 m', () => {
    const p = cloud(50_000, 0.4);
    const shown = shiftedPositions('gcj02', p);
    const exact = fromWgs84('gcj02');
    const back = toWgs84('gcj02');
    let worst = 0,
      worstBack = 0;
    for (let i = 0; i < p.length; i += 2) {
      worst = Math.max(worst, metres([shown[i], shown[i + 1]], exact(p[i], p[i + 1])));
      worstBack = Math.max(worstBack, metres(back(shown[i], shown[i + 1]), [p[i], p[i + 1]]));
    }
    expect(worst).toBeLessThan(0.1);
    expect(worstBack).toBeLessThan(0.5);
  });

  it('a small set: each point shifted exactly; NaN kept; the input untouched; once per array', () => {
    const p = Float64Array.of(117.26, 34.79, NaN, NaN, 117.27, 34.8);
    const copy = p.slice();
    const shown = shiftedPositions('gcj02', p);
    expect([...p]).toEqual([...copy]);
    expect([shown[0], shown[1]]).toEqual(fromWgs84('gcj02')(117.26, 34.79));
    expect([shown[4], shown[5]]).toEqual(fromWgs84('gcj02')(117.27, 34.8));
    expect(Number.isNaN(shown[2]) && Number.isNaN(shown[3])).toBe(true);
    expect(shiftedPositions('gcj02', p)).toBe(shown);
  });

  it('outside China nothing moves (gcoord leaves such points as they are)', () => {
    const p = Float64Array.of(2.35, 48.85, 2.36, 48.86);
    expect([...shiftedPositions('gcj02', p)]).toEqual([...p]);
  });
});
