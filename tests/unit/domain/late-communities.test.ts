import { describe, expect, it } from 'vitest';
import { summarize, type Summary, type SummaryRow } from '../../../src/domain/aggregate.ts';
import type { Community } from '../../../src/domain/community.ts';
import { lateCommunities } from '../../../src/domain/late-communities.ts';

describe('lateCommunities', () => {
  const empty = summarize({ buildings: { length: 0 } as never, communities: [] }).total;
  const row = (key: string, overdueBuildings: number, overdueHouseholds: number): SummaryRow => ({
    ...empty,
    key,
    overdueBuildings,
    overdueHouseholds,
  });
  const community = (id: string, name: string, street: string) => ({ id, name, street }) as Community;
  // Two communities named 幸福小区: the summary tells them apart by their street office.
  const communities = [
    community('1', '幸福小区', '临城街道'),
    community('2', '幸福小区', '常庄街道'),
    community('3', '利民小区', '常庄街道'),
    community('4', '和平小区', '临城街道'),
  ];
  const summary: Summary = {
    by: 'community',
    year: 2023,
    groups: [
      row('幸福小区（临城街道）', 2, 80),
      row('幸福小区（常庄街道）', 5, 100),
      row('利民小区', 0, 0),
      row('和平小区', 2, 90),
    ],
    total: empty,
  };

  it('lists the communities with overdue buildings, most first, with their street office', () => {
    expect(lateCommunities(summary, communities)).toEqual([
      { key: '幸福小区（常庄街道）', street: '常庄街道', overdueBuildings: 5, overdueHouseholds: 100 },
      { key: '和平小区', street: '临城街道', overdueBuildings: 2, overdueHouseholds: 90 },
      { key: '幸福小区（临城街道）', street: '临城街道', overdueBuildings: 2, overdueHouseholds: 80 },
    ]);
  });

  it('is empty when nothing is late', () => {
    expect(lateCommunities({ ...summary, groups: [row('利民小区', 0, 0)] }, communities)).toEqual([]);
  });
});
