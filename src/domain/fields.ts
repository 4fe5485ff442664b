/**
 * The record fields of buildings and communities (record-fields-place.ts, -attributes.ts) and
 * the matching of a file's headers to them, units read off the header (万平方米, 万元).
 */
import { isAreaUnit, normalizeHeaderWord, SEPARATED_UNIT, STUCK_UNIT, unitFactor } from './header-words.ts';
import { ATTRIBUTE_FIELDS } from './record-fields-attributes.ts';
import { PLACE_FIELDS } from './record-fields-place.ts';
import type { FieldDef, FieldKey } from './record-field-types.ts';

export type { FieldDef, FieldKey } from './record-field-types.ts';

/** Every record field, place fields first (the order header words are matched in). */
export const FIELDS: readonly FieldDef[] = [...PLACE_FIELDS, ...ATTRIBUTE_FIELDS];

export const FIELD_BY_KEY: Readonly<Record<FieldKey, FieldDef>> = Object.fromEntries(
  FIELDS.map((f) => [f.key, f]),
) as Record<FieldKey, FieldDef>;

export interface HeaderMatch {
  /** The header as written. */
  header: string;
  /** The field it names, or null when no field word matched. */
  field: FieldKey | null;
  /** Multiplier from a unit in the header: 1e4 for （万平方米） or （万元）, else 1. */
  factor: number;
  /** The unit text found in the header, if any. */
  unit: string;
}

/** Header word (normalised) -> field; a field's own key names it too (floorAreaM2, planYear). */
const WORD_TO_FIELD: ReadonlyMap<string, FieldKey> = (() => {
  const m = new Map<string, FieldKey>();
  for (const f of FIELDS) for (const w of [f.key, ...f.words]) m.set(normalizeHeaderWord(w), f.key);
  return m;
})();

/** The header split into the words before its unit and the unit, when it carries one. */
function splitUnit(norm: string): { base: string; unit: string } {
  // A unit in brackets: 建筑面积（万平方米）, floor area (m2), 户数[户]
  const bracket = norm.match(/^(.*?)\s*[([{【]\s*([^)\]}】]*)\s*[)\]}】]\s*$/);
  if (bracket) return { base: bracket[1], unit: bracket[2] };
  // ... or after a slash, underscore or space: 建筑面积/万㎡, area_m2, floor_area_wan_m2
  const separated = norm.match(SEPARATED_UNIT);
  if (separated) return { base: separated[1], unit: separated[2] };
  // ... or stuck on the end: 建筑面积万平方米, 总投资万元
  const stuck = norm.match(STUCK_UNIT);
  if (stuck && norm.length > stuck[0].length && WORD_TO_FIELD.has(norm.slice(0, -stuck[0].length))) {
    return { base: norm.slice(0, -stuck[0].length), unit: stuck[0] };
  }
  return { base: norm, unit: '' };
}

/** The field the words before a unit name; "area" with an area unit is a floor area, not a 片区. */
function fieldOf(base: string, unit: string): FieldKey | null {
  const candidates = [
    base,
    base.replace(/^所属/, ''),
    base.replace(/(名称|名)$/, ''),
    base.replace(/^所属/, '').replace(/(名称|名)$/, ''),
  ];
  for (const c of candidates) {
    const field = WORD_TO_FIELD.get(c);
    if (field === 'area' && isAreaUnit(unit)) return 'floorAreaM2';
    if (field) return field;
  }
  return null;
}

/**
 * Match one header to a field and read the unit it carries. English headers are read alike in
 * every spelling databases export: build_year, BuildYear, buildYear, build-year, Build Year.
 * @example matchHeader('建筑面积（万平方米）') // { field: 'floorAreaM2', factor: 10000, unit: '万平方米', ... }
 * @example matchHeader('floor_area_wan_m2') // { field: 'floorAreaM2', factor: 10000, unit: 'wan m2', ... }
 */
export function matchHeader(header: string): HeaderMatch {
  const norm = normalizeHeaderWord(header);
  const direct = WORD_TO_FIELD.get(norm);
  if (direct) return { header, field: direct, factor: 1, unit: '' };
  const { base, unit } = splitUnit(norm);
  const field = fieldOf(base, unit);
  return field ? { header, field, factor: unitFactor(unit), unit } : { header, field: null, factor: 1, unit };
}

/**
 * Match every header of a file. When two headers name the same field, the first keeps it
 * and the second is left unmatched (and kept as an extra column).
 */
export function matchHeaders(headers: readonly string[]): HeaderMatch[] {
  const taken = new Set<FieldKey>();
  return headers.map((h) => {
    const m = matchHeader(h);
    if (m.field === null) return m;
    if (taken.has(m.field)) return { ...m, field: null };
    taken.add(m.field);
    return m;
  });
}
