/**
 * A JSON file into the import: a programme (programme.ts) or GeoJSON (read-geojson.ts), told
 * apart by its content unless the user said which. A Shapefile layer, already read into a
 * feature collection, goes the same way from the parsed value on.
 */
import { toWgs84 } from '../domain/crs.ts';
import { readGeoJsonCrs } from '../domain/geojson-crs.ts';
import { addWarning } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import { looksLikeProgramme, readProgramme } from '../domain/programme.ts';
import { readAllBytes } from './byte-source.ts';
import { decodeText, detectEncoding, type SniffedEncoding } from './detect-encoding.ts';
import type { FileTarget } from './import-sink.ts';
import type { InputFile } from './input-file.ts';
import { geoJsonFeatures, readFeatureCollection } from './read-geojson.ts';
import type { ToWgs84 } from './report-crs.ts';

/**
 * Parse a JSON file's text and read it; text that is not JSON is rejected as a whole. `sniffed`
 * is the encoding its first bytes suggest, checked over the whole file unless `certain`.
 */
export function readJsonText(file: InputFile, sniffed: SniffedEncoding, to: FileTarget): void {
  const bytes = readAllBytes(file.bytes);
  const enc = sniffed.certain ? sniffed.encoding : detectEncoding(bytes);
  to.report.encoding = enc;
  let json: unknown;
  try {
    json = JSON.parse(decodeText(bytes, enc).replace(/^\uFEFF/, ''));
  } catch (e) {
    to.report.rejected.push({
      file: file.name,
      line: 0,
      code: 'bad-json',
      ...said('file.bad-json', { detail: (e as Error).message }),
    });
    return;
  }
  readJsonValue(json, file, to);
}

/**
 * The system a GeoJSON's `crs` member names (geojson-crs.ts), unless the user set the file's
 * system: its transform, the report saying which system was read and why. A member naming a system
 * not read here is a warning with its name, and the file is read as WGS84 as before.
 */
function memberTransform(json: unknown, file: InputFile, to: FileTarget): ToWgs84 | undefined {
  if (file.crs || file.swapXY || typeof json !== 'object' || json === null || !('crs' in json)) return to.toWgs;
  const { report } = to;
  const r = readGeoJsonCrs(json.crs);
  if (!r || r.crs === 'wgs84') return to.toWgs;
  if (r.crs === null) {
    const reason = said('geojson.unknown-crs', { file: file.name, name: r.name });
    addWarning(report, { file: file.name, line: 0, code: 'unknown-crs', ...reason, value: r.name });
    return to.toWgs;
  }
  report.crs = r.crs;
  const reason = said('geojson.crs-from-member', { crs: r.crs, name: r.name });
  addWarning(report, { file: file.name, line: 0, code: 'crs-from-member', ...reason, value: r.name });
  return toWgs84(r.crs);
}

/** A parsed JSON value (or a layer's feature collection) as a programme or GeoJSON features. */
export function readJsonValue(json: unknown, file: InputFile, to: FileTarget): void {
  const { report, sink } = to;
  if (file.kind === 'programme' || (!file.kind && looksLikeProgramme(json))) {
    report.kind = 'programme';
    report.rowsRead = 1;
    const { programme, issues } = readProgramme(json, file.name);
    report.warnings.push(...issues.filter(() => programme !== null));
    if (programme) {
      sink.programmes.push(programme);
      report.rowsLoaded = 1;
    } else report.rejected.push(...issues);
    return;
  }
  const features = geoJsonFeatures(json);
  if (!features) {
    report.rejected.push({ file: file.name, line: 0, code: 'not-geojson', ...said('file.not-geojson') });
    return;
  }
  const toWgs = memberTransform(json, file, to);
  const got = readFeatureCollection(features, file.kind, to.fileIndex, sink.builder, report, toWgs, {
    unnamedPolygons: file.layer?.unnamedPolygons,
  });
  sink.communities.push(...got.communities);
  sink.streets.push(...got.streets);
  sink.outlines.push(...got.outlines);
}
