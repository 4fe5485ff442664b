/**
 * A summary row (the figures of one group, or the total) and the steps every row goes through:
 * made empty, summed into the total, rounded and given its rates, sorted by its group's name.
 */

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
  /**
   * Eligible buildings by the rule that makes them so (eligibility-codes.ts): built by the end of
   * the cut-off year, appraised grade C, non-complete units. A building that meets two rules
   * counts under both, so the three may add up to more than eligibleBuildings.
   */
  eligibleByYearBuildings: number;
  eligibleByGradeCBuildings: number;
  eligibleNonCompleteBuildings: number;
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

/** summarize()'s answer: a row per group, sorted by name ('' last), and the total. */
export interface Summary {
  by: GroupBy;
  year: number | null;
  groups: SummaryRow[];
  total: SummaryRow;
}

/** A row of zeros for a group. */
export function emptyRow(key: string): SummaryRow {
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
    eligibleByYearBuildings: 0,
    eligibleByGradeCBuildings: 0,
    eligibleNonCompleteBuildings: 0,
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

/** The figures a total adds up from its groups (the community counts and rates are counted apart). */
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
  'eligibleByYearBuildings',
  'eligibleByGradeCBuildings',
  'eligibleNonCompleteBuildings',
  'dangerBuildings',
  'buildingsWithoutHouseholds',
  'backlogBuildings',
  'backlogHouseholds',
  'backlogFloorAreaM2',
  'overdueBuildings',
  'overdueHouseholds',
];

export function addInto(total: SummaryRow, r: SummaryRow): void {
  for (const k of SUMMED) (total[k] as number) += r[k] as number;
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : 0;
}

/** Round sums (floating noise from decimals) and compute the rates. */
export function finishRow(r: SummaryRow): void {
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

/** By name as Chinese readers sort (numbers as numbers), the unnamed group last. */
export function compareKeys(a: SummaryRow, b: SummaryRow): number {
  if (a.key === '') return 1;
  if (b.key === '') return -1;
  return collator.compare(a.key, b.key);
}
