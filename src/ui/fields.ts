/**
 * The summary fields the dashboard shows: Chinese label, English label, unit and format.
 * Keys are the field names of summarize()'s rows (and of the CLI's summarize JSON).
 */
import type { SummaryRow } from '../domain/aggregate.ts';
import type { Lang } from '../i18n/index.ts';
import { fmtAreaValue, fmtInt, fmtRate } from './format.ts';

export type NumericField = Exclude<keyof SummaryRow, 'key'>;

export interface FieldDef {
  field: NumericField;
  zh: string;
  /** A shorter Chinese label for table headers, when zh is long. */
  short?: string;
  /** What a rate is counted by (按户, 按小区), written under or after the label. */
  by?: string;
  en: string;
  /** Unit written after the figure, e.g. 万㎡; none for rates. */
  unit?: string;
  /** count: thousands separators; m2: shown as 万㎡; rate: percentage of `denominator`. */
  kind: 'count' | 'm2' | 'rate';
  /** For rates: the field that must be non-zero for the rate to mean anything. */
  denominator?: NumericField;
}

export const FIELDS = {
  programmeCommunities: { field: 'programmeCommunities', zh: '计划小区', en: 'Communities', unit: '个', kind: 'count' },
  programmeBuildings: { field: 'programmeBuildings', zh: '计划楼栋', en: 'Buildings', unit: '栋', kind: 'count' },
  programmeHouseholds: { field: 'programmeHouseholds', zh: '计划户数', en: 'Households', unit: '户', kind: 'count' },
  programmeFloorAreaM2: {
    field: 'programmeFloorAreaM2',
    zh: '计划建筑面积',
    short: '计划面积',
    en: 'Floor area',
    unit: '万㎡',
    kind: 'm2',
  },
  startedHouseholds: { field: 'startedHouseholds', zh: '已开工户数', en: 'Started', unit: '户', kind: 'count' },
  completedHouseholds: { field: 'completedHouseholds', zh: '已完工户数', en: 'Completed', unit: '户', kind: 'count' },
  startedCommunities: {
    field: 'startedCommunities',
    zh: '已开工小区',
    en: 'Started communities',
    unit: '个',
    kind: 'count',
  },
  completedCommunities: {
    field: 'completedCommunities',
    zh: '已完工小区',
    en: 'Completed communities',
    unit: '个',
    kind: 'count',
  },
  startRateHouseholds: {
    field: 'startRateHouseholds',
    zh: '开工率',
    by: '按户',
    en: 'Start rate',
    kind: 'rate',
    denominator: 'programmeHouseholds',
  },
  completionRateHouseholds: {
    field: 'completionRateHouseholds',
    zh: '完工率',
    by: '按户',
    en: 'Completion rate',
    kind: 'rate',
    denominator: 'programmeHouseholds',
  },
  completionRateCommunities: {
    field: 'completionRateCommunities',
    zh: '完工率',
    by: '按小区',
    en: 'By community',
    kind: 'rate',
    denominator: 'programmeCommunities',
  },
  communities: { field: 'communities', zh: '涉及小区', en: 'Communities', unit: '个', kind: 'count' },
  eligibleBuildings: {
    field: 'eligibleBuildings',
    zh: '符合条件楼栋',
    en: 'Eligible buildings',
    unit: '栋',
    kind: 'count',
  },
  eligibleHouseholds: {
    field: 'eligibleHouseholds',
    zh: '符合条件户数',
    en: 'Eligible households',
    unit: '户',
    kind: 'count',
  },
  backlogBuildings: { field: 'backlogBuildings', zh: '待纳入楼栋', en: 'Backlog buildings', unit: '栋', kind: 'count' },
  backlogHouseholds: {
    field: 'backlogHouseholds',
    zh: '待纳入户数',
    en: 'Backlog households',
    unit: '户',
    kind: 'count',
  },
  backlogFloorAreaM2: {
    field: 'backlogFloorAreaM2',
    zh: '待纳入建筑面积',
    short: '待纳入面积',
    en: 'Backlog floor area',
    unit: '万㎡',
    kind: 'm2',
  },
  overdueBuildings: { field: 'overdueBuildings', zh: '逾期楼栋', en: 'Overdue buildings', unit: '栋', kind: 'count' },
  overdueHouseholds: {
    field: 'overdueHouseholds',
    zh: '逾期户数',
    en: 'Overdue households',
    unit: '户',
    kind: 'count',
  },
  overdueCommunities: {
    field: 'overdueCommunities',
    zh: '逾期小区',
    en: 'Overdue communities',
    unit: '个',
    kind: 'count',
  },
} satisfies Partial<Record<NumericField, FieldDef>>;

/** A plain figure of this field's kind (a target, say); areas in 万㎡ in Chinese, m² in English. */
export function formatNumber(def: FieldDef, n: number, denominator = 1, lang?: Lang): string {
  if (def.kind === 'm2') return fmtAreaValue(n, lang);
  if (def.kind === 'rate') return fmtRate(n, denominator);
  return fmtInt(n);
}

/** A row's figure for this field, as written on screen. */
export function formatField(def: FieldDef, row: SummaryRow, lang?: Lang): string {
  return formatNumber(def, row[def.field], def.denominator ? row[def.denominator] : 1, lang);
}

/** The KPI cards, left to right. */
export const KPI_FIELDS: readonly FieldDef[] = [
  FIELDS.programmeCommunities,
  FIELDS.programmeBuildings,
  FIELDS.programmeHouseholds,
  FIELDS.programmeFloorAreaM2,
  FIELDS.startedHouseholds,
  FIELDS.completedHouseholds,
  FIELDS.completionRateHouseholds,
];

/**
 * The KPI cards with the backlog preset on: buildings in no plan have no programme figures (all
 * 0), so the cards give the backlog's own totals, as the table's columns do.
 */
export const BACKLOG_KPI_FIELDS: readonly FieldDef[] = [
  FIELDS.communities,
  FIELDS.backlogBuildings,
  FIELDS.backlogHouseholds,
  FIELDS.backlogFloorAreaM2,
];

/**
 * The table's columns with the backlog preset on (已符合条件未纳入计划): the programme figures
 * are all 0 for buildings in no plan, so the backlog's own totals stand in their place.
 */
export const BACKLOG_TABLE_FIELDS: readonly FieldDef[] = [
  FIELDS.communities,
  FIELDS.eligibleBuildings,
  FIELDS.eligibleHouseholds,
  FIELDS.backlogBuildings,
  FIELDS.backlogHouseholds,
  FIELDS.backlogFloorAreaM2,
];

/** The summary table's columns after the group name. */
export const TABLE_FIELDS: readonly FieldDef[] = [
  FIELDS.programmeCommunities,
  FIELDS.programmeBuildings,
  FIELDS.programmeHouseholds,
  FIELDS.programmeFloorAreaM2,
  FIELDS.startedHouseholds,
  FIELDS.completedHouseholds,
  FIELDS.startRateHouseholds,
  FIELDS.completionRateHouseholds,
  FIELDS.completionRateCommunities,
];

/**
 * The table's columns when the view's programme has dated steps: the programme columns, then
 * the overdue buildings and communities as of the chosen day (schedule.ts).
 */
export const SCHEDULE_TABLE_FIELDS: readonly FieldDef[] = [
  ...TABLE_FIELDS,
  FIELDS.overdueBuildings,
  FIELDS.overdueCommunities,
];
