/**
 * Old Excel workbooks (.xls, Excel 97-2003 and WPS, the commonest workbook in Chinese offices)
 * in, as read-xlsx.ts reads .xlsx: one sheet (the first, or the one asked for) as UTF-8 CSV text,
 * one line per sheet row so that the report's line numbers are Excel's row numbers (empty rows
 * kept). SheetJS reads the binary format (exceljs reads only .xlsx); it is loaded only when an
 * .xls arrives, so it stays out of the page's bundle.
 *
 * Cells: numbers as JavaScript writes them, cells with a date format as YYYY-MM-DD (with the time
 * when there is one; from the serial number, so the time zone of the machine does not matter), a
 * formula's cached value, errors as empty cells. A merged range keeps its value in its top-left
 * cell only, the others empty, as Excel and WPS save it as CSV.
 */
import type { RowIssue } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import type { WorkbookSheet } from './read-xlsx.ts';

type SheetJs = typeof import('@e965/xlsx');
type Sheet = import('@e965/xlsx').WorkSheet;
type Cell = import('@e965/xlsx').CellObject;

async function sheetJs(): Promise<SheetJs> {
  const mod = (await import('@e965/xlsx')) as SheetJs & { default?: SheetJs };
  return mod.default && 'read' in mod.default ? mod.default : mod;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A date serial as text, by SheetJS's own calendar (1900 or 1904, Excel's 1900 leap-year bug kept). */
function serialText(X: SheetJs, serial: number, date1904: boolean): string {
  const d = X.SSF.parse_date_code(serial, { date1904 });
  if (!d) return String(serial);
  const day = `${d.y}-${pad(d.m)}-${pad(d.d)}`;
  return d.H || d.M || d.S ? `${day} ${pad(d.H)}:${pad(d.M)}:${pad(d.S)}` : day;
}

/** A cell's value as the text a CSV would hold. */
function cellText(X: SheetJs, c: Cell | undefined, date1904: boolean): string {
  if (!c || c.v === undefined || c.v === null) return '';
  switch (c.t) {
    case 'n': {
      const v = c.v as number;
      if (!Number.isFinite(v)) return '';
      return typeof c.z === 'string' && X.SSF.is_date(c.z) ? serialText(X, v, date1904) : String(v);
    }
    case 'b':
      return c.v ? 'TRUE' : 'FALSE';
    case 'd':
      return c.v instanceof Date && !Number.isNaN(c.v.getTime()) ? c.v.toISOString().slice(0, 10) : '';
    case 'e':
    case 'z':
      return '';
    default:
      return String(c.v);
  }
}

/** As read-xlsx.ts quotes a cell: only when it must. */
function csvCell(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Cells a merge covers other than its top-left one, as row * 2^14 + column (Excel has 2^14 columns). */
function mergedAway(ws: Sheet): Set<number> {
  const out = new Set<number>();
  for (const m of ws['!merges'] ?? []) {
    for (let r = m.s.r; r <= m.e.r; r++)
      for (let c = m.s.c; c <= m.e.c; c++) if (r !== m.s.r || c !== m.s.c) out.add(r * 16384 + c);
  }
  return out;
}

/** The sheet's lines from row 1 (Excel's numbering) to its last, from column A to its last. */
function sheetLines(X: SheetJs, ws: Sheet, date1904: boolean): string[] {
  if (!ws['!ref']) return [];
  const range = X.utils.decode_range(ws['!ref']);
  const away = mergedAway(ws);
  const dense = ws['!data'];
  const lines: string[] = [];
  for (let r = 0; r <= range.e.r; r++) {
    const cells: string[] = [];
    for (let c = 0; c <= range.e.c; c++) {
      const cell = dense ? dense[r]?.[c] : (ws[X.utils.encode_cell({ r, c })] as Cell | undefined);
      cells.push(away.has(r * 16384 + c) ? '' : csvCell(cellText(X, cell, date1904)));
    }
    lines.push(cells.join(','));
  }
  return lines;
}

function problem(name: string, code: string, reason: ReturnType<typeof said>): { problem: RowIssue } {
  return { problem: { file: name, line: 0, code, ...reason } };
}

/**
 * One sheet of an .xls as CSV; `sheet` names it (default: the first). Problems (a damaged or
 * password-protected file, a sheet not there) come back as an issue naming the file, never thrown.
 * @example (await xlsToCsv('楼栋.xls', bytes)).sheet // '楼栋'
 */
export async function xlsToCsv(
  name: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<WorkbookSheet | { problem: RowIssue }> {
  try {
    const X = await sheetJs();
    const wb = X.read(bytes, { type: 'array', dense: true, cellNF: true, cellDates: false, cellHTML: false });
    const sheets = wb.SheetNames;
    const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s === sheet);
    if (chosen === undefined || !wb.Sheets[chosen]) {
      const reason = sheet === undefined ? said('xlsx.no-sheet') : said('xlsx.no-such-sheet', { sheet, sheets });
      return problem(name, 'no-sheet', reason);
    }
    const lines = sheetLines(X, wb.Sheets[chosen], Boolean(wb.Workbook?.WBProps?.date1904));
    return { sheet: chosen, sheets, csv: new TextEncoder().encode(lines.join('\r\n')) };
  } catch (e) {
    return problem(name, 'bad-xls', said('xlsx.unreadable', { detail: (e as Error).message }));
  }
}
