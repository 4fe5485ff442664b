/**
 * Shapefile zips through the importer: a GBK .dbf without .cpg decoded right, the .prj setting
 * the system (a Gauss-Krüger zone lands where the WGS84 original was), several layers, and
 * broken archives reported by file, never thrown. Fixtures are written byte by byte in
 * tests/fixtures/shapefile.ts.
 */
import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fromWgs84 } from '../../../src/domain/crs.ts';
import { readPrj } from '../../../src/domain/prj.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { CGCS2000_GEOGRAPHIC_PRJ, gk3Prj, shapefileZip, type LayerSpec } from '../../fixtures/shapefile.ts';

const sample = importFiles([
  { name: 'buildings.csv', bytes: new Uint8Array(readFileSync('data/sample/buildings.csv')) },
  { name: 'communities.geojson', bytes: new Uint8Array(readFileSync('data/sample/communities.geojson')) },
]);
const t = sample.buildings;
const N = 12;
const toGk = fromWgs84('epsg:4527');

function buildingsLayer(over: Partial<LayerSpec> = {}): LayerSpec {
  return {
    name: '楼栋',
    geometries: Array.from({ length: N }, (_, i) => ({
      type: 'Point' as const,
      coordinates: toGk(t.lng[i], t.lat[i]),
    })),
    fields: [
      { name: '楼栋编号', type: 'C', length: 20 },
      { name: '小区名称', type: 'C', length: 40 },
      { name: '户数', type: 'N', length: 6 },
    ],
    rows: Array.from({ length: N }, (_, i) => [t.id[i], t.community.values[t.community.codes[i]], t.households[i]]),
    encoding: 'gbk',
    prj: gk3Prj(39),
    ...over,
  };
}

const metres = (i: number, lng: number, lat: number) =>
  Math.hypot((lng - t.lng[i]) * 91_000, (lat - t.lat[i]) * 111_000);

describe('Shapefile zip', () => {
  it('GBK .dbf without .cpg, points in 3° zone 39 (EPSG:4527): names decoded, points where they were', () => {
    const d = importFiles([{ name: '楼栋.zip', bytes: shapefileZip([buildingsLayer()]) }]);
    const f = d.report.files[0];
    expect(f.file).toBe('楼栋.zip/楼栋.shp');
    expect(f.kind).toBe('buildings');
    expect(f.crs).toBe('epsg:4527');
    expect(f.rejected).toEqual([]);
    expect(f.warnings.map((w) => w.code)).toContain('dbf-encoding');
    expect(d.buildings.length).toBe(N);
    for (let i = 0; i < N; i++) {
      expect(d.buildings.id[i]).toBe(t.id[i]);
      expect(d.buildings.community.values[d.buildings.community.codes[i]]).toBe(
        t.community.values[t.community.codes[i]],
      );
      expect(d.buildings.households[i]).toBe(t.households[i]);
      expect(metres(i, d.buildings.lng[i], d.buildings.lat[i])).toBeLessThan(0.5);
    }
  });

  it('the .dbf language byte (0x4D, GBK) and a .cpg are honoured; UTF-8 with .cpg too', () => {
    // UTF-8 field names take 3 bytes a character: only short ones fit the .dbf's 10 bytes.
    const utf8Fields = [
      { name: '编号', type: 'C' as const, length: 20 },
      { name: '小区', type: 'C' as const, length: 40 },
      { name: '户数', type: 'N' as const, length: 6 },
    ];
    for (const over of [
      { ldid: 0x4d },
      { cpg: 'GBK' },
      { cpg: '936' },
      { encoding: 'utf-8' as const, cpg: 'UTF-8', fields: utf8Fields },
    ]) {
      const d = importFiles([{ name: 'b.zip', bytes: shapefileZip([buildingsLayer(over)]) }]);
      expect(d.buildings.community.values[d.buildings.community.codes[0]], JSON.stringify(over)).toBe(
        t.community.values[t.community.codes[0]],
      );
      expect(d.report.files[0].warnings.map((w) => w.code)).not.toContain('dbf-encoding');
    }
  });

  it('polygons with a geographic CGCS2000 .prj are communities; two layers, two reports', () => {
    const c = sample.communities[0];
    const ring = (c.geometry!.type === 'Polygon' ? c.geometry!.coordinates[0] : c.geometry!.coordinates[0][0]) as [
      number,
      number,
    ][];
    const communities: LayerSpec = {
      name: '小区',
      geometries: [{ type: 'Polygon', coordinates: [ring] }],
      fields: [
        { name: '小区', type: 'C', length: 40 },
        { name: '街道', type: 'C', length: 20 },
      ],
      rows: [[c.name, c.street]],
      encoding: 'utf-8',
      cpg: 'UTF-8',
      prj: CGCS2000_GEOGRAPHIC_PRJ,
    };
    const d = importFiles([{ name: 'layers.zip', bytes: shapefileZip([buildingsLayer(), communities]) }]);
    expect(d.report.files.map((f) => [f.file, f.kind])).toEqual([
      ['layers.zip/楼栋.shp', 'buildings'],
      ['layers.zip/小区.shp', 'communities'],
    ]);
    expect(d.communities.filter((x) => !x.implicit).map((x) => x.name)).toEqual([c.name]);
    expect(d.report.files[1].crs).toBeUndefined();
  });

  it('no .prj: read as WGS84 and said so; projected numbers then get the zone suggested', () => {
    const d = importFiles([{ name: 'b.zip', bytes: shapefileZip([buildingsLayer({ prj: undefined })]) }]);
    const f = d.report.files[0];
    expect(f.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['no-prj', 'looks-projected']));
    expect(f.crsSuggestion).toBe('epsg:4527');
    expect(f.rejected).toHaveLength(N);
  });

  it('a zip without a .shp, a corrupt zip, a truncated .shp: each reported against its file, nothing thrown', () => {
    const noShp = zipSync({ 'readme.txt': new TextEncoder().encode('hello') });
    const good = shapefileZip([buildingsLayer()]);
    const d = importFiles([
      { name: 'empty.zip', bytes: noShp },
      { name: 'broken.zip', bytes: good.slice(0, 40) },
      { name: 'ok.zip', bytes: good },
    ]);
    const byFile = Object.fromEntries(d.report.files.map((f) => [f.file, f.rejected.map((r) => r.code)]));
    expect(byFile['empty.zip']).toEqual(['no-shapefile']);
    expect(byFile['broken.zip']).toEqual(['bad-zip']);
    expect(byFile['ok.zip/楼栋.shp']).toEqual([]);
    expect(d.buildings.length).toBe(N);
  });
});

