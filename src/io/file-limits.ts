/**
 * What the browser will read, decided before a byte of a big file is parsed. A CSV is streamed
 * (byte-source.ts), so its size alone does not endanger the tab; the building columns do, so a
 * CSV is refused when its first 64 KB say it holds more rows than BROWSER_LIMITS.rows. GeoJSON,
 * workbooks and zips must be parsed whole, so they are refused above a size. The command line
 * has no such limits.
 */
import { isZip } from './read-shapefile-zip.ts';

const MiB = 1 << 20;

export const BROWSER_LIMITS = {
  /** Buildings one page holds comfortably (columns, map buffers, filters: docs/benchmarks.md to 1M). */
  rows: 2_000_000,
  /** GeoJSON is parsed whole (JSON.parse of one string, then objects): a few times its size in memory. */
  jsonBytes: 256 * MiB,
  /** exceljs keeps every cell of a workbook as an object: tens of times its size in memory. */
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
 * (or all of it). The reason is "中文 (English)" and names the file, its size and the limit.
 * @example browserRefusal('全市楼栋.csv', 500 * 2 ** 20, head) // '全市楼栋.csv：约 350 万行…'
 */
export function browserRefusal(name: string, size: number, head: Uint8Array): string | null {
  const tooBig = (what: string, whatEn: string, limit: number): string =>
    `${name}：${what}文件 ${megabytes(size)}，超过浏览器中可读取的 ${megabytes(limit)}；此文件未读取，已载入的数据不变。请拆分文件，或用命令行（npm run cli）处理 ` +
    `(${name}: a ${megabytes(size)} ${whatEn} file, more than the ${megabytes(limit)} the browser reads; the file was not read and the data already loaded are unchanged. Split it, or use the command line)`;
  if (isZip(head)) {
    return /\.xlsx$/i.test(name)
      ? size > BROWSER_LIMITS.workbookBytes
        ? tooBig('Excel ', 'Excel', BROWSER_LIMITS.workbookBytes)
        : null
      : size > BROWSER_LIMITS.zipBytes
        ? tooBig('压缩包', 'zip', BROWSER_LIMITS.zipBytes)
        : null;
  }
  if (looksLikeJsonHead(name, head))
    return size > BROWSER_LIMITS.jsonBytes ? tooBig(' JSON ', 'JSON', BROWSER_LIMITS.jsonBytes) : null;
  const rows = estimateCsvRows(size, head);
  if (rows <= BROWSER_LIMITS.rows) return null;
  const wan = (n: number): string => `${Math.round(n / 10_000)} 万`;
  return (
    `${name}：文件 ${megabytes(size)}，约 ${wan(rows)}行，超过浏览器中一次可载入的 ${wan(BROWSER_LIMITS.rows)}行；此文件未读取，已载入的数据不变。请按街道拆分文件，或用命令行（npm run cli）处理 ` +
    `(${name}: ${megabytes(size)}, about ${rows.toLocaleString('en')} rows, more than the ${BROWSER_LIMITS.rows.toLocaleString('en')} the browser loads at once; the file was not read and the data already loaded are unchanged. Split it by street office, or use the command line)`
  );
}

/** Thrown by the CSV reader when a file passes the estimate but holds more rows than the limit. */
export class TooManyRowsError extends Error {
  constructor(readonly limit: number) {
    super(`more than ${limit} rows`);
    this.name = 'TooManyRowsError';
  }
}
