/**
 * Coordinate systems: GCJ-02 and BD-09 round trips within 0.5 m inside China; every CGCS2000
 * Gauss-Krüger zone (EPSG:4491–4554) within 0.1 m of an independent transverse Mercator (Krüger's
 * n-series, written out here from Karney 2011, eq. 35), and back; zone numbers read off eastings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allCrsKeys,
  crsLabel,
  fromWgs84,
  gkEpsg,
  gkZone,
  guessProjected,
  parseCrs,
  proj4Definition,
  toWgs84,
  type CrsKey,
} from '../../../src/domain/crs.ts';

/** Metres between two lon/lat points (local flat approximation, fine under a kilometre). */
function metres(a: readonly number[], b: readonly number[]): number {
  const lat = (a[1] * Math.PI) / 180;
  return Math.hypot((a[0] - b[0]) * 111_320 * Math.cos(lat), (a[1] - b[1]) * 110_574);
}

/** Transverse Mercator on GRS80 by Krüger's series to n⁴ (sub-millimetre within a zone). */
function kruger(lng: number, lat: number, lon0: number, falseEasting: number): [number, number] {
  const a = 6378137;
  const f = 1 / 298.257222101;
  const n = f / (2 - f);
  const A = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const alpha = [
    n / 2 - (2 * n ** 2) / 3 + (5 * n ** 3) / 16 + (41 * n ** 4) / 180,
    (13 * n ** 2) / 48 - (3 * n ** 3) / 5 + (557 * n ** 4) / 1440,
    (61 * n ** 3) / 240 - (103 * n ** 4) / 140,
    (49561 * n ** 4) / 161280,
  ];
  const e = Math.sqrt(f * (2 - f));
  const phi = (lat * Math.PI) / 180;
  const lam = ((lng - lon0) * Math.PI) / 180;
  const t = Math.sinh(Math.atanh(Math.sin(phi)) - e * Math.atanh(e * Math.sin(phi)));
  const xi1 = Math.atan2(t, Math.cos(lam));
  const eta1 = Math.atanh(Math.sin(lam) / Math.sqrt(1 + t * t));
  let xi = xi1;
  let eta = eta1;
  alpha.forEach((aj, j) => {
    const k = 2 * (j + 1);
    xi += aj * Math.sin(k * xi1) * Math.cosh(k * eta1);
    eta += aj * Math.cos(k * xi1) * Math.sinh(k * eta1);
  });
  return [falseEasting + A * eta, A * xi];
}

const china = fc.record({
  lng: fc.double({ min: 75, max: 134, noNaN: true }),
  lat: fc.double({ min: 19, max: 52, noNaN: true }),
});

