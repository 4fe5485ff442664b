/**
 * Rows of an office's table that are not buildings: 小计/合计/总计 rows (in any column: "穆棱街道小计",
 * "小  计"), a street's section heading ("一、穆棱街道"), the 填报人/审核人 footer, and the header printed
 * again on a later page. Told apart per row while a file streams, so the checks look at a cell's
 * first or last character before any pattern.
 */
import type { SkippedRowCode } from './table-layout.ts';

/** 小计 rows sum the rows since the last subtotal or section; 合计 and 总计 rows the whole table. */
export type TotalsScope = 'subtotal' | 'total';

const TOTALS_CELL = /^(.{0,24}?)\s*(小\s*计|合\s*计|总\s*计|共\s*计|累\s*计|sub-?total|total)\s*[:：]?$/i;
const FOOTER_CELL =
  /^(填报人|填表人|审核人|审核|联系电话|联系人|制表|制表人|负责人|单位负责人|分管领导|主要领导|填报日期|填表日期|统计人|经办人)\s*[:：]?/;
const SECTION_CELL = /^(?:[一二三四五六七八九十]+\s*[、.．]\s*.+|.{1,20}(?:街道办事处|街道|镇|乡|办事处))$/;

const CH_JI = 0x8ba1; // 计
const CH_COLON = 0xff1a; // ：

/** The scope a totals cell speaks for, or null: 小计 a subtotal, else the whole table. */
export function totalsScope(cell: string): TotalsScope | null {
  // Every cell of every row comes here: its last character is looked at before anything is made.
  let e = cell.length - 1;
  while (e >= 0 && cell.charCodeAt(e) <= 32) e--;
  if (e < 1) return null;
  let last = cell.charCodeAt(e);
  if (last === CH_COLON || last === 0x3a) last = cell.charCodeAt(e - 1);
  if (last !== CH_JI && last !== 0x6c && last !== 0x4c) return null;
  const m = cell.trim().match(TOTALS_CELL);
  if (!m) return null;
  return /小|sub/i.test(m[2]) ? 'subtotal' : 'total';
}

/** A totals row: a 小计/合计/总计 cell anywhere in it. The scope, or null. */
export function totalsRowScope(cells: readonly string[]): TotalsScope | null {
  for (let k = 0; k < cells.length; k++) {
    const s = totalsScope(cells[k]);
    if (s) return s;
  }
  return null;
}

function firstNonEmpty(cells: readonly string[]): number {
  for (let k = 0; k < cells.length; k++) {
    const c = cells[k];
    if (c !== '' && (c.charCodeAt(0) > 32 || c.trim() !== '')) return k;
  }
  return -1;
}

/** The cell without surrounding spaces, made only when it has them (most cells have none). */
const trimmed = (c: string): string => (c.charCodeAt(0) <= 32 || c.charCodeAt(c.length - 1) <= 32 ? c.trim() : c);

/**
 * What a row that is not a building is, or null for a row to read as a building. `header` is the
 * table's header as written in the sheet (its lower row, cells trimmed), to see the header printed again.
 * @example rowKind(['穆棱街道小计', '', '120'], []) // 'totals-row'
 */
export function rowKind(cells: readonly string[], header: readonly string[]): SkippedRowCode | null {
  const k = firstNonEmpty(cells);
  if (k < 0) return null;
  if (totalsRowScope(cells) !== null) return 'totals-row';
  const first = trimmed(cells[k]);
  const ch = first.charCodeAt(0);
  // 填 审 联 制 负 单 分 主 统 经: the words a footer starts with.
  if (
    (ch === 0x586b ||
      ch === 0x5ba1 ||
      ch === 0x8054 ||
      ch === 0x5236 ||
      ch === 0x8d1f ||
      ch === 0x5355 ||
      ch === 0x5206 ||
      ch === 0x4e3b ||
      ch === 0x7edf ||
      ch === 0x7ecf) &&
    FOOTER_CELL.test(first)
  )
    return 'footer-row';
  if (k < header.length && first === header[k] && isHeaderAgain(cells, header)) return 'header-repeat';
  if (isSection(cells, k)) return 'section-row';
  return null;
}

/** Every non-empty cell equal to the header's cell above it. */
function isHeaderAgain(cells: readonly string[], header: readonly string[]): boolean {
  let same = 0;
  for (let j = 0; j < cells.length; j++) {
    const c = cells[j].trim();
    if (c === '') continue;
    if (c !== (header[j] ?? '').trim()) return false;
    same++;
  }
  return same >= 2;
}

/** One value in the row (written once, or repeated across a merge), naming a street or numbering a part. */
function isSection(cells: readonly string[], k: number): boolean {
  const v = trimmed(cells[k]);
  for (let j = k + 1; j < cells.length; j++) {
    const c = cells[j];
    if (c === '' || c === v) continue;
    const t = trimmed(c);
    if (t !== '' && t !== v) return false;
  }
  return SECTION_CELL.test(v);
}
