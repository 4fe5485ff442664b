/**
 * How figures are written, on the page and in the CLI's text table alike: counts with thousands
 * separators, floor areas in 万㎡ with two decimals (Chinese) or whole m² (English), rates as
 * percentages with one decimal. Anything not finite is a dash. The numbers come from summarize().
 */

/** The language a figure is written for (the same two as src/i18n's Lang). */
export type NumberLang = 'zh' | 'en';

const INT = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 0 });
const WAN = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const EN_INT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** A whole number with thousands separators. @example fmtInt(7663) // "7,663" */
export function fmtInt(n: number): string {
  return Number.isFinite(n) ? INT.format(Math.round(n)) : '—';
}

/**
 * Square metres as 万㎡ with two decimals. `plain: true` writes them as the CLI's text table
 * always has: no thousands separators (1234.57, where the page writes 1,234.57) and rounded as
 * toFixed() rounds the binary value (10050 m² is 1.00 there, 1.01 on the page).
 * @example fmtWan(901200) // "90.12"
 */
export function fmtWan(m2: number, { plain = false }: { plain?: boolean } = {}): string {
  if (!Number.isFinite(m2)) return '—';
  return plain ? (m2 / 10_000).toFixed(2) : WAN.format(m2 / 10_000);
}

/**
 * A 0–1 rate as a percentage; '—' when there is nothing to divide by.
 * @example fmtRate(0.98225, 7663) // "98.2%"
 */
export function fmtRate(rate: number, denominator: number): string {
  return denominator > 0 && Number.isFinite(rate) ? `${(rate * 100).toFixed(1)}%` : '—';
}

/** The unit fmtAreaValue() numbers are in. @example areaUnit('en') // "m²" */
export const areaUnit = (lang: NumberLang): string => (lang === 'zh' ? '万㎡' : 'm²');

/** A floor area's number alone, in areaUnit(). @example fmtAreaValue(901200, 'en') // "901,200" */
export function fmtAreaValue(m2: number, lang: NumberLang): string {
  if (!Number.isFinite(m2)) return '—';
  return lang === 'zh' ? fmtWan(m2) : EN_INT.format(Math.round(m2));
}

/**
 * A floor area with its unit: 万㎡ with two decimals in Chinese, whole square metres in English.
 * @example fmtArea(901200, 'zh') // "90.12万㎡"; fmtArea(901200, 'en') // "901,200 m²"
 */
export function fmtArea(m2: number, lang: NumberLang): string {
  if (!Number.isFinite(m2)) return '—';
  return lang === 'zh' ? `${fmtWan(m2)}万㎡` : `${fmtAreaValue(m2, lang)} m²`;
}
