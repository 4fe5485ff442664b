/**
 * Shapefiles as the natural-resources bureau sends them: a .zip holding .shp, .dbf, .prj and
 * perhaps .cpg, possibly several layers. fflate unzips (synchronously, so the importer stays one
 * pass; entry names in GBK are read as such, zip-entry-names.ts) and shpjs parses the .shp and
 * .dbf; each layer becomes a feature collection for the importer (read-geojson.ts reads it as it
 * reads a GeoJSON file's), named `archive.zip/layer.shp`,
 * read in the system its .prj names (src/domain/prj.ts).
 *
 * The .dbf's text encoding: the .cpg when there is one; else the language byte of the .dbf header
 * (0x4D / 0x7A: GBK, code page 936); else strict UTF-8 if the bytes are UTF-8, GB18030 if not —
 * Chinese offices' .dbf files are GBK far more often than they say.
 */
import { unzipSync, type Unzipped } from 'fflate';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import type { CrsKey } from '../domain/crs.ts';
import type { RowIssue } from '../domain/import-report.ts';
import { readPrj } from '../domain/prj.ts';
import { isValidUtf8 } from './detect-encoding.ts';
import { said, type Said } from '../domain/messages/render.ts';
import { renameEntries, zipNameFixes } from './zip-entry-names.ts';

/** A zip's first bytes. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** An Excel workbook is a zip too: told apart by its parts. */
export function isXlsxZip(entries: Unzipped | string[]): boolean {
  const names = Array.isArray(entries) ? entries : Object.keys(entries);
  return names.includes('[Content_Types].xml') && names.some((n) => n.startsWith('xl/'));
}

export interface ShapefileLayer {
  /** `archive.zip/layer.shp`, as the import report names it. */
  name: string;
  /** The .shp's shapes as features (a null shape without geometry), each with its .dbf row as properties. */
  collection: FeatureCollection<Geometry | null>;
  /** Bytes of the .shp and .dbf the layer was read from: its share of the import's progress. */
  sourceBytes: number;
  /** The system its .prj names; absent when there is no .prj or it was not understood. */
  crs?: CrsKey;
  /** What the report should say about the layer before its rows (encoding, .prj). */
  notes: RowIssue[];
}

export interface ShapefileZipResult {
  layers: ShapefileLayer[];
  /** Problems with the archive as a whole (not a zip, no layer) or with a layer's .shp. */
  problems: RowIssue[];
}

/** The files of one layer, found by its .shp's name. */
interface LayerParts {
  shp: Uint8Array;
  dbf?: Uint8Array;
  prj?: Uint8Array;
  cpg?: Uint8Array;
}

/** Encoding label for a .cpg's text. */
function cpgLabel(text: string): string | null {
  const t = text.trim().toLowerCase();
  if (/^(utf-?8|65001)$/.test(t)) return 'utf-8';
  if (/^(gbk|gb2312|gb18030|cp936|936|ansi 936|x-gbk)$/.test(t)) return 'gb18030';
  if (/^(big5|950|cp950)$/.test(t)) return 'big5';
  if (t === '') return null;
  try {
    new TextDecoder(t);
    return t;
  } catch {
    return null;
  }
}

function dbfEncoding(dbf: Uint8Array, cpg: Uint8Array | undefined): { label: string; from: string } {
  if (cpg) {
    const label = cpgLabel(new TextDecoder().decode(cpg));
    if (label) return { label, from: '.cpg' };
  }
  const ldid = dbf.length > 29 ? dbf[29] : 0;
  if (ldid === 0x4d || ldid === 0x7a) return { label: 'gb18030', from: 'language byte' };
  const headerLength = dbf.length > 10 ? dbf[8] | (dbf[9] << 8) : 0;
  return isValidUtf8(dbf.subarray(Math.min(headerLength, dbf.length)))
    ? { label: 'utf-8', from: 'content' }
    : { label: 'gb18030', from: 'content' };
}

/**
 * A .dbf value as a GeoJSON property holds it: a date as its ISO text (null when it is no date),
 * a number that is not finite (an empty numeric field reads as NaN) as null.
 */
function propertyValue(v: unknown): unknown {
  if (v instanceof Date) return v.toJSON();
  if (typeof v === 'number' && !Number.isFinite(v)) return null;
  return v;
}

function properties(row: Record<string, unknown> | undefined): GeoJsonProperties {
  const out: Record<string, unknown> = {};
  if (row) for (const [k, v] of Object.entries(row)) out[k] = propertyValue(v);
  return out;
}

