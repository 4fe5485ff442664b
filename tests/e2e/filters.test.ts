/**
 * The filters, the backlog and the rules panel in real Chromium: each change made through the
 * page's own controls, then the shown count, the table, the KPI cards and the legend compared
 * with the domain code run here in Node on the same sample files (filterBuildings / applyFilter,
 * eligibilityCodes, summarize, classify) — the page and the CLI read the same numbers.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { applyFilter, filterBuildings } from '../../src/domain/filter-apply.ts';
import { EMPTY_FILTER, isEmptyFilter, type BuildingFilter } from '../../src/domain/building-filter.ts';
import { classify } from '../../src/domain/colour-classify.ts';
import type { ColourMode } from '../../src/domain/colour-classes.ts';
import {
  DEFAULT_ELIGIBILITY,
  eligibilityCodes,
  reserveStatus,
  type EligibilitySettings,
} from '../../src/domain/eligibility.ts';
import { explainEligibility } from '../../src/domain/eligibility-explain.ts';
import { communityOptions, shequOptions } from '../../src/domain/filter-options.ts';
import { countClasses } from '../../src/domain/legend.ts';
import { YEAR_EXACT } from '../../src/domain/parse-values.ts';
import { rowsBounds } from '../../src/domain/street-bounds.ts';
import { COMPLETE_NO, GRADE_C } from '../../src/domain/vocabulary.ts';
import {
  ROOT,
  importFromDisk,
  atEachSize,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  KPI_FIELDS,
  expectTableEquals,
  kpiValue,
  useAppSuite,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);
const t = sample.buildings;
type Rules = Required<EligibilitySettings>;

/** What the page should show for a filter, plan year and rules, computed in Node. */
function expected(f: BuildingFilter, year: number | null, rules: Rules = DEFAULT_ELIGIBILITY) {
  const codes = eligibilityCodes(t, rules, rules.reserveTo === null ? null : year);
  const sel = isEmptyFilter(f) ? null : applyFilter(sample, f, codes, year);
  const summary = summarize(sample, {
    by: 'street',
    year,
    rows: sel?.rows,
    communityRows: sel?.communities,
    eligibility: rules,
    codes,
  });
  return { rows: sel?.rows ?? null, shown: sel ? sel.rows.length : t.length, summary, codes };
}

async function legendCounts(page: Page): Promise<[string, number][]> {
  return page.$$eval('[data-testid="legend"] [data-class]', (els) =>
    els.map((e): [string, number] => [e.getAttribute('data-class') ?? '', Number(e.getAttribute('data-count'))]),
  );
}

