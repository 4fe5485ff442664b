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
import { DEFAULT_ELIGIBILITY, eligibilityCodes, isEligibleCode, type EligibilitySettings } from './eligibility.ts';
import { FLAG_DANGER } from './eligibility.ts';
import { inProgramme } from './in-programme.ts';
import { STAGE_COMPLETED, STAGE_NONE, STAGE_STARTED_MIN } from './vocabulary.ts';
import { GRADE_D } from './vocabulary.ts';

export type GroupBy = 'street' | 'community' | 'shequ' | 'area' | 'planYear';
export const GROUP_BYS: readonly GroupBy[] = ['street', 'community', 'shequ', 'area', 'planYear'];

export interface SummaryRow {
  /** Group name ('' when the rows did not say, e.g. no street office). */
  key: string;
  communities: number;
  buildings: number;
  households: number;
  floorAreaM2: number;
  eligibleBuildings: number;
  eligibleHouseholds: number;
  programmeCommunities: number;
  programmeBuildings: number;
  programmeHouseholds: number;
  programmeFloorAreaM2: number;
  startedHouseholds: number;
  completedHouseholds: number;
  /** completedHouseholds / programmeHouseholds, 0–1; 0 when the programme is empty. */
  completionRateHouseholds: number;
  startedCommunities: number;
  completedCommunities: number;
  /** startedHouseholds / programmeHouseholds. */
  startRateHouseholds: number;
  /** startedCommunities / programmeCommunities. */
  startRateCommunities: number;
  /** completedCommunities / programmeCommunities. */
  completionRateCommunities: number;
  startedBuildings: number;
  completedBuildings: number;
  eligibleFloorAreaM2: number;
  /** Grade D buildings: whole-building danger cases. */
  dangerBuildings: number;
  /** Buildings without a households figure (their households count as 0). */
  buildingsWithoutHouseholds: number;
  /** The backlog (已符合条件未纳入计划): eligible buildings in no plan of any year. */
  backlogBuildings: number;
  backlogHouseholds: number;
  backlogFloorAreaM2: number;
  /** Programme buildings behind their programme's schedule (schedule.ts), with `overdue` given. */
  overdueBuildings: number;
  overdueHouseholds: number;
  /** Programme communities with at least one overdue building. */
  overdueCommunities: number;
}

export interface Summary {
  by: GroupBy;
  year: number | null;
  groups: SummaryRow[];
  total: SummaryRow;
}

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

function emptyRow(key: string): SummaryRow {
  return {
    key,
    communities: 0,
    buildings: 0,
    households: 0,
    floorAreaM2: 0,
    eligibleBuildings: 0,
    eligibleHouseholds: 0,
    programmeCommunities: 0,
    programmeBuildings: 0,
    programmeHouseholds: 0,
    programmeFloorAreaM2: 0,
    startedHouseholds: 0,
    completedHouseholds: 0,
    completionRateHouseholds: 0,
    startedCommunities: 0,
    completedCommunities: 0,
    startRateHouseholds: 0,
    startRateCommunities: 0,
    completionRateCommunities: 0,
    startedBuildings: 0,
    completedBuildings: 0,
    eligibleFloorAreaM2: 0,
    dangerBuildings: 0,
    buildingsWithoutHouseholds: 0,
    backlogBuildings: 0,
    backlogHouseholds: 0,
    backlogFloorAreaM2: 0,
    overdueBuildings: 0,
    overdueHouseholds: 0,
    overdueCommunities: 0,
  };
}

export { inProgramme };

/**
 * Aggregate buildings (and building-less communities) into groups.
 * @example summarize(dataset, { by: 'street', year: 2022 }).total.programmeHouseholds // 7663
 */
