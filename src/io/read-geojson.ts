/**
 * GeoJSON in: points are buildings; polygons are communities when their properties name a
 * community (小区名称 / 小区编号 / community ...), district outlines when every polygon says it
 * is one (DataV's `level: "district"` and its kin), otherwise street offices.
 */
import type { Feature, Geometry, MultiPoint, Point, Position } from 'geojson';
import type { BuildingTableBuilder, RowAppender } from '../domain/building-builder.ts';
import { parseProperties, type Community, type DistrictOutline, type StreetOffice } from '../domain/community.ts';
import { matchHeader, matchHeaders, type HeaderMatch } from '../domain/fields.ts';
import { addWarning, type FileKind, type FileReport } from '../domain/import-report.ts';
import { transformGeometry } from '../domain/crs.ts';
import type { AreaGeometry } from '../domain/polygon-index.ts';
import { said, type Said } from '../domain/messages/render.ts';

export interface GeoJsonContent {
  features: Feature[];
  /** What the polygons are, from their properties (null: none). */
  polygonKind: 'communities' | 'streets' | 'district' | null;
  hasPoints: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Features of a FeatureCollection, a Feature, or a bare geometry; null when it is not GeoJSON. */
export function geoJsonFeatures(json: unknown): Feature[] | null {
  if (!isRecord(json)) return null;
  if (json.type === 'FeatureCollection' && Array.isArray(json.features)) return json.features as Feature[];
  if (json.type === 'Feature') return [json as unknown as Feature];
  if (typeof json.type === 'string' && 'coordinates' in json)
    return [{ type: 'Feature', properties: {}, geometry: json as unknown as Geometry }];
  return null;
}

/**
 * Look at a GeoJSON's features and say what they hold. Polygons whose properties name no
 * community or street office and are not all district outlines are `unnamed`: street offices for
 * GeoJSON, communities for KML (read-kml.ts).
 */
export function inspectGeoJson(
  features: readonly Feature[],
  unnamed: 'communities' | 'streets' = 'streets',
): GeoJsonContent {
  let hasPoints = false;
  let hasPolygons = false;
  let namesCommunity = false;
  let namesStreet = false;
  let allOutlines = true;
  for (const f of features) {
    const t = f?.geometry?.type;
    if (t === 'Point' || t === 'MultiPoint') hasPoints = true;
    if (t === 'Polygon' || t === 'MultiPolygon') {
      hasPolygons = true;
      if (!isOutline(f.properties)) allOutlines = false;
      if (!namesCommunity && isRecord(f.properties)) {
        const fields = Object.keys(f.properties).map((k) => matchHeader(k).field);
        namesCommunity = fields.some((m) => m === 'community' || m === 'communityId');
        namesStreet ||= fields.includes('street');
      }
    }
  }
  const others = namesStreet ? 'streets' : unnamed;
  const polygonKind = !hasPolygons ? null : namesCommunity ? 'communities' : allOutlines ? 'district' : others;
  return { features: features as Feature[], hasPoints, polygonKind };
}

/** Administrative levels above a street office, as DataV (areas_v3) and similar files write them. */
const OUTLINE_LEVELS = new Set(['district', 'county', 'city', 'province', 'country', '区', '县', '市', '省']);

/** Does a polygon's properties say it is a district (or larger) outline? */
function isOutline(props: unknown): boolean {
  if (!isRecord(props)) return false;
  const level = props.level ?? props['级别'];
  return typeof level === 'string' && OUTLINE_LEVELS.has(level.trim().toLowerCase());
}

function reject(report: FileReport, line: number, code: string, reason: Said): void {
  report.rejected.push({ file: report.file, line, code, ...reason });
}

/** Check and tidy a polygon's rings: finite numbers, ≥ 4 positions, closed (closing it if not, with a warning). */
function cleanArea(g: Geometry, report: FileReport, line: number): AreaGeometry | null {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return null;
  const polys: Position[][][] = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  if (!Array.isArray(polys) || polys.length === 0) return null;
  const out: Position[][][] = [];
  for (const rings of polys) {
    if (!Array.isArray(rings) || rings.length === 0) return null;
    const cleanRings: Position[][] = [];
    for (const ring of rings) {
      if (!Array.isArray(ring)) return null;
      for (const p of ring) if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
      let r = ring;
      const a = r[0];
      const b = r[r.length - 1];
      if (r.length > 0 && (a[0] !== b[0] || a[1] !== b[1])) {
        r = [...r, a];
        addWarning(report, {
          file: report.file,
          line,
          code: 'unclosed-ring',
          ...said('geojson.unclosed-ring'),
        });
      }
      if (r.length < 4) return null;
      cleanRings.push(r);
    }
    out.push(cleanRings);
  }
  return out.length === 1 && g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: out[0] }
    : { type: 'MultiPolygon', coordinates: out };
}

