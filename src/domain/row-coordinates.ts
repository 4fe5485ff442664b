/**
 * A building row's position: from the file's longitude/latitude columns (or a GeoJSON point), converted
 * to WGS84 when the file is in another system, and checked; a row without a usable position is rejected.
 */
import type { HeaderMatch } from './fields.ts';
import { said } from './messages/render.ts';
import type { FileReport, RowIssue } from './import-report.ts';
import { parseQuantity } from './parse-values.ts';
import { issue } from './row-issue.ts';

/** Where a row's coordinates are written; reused from row to row, so no row makes an object. */
export interface LngLat {
  lng: number;
  lat: number;
}

/**
 * Reads rows' coordinates (`coords` for a GeoJSON point, else the cells of the lng/lat columns) into `out`.
 * Returns the reason the row is rejected, or null when `out` holds its WGS84 position.
 */
export type CoordinateReader = (
  cells: readonly string[],
  line: number,
  coords: readonly [number, number] | undefined,
  out: LngLat,
) => RowIssue | null;

/** The coordinate reader for a file whose columns are `matches`. */
export function coordinateReader(
  matches: readonly HeaderMatch[],
  report: FileReport,
  toWgs84?: (x: number, y: number) => [number, number],
): CoordinateReader {
  const lngCol = matches.findIndex((m) => m.field === 'lng');
  const latCol = matches.findIndex((m) => m.field === 'lat');
  return (cells, line, coords, out) => {
    let why: RowIssue | null = null;
    if (coords) {
      out.lng = coords[0];
      out.lat = coords[1];
    } else why = cellCoordinates(cells, lngCol, latCol, report, line, out);
    if (why) return why;
    if (toWgs84 && Number.isFinite(out.lng) && Number.isFinite(out.lat)) [out.lng, out.lat] = toWgs84(out.lng, out.lat);
    return coordinateProblem(report, line, out.lng, out.lat);
  };
}

/** Coordinates from the lng/lat columns' cells into `out` (NaN when unread); the problem, if any. */
function cellCoordinates(
  cells: readonly string[],
  lngCol: number,
  latCol: number,
  report: FileReport,
  line: number,
  out: LngLat,
): RowIssue | null {
  let lng = NaN;
  let lat = NaN;
  let why: RowIssue | null = null;
  const lngCell = lngCol >= 0 ? (cells[lngCol] ?? '').trim() : '';
  const latCell = latCol >= 0 ? (cells[latCol] ?? '').trim() : '';
  if (lngCol < 0 || latCol < 0) why = issue(report, line, 'no-coordinate-columns', said('row.no-coordinate-columns'));
  else if (lngCell === '' || latCell === '')
    why = issue(
      report,
      line,
      'missing-coordinates',
      said('row.missing-coordinates'),
      lngCell === '' ? 'lng' : 'lat',
      `${lngCell},${latCell}`,
    );
  else {
    lng = parseQuantity(lngCell) ?? NaN;
    lat = parseQuantity(latCell) ?? NaN;
    if (Number.isNaN(lng) || Number.isNaN(lat))
      why = issue(
        report,
        line,
        'bad-coordinates',
        said('row.coordinates-not-numbers'),
        Number.isNaN(lng) ? 'lng' : 'lat',
        `${lngCell},${latCell}`,
      );
  }
  out.lng = lng;
  out.lat = lat;
  return why;
}

function coordinateProblem(report: FileReport, line: number, lng: number, lat: number): RowIssue | null {
  // The common case first, with no strings made.
  if (lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90 && (lng !== 0 || lat !== 0)) return null;
  const value = `${lng},${lat}`;
  if (!Number.isFinite(lng) || !Number.isFinite(lat))
    return issue(report, line, 'bad-coordinates', said('row.coordinates-not-finite'), 'lng', value);
  if (lng < -180 || lng > 180)
    return issue(report, line, 'coordinates-out-of-range', said('row.lng-out-of-range', { lng }), 'lng', value);
  if (lat < -90 || lat > 90)
    return issue(report, line, 'coordinates-out-of-range', said('row.lat-out-of-range', { lat }), 'lat', value);
  return issue(report, line, 'zero-coordinates', said('row.zero-coordinates'), 'lng', value);
}
