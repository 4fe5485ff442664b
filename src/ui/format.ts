/**
 * How figures are written on screen: households and counts with thousands separators, areas in
 * 万㎡ with two decimals, rates as percentages. The numbers themselves come from summarize().
 */

import { currentLang, type Lang } from '../i18n/index.ts';

const INT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const WAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** @example fmtInt(7663) // "7,663" */
export function fmtInt(n: number): string {
  return Number.isFinite(n) ? INT.format(Math.round(n)) : '—';
}

/** Square metres as 万㎡. @example fmtWan(901200) // "90.12" */
export function fmtWan(m2: number): string {
  return Number.isFinite(m2) ? WAN.format(m2 / 10_000) : '—';
}

/** A 0–1 rate as a percentage; '—' when there is nothing to divide by. @example fmtRate(0.98225, 7663) // "98.2%" */
export function fmtRate(rate: number, denominator: number): string {
  return denominator > 0 && Number.isFinite(rate) ? `${(rate * 100).toFixed(1)}%` : '—';
}

const EN_INT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * A floor area with its unit, for the language in force: 万㎡ with two decimals in Chinese,
 * whole square metres in English.
 * @example fmtArea(901200, 'zh') // "90.12万㎡"; fmtArea(901200, 'en') // "901,200 m²"
 */
export function fmtArea(m2: number, lang: Lang = currentLang()): string {
  if (!Number.isFinite(m2)) return '—';
  return lang === 'zh' ? `${fmtWan(m2)}万㎡` : `${EN_INT.format(Math.round(m2))} m²`;
}

/** The unit fmtAreaValue() numbers are in. */
export const areaUnit = (lang: Lang = currentLang()): string => (lang === 'zh' ? '万㎡' : 'm²');

/** A floor area's number alone, in areaUnit(). @example fmtAreaValue(901200, 'en') // "901,200" */
export function fmtAreaValue(m2: number, lang: Lang = currentLang()): string {
  if (!Number.isFinite(m2)) return '—';
  return lang === 'zh' ? fmtWan(m2) : EN_INT.format(Math.round(m2));
}

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
