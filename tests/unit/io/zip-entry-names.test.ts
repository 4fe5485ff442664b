/**
 * Zip entry names in GBK (issue 12): a zip made on a Chinese Windows names 小区.shp in GBK with
 * the UTF-8 flag clear, which fflate reads as Latin-1 mojibake; its layers must keep their names
 * and still find their .dbf and .prj. Names flagged UTF-8, UTF-8 left unflagged and ASCII pass.
 */
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/import-files.ts';
import { readShapefileZip } from '../../../src/io/read-shapefile-zip.ts';
import { renameEntries, zipNameFixes } from '../../../src/io/zip-entry-names.ts';
import {
  CGCS2000_GEOGRAPHIC_PRJ,
  gbkBytes,
  shapefileZip,
  zipWithRawNames,
  type LayerSpec,
} from '../../fixtures/shapefile.ts';

const COMMUNITIES: LayerSpec = {
  name: '小区',
  geometries: [
    {
      type: 'Polygon',
      coordinates: [
        [
          [117.1, 34.1],
          [117.2, 34.1],
          [117.2, 34.2],
          [117.1, 34.1],
        ],
      ],
    },
  ],
  fields: [{ name: '小区名称', type: 'C', length: 20 }],
  rows: [['东风小区']],
  encoding: 'gbk',
  prj: CGCS2000_GEOGRAPHIC_PRJ,
};

const data = new Uint8Array([1, 2, 3]);

describe('zipNameFixes', () => {
  it('a GBK name without the UTF-8 flag: fflate’s Latin-1 name -> the name meant', () => {
    const zip = zipWithRawNames({ '小区.shp': data, 'a.txt': data }, gbkBytes);
    const latin1 = String.fromCharCode(...gbkBytes('小区.shp'));
    expect(Object.keys(unzipSync(zip))).toEqual([latin1, 'a.txt']); // what fflate gives
    expect([...zipNameFixes(zip)]).toEqual([[latin1, '小区.shp']]);
    expect(Object.keys(renameEntries(unzipSync(zip), zipNameFixes(zip)))).toEqual(['小区.shp', 'a.txt']);
  });

  it('UTF-8 bytes without the flag are read as UTF-8; flagged UTF-8 and ASCII names need nothing', () => {
    const unflagged = zipWithRawNames({ '街道/小区.shp': data }, (n) => new TextEncoder().encode(n));
    expect([...zipNameFixes(unflagged).values()]).toEqual(['街道/小区.shp']);
    expect(zipNameFixes(zipSync({ '小区.shp': data, 'café.prj': data, 'b.dbf': data })).size).toBe(0);
  });

  it('not a zip, or a truncated one: no fixes, nothing thrown', () => {
    expect(zipNameFixes(new Uint8Array(10)).size).toBe(0);
    const zip = zipWithRawNames({ '小区.shp': data }, gbkBytes);
    expect(zipNameFixes(zip.subarray(0, zip.length - 5)).size).toBe(0);
  });
});

describe('a Shapefile zip with GBK entry names', () => {
  it.each(['gbk', 'utf-8-unflagged', 'flagged'] as const)(
    'names %s: the layer is 小区.shp, its .dbf and .prj found, read as communities',
    (names) => {
      const zip = shapefileZip([COMMUNITIES], names);
      const { layers, problems } = readShapefileZip('图层.zip', zip);
      expect(problems).toEqual([]);
      expect(layers.map((l) => [l.name, l.crs, l.notes.map((n) => n.code)])).toEqual([
        ['图层.zip/小区.shp', 'wgs84', ['dbf-encoding']],
      ]);
      const d = importFiles([{ name: '图层.zip', bytes: zip }]);
      expect(d.report.files.map((f) => [f.file, f.kind, f.rowsLoaded])).toEqual([
        ['图层.zip/小区.shp', 'communities', 1],
      ]);
      expect(d.communities.map((c) => c.name)).toEqual(['东风小区']);
    },
  );
});
