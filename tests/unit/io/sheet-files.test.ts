/**
 * An export in any system reads back in as what it was: the page's and the CLI's files come from
 * one sheetBytes(), their coordinate headers name the system (经度（GCJ-02）, X 东坐标（EPSG:4527）),
 * and the importer, seeing those headers, reads the file in that system on its own — a GCJ-02
 * export is never taken for WGS84.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildingListSheet } from '../../../src/domain/building-list.ts';
import { crsOfHeaders } from '../../../src/domain/sheet-crs.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { sheetBytes } from '../../../src/io/sheet-files.ts';

const sample = importFiles([
  { name: 'buildings.csv', bytes: new Uint8Array(readFileSync('data/sample/buildings.csv')) },
]);
const rows = Uint32Array.from({ length: 300 }, (_, k) => k * 13);
const sheet = buildingListSheet(sample.buildings, rows, '楼栋清单');

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? new TextEncoder().encode(content) : content;
}

describe('exports in another system read back in', () => {
  for (const crs of ['gcj02', 'bd09', 'epsg:4527', 'epsg:4499'] as const) {
    for (const format of ['csv', 'xlsx'] as const) {
      it(`${crs} ${format}: the headers name it, and the importer reads it so (within 0.5 m of the original)`, async () => {
        const made = await sheetBytes([sheet], format, crs);
        const back = await importFilesAsync([{ name: `out${made.ext}`, bytes: bytesOf(made.content) }]);
        const f = back.report.files[0];
        expect(f.crs).toBe(crs);
        expect(f.warnings.some((w) => w.code === 'crs-from-headers')).toBe(true);
        expect(back.buildings.length).toBe(rows.length);
        let worst = 0;
        rows.forEach((r, i) => {
          const dx =
            (back.buildings.lng[i] - sample.buildings.lng[r]) *
            111_320 *
            Math.cos((sample.buildings.lat[r] * Math.PI) / 180);
          const dy = (back.buildings.lat[i] - sample.buildings.lat[r]) * 110_540;
          worst = Math.max(worst, Math.hypot(dx, dy));
        });
        expect(worst).toBeLessThan(0.5);
        expect(Array.from(back.buildings.households)).toEqual(Array.from(rows, (r) => sample.buildings.households[r]));
        expect(back.buildings.id).toEqual(Array.from(rows, (r) => sample.buildings.id[r]));
      });
    }
  }

  it('a WGS84 export keeps 经度/纬度 and is read as WGS84; a user who names a system keeps it', async () => {
    const made = await sheetBytes([sheet], 'csv');
    const back = importFiles([{ name: 'w.csv', bytes: bytesOf(made.content) }]);
    expect(back.report.files[0].crs).toBeUndefined();
    const gcj = await sheetBytes([sheet], 'csv', 'gcj02');
    const forced = importFiles([{ name: 'g.csv', bytes: bytesOf(gcj.content), crs: 'bd09' }]);
    expect(forced.report.files[0].crs).toBe('bd09');
    expect(forced.report.files[0].warnings.some((w) => w.code === 'crs-from-headers')).toBe(false);
    // WGS84 said outright wins over the headers too (the import report's choice).
    const asWgs = importFiles([{ name: 'g.csv', bytes: bytesOf(gcj.content), crs: 'wgs84' }]);
    expect(asWgs.report.files[0].crs).toBeUndefined();
    const plain = importFiles([{ name: 'g.csv', bytes: bytesOf(gcj.content) }]);
    expect(asWgs.buildings.length).toBe(rows.length);
    // The numbers taken as written: some 500 m from where the headers would have put them.
    expect(Math.abs(asWgs.buildings.lng[0] - plain.buildings.lng[0])).toBeGreaterThan(0.002);
  });

  it('a GeoJSON in a zone names its EPSG code', async () => {
    const made = await sheetBytes([sheet], 'geojson', 'epsg:4527');
    expect(JSON.parse(made.content as string).crs.properties.name).toBe('urn:ogc:def:crs:EPSG::4527');
  });

  it('crsOfHeaders: both columns needed; unknown zones and plain headers name nothing', () => {
    expect(crsOfHeaders(['a', '经度（GCJ-02）', '纬度（GCJ-02）'])).toEqual({ crs: 'gcj02', x: 1, y: 2 });
    expect(crsOfHeaders(['经度（GCJ-02）', '纬度'])).toBeNull();
    expect(crsOfHeaders(['X 东坐标（EPSG:4527）', 'Y 北坐标（EPSG:4527）'])).toEqual({ crs: 'epsg:4527', x: 0, y: 1 });
    expect(crsOfHeaders(['X 东坐标（EPSG:3857）', 'Y 北坐标（EPSG:3857）'])).toBeNull();
    expect(crsOfHeaders(['经度', '纬度'])).toBeNull();
  });
});
