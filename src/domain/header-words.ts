/**
 * How a header is brought to the form the field words are kept in, and the units a header can
 * end with. Databases export English headers as build_year, BuildYear, buildYear, build-year or
 * BUILD_YEAR; all of them read as the word "build year", and the field words themselves are
 * normalised the same way, so a field's own key (floorAreaM2, planYear) names it too.
 */
import { normalizeCell } from './normalize-cell.ts';

/**
 * Half-width, camelCase split into words, `_` and `-` as spaces, lower case, single spaces.
 * Chinese text is left as it is (only full-width forms become half-width).
 * @example normalizeHeaderWord('floorAreaM2') // 'floor area m2'
 * @example normalizeHeaderWord('BUILD_YEAR') // 'build year'
 */
export function normalizeHeaderWord(s: string): string {
  return (
    normalizeCell(s.replace(/^\uFEFF/, ''))
      // buildYear, floorAreaM2 -> build Year, floor Area M2; BuildingID -> Building ID
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      // GFAValue -> GFA Value (an acronym before a capitalised word)
      .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
      .replace(/[_-]+/g, ' ')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Units written in Chinese, after a slash, an underscore or a space, or in brackets. */
const ZH_UNITS = '万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层';

/** Units written in English (normalised: lower case, `_` as a space): area_wan_m2, investment_yuan. */
const EN_UNITS = [
  '(?:wan|10k|10000|ten thousand) (?:m2|m²|sqm|sq m|square meters?|square metres?|yuan|cny|rmb)',
  '(?:yi|100m|hundred million) (?:yuan|cny|rmb)',
  '(?:m2|m²|sqm|sq m|square meters?|square metres?|yuan|cny|rmb)',
].join('|');

/** A unit after a slash or a space (an underscore is a space by now): 建筑面积/万㎡, area_wan_m2. */
export const SEPARATED_UNIT = new RegExp(`^(.*?)\\s*[/ ]\\s*(${ZH_UNITS}|${EN_UNITS})$`);

/** A unit stuck on the end of a Chinese word: 建筑面积万平方米, 总投资万元. */
export const STUCK_UNIT = /(万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层|年)$/;

/**
 * The multiplier a unit stands for: 10⁸ for 亿 (yi, 100m), 10⁴ for 万 (wan, 10k), 10³ for 千, else 1.
 * @example unitFactor('万平方米') // 10000
 * @example unitFactor('wan m2') // 10000
 */
export function unitFactor(unit: string): number {
  if (unit.includes('亿') || /^(?:yi|100m|hundred million) /.test(unit)) return 1e8;
  if (unit.includes('万') || /^(?:wan|10k|10000|ten thousand) /.test(unit)) return 1e4;
  if (/千(?!克)/.test(unit)) return 1e3;
  return 1;
}

/** True for a unit of area: a header "area" with one is a floor area, not the 片区 it names alone. */
export function isAreaUnit(unit: string): boolean {
  return /平方米|平米|㎡|m2|m²|sqm|sq m|square met/.test(unit);
}
