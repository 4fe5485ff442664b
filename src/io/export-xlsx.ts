/**
 * Sheets out as an Excel workbook (.xlsx) with exceljs: Chinese headers, the header row frozen,
 * numbers stored as numbers with a format per column kind, subtotal and total rows in bold.
 * Text goes through safeCell() and is always stored as a string value, so a name that starts
 * with = is shown as written and never runs. exceljs is about 1 MB: it is imported only when a
 * workbook is asked for, so the first page load does not carry it.
 */
import type { SheetColumnKind, SheetTable } from '../domain/sheet-table.ts';
import { safeCell } from './spreadsheet-cell.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExcelModule = typeof import('exceljs');

/** exceljs, loaded on first use (a CommonJS/UMD module: its exports may sit on `default`). */
export async function loadExcel(): Promise<ExcelModule> {
  const mod = (await import('exceljs')) as ExcelModule & { default?: ExcelModule };
  return mod.default ?? mod;
}

/** Excel number formats; General (undefined) shows a number as it is. */
const NUM_FMT: Record<SheetColumnKind, string | undefined> = {
  text: '@',
  int: '0',
  decimal: undefined,
  wan: '0.0000',
  rate: '0.00%',
  coord: undefined,
};

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let out = base;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${base.slice(0, 31 - String(n).length - 1)}_${n}`;
  used.add(out.toLowerCase());
  return out;
}

/** Display width of a header: a Chinese character takes two columns. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) > 0x2e80 ? 2 : 1;
  return w;
}

/**
 * A workbook with one worksheet per sheet, as the bytes of an .xlsx file.
 * @example const bytes = await sheetsToXlsx([candidateTableSheet(rows, '项目库')]);
 */
export async function sheetsToXlsx(sheets: readonly SheetTable[]): Promise<Uint8Array> {
  const { Workbook } = await loadExcel();
  const wb = new Workbook();
  wb.creator = '旧改一张图 Renovation Atlas';
  const used = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheetName(sheet.name, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ width: c.width ?? Math.max(8, textWidth(c.header) + 2) }));
    const header = ws.addRow(sheet.columns.map((c) => c.header));
    header.font = { bold: true };
    const totals = new Set(sheet.totalRows);
    sheet.rows.forEach((cells, k) => {
      const row = ws.addRow([]);
      cells.forEach((c, j) => {
        const s = safeCell(c);
        if (s.type === 'empty') return;
        const cell = row.getCell(j + 1);
        if (s.type === 'number') {
          cell.value = s.value;
          const fmt = NUM_FMT[sheet.columns[j]?.kind ?? 'decimal'];
          if (fmt && fmt !== '@') cell.numFmt = fmt;
        } else {
          // A string value: shared-string cells are text to Excel and WPS, whatever they start with.
          cell.value = s.value;
        }
      });
      if (totals.has(k)) row.font = { bold: true };
    });
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
