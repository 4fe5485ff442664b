/**
 * Sheets out as GeoJSON: one Point feature per row (subtotal and total rows left out), the
 * sheet's columns as properties under their Chinese names, numbers as numbers, empty cells as
 * null. Coordinates are WGS84 longitude, latitude (RFC 7946; the data are WGS84 / CGCS2000). A row
 * without coordinates keeps its properties with a null geometry rather than being dropped. JSON
 * keeps types, so text is written as it is (safeCell's apostrophe is for spreadsheets only).
 */
import { columnIndex, type SheetTable } from '../domain/sheet-table.ts';
import { safeCell } from './spreadsheet-cell.ts';

export const GEOJSON_TYPE = 'application/geo+json';

type Property = string | number | null;

interface PointFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, Property>;
}

/**
 * A FeatureCollection of the sheet's rows, located by its 经度 and 纬度 columns (or the named ones;
 * `crsName`, e.g. urn:ogc:def:crs:EPSG::4527, for a sheet in projected coordinates).
 * @example JSON.parse(sheetToGeoJson(buildingListSheet(table, rows, '楼栋'))).features[0].properties['小区名称'] // '法院家属院'
 */
export function sheetToGeoJson(sheet: SheetTable, lngHeader = '经度', latHeader = '纬度', crsName?: string): string {
  const x = columnIndex(sheet, lngHeader);
  const y = columnIndex(sheet, latHeader);
  const totals = new Set(sheet.totalRows);
  const features: PointFeature[] = [];
  sheet.rows.forEach((cells, k) => {
    if (totals.has(k)) return;
    const properties: Record<string, Property> = {};
    sheet.columns.forEach((c, j) => {
      const s = safeCell(cells[j] ?? null);
      properties[c.header] = s.type === 'empty' ? null : s.value;
    });
    const lng = cells[x];
    const lat = cells[y];
    const located = typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng) && Number.isFinite(lat);
    features.push({
      type: 'Feature',
      geometry: located ? { type: 'Point', coordinates: [lng, lat] } : null,
      properties,
    });
  });
  // A projected file names its system the way GDAL and QGIS read it (the pre-RFC 7946 `crs` member).
  const crs = crsName ? { crs: { type: 'name', properties: { name: crsName } } } : {};
  return JSON.stringify({ type: 'FeatureCollection', name: sheet.name, ...crs, features }, null, 1);
}
