/**
 * Totals per street office, community, 社区, 片区 or plan year: the ministry's headline
 * figures (communities, buildings, households, floor area) and start / completion rates.
 *
 * Programme = a building with a stage from "planned" on, or a plan year and no stage; with a
 * year given, only that plan year's. Started = construction or later; completed = completed.
 * A community is in the programme when any of its buildings is; it has started when its
 * least-advanced programme building has, and is completed when all of them are.
 * A community with no building rows counts from its own attributes (community-level files).
 */
import type { BuildingTable } from './building-table.ts';
import type { Community } from './community.ts';
import { communityKeys } from './community-keys.ts';
import { CommunityTally } from './community-tally.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes, type EligibilitySettings } from './eligibility.ts';
import { BY_GRADE_C, BY_NON_COMPLETE, BY_YEAR, FLAG_DANGER, isEligibleCode } from './eligibility-codes.ts';
import { inProgramme } from './in-programme.ts';
import {
  addInto,
  compareKeys,
  emptyRow,
  finishRow,
  type GroupBy,
  type Summary,
  type SummaryRow,
} from './summary-row.ts';
import { STAGE_COMPLETED, STAGE_NONE, STAGE_STARTED_MIN } from './vocabulary.ts';
import { GRADE_D } from './vocabulary.ts';

export { GROUP_BYS, type GroupBy, type Summary, type SummaryRow } from './summary-row.ts';
export { communityKeys } from './community-keys.ts';
export { inProgramme };

export interface SummarizeOptions {
  by?: GroupBy;
  /** Plan year of the programme; null = every year. */
  year?: number | null;
  eligibility?: EligibilitySettings;
  /** Only these buildings (an index list from a filter); all when absent. */
  rows?: Uint32Array | null;
  /**
   * With `rows`: communities (indices into `communities`) that count from their own attributes
   * when no building row belongs to them, as every such community does without `rows`. A filter
   * by street office passes its street's communities here (src/domain/filter-rows.ts); without
   * it, a filtered summary leaves building-less communities out.
   */
  communityRows?: Uint32Array | null;
  /** Precomputed eligibilityCodes for `eligibility` and `year`, to save a pass. */
  codes?: Uint16Array;
  /** 1 per overdue building (schedule.ts overdueMask); without it nothing counts as overdue. */
  overdue?: Uint8Array | null;
}

/** The groups being filled: a row per key, in the order first met. */
class Groups {
  readonly rows: SummaryRow[] = [];
  private readonly index = new Map<string, number>();

  /** The row index of a group, made when first asked for. */
  of(key: string): number {
    let g = this.index.get(key);
    if (g === undefined) {
      g = this.rows.length;
      this.index.set(key, g);
      this.rows.push(emptyRow(key));
    }
    return g;
  }
}

/** What one summary counts: the grouping, the plan year, and the per-building inputs. */
interface Pass {
  by: GroupBy;
  year: number | null;
  codes: Uint16Array;
  overdue: Uint8Array | null;
  /** Group key of each community (by=community, and building-less communities). */
  communityKey: readonly string[];
  groups: Groups;
  total: SummaryRow;
}

/**
 * Aggregate buildings (and building-less communities) into groups.
 * @example summarize(dataset, { by: 'street', year: 2022 }).total.programmeHouseholds // 7663
 */