/** The zip's entries and its .shp names, or why it holds no Shapefile. */
function openZip(zipName: string, bytes: Uint8Array): { entries: Unzipped; shpNames: string[] } | RowIssue {
  const problem = (code: string, reason: Said): RowIssue => ({ file: zipName, line: 0, code, ...reason });
  let entries: Unzipped;
  try {
    // Names in GBK (a Chinese Windows zip, no UTF-8 flag) as meant, not as fflate's Latin-1.
    entries = renameEntries(unzipSync(bytes), zipNameFixes(bytes));
  } catch (e) {
    return problem('bad-zip', said('zip.unreadable', { detail: (e as Error).message }));
  }
  if (isXlsxZip(entries)) return problem('xlsx-not-converted', said('zip.xlsx-not-converted'));
  const shpNames = Object.keys(entries).filter((k) => !k.includes('__MACOSX/') && /\.shp$/i.test(k));
  if (shpNames.length === 0) return problem('no-shapefile', said('zip.no-shapefile'));
  return { entries, shpNames };
}

/** The .dbf's rows as properties, with notes on its encoding, a failure to read it, or a count off. */
function dbfRows(
  parts: LayerParts,
  features: number,
  note: (code: string, reason: Said) => void,
): Record<string, unknown>[] {
  if (!parts.dbf) {
    note('no-dbf', said('zip.no-dbf'));
    return [];
  }
  const enc = dbfEncoding(parts.dbf, parts.cpg);
  if (enc.from === 'content' && enc.label !== 'utf-8')
    note('dbf-encoding', said('zip.dbf-encoding', { from: enc.from }));
  let rows: Record<string, unknown>[] = [];
  try {
    rows = parseDbf(parts.dbf, enc.label);
  } catch (e) {
    note('bad-dbf', said('zip.unreadable-dbf', { detail: (e as Error).message }));
  }
  if (rows.length > 0 && rows.length !== features) {
    note('dbf-count', said('zip.dbf-count', { rows: rows.length, features }));
  }
  return rows;
}

/** One layer: its system from the .prj, its shapes with their rows; a .shp that cannot be read is a problem. */
function readLayer(name: string, parts: LayerParts): ShapefileLayer | { problem: RowIssue } {
  const notes: RowIssue[] = [];
  const note = (code: string, reason: Said): void => {
    notes.push({ file: name, line: 0, code, ...reason });
  };
  let crs: CrsKey | undefined;
  if (parts.prj) {
    const r = readPrj(new TextDecoder().decode(parts.prj));
    if (r.crs) crs = r.crs;
    else note('unsupported-prj', said('zip.unsupported-prj', { prj: r.message }));
  } else note('no-prj', said('zip.no-prj'));
  let geometries: ReturnType<typeof parseShp>;
  try {
    geometries = parseShp(parts.shp);
  } catch (e) {
    const reason = said('zip.unreadable-shp', { detail: (e as Error).message });
    return { problem: { file: name, line: 0, code: 'bad-shp', ...reason } };
  }
  const rows = dbfRows(parts, geometries.length, note);
  const features = geometries.map((geometry, k): Feature<Geometry | null> => ({
    type: 'Feature',
    geometry,
    properties: properties(rows[k]),
  }));
  const sourceBytes = parts.shp.length + (parts.dbf?.length ?? 0);
  const layer: ShapefileLayer = { name, collection: { type: 'FeatureCollection', features }, sourceBytes, notes };
  if (crs) layer.crs = crs;
  return layer;
}

/**
 * The layers of a Shapefile zip. Never throws: a broken archive or layer is a problem in the
 * result, with the file it came from.
 */
export function readShapefileZip(zipName: string, bytes: Uint8Array): ShapefileZipResult {
  const opened = openZip(zipName, bytes);
  if (!('entries' in opened)) return { layers: [], problems: [opened] };
  const { entries, shpNames } = opened;
  // Entry names by lower-case, so that LAYER.SHP finds layer.dbf.
  const byLower = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(entries)) if (!k.includes('__MACOSX/')) byLower.set(k.toLowerCase(), v);
  const layers: ShapefileLayer[] = [];
  const problems: RowIssue[] = [];
  for (const shpName of shpNames) {
    const base = shpName.slice(0, -4).toLowerCase();
    const part = (ext: string): Uint8Array | undefined => byLower.get(`${base}.${ext}`);
    const parts = { shp: entries[shpName], dbf: part('dbf'), prj: part('prj'), cpg: part('cpg') };
    const got = readLayer(`${zipName}/${shpName}`, parts);
    if ('problem' in got) problems.push(got.problem);
    else layers.push(got);
  }
  return { layers, problems };
}
