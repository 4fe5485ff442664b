/**
 * The catalogue of summary figures: for each field of summarize()'s rows that a user reads, what
 * it is called (Chinese, English, shorter forms for table headers), what it counts and in which
 * unit, and for a rate what it is a share of; and the names of the groupings. The page's table
 * and KPI cards (src/ui/fields.ts, the `fields` i18n catalogue), every export's columns
 * (summary-sheet.ts) and the CLI's text table (src/cli/text-table.ts) are derived from here, so
 * a new figure is named once.
 */
import type { GroupBy, SummaryRow } from './aggregate.ts';

/** A figure of a summary row (every field but the group's name). */
export type SummaryField = Exclude<keyof SummaryRow, 'key'>;

/** count: a whole number (thousands separators); m2: a floor area in m² (shown as 万㎡); rate: a 0–1 share. */
export type SummaryKind = 'count' | 'm2' | 'rate';

/** What a rate is a share of. */
export type RateBasis = 'households' | 'communities';

export interface SummaryFieldDef {
  field: SummaryField;
  /** Chinese label: KPI cards, and export headers with their unit. */
  zh: string;
  /** A shorter Chinese label for table headers, when zh is long. */
  short?: string;
  /** English label (KPI cards, a table header's tooltip). */
  en: string;
  /** English table header, when en is long: headers wrap at spaces, so the longest words are shortened. */
  enShort?: string;
  /** Counting word after a count in Chinese (个, 栋, 户); areas and rates take their unit from `kind`. */
  unit?: string;
  kind: SummaryKind;
  /** For rates: the field that must be non-zero for the rate to mean anything. */
  denominator?: SummaryField;
  /** The CLI text table's header, where it is not the short label (with 万㎡, or what a rate is by). */
  term?: string;
}

/** What a rate is counted by, as written after its label: on the page (zh, en, enShort) and in the CLI (term). */
export const RATE_BASES: Readonly<Record<RateBasis, { zh: string; en: string; enShort: string; term: string }>> = {
  households: { zh: '按户', en: 'households', enShort: 'hh', term: '户' },
  communities: { zh: '按小区', en: 'communities', enShort: 'comm.', term: '小区' },
};

