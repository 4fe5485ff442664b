/**
 * The figures on the page come from the store through selectors: the KPI cards (selectTotal,
 * selectTargets), the summary table (selectSummary) and the stage chart (selectStageCounts). With
 * the sample district loaded through the store's own actions, each must equal what summarize()
 * and stageCountsByStreet() give when called directly, the CLI's way (src/cli/summarize-command.ts):
 * the data as of the chosen day, the rules in force, the filter's rows, what is overdue that day.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { summarize, type GroupBy, type Summary } from '../../../src/domain/aggregate.ts';
import { applyFilter } from '../../../src/domain/filter-apply.ts';
import { EMPTY_FILTER, isEmptyFilter, type BuildingFilter } from '../../../src/domain/building-filter.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes } from '../../../src/domain/eligibility.ts';
import { streetNames } from '../../../src/domain/filter-rows.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { overdueMask, scheduleOf, tableAsOf } from '../../../src/domain/schedule.ts';
import { stageCountsByStreet } from '../../../src/domain/stage-counts.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import {
  selectScopeTargets,
  selectSummary,
  selectTargets,
  selectTotal,
} from '../../../src/state/selectors/figure-selectors.ts';
import { selectDueShares } from '../../../src/state/selectors/due-selectors.ts';
import { selectStreetLights } from '../../../src/state/selectors/ranking-selectors.ts';
import { dueShares, progressLight } from '../../../src/domain/due-progress.ts';
import { rankStreets } from '../../../src/domain/ranking.ts';
import { selectStageCounts } from '../../../src/state/selectors/street-selectors.ts';
import type { Rules } from '../../../src/state/state-types.ts';
import { useAtlas } from '../../../src/state/store.ts';

const FILES = ['buildings.csv', 'communities.geojson', 'streets.geojson', 'programme-2022.json', 'programme-2023.json'];
const sample: Dataset = importFiles(
  FILES.map((name) => {
    const b = readFileSync(`data/sample/${name}`);
    return { name, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
  }),
);
/** A day in the 2023 programme when some of its buildings are behind schedule. */
const DAY = parseDate('2023-09-30') as number;

const s = useAtlas.getState;

beforeEach(() => {
  useAtlas.setState(useAtlas.getInitialState(), true);
  s().setDataset(sample, { kind: 'sample', sample: 'xuecheng' });
  s().setAsOfDay(DAY);
});

/** What the page's figures should be, worked out from the domain functions alone. */
interface Direct {
  summary: Summary;
  stageCounts: ReturnType<typeof stageCountsByStreet>;
}

function direct(by: GroupBy, year: number | null, rules: Rules, filter: BuildingFilter): Direct {
  const view = { ...sample, buildings: tableAsOf(sample.buildings, DAY) };
  const schedule = scheduleOf(view.buildings, view.buildings.stage, sample.programmes, DAY, year);
  const overdue = schedule.overdueCount > 0 ? overdueMask(schedule) : null;
  const codes = eligibilityCodes(view.buildings, rules, rules.reserveTo === null ? null : year);
  const sel = isEmptyFilter(filter) ? null : applyFilter(view, filter, codes, year);
  const rows = { rows: sel?.rows, communityRows: sel?.communities };
  return {
    summary: summarize(view, { by, year, eligibility: rules, overdue, ...rows }),
    stageCounts: stageCountsByStreet(view, { year, ...rows }),
  };
}

