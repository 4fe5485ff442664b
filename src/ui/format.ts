/**
 * How figures are written on screen: households and counts with thousands separators, areas in
 * 万㎡ with two decimals, rates as percentages. The numbers themselves come from summarize().
 */

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
