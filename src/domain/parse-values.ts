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

/**
 * Full-width ASCII (Ｃ级, １９９５, （）) to half-width, ideographic space to space, trimmed.
 * @example normalizeCell(' １９９５年 ') // '1995年'
 */
export function normalizeCell(s: string): string {
  let out = s;
  // Fast path: most cells are plain ASCII or CJK without full-width forms.
  if (/[\uFF01-\uFF5E\u3000]/.test(out)) {
    out = out.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
  }
  return out.trim();
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

/** Units a value may carry, with the factor to the base unit (m², yuan, households, buildings...). */
const VALUE_UNITS: ReadonlyArray<readonly [string, number]> = [
  ['亿平方米', 1e8],
  ['万平方米', 1e4],
  ['万平米', 1e4],
  ['万㎡', 1e4],
  ['万m²', 1e4],
  ['万m2', 1e4],
  ['平方米', 1],
  ['平米', 1],
  ['㎡', 1],
  ['m²', 1],
  ['m2', 1],
  ['亿元', 1e8],
  ['万元', 1e4],
  ['元', 1],
  ['万户', 1e4],
  ['户', 1],
  ['万栋', 1e4],
  ['栋', 1],
  ['幢', 1],
  ['座', 1],
  ['层', 1],
  ['套', 1],
  ['个', 1],
  ['亿', 1e8],
  ['万', 1e4],
];

/**
 * A quantity as written, in the base unit (m², yuan, count). A unit in the value
 * wins over the header's factor; a bare number takes the header's factor.
 * @param headerFactor factor from the column header, e.g. 1e4 for 建筑面积（万平方米）
 * @example parseQuantity('7.72万平方米') // 77200
 * @example parseQuantity('1,762.3') // 1762.3
 * @example parseQuantity('7.72', 1e4) // 77200
 */
export function parseQuantity(cell: string, headerFactor = 1): number | null {
  // Hot path (coordinates, households, areas: millions of cells): a plain decimal number.
  const c0 = cell.charCodeAt(0);
  const cl = cell.charCodeAt(cell.length - 1);
  if (((c0 >= 48 && c0 <= 57) || c0 === 45 || c0 === 46) && cl >= 48 && cl <= 57) {
    const c1 = cell.charCodeAt(1) | 0x20; // no 0x.., 0o.., 0b.. literals
    if (c1 !== 0x78 && c1 !== 0x6f && c1 !== 0x62) {
      const n = +cell;
      if (n === n) return finiteOrNull(headerFactor === 1 ? n : roundTo(n * headerFactor, 6));
    }
  }
  let s = cell;
  if (PLAIN_NUMBER.test(s)) return finiteOrNull(roundTo(Number(s) * headerFactor, 6));
  s = normalizeCell(s).replace(/\s+/g, '');
  if (PLAIN_NUMBER.test(s)) return finiteOrNull(roundTo(Number(s) * headerFactor, 6));
  let factor = headerFactor;
  for (const [unit, f] of VALUE_UNITS) {
    if (s.length > unit.length && s.endsWith(unit)) {
      s = s.slice(0, -unit.length);
      factor = f;
      break;
    }
  }
  if (s.startsWith('约')) s = s.slice(1);
  if (GROUPED_NUMBER.test(s)) s = s.replace(/,/g, '');
  if (!PLAIN_NUMBER.test(s)) return null;
  // Round away binary noise from the ×10⁴ (7.72 × 10000 = 77199.99999999999).
  return finiteOrNull(roundTo(Number(s) * factor, 6));
}

function finiteOrNull(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

function roundTo(n: number, digits: number): number {
  // Keep n × p within the exact integers (2^53), or the rounding itself adds noise to big numbers.
  let p = 10 ** digits;
  while (p > 1 && Math.abs(n) * p > Number.MAX_SAFE_INTEGER) p /= 10;
  return Math.round(n * p) / p;
}

/** How a build year was written. */
export const YEAR_EXACT = 1;
/** A decade or span of years ("90年代", "1980-1985"): approximate. */
export const YEAR_RANGE = 2;
/** Only an upper bound ("2000年底前"): `to` holds the last possible year, `from` is 0. */
export const YEAR_BEFORE = 3;
/** Only a lower bound ("2005年以后"): `from` holds the first possible year, `to` is 0. */
export const YEAR_AFTER = 4;

export interface BuildYear {
  /** First possible year, or 0 when only an upper bound is known. */
  from: number;
  /** Last possible year, or 0 when only a lower bound is known. */
  to: number;
  /** YEAR_EXACT, YEAR_RANGE, YEAR_BEFORE or YEAR_AFTER. */
  kind: number;
}

const CN_DIGIT: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  〇: 0,
  零: 0,
};
const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

function plausibleYear(y: number): boolean {
  return y >= MIN_YEAR && y <= MAX_YEAR;
}

function twoDigitYear(yy: number): number {
  return yy >= 30 ? 1900 + yy : 2000 + yy;
}

/** Narrow a decade by 初 (early), 中 (mid), 末 (late). */
function decadeRange(start: number, endDecadeStart: number, modifier: string): BuildYear {
  let from = start;
  let to = endDecadeStart + 9;
  if (start === endDecadeStart) {
    if (modifier === '初') to = start + 3;
    else if (modifier === '中') {
      from = start + 3;
      to = start + 6;
    } else if (modifier === '末') from = start + 6;
  }
  return { from, to, kind: YEAR_RANGE };
}

/**
 * A build year as written: a year, a year and month, a decade, a span, or a bound.
 * @example parseBuildYear('1995年6月') // { from: 1995, to: 1995, kind: YEAR_EXACT }
 * @example parseBuildYear('八九十年代') // { from: 1980, to: 1999, kind: YEAR_RANGE }
 * @example parseBuildYear('2000年底前') // { from: 0, to: 2000, kind: YEAR_BEFORE }
 */
export function parseBuildYear(cell: string): BuildYear | null {
  // Fast path: four digits.
  if (cell.length === 4) {
    const y = Number(cell);
    if (Number.isInteger(y) && plausibleYear(y)) return { from: y, to: y, kind: YEAR_EXACT };
  }
  const s = normalizeCell(cell)
    .replace(/\s+/g, '')
    .replace(/左右$|前后$|约$/, '')
    .replace(/^约/, '');
  let m: RegExpMatchArray | null;
  // 1980-85, 1980～85年: the second year abbreviated (above 12, so 1995-06 stays a month)
  if ((m = s.match(/^(\d{4})年?[-~～至到—–]+(\d{2})年?$/))) {
    const a = Number(m[1]);
    const b = Math.floor(a / 100) * 100 + Number(m[2]);
    if (Number(m[2]) > 12 || /[~～至到—–]/.test(s))
      return plausibleYear(a) && a <= b ? { from: a, to: b, kind: YEAR_RANGE } : null;
  }
  // 1995, 1995年, 1995-06, 1995年6月, 1995.6.1, 1995/06/01 12:00
  if (
    (m = s.match(
      /^(\d{4})(?:年|[-/.](\d{1,2})(?:[-/.]\d{1,2})?(?:\D.*)?)?(?:(\d{1,2})月(?:\d{1,2}日)?)?(?:建成|竣工|建)?$/,
    ))
  ) {
    const y = Number(m[1]);
    const month = Number(m[2] ?? m[3] ?? 1);
    if (plausibleYear(y) && month >= 1 && month <= 12) return { from: y, to: y, kind: YEAR_EXACT };
    return null;
  }
  // 95年 (two-digit years are written in old ledgers)
  if ((m = s.match(/^(\d{2})年$/)))
    return { from: twoDigitYear(Number(m[1])), to: twoDigitYear(Number(m[1])), kind: YEAR_EXACT };
  // 1980-1985, 1980～1985年, 1980至1985
  if ((m = s.match(/^(\d{4})年?[-~～至到—–]+(\d{4})年?$/))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (plausibleYear(a) && plausibleYear(b) && a <= b) return { from: a, to: b, kind: YEAR_RANGE };
    return null;
  }
  // 90年代, 1990年代, 1990s, 90年代初
  if ((m = s.match(/^(\d{2}|\d{4})(?:年代|s|'s)(初|中|末|末期|中期|初期)?$/i))) {
    const d = m[1].length === 2 ? twoDigitYear(Number(m[1])) : Number(m[1]);
    if (d % 10 !== 0 || !plausibleYear(d)) return null;
    return decadeRange(d, d, (m[2] ?? '').charAt(0));
  }
  // 九十年代, 八九十年代, 七八十年代末
  if ((m = s.match(/^([一二三四五六七八九]+)十年代(初|中|末|末期|中期|初期)?$/))) {
    const digits = [...m[1]].map((c) => CN_DIGIT[c]);
    const first = 1900 + 10 * digits[0];
    const last = 1900 + 10 * digits[digits.length - 1];
    if (first > last) return null;
    return decadeRange(first, last, (m[2] ?? '').charAt(0));
  }
  // 2000年底前 (by the end of 2000: ≤ 2000), 2000年前 / 2000年以前 (< 2000)
  if ((m = s.match(/^(\d{4})年?(底|末)?(以前|之前|前)(建成|竣工)?$/))) {
    const y = Number(m[1]);
    if (!plausibleYear(y)) return null;
    return { from: 0, to: m[2] ? y : y - 1, kind: YEAR_BEFORE };
  }
  // 2005年以后 (> 2005), 2005年后
  if ((m = s.match(/^(\d{4})年?(以后|之后|后)(建成|竣工)?$/))) {
    const y = Number(m[1]);
    if (!plausibleYear(y)) return null;
    return { from: y + 1, to: 0, kind: YEAR_AFTER };
  }
  return null;
}

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

const MS_PER_DAY = 86_400_000;

/**
 * Days since 1970-01-01 (UTC) for a calendar date.
 * @example dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** ISO date "YYYY-MM-DD" of a day number. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A date as day number since 1970-01-01 UTC: 2023-04-20, 2023/4/20, 2023.4.20,
 * 2023年4月20日, 20230420, with or without a time; 2023-04 or 2023年4月 give the 1st.
 * @example isoDate(parseDate('2023年4月20日')!) // '2023-04-20'
 */
export function parseDate(cell: string): number | null {
  const s = normalizeCell(cell);
  let m = s.match(
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?\s*(?:月)?(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  );
  if (!m) {
    m = s.match(/^(\d{4})(\d{2})(\d{2})$/);
    if (!m) return null;
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] === undefined ? 1 : Number(m[3]);
  if (!plausibleYear(y) || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  const day = dayNumber(y, mo, d);
  // Reject 2023-02-30 and the like rather than roll over.
  if (isoDate(day) !== `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`) return null;
  return day;
}

/**
 * A plan year: "2023", "2023年", "2023年度".
 * @example parsePlanYear('2023年度') // 2023
 */
export function parsePlanYear(cell: string): number | null {
  const m = normalizeCell(cell).match(/^(\d{4})\s*(?:年度?|年)?(?:计划)?$/);
  if (!m) return null;
  const y = Number(m[1]);
  return plausibleYear(y) ? y : null;
}
