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
      reason: `无法解压：${(e as Error).message} (not a readable zip)`,
    });
    return { layers: [], problems };
  }
  if (isXlsxZip(entries)) {
    problems.push({
      file: zipName,
      line: 0,
      code: 'xlsx-not-converted',
      reason: 'Excel 工作簿须经 importFilesAsync 读取 (an Excel workbook is read through importFilesAsync)',
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
      reason: '压缩包中没有 .shp 文件 (no .shp in the zip)',
    });
    return { layers: [], problems };
  }
  const layers: ShapefileLayer[] = [];
  for (const shpName of shpNames) {
    const base = shpName.slice(0, -4).toLowerCase();
    const name = `${zipName}/${shpName}`;
    const notes: RowIssue[] = [];
    const note = (code: string, reason: string): void => {
      notes.push({ file: name, line: 0, code, reason });
    };
    const dbf = byLower.get(`${base}.dbf`);
    const prj = byLower.get(`${base}.prj`);
    let crs: CrsKey | undefined;
    if (prj) {
      const r = readPrj(new TextDecoder().decode(prj));
      if (r.crs) crs = r.crs;
      else note('unsupported-prj', `${r.reason}；按 WGS84 读取 (read as WGS84)`);
    } else
      note(
        'no-prj',
        '没有 .prj，按 WGS84/CGCS2000 经纬度读取 (no .prj: read as WGS84/CGCS2000 longitude and latitude)',
      );
    let geometries: ReturnType<typeof parseShp>;
    let rows: Record<string, unknown>[] = [];
    try {
      geometries = parseShp(entries[shpName]);
    } catch (e) {
      problems.push({
        file: name,
        line: 0,
        code: 'bad-shp',
        reason: `无法读取 .shp：${(e as Error).message} (could not read the .shp)`,
      });
      continue;
    }
    if (dbf) {
      const enc = dbfEncoding(dbf, byLower.get(`${base}.cpg`));
      if (enc.from === 'content' && enc.label !== 'utf-8')
        note(
          'dbf-encoding',
          `.dbf 没有 .cpg，按内容判断为 GBK 编码 (no .cpg: the .dbf read as GBK from its ${enc.from})`,
        );
      try {
        rows = parseDbf(dbf, enc.label);
      } catch (e) {
        note('bad-dbf', `无法读取 .dbf：${(e as Error).message}；只读几何 (could not read the .dbf: geometry only)`);
      }
    } else note('no-dbf', '没有 .dbf，要素没有属性 (no .dbf: features have no attributes)');
    if (dbf && rows.length > 0 && rows.length !== geometries.length) {
      note(
        'dbf-count',
        `.dbf 有 ${rows.length} 行而 .shp 有 ${geometries.length} 个要素，按顺序对应 (.dbf and .shp record counts differ; matched in order)`,
      );
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
