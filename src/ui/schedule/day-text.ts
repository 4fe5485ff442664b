/**
 * A date box's text: what it shows for a day, and the day it says. Dates are typed as the
 * importer reads them (2023-05-10, 2023/5/10, 2023.5.10, 2023年5月10日, 20230510) and shown as
 * YYYY-MM-DD in either language, so the box never follows the browser's own date order
 * (a native date input shows mm/dd/yyyy in an English-language browser, whatever the page's language).
 */
import { isoDate, parseDate } from '../../domain/parse-values.ts';

/** A whole date as typed (a month alone is not: "2023-5" is on its way to "2023-5-10"). */
const WHOLE_DATE = /^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{8})$/;

/**
 * The day a box's text says: null when it is empty, undefined while it is not a whole date.
 * @example readDayText('2023年5月10日') // 19487
 * @example readDayText('2023-5') // undefined
 */
export function readDayText(text: string): number | null | undefined {
  const t = text.trim();
  if (t === '') return null;
  if (!WHOLE_DATE.test(t)) return undefined;
  return parseDate(t) ?? undefined;
}

/** What the box shows for a day: YYYY-MM-DD, or nothing. @example showDayText(19487) // '2023-05-10' */
export function showDayText(day: number | null): string {
  return day === null ? '' : isoDate(day);
}

/** The text as YYYY-MM-DD when it is a whole date (for the calendar behind the box), else ''. */
export function isoOfText(text: string): string {
  const day = readDayText(text);
  return day === null || day === undefined ? '' : isoDate(day);
}
