/**
 * Quantities as Chinese offices write them: plain or grouped numbers, with 万/亿 and units
 * (万平方米, 万元, 户, 栋 ...), converted to the base unit (m², yuan, count).
 */
import { normalizeCell } from './normalize-cell.ts';

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
