/**
 * A filter (building-filter.ts) compiled to lookup tables, one per active field, indexed by the
 * code a column stores: the row loop then reads one byte per field and builds nothing per row.
 */
import { GRADE_KEYS, type BuildingFilter, type EligibilityKey } from './building-filter.ts';
import type { BuildingTable } from './building-table.ts';
import { streetKey, type Community } from './community.ts';
import { communityKeys } from './community-keys.ts';
import {
  BY_GRADE_C,
  BY_NON_COMPLETE,
  BY_RESERVE,
  BY_YEAR,
  CODE_LIMIT,
  FLAG_DANGER,
  FLAG_RESERVE_OVER_CAP,
  isEligibleCode,
} from './eligibility-codes.ts';
import { YEAR_AFTER, YEAR_BEFORE } from './parse-values.ts';
import { STAGE_CODE, STAGES, TYPE_BIT } from './vocabulary.ts';

/** Lookup tables for the active fields; null where a field keeps everything. */
export interface CompiledFilter {
  street: Uint8Array | null;
  shequ: Uint8Array | null;
  community: Uint8Array | null;
  /** Whether the build year range filters; `from` and `to` its bounds (±Infinity when open). */
  yearOn: boolean;
  from: number;
  to: number;
  grade: Uint8Array | null;
  complete: Uint8Array | null;
  types: Uint8Array | null;
  /** By effective stage code (1 none … 8 completed). */
  stage: Uint8Array | null;
  elig: Uint8Array | null;
  backlog: boolean;
}

const ELIGIBILITY_TEST: Readonly<Record<EligibilityKey, (code: number) => boolean>> = {
  eligible: isEligibleCode,
  not: (c) => !isEligibleCode(c),
  year: (c) => (c & BY_YEAR) !== 0,
  gradeC: (c) => (c & BY_GRADE_C) !== 0,
  nonComplete: (c) => (c & BY_NON_COMPLETE) !== 0,
  reserve: (c) => (c & BY_RESERVE) !== 0,
  reserveOver: (c) => (c & FLAG_RESERVE_OVER_CAP) !== 0,
  gradeD: (c) => (c & FLAG_DANGER) !== 0,
};

/** 1 for each dictionary value the test keeps. */
function dictLut(values: readonly string[], keep: (v: string) => boolean): Uint8Array {
  const lut = new Uint8Array(values.length);
  for (let k = 1; k < values.length; k++) if (keep(values[k])) lut[k] = 1;
  return lut;
}

/** 1 for each community whose name or key is `name`. */
function communityLut(communities: readonly Community[], name: string): Uint8Array {
  const keys = communityKeys(communities);
  const lut = new Uint8Array(communities.length);
  communities.forEach((c, ci) => {
    if (c.name === name || keys[ci] === name) lut[ci] = 1;
  });
  return lut;
}

/**
 * Lookup tables for a filter; the street and 社区 tables index `t`'s dictionaries (null without a
 * table). Throws when an eligibility or backlog field is set and `codes` are not the table's.
 */
export function compileFilter(
  t: BuildingTable | null,
  communities: readonly Community[],
  f: BuildingFilter,
  codes: Uint16Array | null,
): CompiledFilter {
  const street = f.street === null ? null : streetKey(f.street);
  const shequ = f.shequ === null ? null : f.shequ.trim();
  let grade: Uint8Array | null = null;
  if (f.grades.length > 0) {
    grade = new Uint8Array(5);
    for (const g of f.grades) grade[g === 'unknown' ? 0 : GRADE_KEYS.indexOf(g) + 1] = 1;
  }
  let complete: Uint8Array | null = null;
  if (f.complete.length > 0) {
    complete = new Uint8Array(3);
    for (const c of f.complete) complete[c === 'yes' ? 1 : c === 'no' ? 2 : 0] = 1;
  }
  let types: Uint8Array | null = null;
  if (f.types.length > 0) {
    let bits = 0;
    for (const k of f.types) if (k !== 'none') bits |= TYPE_BIT[k];
    types = new Uint8Array(256);
    for (let m = 0; m < 256; m++) types[m] = (m === 0 ? f.types.includes('none') : (m & bits) !== 0) ? 1 : 0;
  }
  let stage: Uint8Array | null = null;
  if (f.stages.length > 0) {
    stage = new Uint8Array(STAGES.length + 1);
    for (const s of f.stages) stage[STAGE_CODE[s]] = 1;
  }
  let elig: Uint8Array | null = null;
  if (t && (f.eligibility.length > 0 || f.backlog)) {
    if (!codes || codes.length !== t.length) {
      throw new Error('filterBuildings: an eligibility or backlog filter needs the eligibility codes of the table');
    }
    if (f.eligibility.length > 0) {
      elig = new Uint8Array(CODE_LIMIT);
      for (let c = 0; c < CODE_LIMIT; c++) elig[c] = f.eligibility.some((k) => ELIGIBILITY_TEST[k](c)) ? 1 : 0;
    }
  }
  return {
    street: street === null || !t ? null : dictLut(t.street.values, (v) => streetKey(v) === street),
    shequ: shequ === null || !t ? null : dictLut(t.shequ.values, (v) => v.trim() === shequ),
    community: f.community === null ? null : communityLut(communities, f.community.trim()),
    yearOn: f.builtFrom !== null || f.builtTo !== null,
    from: f.builtFrom ?? -Infinity,
    to: f.builtTo ?? Infinity,
    grade,
    complete,
    types,
    stage,
    elig,
    backlog: f.backlog,
  };
}

/** Could a build year [yearFrom, yearTo] of this kind lie in [from, to]? An unknown year cannot. */
export function yearOverlaps(kind: number, yearFrom: number, yearTo: number, from: number, to: number): boolean {
  if (kind === 0) return false;
  const lo = kind === YEAR_BEFORE ? -Infinity : yearFrom;
  const hi = kind === YEAR_AFTER ? Infinity : yearTo;
  return hi >= from && lo <= to;
}