/** Wait for the page to show `shown` buildings, then check every figure against Node's. */
async function expectFigures(page: Page, f: BuildingFilter, rules: Rules = DEFAULT_ELIGIBILITY): Promise<void> {
  const year = await shownYear(page);
  const e = expected(f, year, rules);
  await page.waitForSelector(`[data-testid="shown-count"][data-shown="${e.shown}"]`, { timeout: 10_000 });
  expect(Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total'))).toBe(t.length);
  expectTableEquals(await readSummaryTable(page), e.summary);
  // With the backlog preset the cards give the backlog's totals (its buildings are in no plan: programme figures 0).
  const kpis = f.backlog ? BACKLOG_KPIS : KPI_FIELDS;
  for (const k of kpis) expect(await kpiValue(page, k), k).toBe(e.summary.total[k]);
  const mode = (await page.getAttribute('[data-testid="colour-picker"]', 'data-value')) as ColourMode;
  const c = classify(t, mode, { cutoffYear: rules.cutoffYear, year });
  const counts = countClasses(c, e.rows);
  expect(await legendCounts(page)).toEqual(c.classes.map((k, j) => [k.key, counts[j]]));
}

/** The KPI cards with the backlog preset on. */
const BACKLOG_KPIS = ['communities', 'backlogBuildings', 'backlogHouseholds', 'backlogFloorAreaM2'] as const;

/** Tick choices of a list field in its drop-down, then close it. */
async function choose(page: Page, field: string, keys: readonly string[]): Promise<void> {
  await page.click(`[data-testid="filter-${field}"] summary`);
  for (const k of keys) await page.click(`[data-testid="filter-${field}"] input[value="${k}"]`);
  await page.keyboard.press('Escape');
}

async function openSample(width: number, height: number, query = '') {
  const opened = await suite.open(width, height);
  await opened.page.goto(suite.url() + query);
  await waitForData(opened.page, 1);
  return opened;
}

/** The map's zoom as the address says it (#map=zoom/lat/lng), once the map has settled. */
async function mapZoom(page: Page): Promise<number> {
  await waitForMap(page);
  await page.waitForFunction(() => /#map=/.test(location.hash));
  return Number(/#map=([\d.]+)/.exec(page.url())![1]);
}

describe('filters', () => {
  test('each field through the page: shown count, table, KPI cards and legend equal the domain functions in Node', async () => {
    const { page, close } = await openSample(1280, 720);
    let f: BuildingFilter = { ...EMPTY_FILTER };
    await expectFigures(page, f);
    expect(await page.textContent('[data-testid="shown-count"]')).toContain(
      `共 ${t.length.toLocaleString('zh-CN')} 栋`,
    );

    await choose(page, 'grades', ['C', 'D']);
    await expectFigures(page, (f = { ...f, grades: ['C', 'D'] }));
    await choose(page, 'eligibility', ['eligible']);
    await expectFigures(page, (f = { ...f, eligibility: ['eligible'] }));
    await page.fill('[data-testid="filter-built-from"]', '1980');
    await page.fill('[data-testid="filter-built-to"]', '1999');
    await expectFigures(page, (f = { ...f, builtFrom: 1980, builtTo: 1999 }));
    await choose(page, 'complete', ['yes']);
    await choose(page, 'types', ['basic']);
    await expectFigures(page, (f = { ...f, complete: ['yes'], types: ['basic'] }));
    expect(expected(f, await shownYear(page)).shown).toBeGreaterThan(0);

    // The filter bar with a choice list open, at each window size: the screenshots for the record.
    await page.click('[data-testid="filter-stages"] summary');
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `filters-${width}x${height}`);
    });
    await page.keyboard.press('Escape');

    await page.click('[data-testid="filter-clear"]');
    await expectFigures(page, (f = { ...EMPTY_FILTER }));

    // Street office (the header's picker), 社区, a community found by typing part of its name, a stage.
    const street = '临城街道';
    await page.selectOption('[data-testid="street-picker"]', street);
    await expectFigures(page, (f = { ...f, street }));
    const shequ = shequOptions(sample, street)[0];
    await page.selectOption('[data-testid="filter-shequ"]', shequ);
    await expectFigures(page, (f = { ...f, shequ }));
    const community = communityOptions(sample, street, shequ)[0];
    const streetZoom = await mapZoom(page);
    await page.fill('[data-testid="filter-community"]', community.slice(0, 2));
    expect(await page.getAttribute('[data-testid="filter-community"]', 'data-value')).toBe('');
    await page.fill('[data-testid="filter-community"]', community);
    await expectFigures(page, (f = { ...f, community }));
    // The map goes to the community: the address's centre inside its box (polygon and buildings), closer in than for the street office.
    const box = rowsBounds(
      sample,
      filterBuildings(sample.buildings, sample.communities, { ...EMPTY_FILTER, community }, null),
    );
    expect(box).not.toBeNull();
    await page.waitForFunction(
      ([w, s, e, n, z]) => {
        const m = /#map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(location.hash);
        return (
          m !== null &&
          Number(m[1]) > z &&
          Number(m[2]) >= s &&
          Number(m[2]) <= n &&
          Number(m[3]) >= w &&
          Number(m[3]) <= e
        );
      },
      [...box!, streetZoom] as const,
    );
    await page.click('[data-testid="filter-clear"]');
    await choose(page, 'stages', ['completed']);
    await expectFigures(page, (f = { ...EMPTY_FILTER, street, stages: ['completed'] }));
    expect(await page.getAttribute('[data-testid="street-picker"]', 'data-value')).toBe(street);
    await atEachSize(page, async (width, height) => expect(await layoutFaults(page), `${width}×${height}`).toEqual([]));
    await close();
  });

  test('the backlog, one click: eligible buildings in no plan, with their totals by street office', async () => {
    const { page, close } = await openSample(1280, 720);
    const button = page.locator('[data-testid="backlog-button"]');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const f = { ...EMPTY_FILTER, backlog: true };
    await expectFigures(page, f);
    const e = expected(f, await shownYear(page));
    expect(e.shown).toBeGreaterThan(0);
    // The table shows the backlog's own columns; every building shown is backlog.
    const table = await readSummaryTable(page);
    expect(Object.keys(table.total.values)).toEqual(
      expect.arrayContaining(['backlogBuildings', 'backlogHouseholds', 'backlogFloorAreaM2']),
    );
    expect(table.total.values.backlogBuildings).toBe(e.shown);
    expect(table.total.values.backlogHouseholds).toBe(
      summarize(sample, { year: await shownYear(page) }).total.backlogHouseholds,
    );
    // The cards too: no programme card reading 0, no targets, no overdue card.
    expect(await kpiValue(page, 'backlogBuildings')).toBe(e.shown);
    expect(
      await page.locator('[data-testid="kpi-programmeBuildings"], [data-testid$="-target"], .kpi-overdue').count(),
    ).toBe(0);
    expect(table.rows.map((r) => r.key)).toEqual(e.summary.groups.map((g) => g.key));
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `backlog-${width}x${height}`);
    });
    await button.click();
    await expectFigures(page, EMPTY_FILTER);
    await close();
  });

  test('rules: cut-off 2005 moves the build-year classes and the eligible totals as computed in Node; reserve tier and grade D', async () => {
    const { page, close } = await openSample(1280, 720, '?colour=buildYear&elig=eligible');
    const f = { ...EMPTY_FILTER, eligibility: ['eligible' as const] };
    await expectFigures(page, f);
    await page.click('[data-testid="rules-button"]');
    await page.waitForSelector('[data-testid="rules-panel"]');
    // The panel says how its rules combine: any one of them makes a building eligible.
    expect(await page.textContent('[data-testid="rules-combine"]')).toBe(
      '满足下列任一条即符合改造条件（各条之间是“或”的关系）',
    );
    const year = await shownYear(page);
    const before = expected(f, year).summary.total.eligibleBuildings;

    let rules: Rules = { ...DEFAULT_ELIGIBILITY, cutoffYear: 2005 };
    await page.fill('[data-testid="rules-cutoff"]', '2005');
    await page.waitForSelector('[data-testid="legend-cutoff"][data-year="2005"]');
    await expectFigures(page, f, rules);
    const after = expected(f, year, rules).summary.total.eligibleBuildings;
    expect(after).toBeGreaterThan(before);
    expect(Number(await page.getAttribute('[data-testid="rules-eligible"]', 'data-buildings'))).toBe(after);
    expect((await legendCounts(page)).map(([k]) => k)).toEqual(
      classify(t, 'buildYear', { cutoffYear: 2005, year }).classes.map((c) => c.key),
    );
    expect(await page.textContent('[data-class="year-3"]')).toContain('2000–2005年');

    // The reserve tier on (2006–2008 with this cut-off), its cap shown; grade D excluded.
    await page.click('[data-testid="rules-reserve"]');
    await page.fill('[data-testid="rules-reserve-to"]', '2008');
    rules = { ...rules, reserveTo: 2008 };
    await expectFigures(page, f, rules);
    const status = reserveStatus(t, rules, year, expected(f, year, rules).codes);
    expect(Number(await page.getAttribute('[data-testid="rules-reserve-status"]', 'data-cap'))).toBe(
      status?.capHouseholds,
    );
    expect(Number(await page.getAttribute('[data-testid="rules-reserve-status"]', 'data-within'))).toBe(
      status?.withinBuildings,
    );
    await page.click('[data-testid="rules-grade-d"] input[value="exclude"]');
    rules = { ...rules, gradeD: 'exclude' };
    await expectFigures(page, f, rules);
    expect(await page.getAttribute('[data-testid="rules-button"]', 'class')).toContain('changed');
    await waitForMap(page);
    await atEachSize(page, async (width, height) => {
      expect(await layoutFaults(page), `${width}×${height}`).toEqual([]);
      await screenshot(page, `rules-${width}x${height}`);
    });

    await page.click('[data-testid="rules-reset"]');
    await expectFigures(page, f);
    await page.click('[data-testid="rules-close"]');
    await page.waitForSelector('[data-testid="rules-panel"]', { state: 'detached' });
    await close();
  });

  test('a building’s detail gives its reasons under the rules in force, and changes with them', async () => {
    // A building built in an exact year 2001–2005, eligible by no other rule, far from the others.
    const metres = (i: number, j: number) =>
      Math.hypot(
        (t.lng[i] - t.lng[j]) * Math.cos((t.lat[i] * Math.PI) / 180) * 111_320,
        (t.lat[i] - t.lat[j]) * 110_540,
      );
    let best = -1,
      bestGap = 0;
    for (let i = 0; i < t.length; i++) {
      if (
        t.yearKind[i] !== YEAR_EXACT ||
        t.yearFrom[i] < 2001 ||
        t.yearFrom[i] > 2005 ||
        t.grade[i] === GRADE_C ||
        t.completeUnits[i] === COMPLETE_NO
      )
        continue;
      let gap = Infinity;
      for (let j = 0; j < t.length; j++) if (j !== i) gap = Math.min(gap, metres(i, j));
      if (gap > bestGap) [best, bestGap] = [i, gap];
    }
    expect(bestGap).toBeGreaterThan(15);
    const { page, close } = await openSample(1280, 720, `#map=18/${t.lat[best]}/${t.lng[best]}`);
    await waitForMap(page);
    const box = await page.locator('[data-testid="atlas-map"]').boundingBox();
    if (!box) throw new Error('no map');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const why = page.locator('[data-testid="detail-panel"] [data-testid="eligibility"]');
    await why.waitFor();
    expect(await why.getAttribute('data-eligible')).toBe('false');
    expect(await why.locator('[data-reason="year-after"]').textContent()).toContain(
      explainEligibility(t, best).not[0].zh,
    );

    await page.click('[data-testid="rules-button"]');
    await page.fill('[data-testid="rules-cutoff"]', '2005');
    await page.waitForSelector('[data-testid="eligibility"][data-eligible="true"]');
    const now = explainEligibility(t, best, { ...DEFAULT_ELIGIBILITY, cutoffYear: 2005 });
    expect(now.because[0].zh).toContain('2005年底前建成');
    expect(await why.locator('[data-reason="year"]').textContent()).toContain(now.because[0].zh);
    await close();
  });
});
