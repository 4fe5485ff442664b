/**
 * Excel workbooks (.xlsx) in: one sheet (the first, or the one asked for) becomes CSV text and
 * goes through the same column matching, parsing and report as a CSV, each sheet row on the same
 * line number as Excel shows it (empty rows kept as empty lines of cells). exceljs reads the
 * workbook (it already writes our exports; loaded only when a workbook arrives); reading is
 * asynchronous, so workbooks are converted before the import (expand-containers.ts).
 *
 * Cells: a merged range's value in its top-left cell only, numbers as written by JavaScript,
 * dates as YYYY-MM-DD (with the time when there is one), a formula's cached result, rich text and
 * hyperlinks as their text, errors as empty cells.
 */
import type { RowIssue } from '../domain/import-report.ts';
import { isXlsxZip, isZip } from './read-shapefile-zip.ts';
import { unzipSync } from 'fflate';
import { said } from '../domain/messages/render.ts';

type ExcelModule = typeof import('exceljs');

async function excel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

/** Is this an .xlsx workbook (a zip with an xl/ part)? */
export function isXlsx(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    // Only the names are needed: fflate's filter keeps every entry out of memory.
    const names: string[] = [];
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
    return isXlsxZip(names);
  } catch {
    return false;
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');

function dateText(d: Date): string {
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const hasTime = d.getUTCHours() !== 0 || d.getUTCMinutes() !== 0 || d.getUTCSeconds() !== 0;
  return hasTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` : day;
}

/** A cell's value as the text a CSV would hold. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : dateText(v);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('error' in o) return '';
    if ('result' in o) return cellText(o.result);
    if (Array.isArray(o.richText)) return o.richText.map((r: { text?: string }) => r.text ?? '').join('');
    if ('text' in o) return cellText(o.text);
  }
  return String(v);
}

/**
 * A cell's text, a merged range's value in its top-left cell only: exceljs repeats it in every
 * cell of the range, but a title merged across 22 columns is one title, and a CSV saved by Excel
 * or WPS (and SheetJS's .xls) has it once — the header finder reads both alike (table-layout.ts).
 */
function mergedCellText(cell: {
  value: unknown;
  isMerged: boolean;
  master: { address: string };
  address: string;
}): string {
  if (cell.isMerged && cell.master.address !== cell.address) return '';
  return cellText(cell.value);
}

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface WorkbookSheet {
  /** The sheet read. */
  sheet: string;
  /** Every sheet's name, in order, for the report (and a later choice). */
  sheets: string[];
  /** The sheet as UTF-8 CSV text. */
  csv: Uint8Array;
}

/**
 * One sheet of a workbook as CSV; `sheet` names it (default: the first). Problems come back as
 * an issue naming the file, never thrown.
 */
export async function xlsxToCsv(
  name: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<WorkbookSheet | { problem: RowIssue }> {
  try {
    const ExcelJS = await excel();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheets = wb.worksheets.map((w) => w.name);
    const ws = sheet === undefined ? wb.worksheets[0] : wb.worksheets.find((w) => w.name === sheet);
    if (!ws) {
      const reason = sheet === undefined ? said('xlsx.no-sheet') : said('xlsx.no-such-sheet', { sheet, sheets });
      return { problem: { file: name, line: 0, code: 'no-sheet', ...reason } };
    }
    const lines: string[] = [];
    const width = ws.actualColumnCount > 0 ? ws.columnCount : 0;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= width; c++) cells.push(csvCell(mergedCellText(row.getCell(c))));
      lines.push(cells.join(','));
    }
    return { sheet: ws.name, sheets, csv: new TextEncoder().encode(lines.join('\r\n')) };
  } catch (e) {
    return {
      problem: {
        file: name,
        line: 0,
        code: 'bad-xlsx',
        ...said('xlsx.unreadable', { detail: (e as Error).message }),
      },
    };
  }
}
