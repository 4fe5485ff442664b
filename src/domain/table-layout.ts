/**
 * Where the table is in a sheet as offices make them: a title ("XX区2024年城镇老旧小区改造项目
 * 汇总表") and a 填报单位/日期 line above the header, a header of one row or of two (建筑面积 merged
 * over 平方米 and 万㎡), sometimes a row of column numbers under it. Found from the first rows of a
 * CSV, a text export or a workbook's sheet, before any row is read as a building.
 */
import { matchHeader } from './fields.ts';
import { normalizeCell } from './normalize-cell.ts';

/** A row of the sheet that is not a building, and why (reported by line, never as a rejected building). */
export type SkippedRowCode =
  'title-row' | 'totals-row' | 'section-row' | 'footer-row' | 'header-repeat' | 'column-numbers';

export interface SkippedRow {
  /** Line (record) number in the file, as a spreadsheet numbers its rows. */
  line: number;
  code: SkippedRowCode;
  /** The row's non-empty cells, joined with " | ". */
  value: string;
}

export interface TableLayout {
  /** Index in the given rows of the header row (the lower one of a two-row header). */
  headerIndex: number;
  /** 1 or 2: rows the header takes (a two-row header starts at headerIndex - 1 or ends at headerIndex + 1). */
  headerRows: number;
  /** Index of the first row after the header (and after a column-number row). */
  dataIndex: number;
  /** The column names: a two-row header's cells combined ("建筑面积/万㎡"), repeated names made unique. */
  headers: string[];
  /** Rows above the header and a column-number row, as skipped rows (lines from `firstLine`). */
  skipped: SkippedRow[];
}

/** Rows searched for the header: titles and 填报 lines take a few, never dozens. */
export const HEADER_SEARCH_ROWS = 30;

/** Header words that name no field but mark a row as a header (printed tables' own columns). */
const OTHER_HEADER_WORDS = new Set([
  '备注',
  '说明',
  '改造内容',
  '基础类',
  '完善类',
  '提升类',
  '基本情况',
  '基本信息',
  '改造情况',
  '项目情况',
  '进度情况',
  '建设内容',
  '资金来源',
  '位置',
  '坐标',
  '面积',
  '序号',
]);

const UNIT_CELL =
  /^[(（]?\s*(?:单位[:：]?)?\s*(万平方米|平方米|万㎡|㎡|万平米|平米|m²|m2|万元|亿元|元|户|栋|幢|层|年|个|处|米|千米|公里)\s*[)）]?$/i;

const text = (c: string | undefined): string => (c === undefined ? '' : normalizeCell(c.replace(/^\uFEFF/, '')));

const isNumberCell = (c: string): boolean => /^[-+]?\d+(?:\.\d+)?$/.test(c);

/** How many cells of a row name a field (each field once) or are a printed table's header words. */
export function headerScore(cells: readonly string[]): number {
  const fields = new Set<string>();
  let other = 0;
  for (const raw of cells) {
    const c = text(raw);
    if (c === '' || isNumberCell(c)) continue;
    const f = matchHeader(c).field;
    if (f !== null) fields.add(f);
    else if (OTHER_HEADER_WORDS.has(c)) other++;
  }
  return fields.size * 2 + other;
}

const nonEmpty = (cells: readonly string[]): string[] => cells.map(text).filter((c) => c !== '');

/** The row's cells as a report shows them: as written, the empty ones left out. */
export function rowText(cells: readonly string[]): string {
  return cells
    .map((c) => c.replace(/^\uFEFF/, '').trim())
    .filter((c) => c !== '')
    .join(' | ');
}

/**
 * A row of only column numbers under a header (1, 2, 3 … or （1）（2）…), as printed forms have.
 * @example isColumnNumberRow(['1', '2', '3', '4']) // true
 */
export function isColumnNumberRow(cells: readonly string[]): boolean {
  const vals = nonEmpty(cells).map((c) => c.replace(/^[(（](\d+)[)）]$/, '$1'));
  if (vals.length < 3) return false;
  return vals.every((v, k) => v === String(Number(vals[0]) + k)) && Number(vals[0]) <= 1;
}

/**
 * Is `lower` the second row of a two-row header under `upper`? It holds no numbers, and each of its
 * cells sits under a merged or empty upper cell, repeats the cell above, is a unit, or is a header
 * word itself; a data row has names and numbers that are none of these.
 */
function isSubHeader(upper: readonly string[], lower: readonly string[]): boolean {
  const u = upper.map(text);
  const l = lower.map(text);
  let any = false;
  for (let j = 0; j < l.length; j++) {
    const c = l[j];
    if (c === '') continue;
    any = true;
    if (isNumberCell(c)) return false;
    const underMerge = (u[j] ?? '') === '' || (j > 0 && u[j] === u[j - 1]);
    const ok = underMerge || c === u[j] || UNIT_CELL.test(c) || headerScore([c]) > 0;
    if (!ok) return false;
  }
  return any;
}

/**
 * Is `upper` a group row over the header row `lower` (基本情况 merged over 楼栋编号, 经度 …)? At least
 * two different cells, no numbers, no "填报单位：" line, each cell over a merge (the next cell
 * empty or the same) or repeated in the cell below.
 */
