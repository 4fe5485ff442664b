/**
 * A table's coordinates written in another system for the office that wants it: GCJ-02 for a
 * 高德 map, BD-09 for 百度, Gauss-Krüger metres for the natural-resources bureau. The 经度 and
 * 纬度 columns are converted and renamed to say which system they are in, so a file can never be
 * mistaken for WGS84.
 */
import { fromWgs84, zoneOf, type CrsKey } from './crs.ts';
import { columnIndex, type SheetTable } from './sheet-table.ts';

export const LNG_HEADER = '经度';
export const LAT_HEADER = '纬度';

/** The coordinate headers of a sheet written in `crs`. */
export function coordinateHeaders(crs: CrsKey): { x: string; y: string } {
  if (crs === 'wgs84') return { x: LNG_HEADER, y: LAT_HEADER };
  if (crs === 'gcj02') return { x: '经度（GCJ-02）', y: '纬度（GCJ-02）' };
  if (crs === 'bd09') return { x: '经度（BD-09）', y: '纬度（BD-09）' };
  const z = zoneOf(crs);
  return { x: `X 东坐标（EPSG:${z?.epsg}）`, y: `Y 北坐标（EPSG:${z?.epsg}）` };
}

/**
 * The sheet with its 经度/纬度 cells converted from WGS84 to `crs` and the headers renamed
 * (coordinateHeaders); the input is left as it was. Projected metres are rounded to the
 * millimetre, degrees to 1e-7.
 * @example sheetInCrs(sheet, 'epsg:4527').columns.map((c) => c.header) // [..., 'X 东坐标（EPSG:4527）', ...]
 */
export function sheetInCrs(sheet: SheetTable, crs: CrsKey): SheetTable {
  if (crs === 'wgs84') return sheet;
  const x = columnIndex(sheet, LNG_HEADER);
  const y = columnIndex(sheet, LAT_HEADER);
  if (x < 0 || y < 0) return sheet;
  const f = fromWgs84(crs);
  const projected = zoneOf(crs) !== null;
  const round = projected ? (v: number) => Math.round(v * 1000) / 1000 : (v: number) => Math.round(v * 1e7) / 1e7;
  const h = coordinateHeaders(crs);
  const columns = sheet.columns.map((c, j) => (j === x ? { ...c, header: h.x, kind: projected ? ('decimal' as const) : c.kind } : j === y ? { ...c, header: h.y, kind: projected ? ('decimal' as const) : c.kind } : c));
  const rows = sheet.rows.map((cells) => {
    const lng = cells[x];
    const lat = cells[y];
    if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat)) return cells;
    const [a, b] = f(lng, lat);
    const out = cells.slice();
    out[x] = round(a);
    out[y] = round(b);
    return out;
  });
  return { ...sheet, columns, rows };
}
