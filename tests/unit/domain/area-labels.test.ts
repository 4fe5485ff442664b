import { readFileSync } from 'node:fs';
import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { placeAreaLabels, type LabelArea, type Point } from '../../../src/domain/area-labels.ts';

const square = (x: number, y: number, s: number): Point[] => [
  [x, y],
  [x + s, y],
  [x + s, y + s],
  [x, y + s],
];

/** Even-odd point in rings, written again here so the test does not lean on the module's own. */
function insideRings(rings: readonly (readonly Point[])[], [x, y]: Point): boolean {
  let odd = false;
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++)
      if (r[i][1] > y !== r[j][1] > y && x < ((r[j][0] - r[i][0]) * (y - r[i][1])) / (r[j][1] - r[i][1]) + r[i][0])
        odd = !odd;
  return odd;
}

/** The sample district's nine street offices, drawn into the brief's 114 × 124 mm map box. */
function sampleAreas(): { areas: LabelArea[]; width: number; height: number } {
  const fc = JSON.parse(
    readFileSync(new URL('../../../data/sample/streets.geojson', import.meta.url), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const all = fc.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(),
  );
  const xs = all.flat().map((p) => p[0]);
  const ys = all.flat().map((p) => p[1]);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  const width = 114;
  const height = 124;
  const k = Math.min((width - 8) / ((e - w) * kx), (height - 8) / (n - s));
  const areas = fc.features.map((f) => ({
    name: f.properties.name,
    rings: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates)
      .flat()
      .map((r) => r.map(([x, y]): Point => [4 + (x - w) * kx * k, 4 + (n - y) * k])),
    // 9pt CJK: 3.175 mm a character, the line 1.3 em.
    width: f.properties.name.length * 3.175,
    height: 4.2,
  }));
  return { areas, width, height };
}

describe('placeAreaLabels', () => {
  test('the sample district: all nine street offices named, inside their own area, none overlapping', () => {
    const { areas, width, height } = sampleAreas();
    const labels = placeAreaLabels(areas, width, height);
    expect(labels.map((l) => l.name)).toEqual(areas.map((a) => a.name));
    expect(labels.map((l) => l.name)).toContain('常庄街道');
    for (const [i, l] of labels.entries()) {
      const a = areas[i];
      expect(l.clear, l.name).toBe(true);
      expect(insideRings(a.rings, [l.x, l.y]), `${l.name} inside its area`).toBe(true);
      expect(l.x - a.width / 2).toBeGreaterThanOrEqual(0);
      expect(l.x + a.width / 2).toBeLessThanOrEqual(width);
      expect(l.y - a.height / 2).toBeGreaterThanOrEqual(0);
      expect(l.y + a.height / 2).toBeLessThanOrEqual(height);
      for (const [j, m] of labels.entries()) {
        if (j <= i) continue;
        const apart =
          Math.abs(l.x - m.x) >= (a.width + areas[j].width) / 2 || Math.abs(l.y - m.y) >= (a.height + 4.2) / 2;
        expect(apart, `${l.name} and ${m.name} apart`).toBe(true);
      }
    }
  });

  test('two areas whose centres meet: the second moves to a free spot inside itself', () => {
    const a: LabelArea = { name: 'A', rings: [square(0, 0, 40)], width: 10, height: 4 };
    // B lies inside A: its deepest spot is also (20, 20).
    const b: LabelArea = { name: 'B', rings: [square(2, 2, 36)], width: 10, height: 4 };
    const [pa, pb] = placeAreaLabels([a, b], 100, 100);
    expect(Math.hypot(pa.x - 20, pa.y - 20)).toBeLessThan(1);
    expect(pb.clear).toBe(true);
    expect(Math.abs(pa.x - pb.x) >= 12 || Math.abs(pa.y - pb.y) >= 6).toBe(true);
    expect(insideRings(b.rings, [pb.x, pb.y])).toBe(true);
  });

  test('a hole is outside: a ring around a lake is named on the land', () => {
    const ring: LabelArea = { name: 'R', rings: [square(0, 0, 60), square(10, 10, 40)], width: 6, height: 3 };
    const [p] = placeAreaLabels([ring], 60, 60);
    expect(insideRings(ring.rings, [p.x, p.y])).toBe(true);
    expect(p.x < 10 || p.x > 50 || p.y < 10 || p.y > 50).toBe(true);
  });

  test('an area off the picture gets no label; one with no free spot overlaps and says so', () => {
    const off: LabelArea = { name: 'off', rings: [square(200, 200, 10)], width: 4, height: 2 };
    const big: LabelArea = { name: 'big', rings: [square(0, 0, 12)], width: 12, height: 12 };
    const small: LabelArea = { name: 'small', rings: [square(4, 4, 4)], width: 4, height: 2 };
    const out = placeAreaLabels([off, big, small], 12, 12);
    expect(out.map((l) => [l.name, l.clear])).toEqual([
      ['big', true],
      ['small', false],
    ]);
  });

  test('the picture edge counts: a half-shown area is named in the middle of what shows', () => {
    const wide: LabelArea = { name: 'W', rings: [square(-100, 0, 200)], width: 8, height: 3 };
    const [p] = placeAreaLabels([wide], 100, 100);
    expect(p.x).toBeCloseTo(50, 0);
    expect(p.y).toBeCloseTo(50, 0);
  });
});
