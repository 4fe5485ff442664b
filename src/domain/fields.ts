/**
 * The record fields of buildings and communities (record-fields-place.ts, -attributes.ts) and
 * the matching of a file's headers to them, units read off the header (万平方米, 万元).
 */
import { normalizeCell } from './parse-values.ts';
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

function normalizeHeaderWord(s: string): string {
  return normalizeCell(s.replace(/^\uFEFF/, ''))
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WORD_TO_FIELD: ReadonlyMap<string, FieldKey> = (() => {
  const m = new Map<string, FieldKey>();
  for (const f of FIELDS) for (const w of f.words) m.set(normalizeHeaderWord(w), f.key);
  return m;
})();

function unitFactor(unit: string): number {
  if (unit.includes('亿')) return 1e8;
  if (unit.includes('万')) return 1e4;
  if (/千(?!克)/.test(unit)) return 1e3;
  return 1;
}

const UNIT_WORDS = /(万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层|年)$/;

/**
 * Match one header to a field and read the unit it carries.
 * @example matchHeader('建筑面积（万平方米）') // { field: 'floorAreaM2', factor: 10000, unit: '万平方米', ... }
 */
export function matchHeader(header: string): HeaderMatch {
  const norm = normalizeHeaderWord(header);
  const direct = WORD_TO_FIELD.get(norm);
  if (direct) return { header, field: direct, factor: 1, unit: '' };
  let base = norm;
  let unit = '';
  // A unit in brackets: 建筑面积（万平方米）, floor area (m2), 户数[户]
  const bracket = base.match(/^(.*?)\s*[([{【]\s*([^)\]}】]*)\s*[)\]}】]\s*$/);
  if (bracket) {
    base = bracket[1];
    unit = bracket[2];
  } else {
    // ... or after a slash or underscore: 建筑面积/万㎡, area_m2
    const slash = base.match(
      /^(.*?)\s*[/_]\s*(万平方米|平方米|万㎡|㎡|万平米|平米|万m²|万m2|m²|m2|万元|亿元|元|户|栋|幢|层)$/,
    );
    if (slash) {
      base = slash[1];
      unit = slash[2];
    } else {
      // ... or stuck on the end: 建筑面积万平方米, 总投资万元
      const stuck = base.match(UNIT_WORDS);
      if (stuck && base.length > stuck[0].length && WORD_TO_FIELD.has(base.slice(0, -stuck[0].length))) {
        unit = stuck[0];
        base = base.slice(0, -unit.length);
      }
    }
  }
  const candidates = [
    base,
    base.replace(/^所属/, ''),
    base.replace(/(名称|名)$/, ''),
    base.replace(/^所属/, '').replace(/(名称|名)$/, ''),
  ];
  for (const c of candidates) {
    const field = WORD_TO_FIELD.get(c);
    if (field) return { header, field, factor: unitFactor(unit), unit };
  }
  return { header, field: null, factor: 1, unit };
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
