/**
 * A GeoJSON whose `crs` member names its system is read in it (issue 12), unless the user set the
 * file's system; the report says which system was read and why. A member naming a system not read
 * here is a warning naming the file and the value, and the file is read as WGS84 as before.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromWgs84, type CrsKey } from '../../../src/domain/crs.ts';
import { buildingListSheet } from '../../../src/domain/building-list.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { sheetBytes } from '../../../src/io/sheet-files.ts';
import type { InputFile } from '../../../src/io/input-file.ts';

const sample = importFiles([
  { name: 'buildings.csv', bytes: new Uint8Array(readFileSync('data/sample/buildings.csv')) },
]).buildings;
const N = 30;

/** The first N sample buildings as GeoJSON points written in `crs`, with a crs member (or none). */
function pointsIn(crs: CrsKey, member: unknown): Uint8Array {
  const f = fromWgs84(crs);
  const features = Array.from({ length: N }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: f(sample.lng[i], sample.lat[i]) },
    properties: { 楼栋编号: sample.id[i] },
  }));
  const fc = { type: 'FeatureCollection', ...(member === undefined ? {} : { crs: member }), features };
  return new TextEncoder().encode(JSON.stringify(fc));
}

const named = (name: string) => ({ type: 'name', properties: { name } });

function metres(i: number, lng: number, lat: number): number {
  return Math.hypot((lng - sample.lng[i]) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - sample.lat[i]) * 110_574);
}

function read(file: InputFile) {
  const d = importFiles([file]);
  const f = d.report.files[0];
  return { d, f, codes: f.warnings.filter((w) => w.line === 0).map((w) => w.code) };
}

describe('a GeoJSON crs member', () => {
  it.each<[string, CrsKey]>([
    ['urn:ogc:def:crs:EPSG::4547', 'epsg:4547'],
    ['EPSG:4527', 'epsg:4527'],
    ['GCJ-02', 'gcj02'],
    ['BD-09', 'bd09'],
  ])('%j: read as %s, every building back within 0.5 m, the report says so', (name, crs) => {
    const { d, f, codes } = read({ name: 'b.geojson', bytes: pointsIn(crs, named(name)) });
    expect(f.rejected).toEqual([]);
    expect(f.crs).toBe(crs);
    expect(codes).toContain('crs-from-member');
    expect(f.warnings.find((w) => w.code === 'crs-from-member')?.value).toBe(name);
    expect(d.buildings.length).toBe(N);
    for (let i = 0; i < N; i++) expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.5);
  });

  it('WGS84 / CGCS2000 names (EPSG:4490, CRS84) read as before, with no note', () => {
    for (const name of ['urn:ogc:def:crs:EPSG::4490', 'urn:ogc:def:crs:OGC:1.3:CRS84']) {
      const { d, f, codes } = read({ name: 'b.geojson', bytes: pointsIn('wgs84', named(name)) });
      expect([f.crs, codes, d.buildings.length]).toEqual([undefined, [], N]);
    }
  });

  it('the user’s system wins: a file set to WGS84 reads its numbers as written, the member ignored', () => {
    const bytes = pointsIn('wgs84', named('GCJ-02'));
    const { d, f, codes } = read({ name: 'b.geojson', bytes, crs: 'wgs84' });
    expect(codes).not.toContain('crs-from-member');
    expect(f.crs).toBeUndefined();
    for (let i = 0; i < N; i++) expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.01);
    expect(read({ name: 'b.geojson', bytes, crs: 'bd09' }).f.crs).toBe('bd09');
  });

  it('a system not read here (EPSG:3857): a warning naming the file and the value, read as WGS84', () => {
    const { d, f } = read({ name: '墨卡托.geojson', bytes: pointsIn('wgs84', named('EPSG:3857')) });
    const w = f.warnings.find((x) => x.code === 'unknown-crs');
    expect(w).toMatchObject({ file: '墨卡托.geojson', line: 0, value: 'EPSG:3857' });
    expect(w?.reason).toContain('墨卡托.geojson 的 crs 成员“EPSG:3857”不是可读取的坐标系，按 WGS84 读取');
    expect(f.crs).toBeUndefined();
    expect(d.buildings.length).toBe(N);
  });

  it('our own GeoJSON export in a Gauss-Krüger zone reads back where it was', async () => {
    const rows = Uint32Array.from({ length: N }, (_, i) => i);
    const sheet = buildingListSheet(sample, rows, '楼栋清单');
    const out = await sheetBytes([sheet], 'geojson', 'epsg:4527');
    const bytes = typeof out.content === 'string' ? new TextEncoder().encode(out.content) : out.content;
    const { d, f } = read({ name: 'export.geojson', bytes: bytes as Uint8Array });
    expect([f.crs, f.rejected.length, d.buildings.length]).toEqual(['epsg:4527', 0, N]);
    for (let i = 0; i < N; i++) expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.5);
  });
});