/** The summary figures, keyed by field. */
export const SUMMARY_FIELDS = {
  communities: {
    field: 'communities',
    zh: '涉及小区',
    en: 'Communities',
    enShort: 'Comm.',
    unit: '个',
    kind: 'count',
    term: '小区数',
  },
  buildings: { field: 'buildings', zh: '楼栋数', en: 'Buildings', unit: '栋', kind: 'count' },
  households: { field: 'households', zh: '户数', en: 'Households', unit: '户', kind: 'count' },
  floorAreaM2: { field: 'floorAreaM2', zh: '建筑面积', short: '面积', en: 'Floor area', kind: 'm2' },
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
  eligibleByYearBuildings: {
    field: 'eligibleByYearBuildings',
    zh: '符合条件·按建成年代',
    short: '按年代',
    en: 'Eligible by build year',
    enShort: 'By year',
    unit: '栋',
    kind: 'count',
    term: '按年代',
  },
  eligibleByGradeCBuildings: {
    field: 'eligibleByGradeCBuildings',
    zh: '符合条件·C级',
    short: 'C级',
    en: 'Eligible as grade C',
    enShort: 'Grade C',
    unit: '栋',
    kind: 'count',
    term: 'C级',
  },
  eligibleNonCompleteBuildings: {
    field: 'eligibleNonCompleteBuildings',
    zh: '符合条件·非成套',
    short: '非成套',
    en: 'Eligible as non-complete',
    enShort: 'Non-compl.',
    unit: '栋',
    kind: 'count',
    term: '非成套',
  },
  programmeCommunities: {
    field: 'programmeCommunities',
    zh: '计划小区',
    en: 'Communities',
    enShort: 'Comm.',
    unit: '个',
    kind: 'count',
  },
  programmeBuildings: { field: 'programmeBuildings', zh: '计划楼栋', en: 'Buildings', unit: '栋', kind: 'count' },
  programmeHouseholds: { field: 'programmeHouseholds', zh: '计划户数', en: 'Households', unit: '户', kind: 'count' },
  programmeFloorAreaM2: {
    field: 'programmeFloorAreaM2',
    zh: '计划建筑面积',
    short: '计划面积',
    en: 'Floor area',
    kind: 'm2',
  },
  startedHouseholds: {
    field: 'startedHouseholds',
    zh: '已开工户数',
    en: 'Households started',
    enShort: 'Started',
    unit: '户',
    kind: 'count',
    term: '开工户数',
  },
  completedHouseholds: {
    field: 'completedHouseholds',
    zh: '已完工户数',
    en: 'Households completed',
    enShort: 'Completed',
    unit: '户',
    kind: 'count',
    term: '完工户数',
  },
  startedCommunities: {
    field: 'startedCommunities',
    zh: '已开工小区',
    en: 'Communities started',
    enShort: 'Comm. started',
    unit: '个',
    kind: 'count',
  },
  completedCommunities: {
    field: 'completedCommunities',
    zh: '已完工小区',
    en: 'Communities completed',
    enShort: 'Comm. completed',
    unit: '个',
    kind: 'count',
  },
  startRateHouseholds: {
    field: 'startRateHouseholds',
    zh: '开工率',
    en: 'Start rate',
    kind: 'rate',
    denominator: 'programmeHouseholds',
  },
  completionRateHouseholds: {
    field: 'completionRateHouseholds',
    zh: '完工率',
    en: 'Completion rate',
    kind: 'rate',
    denominator: 'programmeHouseholds',
  },
  completionRateCommunities: {
    field: 'completionRateCommunities',
    zh: '完工率',
    en: 'Completion rate',
    kind: 'rate',
    denominator: 'programmeCommunities',
  },
  dangerBuildings: { field: 'dangerBuildings', zh: 'D级危房', en: 'Grade D buildings', unit: '栋', kind: 'count' },
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
    enShort: 'Backlog area',
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
    enShort: 'Overdue comm.',
    unit: '个',
    kind: 'count',
  },
} as const satisfies Partial<Record<SummaryField, SummaryFieldDef>>;

/** A field the catalogue names. */
export type NamedField = keyof typeof SUMMARY_FIELDS;

/** What a rate is a share of (households unless its denominator is communities); null for other kinds. */
export function rateBasis(def: SummaryFieldDef): RateBasis | null {
  if (def.kind !== 'rate') return null;
  return def.denominator === 'programmeCommunities' ? 'communities' : 'households';
}

/** The summary table's columns after the group name, on the page and in its exports. */
export const TABLE_FIELDS: readonly NamedField[] = [
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'startRateHouseholds',
  'completionRateHouseholds',
  'completionRateCommunities',
];

/**
 * The table's columns with the backlog preset on (已符合条件未纳入计划), on the page and in its
 * exports: every building the preset keeps is eligible and in no plan, so the eligible and the
 * programme figures would only repeat the backlog's (or be 0); the backlog's own totals stand in
 * their place, with the rules that make them eligible.
 */
export const BACKLOG_TABLE_FIELDS: readonly NamedField[] = [
  'communities',
  'backlogBuildings',
  'backlogHouseholds',
  'backlogFloorAreaM2',
  'eligibleByYearBuildings',
  'eligibleByGradeCBuildings',
  'eligibleNonCompleteBuildings',
];

/** A grouping's names: Chinese (the screen, the export's first column, the CLI), English, and English in a sentence. */
export interface GroupLabel {
  zh: string;
  en: string;
  enIn: string;
}

/** What each grouping is called. */
export const GROUP_LABELS: Readonly<Record<GroupBy, GroupLabel>> = {
  street: { zh: '街道', en: 'Street office', enIn: 'street office' },
  community: { zh: '小区', en: 'Community', enIn: 'community' },
  shequ: { zh: '社区', en: "Residents' committee", enIn: "residents' committee" },
  area: { zh: '片区', en: 'Area', enIn: 'area' },
  planYear: { zh: '计划年度', en: 'Plan year', enIn: 'plan year' },
};
