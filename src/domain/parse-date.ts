/** Calendar dates as day numbers since 1970-01-01 UTC, and plan years, as offices write them. */
import { normalizeCell } from './normalize-cell.ts';
import { plausibleYear } from './parse-build-year.ts';

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

/** 2023-04-20, 2023/4/20, 2023年4月20日, 2023-04, with or without a time of day after it. */
const WRITTEN_DATE = new RegExp(
  String.raw`^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?)?\s*(?:月)?` +
    String.raw`(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$`,
);

/**
 * A date as day number since 1970-01-01 UTC: 2023-04-20, 2023/4/20, 2023.4.20,
 * 2023年4月20日, 20230420, with or without a time; 2023-04 or 2023年4月 give the 1st.
 * @example isoDate(parseDate('2023年4月20日')!) // '2023-04-20'
 */
export function parseDate(cell: string): number | null {
  const s = normalizeCell(cell);
  let m = s.match(WRITTEN_DATE);
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
