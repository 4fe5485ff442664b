/**
 * The summary figures the dashboard shows, as cards and table columns. What each is called, its
 * unit and what a rate is a share of come from the catalogue (src/domain/summary-fields.ts);
 * this module says which the page shows where, and writes a figure as the screen does.
 */
import type { SummaryRow } from '../domain/aggregate.ts';
import {
  SUMMARY_FIELDS,
  TABLE_FIELDS as TABLE_FIELD_NAMES,
  BACKLOG_TABLE_FIELDS as BACKLOG_TABLE_FIELD_NAMES,
  type NamedField,
  type SummaryField,
  type SummaryFieldDef,
} from '../domain/summary-fields.ts';
import type { Lang } from '../i18n/index.ts';
import { fmtAreaValue, fmtInt, fmtRate } from './format.ts';

export type NumericField = SummaryField;
export type FieldDef = SummaryFieldDef;

export const FIELDS: Readonly<Record<NamedField, FieldDef>> = SUMMARY_FIELDS;

/** The catalogue's entries of these fields, in order. */
export const defs = (names: readonly NamedField[]): readonly FieldDef[] => names.map((n) => FIELDS[n]);

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
export const KPI_FIELDS: readonly FieldDef[] = defs([
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'completionRateHouseholds',
]);

/**
 * The KPI cards with the backlog preset on: buildings in no plan have no programme figures (all
 * 0), so the cards give the backlog's own totals, as the table's columns do.
 */
export const BACKLOG_KPI_FIELDS: readonly FieldDef[] = defs([
  'communities',
  'backlogBuildings',
  'backlogHouseholds',
  'backlogFloorAreaM2',
]);

/** The table's columns with the backlog preset on (the same as its exports'). */
export const BACKLOG_TABLE_FIELDS: readonly FieldDef[] = defs(BACKLOG_TABLE_FIELD_NAMES);

/** The summary table's columns after the group name (the same as its exports'). */
export const TABLE_FIELDS: readonly FieldDef[] = defs(TABLE_FIELD_NAMES);

/**
 * The table's columns when the view's programme has dated steps: the programme columns, then
 * the overdue buildings and communities as of the chosen day (schedule.ts).
 */
export const SCHEDULE_TABLE_FIELDS: readonly FieldDef[] = [
  ...TABLE_FIELDS,
  ...defs(['overdueBuildings', 'overdueCommunities']),
];
