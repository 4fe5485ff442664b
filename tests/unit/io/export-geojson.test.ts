import { describe, expect, it } from 'vitest';
import { buildingListSheet } from '../../../src/domain/building-list.ts';
import type { SheetTable } from '../../../src/domain/sheet-table.ts';
import { sheetToGeoJson } from '../../../src/io/export-geojson.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, utf8 } from '../support.ts';

describe('sheetToGeoJson', () => {
  const d = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
  const sheet = buildingListSheet(d.buildings, null, '楼栋清单');
  const fc = JSON.parse(sheetToGeoJson(sheet));

  it('a FeatureCollection of WGS84 points with the Chinese column names as properties', () => {
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.crs).toBeUndefined();
    expect(fc.features).toHaveLength(d.buildings.length);
    const f = fc.features[0];
    expect(f.geometry).toEqual({ type: 'Point', coordinates: [117.011, 34.011] });
    expect(f.properties).toMatchObject({
      楼栋编号: 'A1',
      小区名称: '东风小区',
      街道: '临城街道',
      户数: 10,
      '建筑面积（平方米）': 1000,
      建成年代: 1990,
    });
  });
  it('numbers as numbers, empty cells as null', () => {
    const a6 = fc.features.find((f: { properties: Record<string, unknown> }) => f.properties['楼栋编号'] === 'A6');
    expect(a6.properties['户数']).toBeNull();
    expect(typeof a6.properties['经度']).toBe('number');
  });
  it('loads again as the same buildings', () => {
    const again = importFiles([{ name: 'again.geojson', bytes: utf8(sheetToGeoJson(sheet)) }]);
    expect(again.report.rejected).toEqual([]);
    expect(again.buildings.id).toEqual(d.buildings.id);
    expect([...again.buildings.households]).toEqual([...d.buildings.households]);
    expect([...again.buildings.lng]).toEqual([...d.buildings.lng]);
  });
  it('totals rows are left out; a row without coordinates keeps a null geometry; text is as written', () => {
    const s: SheetTable = {
      name: 'x',
      columns: [
        { header: '小区名称', kind: 'text' },
        { header: '经度', kind: 'coord' },
        { header: '纬度', kind: 'coord' },
      ],
      rows: [
        ['=光明', 117.1, 34.1],
        ['无坐标', null, null],
        ['合计', null, null],
      ],
      totalRows: [2],
    };
    const out = JSON.parse(sheetToGeoJson(s));
    expect(out.features.map((f: { properties: Record<string, unknown> }) => f.properties['小区名称'])).toEqual([
      '=光明',
      '无坐标',
    ]);
    expect(out.features[1].geometry).toBeNull();
  });
});
