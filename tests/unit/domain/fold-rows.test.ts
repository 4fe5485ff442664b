import { describe, expect, it } from 'vitest';
import { summarize, type SummaryRow } from '../../../src/domain/aggregate.ts';
import { foldRows } from '../../../src/domain/fold-rows.ts';

const empty = summarize({ buildings: { length: 0 } as never, communities: [] }).total;
const row = (key: string, programme: number, started: number, completed: number, overdue = 0): SummaryRow => ({
  ...empty,
  key,
  programmeHouseholds: programme,
  startedHouseholds: started,
  completedHouseholds: completed,
  startRateHouseholds: started / programme,
  completionRateHouseholds: completed / programme,
  overdueBuildings: overdue,
});

describe('foldRows', () => {
  const groups = [row('甲', 100, 50, 10, 1), row('乙', 400, 300, 100), row('丙', 50, 50, 50, 2), row('丁', 300, 0, 0)];

  it('keeps every row when they fit', () => {
    expect(foldRows(groups, 4)).toEqual(groups.map((r) => ({ row: r, folded: 0 })));
  });

  it('folds the smallest into one row whose counts add up and whose rates follow', () => {
    const out = foldRows(groups, 3);
    expect(out.map((r) => [r.row.key, r.folded])).toEqual([
      ['乙', 0],
      ['丁', 0],
      ['', 2],
    ]);
    const other = out[2].row;
    expect(other.programmeHouseholds).toBe(150);
    expect(other.startedHouseholds).toBe(100);
    expect(other.completedHouseholds).toBe(60);
    expect(other.overdueBuildings).toBe(3);
    expect(other.startRateHouseholds).toBeCloseTo(100 / 150, 12);
    expect(other.completionRateHouseholds).toBeCloseTo(60 / 150, 12);
    // The page's total still adds up.
    expect(out.reduce((s, r) => s + r.row.programmeHouseholds, 0)).toBe(850);
  });

  it('never gives more rows than asked for', () => {
    for (let max = 1; max <= 5; max++) expect(foldRows(groups, max).length).toBeLessThanOrEqual(Math.max(1, max));
  });
});
