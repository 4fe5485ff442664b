/**
 * The summary table's column sets (现状 stock, 计划 programme, 进度 progress, 全部 all) and the
 * columns a view shows: the page's table and its exports take theirs from here.
 */
import { BACKLOG_TABLE_FIELDS, type NamedField } from './summary-fields.ts';

/** The summary table's column sets: what each street office has, its programme, its progress, or all of it. */
export type ColumnSet = 'stock' | 'programme' | 'progress' | 'all';
export const COLUMN_SETS: readonly ColumnSet[] = ['stock', 'programme', 'progress', 'all'];

/** The set a fresh page shows: the year's programme and how far it got. */
export const DEFAULT_COLUMN_SET: ColumnSet = 'progress';

/**
 * The housing stock (现状) per group: every building, the eligible ones and by which rule, the
 * year's programme and the backlog (eligible, in no plan of any year) — summarize()'s fields, as
 * the CLI's `summarize --json` gives them.
 */
export const STOCK_TABLE_FIELDS: readonly NamedField[] = [
  'buildings',
  'households',
  'floorAreaM2',
  'eligibleBuildings',
  'eligibleHouseholds',
  'eligibleByYearBuildings',
  'eligibleByGradeCBuildings',
  'eligibleNonCompleteBuildings',
  'programmeBuildings',
  'backlogBuildings',
];

/** The year's programme (计划) per group. */
export const PROGRAMME_TABLE_FIELDS: readonly NamedField[] = [
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'dangerBuildings',
];

/** How far the year's programme got (进度): households against the plan, and the rates. */
export const PROGRESS_TABLE_FIELDS: readonly NamedField[] = [
  'programmeHouseholds',
  'startedHouseholds',
  'completedHouseholds',
  'startRateHouseholds',
  'completionRateHouseholds',
  'completionRateCommunities',
];

/**
 * A column set's fields (the backlog preset has its own, BACKLOG_TABLE_FIELDS). `all` is the
 * stock, then the programme and its progress, each figure once.
 */
export function columnSetFields(set: ColumnSet): readonly NamedField[] {
  if (set === 'stock') return STOCK_TABLE_FIELDS;
  if (set === 'programme') return PROGRAMME_TABLE_FIELDS;
  if (set === 'progress') return PROGRESS_TABLE_FIELDS;
  const all: NamedField[] = [];
  for (const f of [...STOCK_TABLE_FIELDS, ...PROGRAMME_TABLE_FIELDS, ...PROGRESS_TABLE_FIELDS])
    if (!all.includes(f)) all.push(f);
  return all;
}

/** The overdue columns, after the progress figures where the view's programme has dated steps. */
const OVERDUE_TABLE_FIELDS: readonly NamedField[] = ['overdueBuildings', 'overdueCommunities'];

/**
 * The columns the summary table shows and its exports write: the backlog's with the backlog
 * preset on, else the chosen set's, with the overdue figures where the programme has dated steps.
 * @example shownTableFields('stock', { backlog: true, schedule: false })[1] // 'backlogBuildings'
 */
export function shownTableFields(set: ColumnSet, view: { backlog: boolean; schedule: boolean }): readonly NamedField[] {
  if (view.backlog) return BACKLOG_TABLE_FIELDS;
  const fields = columnSetFields(set);
  return view.schedule && (set === 'progress' || set === 'all') ? [...fields, ...OVERDUE_TABLE_FIELDS] : fields;
}