describe('the figures on the page (sample district)', () => {
  it('whole district, newest programme year: KPI totals, street table and chart rows', () => {
    expect(s().year).toBe(2023);
    const want = direct('street', 2023, DEFAULT_ELIGIBILITY, EMPTY_FILTER);
    expect(want.summary.total.overdueBuildings).toBeGreaterThan(0);
    expect(selectSummary(s())).toEqual(want.summary);
    expect(selectTotal(s())).toEqual(want.summary.total);
    expect(selectStageCounts(s())).toEqual(want.stageCounts);
    // The street table's rows add up to the KPI cards' total.
    const groups = want.summary.groups;
    expect(groups.map((g) => g.key).sort()).toEqual([...streetNames(sample)].sort());
    expect(groups.reduce((n, g) => n + g.buildings, 0)).toBe(want.summary.total.buildings);
  });

  it("the KPI cards' targets are the chosen year's programme's, and follow an edited programme", () => {
    const p2023 = sample.programmes.find((p) => p.year === 2023);
    if (!p2023) throw new Error('the sample has a 2023 programme');
    const t = p2023.targets;
    expect(selectTargets(s())).toEqual({
      programmeCommunities: t.communities,
      programmeBuildings: t.buildings,
      programmeHouseholds: t.households,
      programmeFloorAreaM2: t.floorAreaM2,
    });
    s().putProgramme({ ...p2023, targets: { households: 9000 } });
    expect(selectTargets(s())).toEqual({ programmeHouseholds: 9000 });
    s().setYear(null);
    expect(selectTargets(s())).toEqual({});
  });

  it("a street office's cards stand beside its own targets from the programme, or none: never the district's", () => {
    const p2023 = sample.programmes.find((p) => p.year === 2023)!;
    expect(selectScopeTargets(s())).toEqual(selectTargets(s()));
    s().setStreet('周营镇');
    const own = p2023.targets.byStreet?.['周营镇'];
    expect(own?.households).toBeDefined();
    expect(selectScopeTargets(s())).toEqual({
      programmeCommunities: own?.communities,
      programmeHouseholds: own?.households,
    });
    s().putProgramme({ ...p2023, targets: { households: 9000 } });
    expect(selectScopeTargets(s())).toEqual({});
  });

  it("what is due by the day is the chosen year's programme's; each office's light is progressLight() of its ranked row", () => {
    const p2023 = sample.programmes.find((p) => p.year === 2023)!;
    const due = dueShares(p2023, DAY);
    expect(selectDueShares(s())).toEqual(due);
    const ranks = rankStreets(direct('street', 2023, DEFAULT_ELIGIBILITY, EMPTY_FILTER).summary.groups);
    const want = new Map(ranks.map((r) => [r.row.key, r.noProgramme ? null : progressLight(r.row, due)]));
    expect(new Map(selectStreetLights(s(), 'start'))).toEqual(want);
    expect([...want.values()].some((l) => l !== null)).toBe(true);
    s().setYear(null);
    expect(selectDueShares(s())).toBeNull();
    expect([...selectStreetLights(s(), 'start').values()].every((l) => l === null || l === 'red')).toBe(true);
  });

  it('a street office: the figures count its buildings and communities only', () => {
    const street = streetNames(sample)[1];
    s().setStreet(street);
    const want = direct('street', 2023, DEFAULT_ELIGIBILITY, { ...EMPTY_FILTER, street });
    expect(selectSummary(s())).toEqual(want.summary);
    expect(selectStageCounts(s())).toEqual(want.stageCounts);
    expect(want.summary.groups.map((g) => g.key)).toEqual([street]);
    expect(want.summary.total.buildings).toBeLessThan(
      direct('street', 2023, DEFAULT_ELIGIBILITY, EMPTY_FILTER).summary.total.buildings,
    );
  });

  it('by community, every year, other rules and the backlog preset (a filter that reads the rules)', () => {
    const rules: Rules = { ...DEFAULT_ELIGIBILITY, cutoffYear: 1995, reserveTo: 2000 };
    s().setGroupBy('community');
    s().setYear(null);
    s().setRules(rules);
    s().toggleBacklog();
    const want = direct('community', null, rules, { ...EMPTY_FILTER, backlog: true });
    expect(want.summary.total.buildings).toBeGreaterThan(0);
    expect(selectSummary(s())).toEqual(want.summary);
    expect(selectTotal(s())).toEqual(want.summary.total);
    expect(selectStageCounts(s())).toEqual(want.stageCounts);
  });

  it('the same objects while nothing they read changes, so the components do not draw again', () => {
    const summary = selectSummary(s());
    const counts = selectStageCounts(s());
    s().setColourBy('grade');
    expect(selectSummary(s())).toBe(summary);
    expect(selectStageCounts(s())).toBe(counts);
    s().setYear(2022);
    expect(selectSummary(s())).not.toBe(summary);
    expect(selectSummary(s())).toEqual(direct('street', 2022, DEFAULT_ELIGIBILITY, EMPTY_FILTER).summary);
  });
});