describe('readPrj', () => {
  it('CGCS2000 Gauss-Krüger in the forms ArcGIS and QGIS write', () => {
    expect(readPrj(gk3Prj(39)).crs).toBe('epsg:4527');
    expect(readPrj(gk3Prj(44)).crs).toBe('epsg:4532');
    const cm = gk3Prj(39).replace('Zone_39', 'CM_117E').replace('39500000.0', '500000.0');
    expect(readPrj(cm).crs).toBe('epsg:4548');
    const six = gk3Prj(39).replace('3_Degree_GK_Zone_39', 'GK_Zone_20').replace('39500000.0', '20500000.0');
    expect(readPrj(six).crs).toBe('epsg:4498');
    expect(readPrj(`${gk3Prj(39).slice(0, -1)},AUTHORITY["EPSG","4527"]]`).crs).toBe('epsg:4527');
    expect(readPrj(CGCS2000_GEOGRAPHIC_PRJ).crs).toBe('wgs84');
    expect(readPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]]').crs).toBe(
      'wgs84',
    );
  });

  it('systems it does not convert are named with a reason', () => {
    const xian = gk3Prj(39)
      .replace('CGCS2000_3_Degree_GK_Zone_39', 'Xian_1980_3_Degree_GK_Zone_39')
      .replace('GCS_China_Geodetic_Coordinate_System_2000', 'GCS_Xian_1980')
      .replace('D_China_2000', 'D_Xian_1980');
    const r = readPrj(xian);
    expect(r.crs).toBeNull();
    expect(r.name).toBe('Xian_1980_3_Degree_GK_Zone_39');
    expect(r.crs === null && r.reason).toContain('CGCS2000');
    expect(
      readPrj(
        'PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]],PROJECTION["Mercator_Auxiliary_Sphere"]]',
      ).crs,
    ).toBeNull();
    expect(readPrj('').crs).toBeNull();
  });
});