export interface GeoJsonReadResult {
  communities: Community[];
  streets: StreetOffice[];
  outlines: DistrictOutline[];
}

type PolygonKind = Exclude<FileKind, 'buildings' | 'programme' | 'unknown'>;

/** What reading each feature of a file needs, and what it has read so far. */
interface FeatureReader {
  report: FileReport;
  polygonKind: PolygonKind | null;
  headers: string[];
  matches: HeaderMatch[];
  /** Properties that may name an area when no column does (name, 名称). */
  nameKeys: string[];
  /** Where points go; null when the file has none. */
  appender: RowAppender | null;
  toWgs84?: (x: number, y: number) => [number, number];
  out: GeoJsonReadResult;
}

const isPoint = (f: Feature | undefined): boolean =>
  f?.geometry?.type === 'Point' || f?.geometry?.type === 'MultiPoint';

/**
 * Read already-parsed features — a GeoJSON file's, or a Shapefile or KML layer's (read-shapefile-zip.ts,
 * read-kml.ts) — deciding from them what the file holds unless `kind` says (a command-line flag).
 * `opts.unnamedPolygons`: what polygons whose properties do not say are (inspectGeoJson).
 */
export function readFeatureCollection(
  features: readonly Feature[],
  kind: Exclude<FileKind, 'unknown'> | undefined,
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  toWgs84?: (x: number, y: number) => [number, number],
  opts: { unnamedPolygons?: 'communities' | 'streets' } = {},
): GeoJsonReadResult {
  const seen = inspectGeoJson(features, opts.unnamedPolygons);
  const polygonKind = kind === 'communities' || kind === 'streets' || kind === 'district' ? kind : seen.polygonKind;
  report.kind = kind ?? (seen.hasPoints && !seen.polygonKind ? 'buildings' : (polygonKind ?? 'unknown'));
  return readGeoJson(features, polygonKind, fileIndex, builder, report, toWgs84);
}

/**
 * Read features into buildings (points) and communities or street offices (polygons).
 * `kind` forces what the polygons are (from a command-line flag); points are always buildings.
 */
export function readGeoJson(
  features: readonly Feature[],
  polygonKind: PolygonKind | null,
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  toWgs84?: (x: number, y: number) => [number, number],
): GeoJsonReadResult {
  const keys = new Set<string>();
  for (const f of features) if (isRecord(f?.properties)) for (const k of Object.keys(f.properties)) keys.add(k);
  const headers = [...keys];
  const matches = matchHeaders(headers);
  const appender = features.some(isPoint) ? builder.beginFile(fileIndex, report, matches, toWgs84) : null;
  if (!appender) report.columns = matches.map((m) => ({ header: m.header, field: m.field, factor: m.factor }));
  const reader: FeatureReader = {
    report,
    polygonKind,
    headers,
    matches,
    nameKeys: headers.filter((h) => /^(name|名称|NAME|Name)$/.test(h)),
    appender,
    toWgs84,
    out: { communities: [], streets: [], outlines: [] },
  };
  features.forEach((f, k) => readFeature(reader, f, k + 1));
  return reader.out;
}

