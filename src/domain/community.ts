/**
 * Communities (小区, polygons) and street offices (街道, polygons), with the same optional
 * attributes as buildings. There are thousands, not millions, so they are plain objects.
 */
import type { FieldKey, HeaderMatch } from './fields.ts';
import { FIELD_BY_KEY } from './fields.ts';
import { addWarning, type FileReport } from './import-report.ts';
import {
  parseBuildYear,
  parseCompleteUnits,
  parseDate,
  parseGrade,
  parsePlanYear,
  parseQuantity,
  parseStage,
  parseTypes,
  type BuildYear,
} from './parse-values.ts';
import type { AreaGeometry } from './polygon-index.ts';
import { said } from './messages/render.ts';

/** Optional attributes a community (or a community-level row) may carry. NaN / 0 / null = not given. */
export interface RecordAttributes {
  buildYear: BuildYear | null;
  floors: number;
  buildingCount: number;
  households: number;
  floorAreaM2: number;
  grade: number;
  completeUnits: number;
  types: number;
  stage: number;
  planYear: number;
  startDay: number;
  completionDay: number;
  acceptanceDay: number;
  investmentYuan: number;
}

export interface Community {
  /** 小区编号 as written; '' when none. */
  id: string;
  /** 小区名称. */
  name: string;
  street: string;
  shequ: string;
  area: string;
  geometry: AreaGeometry | null;
  attrs: RecordAttributes;
  /** Properties that named no field, as written. */
  extras: Record<string, string>;
  file: string;
  /** Feature number (first = 1), 0 for a community made up from building rows. */
  line: number;
  /** True when no community file had it: it was made up from the names on building rows. */
  implicit: boolean;
}

export interface StreetOffice {
  name: string;
  geometry: AreaGeometry | null;
  file: string;
  line: number;
}

/**
 * A district (区/县) outline, e.g. a DataV boundary file: drawn on the map and fitted to, never
 * linked to (buildings belong to street offices and communities, not to the outline).
 */
export interface DistrictOutline {
  name: string;
  geometry: AreaGeometry;
  file: string;
  line: number;
}

export function emptyAttributes(): RecordAttributes {
  return {
    buildYear: null,
    floors: NaN,
    buildingCount: NaN,
    households: NaN,
    floorAreaM2: NaN,
    grade: 0,
    completeUnits: 0,
    types: 0,
    stage: 0,
    planYear: 0,
    startDay: NaN,
    completionDay: NaN,
    acceptanceDay: NaN,
    investmentYuan: NaN,
  };
}

export interface ParsedProperties {
  text: Partial<Record<'id' | 'name' | 'communityId' | 'community' | 'street' | 'shequ' | 'area', string>>;
  attrs: RecordAttributes;
  extras: Record<string, string>;
}

/**
 * Read a feature's properties (or a row) into text fields and attributes, warning about cells
 * that cannot be read. Values are stringified first, so numbers and strings read alike.
 */
export function parseProperties(
  props: Readonly<Record<string, unknown>>,
  matches: readonly HeaderMatch[],
  report: FileReport,
  line: number,
): ParsedProperties {
  const out: ParsedProperties = { text: {}, attrs: emptyAttributes(), extras: {} };
  for (const m of matches) {
    const raw = props[m.header];
    if (raw === null || raw === undefined) continue;
    const cell = (typeof raw === 'object' ? JSON.stringify(raw) : String(raw)).trim();
    if (cell === '') continue;
    if (m.field === null) {
      out.extras[m.header] = cell;
      continue;
    }
    const ok = setAttribute(out, m.field, cell, m.factor);
    if (!ok) {
      const def = FIELD_BY_KEY[m.field];
      addWarning(report, {
        file: report.file,
        line,
        code: `bad-${def.kind}`,
        ...said('row.bad-area-value', { field: m.field, cell }),
        field: m.field,
        value: cell,
      });
    }
  }
  return out;
}

function setAttribute(out: ParsedProperties, field: FieldKey, cell: string, factor: number): boolean {
  const a = out.attrs;
  const num = (set: (v: number) => void, v: number | null): boolean => {
    if (v === null || v < 0) return false;
    set(v);
    return true;
  };
  switch (field) {
    case 'id':
    case 'name':
    case 'communityId':
    case 'community':
    case 'street':
    case 'shequ':
    case 'area':
      out.text[field] = cell;
      return true;
    case 'seq':
    case 'lng':
    case 'lat':
      return true;
    case 'buildYear':
      a.buildYear = parseBuildYear(cell);
      return a.buildYear !== null;
    case 'floors':
      return num((v) => (a.floors = v), parseQuantity(cell, factor));
    case 'buildingCount':
      return num((v) => (a.buildingCount = v), parseQuantity(cell, factor));
    case 'households':
      return num((v) => (a.households = v), parseQuantity(cell, factor));
    case 'floorAreaM2':
      return num((v) => (a.floorAreaM2 = v), parseQuantity(cell, factor));
    case 'investmentYuan':
      return num((v) => (a.investmentYuan = v), parseQuantity(cell, factor));
    case 'grade':
      return num((v) => (a.grade = v), parseGrade(cell));
    case 'completeUnits':
      return num((v) => (a.completeUnits = v), parseCompleteUnits(cell));
    case 'types': {
      const t = parseTypes(cell);
      a.types = t.mask;
      return t.unknown.length === 0;
    }
    case 'stage':
      return num((v) => (a.stage = v), parseStage(cell));
    case 'planYear':
      return num((v) => (a.planYear = v), parsePlanYear(cell));
    case 'startDate':
      return num((v) => (a.startDay = v), parseDate(cell));
    case 'completionDate':
      return num((v) => (a.completionDay = v), parseDate(cell));
    case 'acceptanceDate':
      return num((v) => (a.acceptanceDay = v), parseDate(cell));
  }
}

/**
 * Street office names as a comparable key: 常庄镇, 常庄街道 and 常庄街道办事处 are one place.
 * @example streetKey('常庄街道办事处') === streetKey('常庄镇') // true
 */
export function streetKey(name: string): string {
  const s = name.trim().replace(/\s+/g, '');
  const stripped = s.replace(/(街道办事处|街道办|办事处|街道|镇|乡)$/, '');
  return stripped.length > 0 ? stripped : s;
}