describe('GCJ-02 and BD-09', () => {
  for (const key of ['gcj02', 'bd09'] as const) {
    it(`${key}: WGS84 → ${key} → WGS84 within 0.5 m anywhere in China (property)`, () => {
      fc.assert(
        fc.property(china, ({ lng, lat }) => {
          const shifted = fromWgs84(key)(lng, lat);
          expect(metres([lng, lat], shifted)).toBeGreaterThan(1); // a real shift (tens to hundreds of metres), not a no-op
          expect(metres([lng, lat], toWgs84(key)(...shifted))).toBeLessThan(0.5);
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('does not change its input (gcoord changes GeoJSON in place)', () => {
    const p: [number, number] = [117.2, 34.8];
    toWgs84('gcj02')(...p);
    expect(p).toEqual([117.2, 34.8]);
  });
});

describe('Gauss-Krüger zones EPSG:4491–4554', () => {
  it('names each code as the registry does', () => {
    expect(gkZone(4491)).toEqual({ epsg: 4491, width: 6, zone: 13, centralMeridian: 75, prefixed: true });
    expect(gkZone(4512)).toEqual({ epsg: 4512, width: 6, zone: 23, centralMeridian: 135, prefixed: false });
    expect(gkZone(4513)).toMatchObject({ width: 3, zone: 25, centralMeridian: 75, prefixed: true });
    expect(gkZone(4527)).toMatchObject({ width: 3, zone: 39, centralMeridian: 117, prefixed: true }); // 薛城
    expect(gkZone(4532)).toMatchObject({ width: 3, zone: 44, centralMeridian: 132, prefixed: true }); // 梨树
    expect(gkZone(4548)).toMatchObject({ width: 3, centralMeridian: 117, prefixed: false });
    expect(gkZone(4554)).toMatchObject({ width: 3, centralMeridian: 135, prefixed: false });
    expect(gkZone(4490)).toBeNull();
    expect(gkZone(4555)).toBeNull();
    for (let e = 4491; e <= 4554; e++) {
      const z = gkZone(e)!;
      expect(gkEpsg(z.width, z.zone, z.prefixed)).toBe(e);
    }
  });

  const zones = Array.from({ length: 4554 - 4491 + 1 }, (_, i) => gkZone(4491 + i)!);
  it.each(zones.map((z) => [z.epsg, z] as const))('EPSG:%i within 0.1 m of Krüger, and back (property)', (_, z) => {
    const half = z.width / 2;
    const key: CrsKey = `epsg:${z.epsg}`;
    const falseEasting = (z.prefixed ? z.zone * 1_000_000 : 0) + 500_000;
    fc.assert(
      fc.property(
        fc.double({ min: -half, max: half, noNaN: true }),
        fc.double({ min: 18, max: 54, noNaN: true }),
        (dl, lat) => {
          const lng = z.centralMeridian + dl;
          const [x, y] = fromWgs84(key)(lng, lat);
          const [kx, ky] = kruger(lng, lat, z.centralMeridian, falseEasting);
          expect(Math.hypot(x - kx, y - ky)).toBeLessThan(0.1);
          expect(metres([lng, lat], toWgs84(key)(x, y))).toBeLessThan(0.001);
        },
      ),
      { numRuns: 60 },
    );
    expect(proj4Definition(z)).toContain(`+lon_0=${z.centralMeridian} `);
  });
});

describe('reading systems', () => {
  it('parses what users write', () => {
    expect(parseCrs('CGCS2000')).toBe('wgs84');
    expect(parseCrs('EPSG:4490')).toBe('wgs84');
    expect(parseCrs('GCJ-02')).toBe('gcj02');
    expect(parseCrs('高德')).toBe('gcj02');
    expect(parseCrs('百度')).toBe('bd09');
    expect(parseCrs('EPSG:4527')).toBe('epsg:4527');
    expect(parseCrs('4548')).toBe('epsg:4548');
    expect(parseCrs('EPSG:3857')).toBeNull();
    expect(parseCrs('')).toBeNull();
  });

  it('labels every system in both languages', () => {
    for (const k of allCrsKeys()) {
      expect(crsLabel(k, 'zh')).not.toBe(k);
      expect(crsLabel(k, 'en')).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(crsLabel('epsg:4527', 'zh')).toBe('CGCS2000 高斯-克吕格 3° 39带（EPSG:4527）');
  });

  it('an 8-digit easting names its zone; 6-digit metres ask; degrees are not projected', () => {
    const [x, y] = fromWgs84('epsg:4527')(117.25, 34.8);
    expect(guessProjected([x, x + 100], [y, y - 50])).toEqual({ kind: 'zone', epsg: 4527 });
    const [x6, y6] = fromWgs84('epsg:4498')(117.25, 34.8); // 6° zone 20, CM 117
    expect(guessProjected([x6], [y6])).toEqual({ kind: 'zone', epsg: 4498 });
    const [xn, yn] = fromWgs84('epsg:4548')(117.25, 34.8);
    const g = guessProjected([xn], [yn]);
    expect(g?.kind).toBe('no-zone');
    expect(g?.kind === 'no-zone' && g.candidates.includes(4548)).toBe(true);
    expect(guessProjected([117.25], [34.8])).toBeNull();
    expect(guessProjected([NaN], [NaN])).toBeNull();
  });
});
