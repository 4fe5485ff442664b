/**
 * Files in other coordinate systems: a layer read as GCJ-02, BD-09 or a Gauss-Krüger zone lands
 * where the WGS84 original was; projected numbers read as WGS84 are rejected row by row with a
 * suggestion of their zone, and swapped latitude and longitude are recognised, nothing dropped
 * silently. The CLI's --crs and --swap-xy set it per file.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { fromWgs84, type CrsKey } from '../../../src/domain/crs.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const sample = importFiles([
  { name: 'buildings.csv', bytes: new Uint8Array(readFileSync('data/sample/buildings.csv')) },
]).buildings;
const N = 40;

/** The first N sample buildings as a CSV with coordinates written in `crs` (and maybe swapped). */
function csvIn(crs: CrsKey, swap = false, decimals = 7): Uint8Array {
  const f = fromWgs84(crs);
  const lines = ['楼栋编号,经度,纬度,户数'];
  for (let i = 0; i < N; i++) {
    const [x, y] = f(sample.lng[i], sample.lat[i]);
    const [a, b] = swap ? [y, x] : [x, y];
    lines.push(`${sample.id[i]},${a.toFixed(decimals)},${b.toFixed(decimals)},${sample.households[i]}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

function metres(i: number, lng: number, lat: number): number {
  return Math.hypot((lng - sample.lng[i]) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - sample.lat[i]) * 110_574);
}

describe('reading a file in a given coordinate system', () => {
  for (const crs of ['gcj02', 'bd09', 'epsg:4527', 'epsg:4548', 'epsg:4498'] as const) {
    it(`${crs}: every building back within 0.5 m of where it was`, () => {
      const d = importFiles([{ name: 'b.csv', bytes: csvIn(crs, false, crs.startsWith('epsg') ? 3 : 7), crs }]);
      expect(d.report.rejected).toEqual([]);
      expect(d.report.files[0].crs).toBe(crs);
      expect(d.buildings.length).toBe(N);
      for (let i = 0; i < N; i++) expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.5);
    });
  }

  it('polygons are converted too (a community file in GCJ-02)', () => {
    const json = JSON.parse(readFileSync('data/sample/communities.geojson', 'utf8'));
    const wgs = importFiles([{ name: 'c.geojson', bytes: new TextEncoder().encode(JSON.stringify(json)) }])
      .communities[0].geometry!;
    const f = fromWgs84('gcj02');
    const shift = (c: unknown): unknown =>
      typeof (c as number[])[0] === 'number' ? f((c as number[])[0], (c as number[])[1]) : (c as unknown[]).map(shift);
    json.features[0].geometry.coordinates = shift(json.features[0].geometry.coordinates);
    const back = importFiles([
      { name: 'c.geojson', bytes: new TextEncoder().encode(JSON.stringify(json)), crs: 'gcj02' },
    ]).communities[0].geometry!;
    const p0 = (wgs.type === 'Polygon' ? wgs.coordinates[0][0] : wgs.coordinates[0][0][0]) as number[];
    const p1 = (back.type === 'Polygon' ? back.coordinates[0][0] : back.coordinates[0][0][0]) as number[];
    expect(Math.abs(p0[0] - p1[0]) * 91_000 + Math.abs(p0[1] - p1[1]) * 111_000).toBeLessThan(0.5);
  });
});

describe('numbers that are not WGS84', () => {
  it('Gauss-Krüger metres read as WGS84: every row rejected with its reason, the zone suggested', () => {
    const d = importFiles([{ name: 'gk.csv', bytes: csvIn('epsg:4527', false, 3) }]);
    const f = d.report.files[0];
    expect(f.rowsRead).toBe(N);
    expect(f.rejected).toHaveLength(N);
    expect(f.rejected.every((r) => r.code === 'coordinates-out-of-range' && r.line > 1)).toBe(true);
    expect(f.crsSuggestion).toBe('epsg:4527');
    expect(f.warnings[0]).toMatchObject({ code: 'looks-projected', line: 0 });
    expect(f.warnings[0].reason).toContain('EPSG:4527');
  });

  it('metres without a zone number: asks for the central meridian', () => {
    const f = importFiles([{ name: 'gk.csv', bytes: csvIn('epsg:4548', false, 3) }]).report.files[0];
    expect(f.crsSuggestion).toBeUndefined();
    expect(f.warnings[0]).toMatchObject({ code: 'looks-projected' });
  });

  it('latitude and longitude swapped: detected, and read right with swapXY', () => {
    const bytes = csvIn('wgs84', true);
    const f = importFiles([{ name: 's.csv', bytes }]).report.files[0];
    expect(f.crsSuggestion).toBe('swapped');
    expect(f.warnings[0].code).toBe('looks-swapped');
    const d = importFiles([{ name: 's.csv', bytes, swapXY: true }]);
    expect(d.report.rejected).toEqual([]);
    for (let i = 0; i < N; i++) expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.01);
  });

  it('a GCJ-02 file read as WGS84 loads (its numbers are plausible): the map-side check is crs-guess.ts', () => {
    const d = importFiles([{ name: 'g.csv', bytes: csvIn('gcj02') }]);
    expect(d.report.rejected).toEqual([]);
    expect(d.report.files[0].crsSuggestion).toBeUndefined();
  });
});

describe('CLI --crs and --swap-xy', () => {
  it('reads the files after the flag in that system, and says so in the report', () => {
    let out = '';
    const dir = `${process.env.TMPDIR ?? '/tmp'}/atlas-crs-${process.pid}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/gk.csv`, csvIn('epsg:4527', false, 3));
    expect(
      run(
        ['validate', '--crs', 'EPSG:4527', `${dir}/gk.csv`],
        (s) => (out += s),
        () => undefined,
      ),
    ).toBe(0);
    expect(out).toContain('epsg:4527');
    out = '';
    expect(
      run(
        ['validate', `${dir}/gk.csv`],
        (s) => (out += s),
        () => undefined,
      ),
    ).toBe(1);
    expect(out).toContain('EPSG:4527');
    let err = '';
    expect(
      run(
        ['validate', '--crs', 'EPSG:3857', `${dir}/gk.csv`],
        () => undefined,
        (s) => (err += s),
      ),
    ).toBe(2);
    expect(err).toContain('--crs');
  });
});
