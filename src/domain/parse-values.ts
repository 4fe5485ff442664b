/**
 * Value parsers for the formats Chinese offices really write: years and decades,
 * 万/亿 quantities with units, grades, yes/no, stages, types and dates.
 *
 * Every parser takes one trimmed, non-empty cell and returns `null` when it cannot
 * read it, so the caller can warn and leave the field empty. None of them throws.
 */
import {
  STAGES,
  STAGE_CODE,
  STAGE_WORDS,
  RENOVATION_TYPES,
  TYPE_BIT,
  TYPE_WORDS,
  COMPLETE_NO,
  COMPLETE_YES,
} from './vocabulary.ts';
import { normalizeCell } from './normalize-cell.ts';

export { normalizeCell } from './normalize-cell.ts';
export { parseQuantity } from './parse-quantity.ts';
export { YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE, parseBuildYear, type BuildYear } from './parse-build-year.ts';
export { dayNumber, dayText, isoDate, parseDate, parseDateCell, parsePlanYear, type DateCell } from './parse-date.ts';

/**
 * Safety grade A–D as code 1–4. Accepts "C", "C级", "c级", "Ｃ级", "C类", "局部危房", "整幢危房".
 * @example parseGrade('C级') // 3
 */
export function parseGrade(cell: string): number | null {
  if (cell.length === 1) {
    const c = cell.charCodeAt(0) | 0x20; // lower-case ASCII
    if (c >= 0x61 && c <= 0x64) return c - 0x60;
  }
  const s = normalizeCell(cell).replace(/\s+/g, '');
  const m = s.match(/^([ABCDabcd])(?:级|类|等|级危房)?(?:[（(].*[)）])?$/);
  if (m) return m[1].toUpperCase().charCodeAt(0) - 64;
  if (s === '局部危房') return 3;
  if (s === '整幢危房' || s === '危房') return 4;
  return null;
}

const YES = new Set(['是', '有', 'yes', 'y', 'true', 't', '1', '√', '✓', '成套', '成套住宅']);
const NO = new Set(['否', '无', '不是', 'no', 'n', 'false', 'f', '0', '×', '✗', '非成套', '不成套', '非成套住宅']);

/**
 * Yes / no as written: 是/否, yes/no, true/false, 1/0, √/×, 成套/非成套.
 * @example parseYesNo('否') // false
 */
export function parseYesNo(cell: string): boolean | null {
  const s = normalizeCell(cell).toLowerCase();
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return null;
}

/** Complete-units code (COMPLETE_YES / COMPLETE_NO) from a yes/no cell. */
export function parseCompleteUnits(cell: string): number | null {
  const b = parseYesNo(cell);
  return b === null ? null : b ? COMPLETE_YES : COMPLETE_NO;
}

function normalizeWord(s: string): string {
  return normalizeCell(s)
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .replace(/[。.;；,，]$/, '');
}

const STAGE_LOOKUP: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const stage of STAGES) {
    m.set(stage, STAGE_CODE[stage]);
    for (const w of STAGE_WORDS[stage]) m.set(normalizeWord(w), STAGE_CODE[stage]);
  }
  m.set('已验收', STAGE_CODE.completed);
  m.set('验收通过', STAGE_CODE.completed);
  return m;
})();

/**
 * Stage code (1 = none … 8 = completed) from any word in DOMAIN.md's stage table, Chinese or English.
 * @example parseStage('施工中') // STAGE_CODE.construction
 */
export function parseStage(cell: string): number | null {
  return STAGE_LOOKUP.get(cell) ?? STAGE_LOOKUP.get(normalizeWord(cell)) ?? null;
}

const TYPE_LOOKUP: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const t of RENOVATION_TYPES) {
    m.set(t, TYPE_BIT[t]);
    for (const w of TYPE_WORDS[t]) m.set(normalizeWord(w), TYPE_BIT[t]);
  }
  return m;
})();

export interface ParsedTypes {
  /** Bit mask of TYPE_BIT values. */
  mask: number;
  /** Words that named no type. */
  unknown: string[];
}

/**
 * One or more renovation types in one cell: "基础类、完善类", "basic;improvement", "基础类+提升类".
 * @example parseTypes('基础类、完善类') // { mask: 3, unknown: [] }
 */
export function parseTypes(cell: string): ParsedTypes {
  const whole = TYPE_LOOKUP.get(cell);
  if (whole !== undefined) return { mask: whole, unknown: [] };
  let mask = 0;
  const unknown: string[] = [];
  for (const part of normalizeCell(cell).split(/[、,，;；/|+＋和及与\s]+/)) {
    if (!part) continue;
    const bit = TYPE_LOOKUP.get(normalizeWord(part));
    if (bit === undefined) unknown.push(part);
    else mask |= bit;
  }
  return { mask, unknown };
}