export function summarize(
  data: { buildings: BuildingTable; communities: readonly Community[] },
  opts: SummarizeOptions = {},
): Summary {
  const year = opts.year ?? null;
  const t = data.buildings;
  const communities = data.communities;
  const pass: Pass = {
    by: opts.by ?? 'street',
    year,
    codes: opts.codes ?? eligibilityCodes(t, opts.eligibility ?? DEFAULT_ELIGIBILITY, year),
    overdue: opts.overdue ?? null,
    communityKey: communityKeys(communities),
    groups: new Groups(),
    total: emptyRow('合计'),
  };
  const buildingsPerCommunity = new Uint32Array(communities.length);
  const tally = new CommunityTally();
  addBuildings(t, opts.rows ?? null, pass, tally, buildingsPerCommunity);
  const rows = pass.groups.rows;
  tally.addTo(rows, pass.total);

  // Communities with no building rows count from their own attributes (when filtering rows, only
  // those in communityRows; "no building rows" then means none in the whole table).
  const countable = opts.rows ? (opts.communityRows ?? null) : null;
  if (!opts.rows || countable) {
    const hasBuildings = opts.rows ? buildingsPerCommunityIn(t, communities.length) : buildingsPerCommunity;
    const count = (c: Community, ci: number): void => {
      if (hasBuildings[ci] === 0 && !c.implicit) addCommunity(c, ci, pass);
    };
    if (countable) for (const ci of countable) count(communities[ci], ci);
    else communities.forEach(count);
  }

  for (const r of rows) addInto(pass.total, r);
  for (const r of [...rows, pass.total]) finishRow(r);
  rows.sort(compareKeys);
  return { by: pass.by, year, groups: rows, total: pass.total };
}

/** The group of each building row: by a dictionary column's code (once per code), its community, or its plan year. */
function rowGrouper(t: BuildingTable, pass: Pass): (i: number) => number {
  const { by, groups, communityKey } = pass;
  const keyColumn = by === 'street' ? t.street : by === 'shequ' ? t.shequ : by === 'area' ? t.area : null;
  if (keyColumn) {
    const codeToGroup = new Int32Array(keyColumn.values.length).fill(-1);
    const { codes, values } = keyColumn;
    return (i) => {
      const code = codes[i];
      const g = codeToGroup[code];
      return g >= 0 ? g : (codeToGroup[code] = groups.of(values[code]));
    };
  }
  const { communityIndex, planYear } = t;
  if (by === 'community') return (i) => groups.of(communityIndex[i] >= 0 ? communityKey[communityIndex[i]] : '');
  return (i) => groups.of(planYear[i] ? String(planYear[i]) : '');
}

/** Add every building row (or those in `rowList`) to its group. */
function addBuildings(
  t: BuildingTable,
  rowList: Uint32Array | null,
  pass: Pass,
  tally: CommunityTally,
  buildingsPerCommunity: Uint32Array,
): void {
  const rows = pass.groups.rows;
  const { codes, overdue, year } = pass;
  const groupOf = rowGrouper(t, pass);
  // Columns in locals: the table may be a view with another shape (schedule.ts tableAsOf), and
  // reading them off it once keeps the loop's property lookups out of the hot path.
  const { households, floorAreaM2, stage: stages, planYear, communityIndex } = t;
  const n = rowList ? rowList.length : t.length;
  for (let k = 0; k < n; k++) {
    const i = rowList ? rowList[k] : k;
    const g = groupOf(i);
    const r = rows[g];
    const hhRaw = households[i];
    const hh = hhRaw === hhRaw ? hhRaw : 0; // NaN -> 0
    const faRaw = floorAreaM2[i];
    const fa = faRaw === faRaw ? faRaw : 0;
    r.buildings++;
    r.households += hh;
    r.floorAreaM2 += fa;
    if (hhRaw !== hhRaw) r.buildingsWithoutHouseholds++;
    const code = codes[i];
    const stage = stages[i];
    if (isEligibleCode(code)) {
      r.eligibleBuildings++;
      r.eligibleHouseholds += hh;
      r.eligibleFloorAreaM2 += fa;
      if (code & BY_YEAR) r.eligibleByYearBuildings++;
      if (code & BY_GRADE_C) r.eligibleByGradeCBuildings++;
      if (code & BY_NON_COMPLETE) r.eligibleNonCompleteBuildings++;
      if (!inProgramme(stage, planYear[i], null)) {
        r.backlogBuildings++;
        r.backlogHouseholds += hh;
        r.backlogFloorAreaM2 += fa;
      }
    }
    if (code & FLAG_DANGER) r.dangerBuildings++;
    const c = communityIndex[i];
    if (c >= 0) {
      buildingsPerCommunity[c]++;
      tally.seen(c, g);
    }
    if (!inProgramme(stage, planYear[i], year)) continue;
    const effective = stage === 0 ? STAGE_NONE + 1 : stage; // a plan year without a stage: planned
    addProgramme(r, hh, fa, effective, overdue !== null && overdue[i] === 1);
    if (c < 0) continue;
    if (overdue && overdue[i] === 1) tally.overdue(c, g);
    tally.programme(c, g, effective);
  }
}

