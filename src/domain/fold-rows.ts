/**
 * A table that must fit on one page: when there are more street offices than rows, the ones
 * with the fewest programme households are folded into one "the other N" row, so the page never
 * runs onto a second sheet and its total still adds up.
 */
import type { SummaryRow } from './aggregate.ts';

export interface BriefRow {
  row: SummaryRow;
  /** Street offices folded into this row (0 for a row of its own). */
  folded: number;
}

/** The fields the brief's table shows: the counts added up, the rates worked out again from them. */
function addUp(rows: readonly SummaryRow[]): SummaryRow {
  const sum = { ...rows[0], key: '' };
  const counts = [
    'programmeHouseholds',
    'startedHouseholds',
    'completedHouseholds',
    'programmeCommunities',
    'startedCommunities',
    'completedCommunities',
    'overdueCommunities',
    'overdueBuildings',
    'overdueHouseholds',
  ] as const;
  for (const f of counts) sum[f] = rows.reduce((s, r) => s + r[f], 0);
  sum.startRateHouseholds = sum.programmeHouseholds > 0 ? sum.startedHouseholds / sum.programmeHouseholds : 0;
  sum.completionRateHouseholds = sum.programmeHouseholds > 0 ? sum.completedHouseholds / sum.programmeHouseholds : 0;
  return sum;
}

/**
 * At most `maxRows` rows in the groups' order; past that, the largest by programme households keep
 * their rows and the rest become one folded row at the end.
 * @example foldRows(groups, 3).map((r) => r.folded) // [0, 0, 2] for four groups
 */
export function foldRows(groups: readonly SummaryRow[], maxRows: number): BriefRow[] {
  const max = Math.max(1, Math.floor(maxRows));
  if (groups.length <= max) return groups.map((row) => ({ row, folded: 0 }));
  const keep = new Set(
    groups
      .map((r, i) => [r.programmeHouseholds, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .slice(0, max - 1)
      .map(([, i]) => i),
  );
  const rest = groups.filter((_, i) => !keep.has(i));
  return [
    ...groups.filter((_, i) => keep.has(i)).map((row) => ({ row, folded: 0 })),
    { row: addUp(rest), folded: rest.length },
  ];
}