/** One feature, on `line` (its position, first = 1): a building, an area, or a rejected row. */
function readFeature(r: FeatureReader, f: Feature, line: number): void {
  const { report } = r;
  if (!isRecord(f) || f.type !== 'Feature') {
    report.rowsRead++;
    return reject(report, line, 'not-a-feature', said('geojson.not-a-feature'));
  }
  const props: Record<string, unknown> = isRecord(f.properties) ? f.properties : {};
  const g = f.geometry;
  if (!g) {
    report.rowsRead++;
    return reject(report, line, 'no-geometry', said('geojson.no-geometry'));
  }
  if (g.type === 'Point' || g.type === 'MultiPoint') return appendPoint(r, g, props, line);
  report.rowsRead++;
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') {
    return reject(report, line, 'unsupported-geometry', said('geojson.unsupported-geometry', { type: g.type }));
  }
  const clean = cleanArea(g, report, line);
  const area = clean && r.toWgs84 ? transformGeometry(clean, r.toWgs84) : clean;
  if (!area) return reject(report, line, 'bad-polygon', said('geojson.bad-polygon'));
  if (addArea(r, area, props, line)) report.rowsLoaded++;
}

/** A point (or a multipoint's first point) as a building row, its properties as the row's cells. */
function appendPoint(r: FeatureReader, g: Point | MultiPoint, props: Record<string, unknown>, line: number): void {
  const pos = g.type === 'Point' ? g.coordinates : g.coordinates?.[0];
  const cells = r.headers.map((h) =>
    props[h] === null || props[h] === undefined
      ? ''
      : typeof props[h] === 'object'
        ? JSON.stringify(props[h])
        : String(props[h]),
  );
  r.appender!.append(cells, line, Array.isArray(pos) ? [Number(pos[0]), Number(pos[1])] : [NaN, NaN]);
  if (g.type === 'MultiPoint' && Array.isArray(g.coordinates) && g.coordinates.length > 1) {
    addWarning(r.report, {
      file: r.report.file,
      line,
      code: 'multipoint',
      ...said('geojson.multipoint', { n: g.coordinates.length }),
    });
  }
}

/**
 * A polygon as the file's kind of area (a district outline, a street office or a community),
 * named by its properties; false when it has no name and is rejected.
 */
function addArea(r: FeatureReader, area: AreaGeometry, props: Record<string, unknown>, line: number): boolean {
  const { report, out } = r;
  const parsed = parseProperties(props, r.matches, report, line);
  const fallbackName = r.nameKeys.map((h) => props[h]).find((v) => typeof v === 'string' && v.trim() !== '') as
    string | undefined;
  const at = { geometry: area, file: report.file, line };
  if (r.polygonKind === 'district') {
    out.outlines.push({ name: (parsed.text.name ?? fallbackName ?? '').trim(), ...at });
    return true;
  }
  if (r.polygonKind === 'streets') {
    const name = (parsed.text.street ?? parsed.text.name ?? fallbackName ?? '').trim();
    if (name === '') {
      reject(report, line, 'no-name', said('geojson.street-no-name'));
      return false;
    }
    out.streets.push({ name, ...at });
    return true;
  }
  const name = (parsed.text.community ?? parsed.text.name ?? fallbackName ?? '').trim();
  const id = (parsed.text.communityId ?? parsed.text.id ?? '').trim();
  if (name === '' && id === '') {
    reject(report, line, 'no-name', said('geojson.community-no-name'));
    return false;
  }
  out.communities.push({
    id,
    name: name || id,
    street: parsed.text.street ?? '',
    shequ: parsed.text.shequ ?? '',
    area: parsed.text.area ?? '',
    geometry: area,
    attrs: parsed.attrs,
    extras: parsed.extras,
    file: report.file,
    line,
    implicit: false,
  });
  return true;
}
