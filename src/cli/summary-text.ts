/**
 * The summarize command's text table: a column per summary figure, named and written as the
 * catalogue (src/domain/summary-fields.ts) and the shared number formats (domain/format-number.ts)
 * say, in the terminal's terse form: 面积(万㎡), 开工率(户).
 */
import type { Summary, SummaryRow } from '../domain/aggregate.ts';
import { fmtInt, fmtRate, fmtWan } from '../domain/format-number.ts';
import { UNNAMED_GROUP } from '../domain/summary-sheet.ts';
import {
  GROUP_LABELS,
  RATE_BASES,
  SUMMARY_FIELDS,
  rateBasis,
  type NamedField,
  type SummaryFieldDef,
} from '../domain/summary-fields.ts';
import { textTable } from './text-table.ts';

/** The columns after the group's name, left to right. */
export const TEXT_TABLE_FIELDS: readonly NamedField[] = [
  'communities',
  'buildings',
  'households',
  'floorAreaM2',
  'eligibleBuildings',
  'eligibleHouseholds',
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'startRateHouseholds',
  'completionRateHouseholds',
  'completionRateCommunities',
  'dangerBuildings',
  'backlogBuildings',
  'backlogHouseholds',
];

/** Added when a programme with dated steps was checked. */
export const TEXT_TABLE_OVERDUE_FIELDS: readonly NamedField[] = [
  'overdueCommunities',
  'overdueBuildings',
  'overdueHouseholds',
];

/**
 * A field's header in the terminal: its `term` where the catalogue gives one, else its short
 * label, with (万㎡) for areas and what a rate is counted by in brackets.
 * @example termHeader(SUMMARY_FIELDS.startRateHouseholds) // '开工率(户)'
 */
export function termHeader(def: SummaryFieldDef): string {
  if (def.term) return def.term;
  const label = def.short ?? def.zh;
  const basis = rateBasis(def);
  if (basis) return `${label}(${RATE_BASES[basis].term})`;
  return def.kind === 'm2' ? `${label}(万㎡)` : label;
}

/** A row's figure for a field, as the terminal writes it (万㎡ without thousands separators). */
export function termCell(def: SummaryFieldDef, r: SummaryRow): string {
  const v = r[def.field];
  if (def.kind === 'm2') return fmtWan(v, { plain: true });
  if (def.kind === 'rate') return fmtRate(v, def.denominator ? r[def.denominator] : 1);
  return fmtInt(v);
}

/** The text table; `withOverdue` adds the overdue columns (when a programme with steps was checked). */
export function summaryTable(s: Summary, withOverdue = false): string {
  const defs: SummaryFieldDef[] = [...TEXT_TABLE_FIELDS, ...(withOverdue ? TEXT_TABLE_OVERDUE_FIELDS : [])].map(
    (f) => SUMMARY_FIELDS[f],
  );
  const header = [GROUP_LABELS[s.by].zh, ...defs.map(termHeader)];
  const row = (r: SummaryRow, label: string): string[] => [label, ...defs.map((d) => termCell(d, r))];
  const rows = [...s.groups.map((r) => row(r, r.key === '' ? UNNAMED_GROUP : r.key)), row(s.total, '合计')];
  return textTable(header, rows, new Set(header.map((_, i) => i).slice(1)));
}
