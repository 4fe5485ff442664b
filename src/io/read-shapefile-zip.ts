/**
 * Shapefiles as the natural-resources bureau sends them: a .zip holding .shp, .dbf, .prj and
 * perhaps .cpg, possibly several layers. fflate unzips (synchronously, so the importer stays one
 * pass) and shpjs parses the .shp and .dbf; each layer becomes a GeoJSON file for the importer,
 * named `archive.zip/layer.shp`, read in the system its .prj names (src/domain/prj.ts).
 *
 * The .dbf's text encoding: the .cpg when there is one; else the language byte of the .dbf header
 * (0x4D / 0x7A: GBK, code page 936); else strict UTF-8 if the bytes are UTF-8, GB18030 if not —
 * Chinese offices' .dbf files are GBK far more often than they say.
 */
import { unzipSync, type Unzipped } from 'fflate';
import { parseDbf, parseShp } from 'shpjs';
import type { CrsKey } from '../domain/crs.ts';
import type { RowIssue } from '../domain/import-report.ts';
import { readPrj } from '../domain/prj.ts';
import { isValidUtf8 } from './detect-encoding.ts';
import { said, type Said } from '../domain/messages/render.ts';

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
  /** The layer as GeoJSON text (UTF-8). */
  bytes: Uint8Array;
  /** The system its .prj names; absent when there is no .prj or it was not understood. */
  crs?: CrsKey;
  /** What the report should say about the layer before its rows (encoding, .prj). */
  notes: RowIssue[];
}

export interface ShapefileZipResult {
  layers: ShapefileLayer[];
  /** Problems with the archive as a whole (not a zip, no layer). */
  problems: RowIssue[];
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
 * The layers of a Shapefile zip. Never throws: a broken archive or layer is a problem in the
 * result, with the file it came from.
 */
export function readShapefileZip(zipName: string, bytes: Uint8Array): ShapefileZipResult {
  const problems: RowIssue[] = [];
  let entries: Unzipped;
  try {
    entries = unzipSync(bytes);
  } catch (e) {
    problems.push({
      file: zipName,
      line: 0,
      code: 'bad-zip',
      ...said('zip.unreadable', { detail: (e as Error).message }),
    });
    return { layers: [], problems };
  }
  if (isXlsxZip(entries)) {
    problems.push({
      file: zipName,
      line: 0,
      code: 'xlsx-not-converted',
      ...said('zip.xlsx-not-converted'),
    });
    return { layers: [], problems };
  }
  // Entry names by lower-case, so that LAYER.SHP finds layer.dbf.
  const byLower = new Map<string, Uint8Array>();
  for (const [k, v] of Object.entries(entries)) if (!k.includes('__MACOSX/')) byLower.set(k.toLowerCase(), v);
  const shpNames = Object.keys(entries).filter((k) => !k.includes('__MACOSX/') && /\.shp$/i.test(k));
  if (shpNames.length === 0) {
    problems.push({
      file: zipName,
      line: 0,
      code: 'no-shapefile',
      ...said('zip.no-shapefile'),
    });
    return { layers: [], problems };
  }
  const layers: ShapefileLayer[] = [];
  for (const shpName of shpNames) {
    const base = shpName.slice(0, -4).toLowerCase();
    const name = `${zipName}/${shpName}`;
    const notes: RowIssue[] = [];
    const note = (code: string, reason: Said): void => {
      notes.push({ file: name, line: 0, code, ...reason });
    };
    const dbf = byLower.get(`${base}.dbf`);
    const prj = byLower.get(`${base}.prj`);
    let crs: CrsKey | undefined;
    if (prj) {
      const r = readPrj(new TextDecoder().decode(prj));
      if (r.crs) crs = r.crs;
      else note('unsupported-prj', said('zip.unsupported-prj', { prj: r.message }));
    } else note('no-prj', said('zip.no-prj'));
    let geometries: ReturnType<typeof parseShp>;
    let rows: Record<string, unknown>[] = [];
    try {
      geometries = parseShp(entries[shpName]);
    } catch (e) {
      problems.push({
        file: name,
        line: 0,
        code: 'bad-shp',
        ...said('zip.unreadable-shp', { detail: (e as Error).message }),
      });
      continue;
    }
    if (dbf) {
      const enc = dbfEncoding(dbf, byLower.get(`${base}.cpg`));
      if (enc.from === 'content' && enc.label !== 'utf-8')
        note('dbf-encoding', said('zip.dbf-encoding', { from: enc.from }));
      try {
        rows = parseDbf(dbf, enc.label);
      } catch (e) {
        note('bad-dbf', said('zip.unreadable-dbf', { detail: (e as Error).message }));
      }
    } else note('no-dbf', said('zip.no-dbf'));
    if (dbf && rows.length > 0 && rows.length !== geometries.length) {
      note('dbf-count', said('zip.dbf-count', { rows: rows.length, features: geometries.length }));
    }
    const features = geometries.map((geometry, k) => ({ type: 'Feature', geometry, properties: rows[k] ?? {} }));
    const layer: ShapefileLayer = {
      name,
      bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
      notes,
    };
    if (crs) layer.crs = crs;
    layers.push(layer);
  }
  return { layers, problems };
}
