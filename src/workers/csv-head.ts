/**
 * The first rows of a CSV, read from its first bytes only: the header list (to find a
 * remembered column map before the import) and a preview for the column-matching dialog.
 */
import { readRange, sizeOf, type FileContent } from '../io/byte-source.ts';
import { CsvRowStream } from '../io/csv-rows.ts';
import { decodeInChunks, sniffEncoding, type TextEncodingName } from '../io/detect-encoding.ts';
import { findTableLayout, HEADER_SEARCH_ROWS } from '../domain/table-layout.ts';

/** Bytes read for the head: a header and a few rows fit many times over. */
const HEAD_BYTES = 1 << 16;

export interface CsvHead {
  /** Headers as the CSV reader sees them: found below any title, two header rows combined, repeats numbered. */
  headers: string[];
  /** Up to `maxRows` data rows after the header, as written. */
  rows: string[][];
}

/** Is this a file the importer reads as JSON rather than CSV (see importFiles)? */
function looksLikeJson(name: string, text: string): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  const head = text.trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

/**
 * Header and first rows of a CSV file, or null for JSON, an empty file, or one without a header.
 * The header is found as the importer finds it (table-layout.ts), or taken on `headerLine`.
 * @example csvHead('a.csv', bytes, 5)?.headers // ['A', 'B', 'C', 'D']
 */
export function csvHead(
  name: string,
  bytes: FileContent,
  maxRows: number,
  encoding?: TextEncodingName,
  headerLine?: number,
): CsvHead | null {
  const size = sizeOf(bytes);
  if (size === 0) return null;
  const enc = encoding ?? sniffEncoding(bytes).encoding;
  const slice = readRange(bytes, 0, HEAD_BYTES);
  let text = '';
  for (const piece of decodeInChunks(slice, enc, HEAD_BYTES)) text += piece;
  if (looksLikeJson(name, text)) return null;
  const cut = slice.length < size;
  const rows: string[][] = [];
  const most = HEADER_SEARCH_ROWS + maxRows + 2;
  const stream = new CsvRowStream({
    rows(got) {
      for (const r of got) if (rows.length < most) rows.push(r);
    },
    unclosed() {
      if (rows.length < most) rows.push([]);
    },
    problem() {
      // a preview: problems are the import report's business
    },
  });
  stream.push(text);
  stream.end();
  if (rows.length === 0) return null;
  // The last row of a cut slice may be cut too.
  const whole = cut && rows.length < most ? rows.slice(0, -1) : rows;
  const layout = findTableLayout(whole, 1, headerLine);
  const data = whole.slice(layout.dataIndex).filter((r) => r.some((c) => c.trim() !== ''));
  return { headers: layout.headers, rows: data.slice(0, maxRows) };
}
