/**
 * Exports in another coordinate system: the building list's 经度/纬度 written as GCJ-02, BD-09 or
 * Gauss-Krüger metres, headers saying which; read back in that system they are where they were.
 * The CLI's --out-crs writes them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../../src/cli/main.ts';
import { buildingListSheet } from '../../../src/domain/building-list.ts';
import { toWgs84 } from '../../../src/domain/crs.ts';
import { coordinateHeaders, sheetInCrs } from '../../../src/domain/sheet-crs.ts';
import { columnIndex } from '../../../src/domain/sheet-table.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const data = importFiles([{ name: 'buildings.csv', bytes: new Uint8Array(readFileSync('data/sample/buildings.csv')) }]);
const rows = Uint32Array.from({ length: 50 }, (_, i) => i * 7);
const sheet = buildingListSheet(data.buildings, rows, '楼栋清单');

describe('sheetInCrs', () => {
  for (const crs of ['gcj02', 'bd09', 'epsg:4527'] as const) {
    it(`${crs}: renamed columns, converted cells, back within 0.5 m; the input untouched`, () => {
      const before = JSON.stringify(sheet);
      const out = sheetInCrs(sheet, crs);
      expect(JSON.stringify(sheet)).toBe(before);
      const h = coordinateHeaders(crs);
      const x = columnIndex(out, h.x);
      const y = columnIndex(out, h.y);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(columnIndex(out, '经度')).toBe(-1);
      const back = toWgs84(crs);
      out.rows.forEach((cells, k) => {
        const i = rows[k];
        const [lng, lat] = back(cells[x] as number, cells[y] as number);
        expect(
          Math.hypot((lng - data.buildings.lng[i]) * 91_000, (lat - data.buildings.lat[i]) * 111_000),
        ).toBeLessThan(0.5);
      });
    });
  }

  it('WGS84 is the sheet itself', () => {
    expect(sheetInCrs(sheet, 'wgs84')).toBe(sheet);
  });
});

describe('cli export --out-crs', () => {
  it('writes a GeoJSON in EPSG:4527 that names its system', async () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/atlas-outcrs-${process.pid}`;
    mkdirSync(dir, { recursive: true });
    const code = await runExport(
      ['data/sample/buildings.csv', '--out', `${dir}/b.geojson`, '--out-crs', 'EPSG:4527'],
      () => undefined,
      () => undefined,
    );
    expect(code).toBe(0);
    const json = JSON.parse(readFileSync(`${dir}/b.geojson`, 'utf8'));
    expect(json.crs.properties.name).toBe('urn:ogc:def:crs:EPSG::4527');
    const [x, y] = json.features[0].geometry.coordinates;
    expect(Math.floor(x / 1_000_000)).toBe(39);
    expect(y).toBeGreaterThan(3_000_000);
    let err = '';
    expect(
      await runExport(
        ['data/sample/buildings.csv', '--out', `${dir}/b.csv`, '--out-crs', 'mars'],
        () => undefined,
        (s) => (err += s),
      ),
    ).toBe(2);
    expect(err).toContain('--out-crs');
  });
});
