import { describe, expect, it } from 'vitest';
import { summarize, type SummaryRow } from '../../../src/domain/aggregate.ts';
import { emptyBuildingTable } from '../../../src/domain/building-table.ts';
import { nextSort, sortGroups } from '../../../src/domain/sort-summary.ts';

const row = (key: string, programmeHouseholds: number, completionRateHouseholds = 0): SummaryRow => ({
  ...summarize({ buildings: emptyBuildingTable(), communities: [] }).total,
  key,
  programmeHouseholds,
  completionRateHouseholds,
});

describe('sortGroups', () => {
  const groups = [
    row('临城街道', 3847, 1),
    row('常庄街道', 2209, 0.5),
    row('', 900, 1),
    row('新城街道', 10000, 0.94),
    row('周营镇', 0, 0),
  ];
  const keys = (rs: SummaryRow[]) => rs.map((r) => r.key);

  it('numbers as numbers (10000 after 3847 ascending, not as text), the unnamed group last either way', () => {
    expect(keys(sortGroups(groups, { field: 'programmeHouseholds', dir: 'asc' }))).toEqual([
      '周营镇',
      '常庄街道',
      '临城街道',
      '新城街道',
      '',
    ]);
    expect(keys(sortGroups(groups, { field: 'programmeHouseholds', dir: 'desc' }))).toEqual([
      '新城街道',
      '临城街道',
      '常庄街道',
      '周营镇',
      '',
    ]);
  });
  it('ties in name order', () => {
    expect(keys(sortGroups(groups, { field: 'completionRateHouseholds', dir: 'desc' }))).toEqual([
      '临城街道',
      '新城街道',
      '常庄街道',
      '周营镇',
      '',
    ]);
  });
  it('names in Chinese collation', () => {
    expect(keys(sortGroups(groups, { field: 'key', dir: 'asc' }))).toEqual([
      '常庄街道',
      '临城街道',
      '新城街道',
      '周营镇',
      '',
    ]);
    expect(keys(sortGroups(groups, { field: 'key', dir: 'desc' }))).toEqual([
      '周营镇',
      '新城街道',
      '临城街道',
      '常庄街道',
      '',
    ]);
  });
  it('returns a new array and leaves the groups alone', () => {
    const before = keys(groups);
    expect(sortGroups(groups, { field: 'programmeHouseholds', dir: 'asc' })).not.toBe(groups);
    expect(keys(groups)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('a new figure column starts descending, then flips', () => {
    const a = nextSort(null, 'programmeHouseholds');
    expect(a).toEqual({ field: 'programmeHouseholds', dir: 'desc' });
    expect(nextSort(a, 'programmeHouseholds')).toEqual({ field: 'programmeHouseholds', dir: 'asc' });
  });
  it('the name column: no order is already by name ascending, so the first click turns it round', () => {
    expect(nextSort(null, 'key')).toEqual({ field: 'key', dir: 'desc' });
    expect(nextSort({ field: 'programmeHouseholds', dir: 'desc' }, 'key')).toEqual({ field: 'key', dir: 'asc' });
  });
});
