import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize, type SummaryRow } from '../../../src/domain/aggregate.ts';
import { emptyBuildingTable } from '../../../src/domain/building-table.ts';
import { rankStreets, stepStreet } from '../../../src/domain/ranking.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const ZERO = summarize({ buildings: emptyBuildingTable(), communities: [] }).total;

/** A street office's row: programme households and communities, start and completion rates by households and by communities. */
function row(
  key: string,
  hh: number,
  communities: number,
  start: [number, number],
  completion: [number, number],
): SummaryRow {
  return {
    ...ZERO,
    key,
    programmeHouseholds: hh,
    programmeCommunities: communities,
    startRateHouseholds: start[0],
    startRateCommunities: start[1],
    completionRateHouseholds: completion[0],
    completionRateCommunities: completion[1],
  };
}

const view = (ranks: ReturnType<typeof rankStreets>) =>
  ranks.map((r) => [r.row.key, r.startRank, r.completionRank, r.noProgramme]);

describe('rankStreets', () => {
  // The sample district's 2023 figures (rates rounded), as `summarize --year 2023` prints them.
  const y2023 = [
    row('常庄街道', 1170, 5, [0.933, 0.2], [0.116, 0.2]),
    row('临城街道', 1422, 6, [0.698, 0.5], [0.117, 0]),
    row('沙沟镇', 328, 2, [0, 0], [0, 0]),
    row('陶庄镇', 590, 3, [0.919, 0.667], [0.478, 0]),
    row('新城街道', 1344, 4, [0.833, 0.5], [0.273, 0]),
  ];

  it('by start rate (households), highest first; each row carries both ranks', () => {
    expect(view(rankStreets(y2023))).toEqual([
      ['常庄街道', 1, 4, false],
      ['陶庄镇', 2, 1, false],
      ['新城街道', 3, 2, false],
      ['临城街道', 4, 3, false],
      ['沙沟镇', 5, 5, false],
    ]);
  });

  it('in completion-rate order on request, with the same ranks', () => {
    const ranks = rankStreets(y2023, 'completion');
    expect(ranks.map((r) => r.row.key)).toEqual(['陶庄镇', '新城街道', '临城街道', '常庄街道', '沙沟镇']);
    expect(ranks.map((r) => r.completionRank)).toEqual([1, 2, 3, 4, 5]);
    expect(ranks.find((r) => r.row.key === '常庄街道')?.startRank).toBe(1);
  });

  it('equal household rates: the communities rate decides', () => {
    const ranks = rankStreets([row('甲街道', 100, 4, [0.5, 0.25], [0, 0]), row('乙街道', 200, 4, [0.5, 0.75], [0, 0])]);
    expect(view(ranks)).toEqual([
      ['乙街道', 1, 1, false],
      ['甲街道', 2, 1, false],
    ]);
  });

  it('equal on both rates: the same rank, in name order (Chinese collation); the next rank skips', () => {
    // 2022 in the sample: 临城 and 常庄 both 100% started and completed.
    const ranks = rankStreets([
      row('新城街道', 1607, 14, [1, 1], [0.94, 0.857]),
      row('临城街道', 3847, 26, [1, 1], [1, 1]),
      row('常庄街道', 2209, 16, [1, 1], [1, 1]),
    ]);
    expect(view(ranks)).toEqual([
      ['常庄街道', 1, 1, false],
      ['临城街道', 1, 1, false],
      ['新城街道', 1, 3, false],
    ]);
    expect(
      view(
        rankStreets(
          ranks.map((r) => r.row),
          'completion',
        ),
      ),
    ).toEqual(view(ranks));
  });

  it('rows with no programme come last, unranked and flagged, in name order, whatever their rates say', () => {
    const ranks = rankStreets([
      row('周营镇', 0, 0, [0, 0], [0, 0]),
      row('新城街道', 1607, 14, [0.1, 0.1], [0, 0]),
      row('兴仁街道', 0, 0, [0, 0], [0, 0]),
      row('沙沟镇', 0, 1, [0, 0], [0, 0]), // a community-level row without households still ranks
    ]);
    expect(view(ranks)).toEqual([
      ['新城街道', 1, 1, false],
      ['沙沟镇', 2, 1, false],
      ['兴仁街道', null, null, true],
      ['周营镇', null, null, true],
    ]);
  });

  it('nothing in any programme: every row unranked; no rows: nothing', () => {
    expect(view(rankStreets([row('乙', 0, 0, [0, 0], [0, 0]), row('甲', 0, 0, [0, 0], [0, 0])]))).toEqual([
      ['甲', null, null, true],
      ['乙', null, null, true],
    ]);
    expect(rankStreets([])).toEqual([]);
  });

  it('the unnamed group (no street office written) is last among equals', () => {
    expect(
      rankStreets([row('', 10, 1, [1, 1], [0, 0]), row('临城街道', 10, 1, [1, 1], [0, 0])]).map((r) => r.row.key),
    ).toEqual(['临城街道', '']);
  });

  it('leaves its input alone and returns the rows themselves', () => {
    const before = y2023.map((r) => r.key);
    const ranks = rankStreets(y2023);
    expect(y2023.map((r) => r.key)).toEqual(before);
    expect(ranks[0].row).toBe(y2023[0]);
  });

  it('ranks summarize() of the sample district: 2022 (offices tied at 100%, six with no programme) and 2023', () => {
    const files = [
      'buildings.csv',
      'communities.geojson',
      'streets.geojson',
      'programme-2022.json',
      'programme-2023.json',
    ].map((f) => join('data/sample', f));
    const data = importFiles(files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) })));
    expect(view(rankStreets(summarize(data, { by: 'street', year: 2022 }).groups))).toEqual([
      ['常庄街道', 1, 1, false],
      ['临城街道', 1, 1, false],
      ['新城街道', 1, 3, false],
      ['沙沟镇', null, null, true],
      ['陶庄镇', null, null, true],
      ['兴仁街道', null, null, true],
      ['张范街道', null, null, true],
      ['周营镇', null, null, true],
      ['邹坞镇', null, null, true],
    ]);
    const y = rankStreets(summarize(data, { by: 'street', year: 2023 }).groups, 'completion');
    expect(y.map((r) => [r.row.key, r.completionRank])).toEqual([
      ['陶庄镇', 1],
      ['兴仁街道', 2],
      ['新城街道', 3],
      ['张范街道', 4],
      ['临城街道', 5],
      ['常庄街道', 6],
      ['沙沟镇', 7],
      ['周营镇', 7],
      ['邹坞镇', 7],
    ]);
    expect(y.map((r) => r.startRank)).toEqual([2, 4, 3, 6, 5, 1, 9, 7, 8]);
  });
});

describe('stepStreet', () => {
  const keys = ['陶庄镇', '常庄街道', '新城街道'];
  it('forward from the whole district to the first, on to the last, then back to the whole district', () => {
    expect(stepStreet(keys, null, 1)).toBe('陶庄镇');
    expect(stepStreet(keys, '陶庄镇', 1)).toBe('常庄街道');
    expect(stepStreet(keys, '新城街道', 1)).toBeNull();
  });
  it('backward from the whole district to the last', () => {
    expect(stepStreet(keys, null, -1)).toBe('新城街道');
    expect(stepStreet(keys, '常庄街道', -1)).toBe('陶庄镇');
    expect(stepStreet(keys, '陶庄镇', -1)).toBeNull();
  });
  it('an office not in the list steps as from the whole district; no offices: the whole district', () => {
    expect(stepStreet(keys, '不存在', 1)).toBe('陶庄镇');
    expect(stepStreet([], null, 1)).toBeNull();
  });
});
