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

/** A date cell as read: its day number, and whether only the month was written (2023年5月). */
export interface DateCell {
  /** Days since 1970-01-01 UTC; the 1st of the month when only the month was written. */
  day: number;
  /** True for "2023年5月", "2023-05", "2023.5": the day of the month is not known. */
  monthOnly: boolean;
}

/** Excel's day 25569 is 1970-01-01 (its serials count from 1899-12-30, past its 1900 leap-year slip). */
const EXCEL_EPOCH_SERIAL = 25569;
/** Serials taken as dates in a date column: 1954-10-03 (20000) to 2119-01-11 (80000). */
const SERIAL_MIN = 20000;
const SERIAL_MAX = 80000;

const MONTH_ONLY = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/;

/**
 * A cell of a date column as offices write it: every form parseDate reads, a month alone
 * (kept as month precision), and an Excel serial day number (45108, as Excel stores a date whose
 * cell lost its date format in a CSV or a "general" cell), with or without a time fraction.
 * @example parseDateCell('45108') // { day: 19539, monthOnly: false } (2023-07-01)
 * @example parseDateCell('2023年5月') // { day: 19478, monthOnly: true }
 */
export function parseDateCell(cell: string): DateCell | null {
  const s = normalizeCell(cell);
  if (/^\d{5}(?:\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s));
    if (serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
    return { day: serial - EXCEL_EPOCH_SERIAL, monthOnly: false };
  }
  const day = parseDate(s);
  if (day === null) return null;
  return { day, monthOnly: MONTH_ONLY.test(s) };
}

/**
 * A day as written back: YYYY-MM-DD, or YYYY-MM when only the month is known.
 * @example dayText(19478, true) // '2023-05'
 */
export function dayText(day: number, monthOnly: boolean): string {
  const iso = isoDate(day);
  return monthOnly ? iso.slice(0, 7) : iso;
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
