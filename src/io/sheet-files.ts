/**
 * Sheets as the bytes of a file, in the coordinate system asked for: one function for the page's
 * export menus and the command line's `export`, so a file written by either says the same thing.
 * Coordinates are converted from WGS84 and their columns renamed to say the system
 * (sheet-crs.ts); a GeoJSON in a Gauss-Krüger zone names it in its `crs` member.
 */
import { zoneOf, type CrsKey } from '../domain/crs.ts';
import { coordinateHeaders, sheetInCrs } from '../domain/sheet-crs.ts';
import type { SheetTable } from '../domain/sheet-table.ts';
import { CSV_TYPE, sheetToCsv } from './export-csv.ts';
import { GEOJSON_TYPE, sheetToGeoJson } from './export-geojson.ts';
import { sheetsToXlsx, XLSX_TYPE } from './export-xlsx.ts';

export type SheetFormat = 'csv' | 'xlsx' | 'geojson';

export interface SheetBytes {
  content: string | Uint8Array;
  /** MIME type. */
  type: string;
  /** File extension with its dot. */
  ext: '.csv' | '.xlsx' | '.geojson';
}

/**
 * The sheets as a CSV (the first sheet), a workbook (all of them) or a GeoJSON (the first
 * sheet's rows as points), coordinates in `crs`.
 * @example (await sheetBytes([sheet], 'csv', 'gcj02')).content // '\uFEFF楼栋编号,…,经度（GCJ-02）,纬度（GCJ-02）…'
 */
export async function sheetBytes(
  sheets: readonly SheetTable[],
  format: SheetFormat,
  crs: CrsKey = 'wgs84',
): Promise<SheetBytes> {
  const inCrs = sheets.map((s) => sheetInCrs(s, crs));
  if (format === 'csv') return { content: sheetToCsv(inCrs[0]), type: CSV_TYPE, ext: '.csv' };
  if (format === 'geojson') {
    const h = coordinateHeaders(crs);
    const z = zoneOf(crs);
    return {
      content: sheetToGeoJson(inCrs[0], h.x, h.y, z ? `urn:ogc:def:crs:EPSG::${z.epsg}` : undefined),
      type: GEOJSON_TYPE,
      ext: '.geojson',
    };
  }
  return { content: await sheetsToXlsx(inCrs), type: XLSX_TYPE, ext: '.xlsx' };
}
