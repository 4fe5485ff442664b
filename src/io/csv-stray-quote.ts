/**
 * A stray quote that closes lines further on: `B5,"东风小区,…` with `B9,幸福小区",…` four lines
 * on reads, by the CSV rules, as one record whose cell holds the lines from B5 to B9, and the
 * buildings between are gone. A cell written with line breaks (an address, a note, Excel's
 * Alt+Enter in a header) reads the same way, rightly. What tells them apart: each line of a stray
 * quote's record, read alone with that quote taken as a character, is a whole row of the table;
 * each line of a cell with line breaks holds a piece of a row. So a record over several lines is
 * taken for a stray quote when every one of its lines is as wide as the record before it, and
 * either the record itself is not (its cell count differs) or that width is MIN_WIDTH_TO_RESPLIT
 * or more, where whole rows cannot be there by chance. CsvRowStream (csv-rows.ts) then sets the
 * record's first line aside and reads on from the next, where the closing quote, inside a cell,
 * is a character.
 */
import Papa from 'papaparse';

/**
 * Fewest cells a row needs before a record that fits it as read (the same cell count) is still
 * taken apart because each of its lines is a whole row too: below this, a note with a comma or
 * two on each of its lines could fit by chance.
 */
export const MIN_WIDTH_TO_RESPLIT = 5;

/** The line break between a file's records. */
export type LineBreak = '\r\n' | '\n' | '\r';

/** A record a stray quote ran over several lines: its index in the rows, where it starts in the text, its lines. */
export interface StraySpan {
  row: number;
  start: number;
  lines: number;
}

/**
 * The first of `rows`, as papaparse read them from `text` (complete records from its start, the
 * last perhaps unfinished), that a stray quote ran over several lines; null when none. `width`:
 * the cells of the last record before them that had two or more (0 when none).
 * @example findStrayQuote([['1', '2,3\n4,5,6\n7', '8', '9']], '1,"2,3\n4,5,6\n7",8,9\n', 3, ',', '\n')
 * // { row: 0, start: 0, lines: 3 }
 */
export function findStrayQuote(
  rows: readonly string[][],
  text: string,
  width: number,
  delimiter: string,
  newline: LineBreak,
): StraySpan | null {
  let ends: number[] | null = null;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (width >= 2 && (row.length !== width || width >= MIN_WIDTH_TO_RESPLIT) && spansLines(row, newline)) {
      ends ??= recordEnds(text, delimiter, newline);
      const start = r === 0 ? 0 : ends[r - 1];
      let record = text.slice(start, ends[r] ?? text.length);
      if (record.endsWith(newline)) record = record.slice(0, -newline.length);
      const lines = record.split(newline);
      if (lines.every((l) => l.trim() === '' || cellsOnLine(l, delimiter) === width)) {
        return { row: r, start, lines: lines.length };
      }
    }
    if (row.length >= 2) width = row.length;
  }
  return null;
}

/** Where each complete record of `text` ends (after its line break), as papaparse splits them. */
function recordEnds(text: string, delimiter: string, newline: LineBreak): number[] {
  const ends: number[] = [];
  const step = (res: Papa.ParseStepResult<string[]>): void => {
    ends.push(res.meta.cursor);
  };
  new Papa.Parser({ delimiter, newline, step }).parse(text, 0, true);
  return ends;
}

/** Does a cell of the record hold the file's line break (the record runs over several lines)? */
function spansLines(row: readonly string[], newline: string): boolean {
  for (const cell of row) if (cell.includes(newline)) return true;
  return false;
}

/**
 * Cells in one line read alone, a quote that does not close on the line taken as a character
 * (so the cell it starts ends at the next delimiter). A quoted cell closes at a quote followed,
 * after any spaces, by the delimiter or the line's end, as papaparse reads it.
 * @example cellsOnLine('B5,"东风小区,5号楼,117.2', ',') // 4
 * @example cellsOnLine('B5,"1,000",12', ',') // 3
 */
export function cellsOnLine(line: string, delimiter: string): number {
  let cells = 1;
  let i = 0;
  for (;;) {
    if (line.charCodeAt(i) === 0x22) {
      const after = closingQuoteEnd(line, i + 1, delimiter);
      if (after >= 0) {
        if (after >= line.length) return cells;
        cells++;
        i = after + delimiter.length;
        continue;
      }
    }
    const d = line.indexOf(delimiter, i);
    if (d < 0) return cells;
    cells++;
    i = d + delimiter.length;
  }
}

/** Index just past a quoted cell's closing quote and its trailing spaces (at a delimiter or the end), or -1. */
function closingQuoteEnd(line: string, from: number, delimiter: string): number {
  for (let q = line.indexOf('"', from); q >= 0; q = line.indexOf('"', q + 1)) {
    if (line.charCodeAt(q + 1) === 0x22) {
      q++; // an escaped quote
      continue;
    }
    let k = q + 1;
    while (line.charCodeAt(k) === 0x20) k++;
    if (k >= line.length || line.startsWith(delimiter, k)) return k;
  }
  return -1;
}
