/**
 * A table's coordinates written in another system for the office that wants it: GCJ-02 for a
 * 高德 map, BD-09 for 百度, Gauss-Krüger metres for the natural-resources bureau. The 经度 and
 * 纬度 columns are converted and renamed to say which system they are in, so a file can never be
 * mistaken for WGS84.
 */
import { fromWgs84, zoneOf, type CrsKey } from './crs.ts';
import { columnIndex, type SheetTable } from './sheet-table.ts';

const LNG_HEADER = '经度';
const LAT_HEADER = '纬度';

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
  const columns = sheet.columns.map((c, j) =>
    j === x
      ? { ...c, header: h.x, kind: projected ? ('decimal' as const) : c.kind }
      : j === y
        ? { ...c, header: h.y, kind: projected ? ('decimal' as const) : c.kind }
        : c,
  );
  const rows = sheet.rows.map((cells) => {
    const lng = cells[x];
    const lat = cells[y];
    if (typeof lng !== 'number' || typeof lat !== 'number' || !Number.isFinite(lng) || !Number.isFinite(lat))
      return cells;
    const [a, b] = f(lng, lat);
    const out = cells.slice();
    out[x] = round(a);
    out[y] = round(b);
    return out;
  });
  return { ...sheet, columns, rows };
}

/**
 * The system a sheet's coordinate headers name, as coordinateHeaders writes them (an export in
 * GCJ-02, BD-09 or a Gauss-Krüger zone read back in), with the columns that hold x and y; null
 * when the headers name none (or disagree).
 * @example crsOfHeaders(['楼栋编号', '经度（GCJ-02）', '纬度（GCJ-02）']) // { crs: 'gcj02', x: 1, y: 2 }
 */
export function crsOfHeaders(headers: readonly string[]): { crs: CrsKey; x: number; y: number } | null {
  for (const crs of ['gcj02', 'bd09'] as const) {
    const found = coordinateColumns(headers, crs);
    if (found) return found;
  }
  for (const h of headers) {
    const m = /EPSG:(\d{4})/.exec(h);
    const key = m ? (`epsg:${Number(m[1])}` as CrsKey) : null;
    const found = key && zoneOf(key) ? coordinateColumns(headers, key) : null;
    if (found) return found;
  }
  return null;
}

function coordinateColumns(headers: readonly string[], crs: CrsKey): { crs: CrsKey; x: number; y: number } | null {
  const h = coordinateHeaders(crs);
  const x = headers.indexOf(h.x);
  const y = headers.indexOf(h.y);
  return x >= 0 && y >= 0 ? { crs, x, y } : null;
}
