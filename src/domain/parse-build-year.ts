/**
 * Build years as written in ledgers: a year, a year and month, a two-digit year, a decade
 * (90年代, 八九十年代), a span (1980-85), or a bound (2000年底前, 2005年以后).
 */
import { normalizeCell } from './normalize-cell.ts';

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

/** A year a building in a ledger could have been built or planned in (1800–2100). */
export function plausibleYear(y: number): boolean {
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