export function summarize(
  data: { buildings: BuildingTable; communities: readonly Community[] },
  opts: SummarizeOptions = {},
): Summary {
  const by = opts.by ?? 'street';
  const year = opts.year ?? null;
  const t = data.buildings;
  const communities = data.communities;
  const codes = opts.codes ?? eligibilityCodes(t, opts.eligibility ?? DEFAULT_ELIGIBILITY, year);

  // Group of each community, for by=community and for building-less communities.
  const communityKey = communityKeys(communities);
  const groupIndex = new Map<string, number>();
  const rows: SummaryRow[] = [];
  const groupOf = (key: string): number => {
    let g = groupIndex.get(key);
    if (g === undefined) {
      g = rows.length;
      groupIndex.set(key, g);
      rows.push(emptyRow(key));
    }
    return g;
  };
  // Key per building: dictionary code -> group, computed once per distinct value.
  const keyColumn = by === 'street' ? t.street : by === 'shequ' ? t.shequ : by === 'area' ? t.area : null;
  const codeToGroup = keyColumn ? new Int32Array(keyColumn.values.length).fill(-1) : null;

  // Per (community, group): seen, programme, least-advanced programme stage.
  const seenIn = new Map<number, Set<number>>(); // group -> communities seen
  const progMinStage = new Map<number, Map<number, number>>(); // group -> community -> min stage
  const buildingsPerCommunity = new Uint32Array(communities.length);
  const totalSeen = new Set<number>();
  const totalMinStage = new Map<number, number>();
  const overdue = opts.overdue ?? null;
  const overdueIn = new Map<number, Set<number>>(); // group -> overdue communities
  const totalOverdue = new Set<number>();
  const total = emptyRow('合计');

  let lastSeenC = -1,
    lastSeenG = -1,
    lastProgC = -1,
    lastProgG = -1,
    lastProgStage = 0;
  // Columns in locals: the table may be a view with another shape (schedule.ts tableAsOf), and
  // reading them off it once keeps the loop's property lookups out of the hot path.
  const { households, floorAreaM2, stage: stages, planYear, communityIndex } = t;
  const keyCodes = keyColumn ? keyColumn.codes : null;
  const rowList = opts.rows ?? null;
  const n = rowList ? rowList.length : t.length;
  for (let k = 0; k < n; k++) {
    const i = rowList ? rowList[k] : k;
    let g: number;
    if (codeToGroup && keyCodes && keyColumn) {
      const code = keyCodes[i];
      g = codeToGroup[code];
      if (g < 0) g = codeToGroup[code] = groupOf(keyColumn.values[code]);
    } else if (by === 'community') {
      const c = communityIndex[i];
      g = groupOf(c >= 0 ? communityKey[c] : '');
    } else {
      g = groupOf(planYear[i] ? String(planYear[i]) : '');
    }
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
      // Rows come grouped by community: only touch the sets when the (group, community) pair changes.
      if (c !== lastSeenC || g !== lastSeenG) {
        lastSeenC = c;
        lastSeenG = g;
        let seen = seenIn.get(g);
        if (!seen) seenIn.set(g, (seen = new Set()));
        seen.add(c);
        totalSeen.add(c);
      }
    }
    if (!inProgramme(stage, planYear[i], year)) continue;
    r.programmeBuildings++;
    r.programmeHouseholds += hh;
    r.programmeFloorAreaM2 += fa;
    const effective = stage === 0 ? STAGE_NONE + 1 : stage; // a plan year without a stage: planned
    if (effective >= STAGE_STARTED_MIN) {
      r.startedBuildings++;
      r.startedHouseholds += hh;
    }
    if (effective === STAGE_COMPLETED) {
      r.completedBuildings++;
      r.completedHouseholds += hh;
    }
    if (overdue && overdue[i] === 1) {
      r.overdueBuildings++;
      r.overdueHouseholds += hh;
      if (c >= 0) {
        let set = overdueIn.get(g);
        if (!set) overdueIn.set(g, (set = new Set()));
        set.add(c);
        totalOverdue.add(c);
      }
    }
    if (c >= 0 && (c !== lastProgC || g !== lastProgG || effective < lastProgStage)) {
      lastProgC = c;
      lastProgG = g;
      let m = progMinStage.get(g);
      if (!m) progMinStage.set(g, (m = new Map()));
      const prev = m.get(c);
      if (prev === undefined || effective < prev) m.set(c, effective);
      lastProgStage = Math.min(effective, prev ?? effective);
      const prevTotal = totalMinStage.get(c);
      if (prevTotal === undefined || effective < prevTotal) totalMinStage.set(c, effective);
    }
  }

  for (const [g, seen] of seenIn) rows[g].communities += seen.size;
  for (const [g, m] of progMinStage) countCommunityStages(rows[g], m.values());
  total.communities = totalSeen.size;
  for (const [g, set] of overdueIn) rows[g].overdueCommunities += set.size;
  total.overdueCommunities = totalOverdue.size;
  countCommunityStages(total, totalMinStage.values());

  // Communities with no building rows count from their own attributes (when filtering rows, only
  // those in communityRows; "no building rows" then means none in the whole table).
  const countable = opts.rows ? (opts.communityRows ?? null) : null;
  if (!opts.rows || countable) {
    const hasBuildings = opts.rows ? buildingsPerCommunityIn(t, communities.length) : buildingsPerCommunity;
    const countCommunity = (c: Community, ci: number): void => {
      if (hasBuildings[ci] > 0 || c.implicit) return;
      const key =
        by === 'street'
          ? c.street
          : by === 'shequ'
            ? c.shequ
            : by === 'area'
              ? c.area
              : by === 'community'
                ? communityKey[ci]
                : c.attrs.planYear
                  ? String(c.attrs.planYear)
                  : '';
      const r = rows[groupOf(key)];
      const a = c.attrs;
      const hh = a.households === a.households ? a.households : 0;
      const fa = a.floorAreaM2 === a.floorAreaM2 ? a.floorAreaM2 : 0;
      const nb = a.buildingCount === a.buildingCount ? a.buildingCount : 0;
      const stage = a.stage === 0 ? STAGE_NONE + 1 : a.stage;
      const programme = inProgramme(a.stage, a.planYear, year);
      for (const x of [r, total]) {
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
    };
    if (countable) for (const ci of countable) countCommunity(communities[ci], ci);
    else communities.forEach(countCommunity);
  }

  for (const r of rows) addInto(total, r);
  for (const r of [...rows, total]) finishRow(r);
  rows.sort(compareKeys);
  return { by, year, groups: rows, total };
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

function countCommunityStages(r: SummaryRow, leastStages: Iterable<number>): void {
  for (const st of leastStages) {
    r.programmeCommunities++;
    if (st >= STAGE_STARTED_MIN) r.startedCommunities++;
    if (st === STAGE_COMPLETED) r.completedCommunities++;
  }
}

const SUMMED: readonly (keyof SummaryRow)[] = [
  'buildings',
  'households',
  'floorAreaM2',
  'eligibleBuildings',
  'eligibleHouseholds',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'startedBuildings',
  'completedBuildings',
  'eligibleFloorAreaM2',
  'dangerBuildings',
  'buildingsWithoutHouseholds',
  'backlogBuildings',
  'backlogHouseholds',
  'backlogFloorAreaM2',
  'overdueBuildings',
  'overdueHouseholds',
];

function addInto(total: SummaryRow, r: SummaryRow): void {
  for (const k of SUMMED) (total[k] as number) += r[k] as number;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Round sums (floating noise from decimals) and compute the rates. */
function finishRow(r: SummaryRow): void {
  for (const k of [
    'households',
    'floorAreaM2',
    'eligibleHouseholds',
    'programmeHouseholds',
    'programmeFloorAreaM2',
    'startedHouseholds',
    'completedHouseholds',
    'eligibleFloorAreaM2',
    'backlogHouseholds',
    'backlogFloorAreaM2',
    'overdueHouseholds',
  ] as const) {
    r[k] = Math.round(r[k] * 100) / 100;
  }
  r.completionRateHouseholds = ratio(r.completedHouseholds, r.programmeHouseholds);
  r.startRateHouseholds = ratio(r.startedHouseholds, r.programmeHouseholds);
  r.startRateCommunities = ratio(r.startedCommunities, r.programmeCommunities);
  r.completionRateCommunities = ratio(r.completedCommunities, r.programmeCommunities);
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compareKeys(a: SummaryRow, b: SummaryRow): number {
  if (a.key === '') return 1;
  if (b.key === '') return -1;
  return collator.compare(a.key, b.key);
}

const keysCache = new WeakMap<readonly Community[], readonly string[]>();

/**
 * Community names as group keys; equal names in two streets get the street added. Made once per
 * communities list (a filter change or a re-total reads them again): the same array comes back.
 */
export function communityKeys(communities: readonly Community[]): readonly string[] {
  let keys = keysCache.get(communities);
  if (!keys) {
    const count = new Map<string, number>();
    for (const c of communities) count.set(c.name, (count.get(c.name) ?? 0) + 1);
    keys = communities.map((c) =>
      (count.get(c.name) ?? 0) > 1 && c.street ? `${c.name}（${c.street}）` : c.name || c.id,
    );
    keysCache.set(communities, keys);
  }
  return keys;
}