/** A programme building's figures, at its effective stage. */
function addProgramme(r: SummaryRow, hh: number, fa: number, stage: number, overdue: boolean): void {
  r.programmeBuildings++;
  r.programmeHouseholds += hh;
  r.programmeFloorAreaM2 += fa;
  if (stage >= STAGE_STARTED_MIN) {
    r.startedBuildings++;
    r.startedHouseholds += hh;
  }
  if (stage === STAGE_COMPLETED) {
    r.completedBuildings++;
    r.completedHouseholds += hh;
  }
  if (overdue) {
    r.overdueBuildings++;
    r.overdueHouseholds += hh;
  }
}

/** The group key of a community that counts from its own attributes. */
function communityGroupKey(c: Community, ci: number, pass: Pass): string {
  switch (pass.by) {
    case 'street':
      return c.street;
    case 'shequ':
      return c.shequ;
    case 'area':
      return c.area;
    case 'community':
      return pass.communityKey[ci];
    default:
      return c.attrs.planYear ? String(c.attrs.planYear) : '';
  }
}

/** A community with no building rows, counted from its own attributes (community-level files). */
function addCommunity(c: Community, ci: number, pass: Pass): void {
  const r = pass.groups.rows[pass.groups.of(communityGroupKey(c, ci, pass))];
  const a = c.attrs;
  const hh = a.households === a.households ? a.households : 0;
  const fa = a.floorAreaM2 === a.floorAreaM2 ? a.floorAreaM2 : 0;
  const nb = a.buildingCount === a.buildingCount ? a.buildingCount : 0;
  const stage = a.stage === 0 ? STAGE_NONE + 1 : a.stage;
  const programme = inProgramme(a.stage, a.planYear, pass.year);
  for (const x of [r, pass.total]) {
    x.communities++;
    if (!programme) continue;
    x.programmeCommunities++;
    if (stage >= STAGE_STARTED_MIN) x.startedCommunities++;
    if (stage === STAGE_COMPLETED) x.completedCommunities++;
  }
  r.buildings += nb;
  r.households += hh;
  r.floorAreaM2 += fa;
  if (a.grade === GRADE_D) r.dangerBuildings += nb;
  if (!programme) return;
  r.programmeBuildings += nb;
  r.programmeHouseholds += hh;
  r.programmeFloorAreaM2 += fa;
  if (stage >= STAGE_STARTED_MIN) {
    r.startedHouseholds += hh;
    r.startedBuildings += nb;
  }
  if (stage === STAGE_COMPLETED) {
    r.completedHouseholds += hh;
    r.completedBuildings += nb;
  }
}

const perCommunityCache = new WeakMap<BuildingTable, Uint32Array>();

/** Building rows per community over the whole table, once per table. */
function buildingsPerCommunityIn(t: BuildingTable, communityCount: number): Uint32Array {
  let out = perCommunityCache.get(t);
  if (!out || out.length !== communityCount) {
    out = new Uint32Array(communityCount);
    for (let i = 0; i < t.length; i++) {
      const c = t.communityIndex[i];
      if (c >= 0) out[c]++;
    }
    perCommunityCache.set(t, out);
  }
  return out;
}
