/**
 * A programme CSV's text split into its lines' cells with papaparse, for the programme reader
 * (src/domain/programme-csv.ts). Each physical line is one row, so a problem's line number is the
 * line a planner sees in a text editor, and each line takes its own separator: a tab when it has
 * tabs and no comma (pasted from a spreadsheet), else a comma.
 */
import Papa from 'papaparse';
import type { RowIssue } from '../domain/import-report.ts';
import type { Programme } from '../domain/programme.ts';
import { readProgrammeRows } from '../domain/programme-csv.ts';

/**
 * Cells of one CSV line, trimmed: quotes around a cell that holds the separator ("1,200"), ""
 * for a quote inside one; a quote never closed runs to the end of the line.
 * @example splitCsvLine('目标,户数,"1,200"') // ['目标', '户数', '1,200']
 */
export function splitCsvLine(line: string): string[] {
  const delimiter = line.includes('\t') && !line.includes(',') ? '\t' : ',';
  const [cells = ['']] = Papa.parse<string[]>(line, { delimiter, newline: '\n' }).data;
  return cells.map((c) => c.trim());
}

/**
 * Read a programme from CSV text (already decoded; a BOM is dropped). Problems are returned as
 * issues with line numbers (line 1 = the first line), never thrown.
 * @example readProgrammeCsv('年度,2023\n目标,户数,874', 'p.csv').programme?.targets.households // 874
 */
export function readProgrammeCsv(text: string, file: string): { programme: Programme | null; issues: RowIssue[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  return readProgrammeRows(lines.map(splitCsvLine), file);
}
