/**
 * What the browser will read, decided before a byte of a big file is parsed. A CSV is streamed
 * (byte-source.ts), so its size alone does not endanger the tab; the building columns do, so a
 * CSV is refused when its first 64 KB say it holds more rows than BROWSER_LIMITS.rows. GeoJSON,
 * KML, workbooks (.xlsx, .xls) and zips must be parsed whole, so they are refused above a size.
 * The command line has no such limits.
 */
import { isZip } from './read-shapefile-zip.ts';
import { isCfb, isKmlHead, magicFormat } from './sniff-format.ts';
import { message, messageText, type Message } from '../domain/messages/render.ts';

const MiB = 1 << 20;

export const BROWSER_LIMITS = {
  /** Buildings one page holds comfortably (columns, map buffers, filters: docs/benchmarks.md to 1M). */
  rows: 2_000_000,
  /** GeoJSON (and KML) is parsed whole (one string, then objects): a few times its size in memory. */
  jsonBytes: 256 * MiB,
  /** exceljs and SheetJS keep every cell of a workbook as an object: tens of times its size in memory. */
  workbookBytes: 64 * MiB,
  /** A Shapefile zip is unpacked whole in memory. */
  zipBytes: 256 * MiB,
} as const;

/** Bytes of a file's head read to decide (and to estimate a CSV's rows). */
export const HEAD_BYTES = 1 << 16;

/** "12.3 MB" for messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MB`;
}

function lineBreaks(bytes: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) n++;
  return n;
}

/**
 * Rows a CSV holds, estimated from the line breaks in its head; exact when the head is the whole
 * file. A head with no line break (one very long line) counts as one row per head's length.
 * @example estimateCsvRows(100_000_000, headWith650Lines) // ≈ 990 000
 */
export function estimateCsvRows(size: number, head: Uint8Array): number {
  const breaks = lineBreaks(head);
  if (head.length >= size) return breaks + 1;
  return Math.round((size * Math.max(1, breaks)) / Math.max(1, head.length));
}

function looksLikeJsonHead(name: string, head: Uint8Array): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  for (const b of head.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x7b || b === 0x5b;
  }
  return false;
}

/**
 * Why the browser should not read this file, or null to read it. `head` is its first HEAD_BYTES
 * (or all of it). The reason names the file, its size and the limit.
 * @example browserRefusal('全市楼栋.csv', 500 * 2 ** 20, head)?.code // 'file.too-many-rows-estimated'
 */
export function browserRefusalMessage(name: string, size: number, head: Uint8Array): Message | null {
  const tooBig = (kind: 'xlsx' | 'zip' | 'json' | 'kml', limit: number): Message =>
    message('file.too-big', { name, size: megabytes(size), kind, limit: megabytes(limit) });
  if (isZip(head)) {
    return /\.xlsx$/i.test(name)
      ? size > BROWSER_LIMITS.workbookBytes
        ? tooBig('xlsx', BROWSER_LIMITS.workbookBytes)
        : null
      : size > BROWSER_LIMITS.zipBytes
        ? tooBig('zip', BROWSER_LIMITS.zipBytes)
        : null;
  }
  // An .xls (any OLE2 file) is read whole by SheetJS, as a workbook; a format not read at all
  // (a PDF, an image) is left to the importer, whose report says what it is.
  if (isCfb(head)) return size > BROWSER_LIMITS.workbookBytes ? tooBig('xlsx', BROWSER_LIMITS.workbookBytes) : null;
  if (magicFormat(head)) return null;
  if (isKmlHead(head)) return size > BROWSER_LIMITS.jsonBytes ? tooBig('kml', BROWSER_LIMITS.jsonBytes) : null;
  if (looksLikeJsonHead(name, head))
    return size > BROWSER_LIMITS.jsonBytes ? tooBig('json', BROWSER_LIMITS.jsonBytes) : null;
  const rows = estimateCsvRows(size, head);
  if (rows <= BROWSER_LIMITS.rows) return null;
  return message('file.too-many-rows-estimated', { name, size: megabytes(size), rows, limit: BROWSER_LIMITS.rows });
}

/**
 * The same in both languages, "中文 (English)", as the CLI would print it.
 * @example browserRefusal('全市楼栋.csv', 500 * 2 ** 20, head) // '全市楼栋.csv：文件 500 MB，约 350 万行…'
 */
export function browserRefusal(name: string, size: number, head: Uint8Array): string | null {
  const m = browserRefusalMessage(name, size, head);
  return m && messageText(m, 'both');
}

/** Thrown by the CSV reader when a file passes the estimate but holds more rows than the limit. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
    this.name = 'TooManyRowsError';
  }
}
