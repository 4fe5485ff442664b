/**
 * How figures are written on screen: the shared number formats (src/domain/format-number.ts,
 * which the CLI writes with too) in the language in force, and dates.
 */

import { currentLang, type Lang } from '../i18n/index.ts';
import * as num from '../domain/format-number.ts';

export { fmtInt, fmtRate } from '../domain/format-number.ts';

/**
 * A floor area with its unit, for the language in force: 万㎡ with two decimals in Chinese,
 * whole square metres in English.
 * @example fmtArea(901200, 'zh') // "90.12万㎡"; fmtArea(901200, 'en') // "901,200 m²"
 */
export const fmtArea = (m2: number, lang: Lang = currentLang()): string => num.fmtArea(m2, lang);

/** The unit fmtAreaValue() numbers are in. */
export const areaUnit = (lang: Lang = currentLang()): string => num.areaUnit(lang);

/** A floor area's number alone, in areaUnit(). @example fmtAreaValue(901200, 'en') // "901,200" */
export const fmtAreaValue = (m2: number, lang: Lang = currentLang()): string => num.fmtAreaValue(m2, lang);

const DAY_MS = 86_400_000;
const ZH_DATE = new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
const EN_DATE = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

/** A day number (days since 1970-01-01 UTC) as a date. @example fmtDay(19467, 'zh') // "2023年4月20日" */
export function fmtDay(day: number, lang: Lang = currentLang()): string {
  if (!Number.isFinite(day)) return '—';
  return (lang === 'zh' ? ZH_DATE : EN_DATE).format(new Date(day * DAY_MS));
}

/** A day number as YYYY-MM-DD (for <input type="date"> and file names). @example isoDay(19467) // "2023-04-20" */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * An ISO time as the user's own clock reads it, to the minute (the same in either language).
 * @example fmtLocalMinute('2026-12-06T06:03:00.000Z') // "2026-12-06 14:03" in China (UTC+8)
 */
export function fmtLocalMinute(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '—';
  const day = `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())}`;
  return `${day} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}
