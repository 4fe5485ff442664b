/**
 * Progress per street office stacked by stage, on the aggregate fixture (see aggregate.test.ts
 * for the table): programme buildings and households at each stage, and the property that each
 * street's stages add up to summarize()'s programme figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { filterByStreet } from '../../../src/domain/filter-rows.ts';
import { stageCountsByStreet, stageTotal, type StageCountRow } from '../../../src/domain/stage-counts.ts';
import { STAGE_CODE, type Stage } from '../../../src/domain/vocabulary.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/aggregate-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);

/** Non-zero stages of a row as { stage: n }. */
function nonZero(perStage: Float64Array): Partial<Record<Stage, number>> {
  const out: Partial<Record<Stage, number>> = {};
  for (const [s, code] of Object.entries(STAGE_CODE) as [Stage, number][])
    if (perStage[code] !== 0) out[s] = perStage[code];
  return out;
}

const view = (rows: StageCountRow[]) =>
  rows.map((r) => ({ key: r.key, buildings: nonZero(r.buildings), households: nonZero(r.households) }));

describe('stageCountsByStreet', () => {
  it('2023: A7 (plan year, no stage) counts as planned; 建设新村 from its own attributes', () => {
    expect(view(stageCountsByStreet(data, { year: 2023 }))).toEqual([
      { key: '常庄街道', buildings: { planned: 1, construction: 3 }, households: { planned: 70, construction: 120 } },
      {
        key: '临城街道',
        buildings: { construction: 1, completed: 2 },
        households: { construction: 20, completed: 40 },
      },
    ]);
  });

  it('every year: A4 (未纳入) is not in the programme; A6 has no households figure', () => {
    expect(view(stageCountsByStreet(data, { year: null }))).toEqual([
      {
        key: '常庄街道',
        buildings: { planned: 1, design: 1, construction: 3, completed: 1 },
        households: { planned: 70, design: 50, construction: 120 },
      },
      {
        key: '临城街道',
        buildings: { construction: 1, completed: 2 },
        households: { construction: 20, completed: 40 },
      },
    ]);
  });

  it('a year with no programme: no rows', () => {
    expect(stageCountsByStreet(data, { year: 2019 })).toEqual([]);
  });

  it('filtered to a street: its rows and communities only', () => {
    const f = filterByStreet(data, '常庄街道');
    expect(view(stageCountsByStreet(data, { year: 2023, rows: f.rows, communityRows: f.communities }))).toEqual([
      { key: '常庄街道', buildings: { planned: 1, construction: 3 }, households: { planned: 70, construction: 120 } },
    ]);
    // Without its communities, 建设新村 is left out (as summarize leaves it out).
    expect(view(stageCountsByStreet(data, { year: 2023, rows: f.rows }))).toEqual([
      { key: '常庄街道', buildings: { planned: 1 }, households: { planned: 70 } },
    ]);
  });

  it('the sample: each street adds up to summarize()’s programme buildings and households, started and completed', () => {
    const sample = importFiles(
      ['buildings.csv', 'communities.geojson', 'streets.geojson'].map((f) => {
        const b = readFileSync(join('data/sample', f));
        return { name: f, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
      }),
    );
    for (const year of [null, 2022, 2023]) {
      const summary = summarize(sample, { year });
      const counts = stageCountsByStreet(sample, { year });
      const withProgramme = summary.groups.filter((g) => g.programmeBuildings > 0);
      expect(counts.map((c) => c.key)).toEqual(withProgramme.map((g) => g.key));
      for (const [k, c] of counts.entries()) {
        const g = withProgramme[k];
        expect(stageTotal(c.buildings), `${g.key} ${year}`).toBe(g.programmeBuildings);
        expect(stageTotal(c.households)).toBeCloseTo(g.programmeHouseholds, 6);
        const from = (arr: Float64Array, min: number) => arr.slice(min).reduce((a, b) => a + b, 0);
        expect(from(c.buildings, STAGE_CODE.construction)).toBe(g.startedBuildings);
        expect(from(c.households, STAGE_CODE.construction)).toBeCloseTo(g.startedHouseholds, 6);
        expect(c.households[STAGE_CODE.completed]).toBeCloseTo(g.completedHouseholds, 6);
      }
    }
  });
});