function isGroupRow(upper: readonly string[], lower: readonly string[]): boolean {
  const u = upper.map(text);
  const l = lower.map(text);
  const vals = u.filter((c) => c !== '');
  if (new Set(vals).size < 2) return false;
  for (let j = 0; j < u.length; j++) {
    const c = u[j];
    if (c === '') continue;
    if (isNumberCell(c) || /[:：]/.test(c)) return false;
    const overMerge = j + 1 < u.length && (u[j + 1] === '' || u[j + 1] === c) && (l[j + 1] ?? '') !== '';
    if (!overMerge && c !== l[j]) return false;
  }
  return true;
}

/**
 * The names of a two-row header's columns: an upper cell merged across columns (written once, the
 * rest empty, or repeated) stands over each lower cell under it; "建筑面积" over "万㎡" gives
 * "建筑面积/万㎡", which reads the unit. Where the combined name names no field but the lower cell
 * alone does (基本情况/楼栋编号), the lower cell is the name.
 * @example combineHeaderRows(['建筑面积', '', '楼栋编号'], ['平方米', '万㎡', '']) // ['建筑面积/平方米', '建筑面积/万㎡', '楼栋编号']
 */
export function combineHeaderRows(upper: readonly string[], lower: readonly string[]): string[] {
  const width = Math.max(upper.length, lower.length);
  const out: string[] = [];
  let group = '';
  for (let j = 0; j < width; j++) {
    const u = text(upper[j]);
    const l = text(lower[j]);
    if (u !== '') group = l !== '' ? u : '';
    const top = u !== '' ? u : l !== '' ? group : '';
    if (u === '' && l === '') group = '';
    if (l === '' || top === l) out.push(top);
    else if (top === '') out.push(l);
    else {
      const both = `${top}/${l}`;
      out.push(matchHeader(both).field === null && matchHeader(l).field !== null ? l : both);
    }
  }
  return out;
}

/**
 * Headers made unique: a second "备注" becomes "备注 #2", so a column map or an extra column can
 * tell them apart. Names are trimmed, a BOM dropped.
 */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    const t = h.replace(/^\uFEFF/, '').trim();
    if (t === '') return t;
    const k = (seen.get(t) ?? 0) + 1;
    seen.set(t, k);
    return k === 1 ? t : `${t} #${k}`;
  });
}

/** The best header row among the first rows: most field words; ties go to the earlier row. */
function bestHeaderRow(rows: readonly (readonly string[])[]): number {
  let best = -1;
  let bestScore = 0;
  const n = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < n; r++) {
    const s = headerScore(rows[r]);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  // Fewer than two known words: no header is recognisable. The first row of two different cells or
  // more is the header (a title merged across the table, written once or in every cell, is not);
  // else the first non-blank row. The column-matching dialog then asks, and offers the other rows.
  if (bestScore < 4) {
    const k = rows.slice(0, n).findIndex((r) => new Set(nonEmpty(r)).size >= 2);
    return k >= 0
      ? k
      : Math.max(
          0,
          rows.findIndex((r) => nonEmpty(r).length > 0),
        );
  }
  return best;
}

/**
 * The table's layout in a sheet's first rows (HEADER_SEARCH_ROWS are enough). `firstLine` is the line
 * number of rows[0]; `chosenLine` a header line the user picked (then no search).
 * @example findTableLayout([['XX区汇总表'], ['楼栋编号', '经度', '纬度'], ['B1', '117.2', '34.8']], 1).headerIndex // 1
 */
export function findTableLayout(rows: readonly (readonly string[])[], firstLine = 1, chosenLine?: number): TableLayout {
  const chosen = chosenLine === undefined ? -1 : chosenLine - firstLine;
  let h = chosen >= 0 && chosen < rows.length ? chosen : bestHeaderRow(rows);
  let headerRows = 1;
  let headers: string[];
  let top = h;
  if (h + 1 < rows.length && isSubHeader(rows[h], rows[h + 1])) {
    headers = combineHeaderRows(rows[h], rows[h + 1]);
    headerRows = 2;
    h = h + 1;
  } else if (h > 0 && chosen < 0 && isGroupRow(rows[h - 1], rows[h])) {
    headers = combineHeaderRows(rows[h - 1], rows[h]);
    headerRows = 2;
    top = h - 1;
  } else headers = (rows[h] ?? []).map((c) => c);
  const skipped: SkippedRow[] = [];
  for (let r = 0; r < top; r++) {
    if (nonEmpty(rows[r]).length > 0) skipped.push({ line: firstLine + r, code: 'title-row', value: rowText(rows[r]) });
  }
  let dataIndex = h + 1;
  if (dataIndex < rows.length && isColumnNumberRow(rows[dataIndex])) {
    skipped.push({ line: firstLine + dataIndex, code: 'column-numbers', value: rowText(rows[dataIndex]) });
    dataIndex++;
  }
  return { headerIndex: h, headerRows, dataIndex, headers: uniqueHeaders(headers), skipped };
}
