/**
 * What a spreadsheet cell gets from a sheet cell — the one place that decides, for every
 * exporter. Numbers stay numbers (negative ones too); NaN and infinities are empty cells. Text
 * that Excel or WPS would run as a formula — it starts with = + - @, a tab or a carriage
 * return — is marked: CSV writes it with a leading apostrophe, Excel (.xlsx) stores it as a
 * string value, never as a formula. (CSV injection, OWASP.)
 */
import type { SheetCell } from '../domain/sheet-table.ts';

export type SafeCell =
  | { type: 'empty' }
  | { type: 'number'; value: number }
  | {
      type: 'text';
      /** The text as it is. */
      value: string;
      /** True when a spreadsheet would take the text for a formula. */
      formulaLike: boolean;
      /** The text for a format without cell types (CSV): an apostrophe first when formulaLike. */
      inert: string;
    };

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * @example safeCell('=1+1') // { type: 'text', value: '=1+1', formulaLike: true, inert: "'=1+1" }
 * @example safeCell(-3) // { type: 'number', value: -3 }
 */
export function safeCell(c: SheetCell): SafeCell {
  if (c === null) return { type: 'empty' };
  if (typeof c === 'number') return Number.isFinite(c) ? { type: 'number', value: c } : { type: 'empty' };
  if (c === '') return { type: 'empty' };
  const formulaLike = FORMULA_START.test(c);
  return { type: 'text', value: c, formulaLike, inert: formulaLike ? `'${c}` : c };
}

/**
 * Undo the CSV apostrophe when a file we wrote is read back: "'=x" -> "=x". Other text, and an
 * apostrophe before anything a spreadsheet would not run, is left as it is.
 * @example restoreInert("'=1+1") // '=1+1'
 */
export function restoreInert(text: string): string {
  return text.length > 1 && text[0] === "'" && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
