/**
 * The view in the address, in real Chromium: a view set through the page (filters, colouring,
 * plan year, street office, rules, zoom) is in location.href; that link opened in a fresh page
 * shows the same shown count, legend, table and map position. A bad or stale parameter is left
 * out with a notice, and the page still works.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { applyFilter } from '../../src/domain/filter-apply.ts';
import { EMPTY_FILTER } from '../../src/domain/building-filter.ts';
import { DEFAULT_ELIGIBILITY, eligibilityCodes } from '../../src/domain/eligibility.ts';
import {
  ROOT,
  importFromDisk,
  layoutFaults,
  readSummaryTable,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  expectTableEquals,
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

/** Everything a view shows that a link must reproduce. */
async function viewOf(page: Page) {
  const legend = await page.$$eval('[data-testid="legend"] [data-class]', (els) =>
    els.map((e) => [e.getAttribute('data-class'), e.getAttribute('data-count'), e.getAttribute('aria-pressed')]),
  );
  return {
    shown: await page.getAttribute('[data-testid="shown-count"]', 'data-shown'),
    total: await page.getAttribute('[data-testid="shown-count"]', 'data-total'),
    year: await page.getAttribute('[data-testid="year-picker"]', 'data-value'),
    street: await page.getAttribute('[data-testid="street-picker"]', 'data-value'),
    colour: await page.getAttribute('[data-testid="colour-picker"]', 'data-value'),
    grades: await page.getAttribute('[data-testid="filter-grades"]', 'data-value'),
    eligibility: await page.getAttribute('[data-testid="filter-eligibility"]', 'data-value'),
    legend,
    cutoff: await page.getAttribute('[data-testid="legend-cutoff"]', 'data-year').catch(() => null),
    table: await readSummaryTable(page),
  };
}

/** The map position in the address: zoom/lat/lng. */
const mapHash = (href: string): string => new URL(href).hash;

describe('the view in the address', () => {
  test('a view set through the page is in the link; the link opens the same view in a fresh page', async () => {
    const first = await suite.open(1280, 720);
    const page = first.page;
    await page.goto(suite.url());
    await waitForData(page, 1);
    await waitForMap(page);
    await page.selectOption('[data-testid="year-picker"]', '2022');
    await page.selectOption('[data-testid="street-picker"]', '临城街道');
    await page.click('[data-testid="colour-picker"] button[data-mode="buildYear"]');
    await page.click('[data-testid="filter-grades"] summary');
    await page.click('[data-testid="filter-grades"] input[value="B"]');
    await page.click('[data-testid="filter-grades"] input[value="C"]');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="filter-eligibility"] summary');
    await page.click('[data-testid="filter-eligibility"] input[value="eligible"]');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="rules-button"]');
    await page.fill('[data-testid="rules-cutoff"]', '2003');
    await page.click('[data-testid="rules-close"]');
    await waitForMap(page);
    // Zoom in once: MapLibre writes the new position into #map=.
    const before = mapHash(page.url());
    await page.click('.maplibregl-ctrl-zoom-in');
    await page.waitForFunction((h) => window.location.hash !== h && window.location.hash.startsWith('#map='), before);
    await waitForMap(page);
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('cutoff') === '2003');
    const href = page.url();
    const q = new URL(href).searchParams;
    expect(Object.fromEntries(q)).toEqual({
      street: '临城街道',
      grade: 'B,C',
      elig: 'eligible',
      year: '2022',
      colour: 'buildYear',
      cutoff: '2003',
    });

    // The figures are the domain's for this view.
    const rules = { ...DEFAULT_ELIGIBILITY, cutoffYear: 2003 };
    const codes = eligibilityCodes(sample.buildings, rules);
    const sel = applyFilter(
      sample,
      { ...EMPTY_FILTER, street: '临城街道', grades: ['B', 'C'], eligibility: ['eligible'] },
      codes,
      2022,
    );
    expectTableEquals(
      await readSummaryTable(page),
      summarize(sample, { year: 2022, rows: sel.rows, communityRows: sel.communities, eligibility: rules, codes }),
    );
    const shown = await viewOf(page);
    expect(Number(shown.shown)).toBe(sel.rows.length);
    await screenshot(page, 'view-url-source-1280x720');

    // The same link, a fresh page (its own storage): the same view, the same place.
    const second = await suite.open(1280, 720);
    await second.page.goto(href);
    await waitForData(second.page, 1);
    await waitForMap(second.page);
    expect(await viewOf(second.page)).toEqual(shown);
    expect(mapHash(second.page.url())).toBe(mapHash(href));
    expect(new URL(second.page.url()).search).toBe(new URL(href).search);
    expect(await layoutFaults(second.page)).toEqual([]);
    await screenshot(second.page, 'view-url-opened-1280x720');
    await first.close();
    await second.close();
  });

  test('the backlog, rules and a 社区 and community travel too; clearing them clears the address', async () => {
    const shequ = sample.buildings.shequ.values[sample.buildings.shequ.codes[0]];
    const community = sample.communities[sample.buildings.communityIndex[0]].name;
    const link = `?backlog=1&shequ=${encodeURIComponent(shequ)}&community=${encodeURIComponent(community)}&built=1970-1999&reserveTo=2005&reserveShare=0.1&gradeD=exclude&by=community`;
    const { page, close } = await suite.open(1920, 1080);
    await page.goto(suite.url() + link);
    await waitForData(page, 1);
    const year = await shownYear(page);
    const rules = { ...DEFAULT_ELIGIBILITY, reserveTo: 2005, reserveShare: 0.1, gradeD: 'exclude' as const };
    const codes = eligibilityCodes(sample.buildings, rules, year);
    const f = { ...EMPTY_FILTER, backlog: true, shequ, community, builtFrom: 1970, builtTo: 1999 };
    const sel = applyFilter(sample, f, codes, year);
    await page.waitForSelector(`[data-testid="shown-count"][data-shown="${sel.rows.length}"]`);
    expect(await page.getAttribute('[data-testid="backlog-button"]', 'aria-pressed')).toBe('true');
    expect(await page.getAttribute('[data-testid="filter-shequ"]', 'data-value')).toBe(shequ);
    expect(await page.getAttribute('[data-testid="filter-community"]', 'data-value')).toBe(community);
    expect(await page.inputValue('[data-testid="filter-built-from"]')).toBe('1970');
    expectTableEquals(
      await readSummaryTable(page),
      summarize(sample, {
        by: 'community',
        year,
        rows: sel.rows,
        communityRows: sel.communities,
        eligibility: rules,
        codes,
      }),
    );
    expect(await page.locator('[data-testid="notice"]').count()).toBe(0);
    await page.click('[data-testid="filter-clear"]');
    await page.click('[data-testid="rules-button"]');
    await page.click('[data-testid="rules-reset"]');
    await page.waitForFunction(() => new URL(window.location.href).search === '?by=community');
    expect(await page.getAttribute('[data-testid="shown-count"]', 'data-shown')).toBe(String(sample.buildings.length));
    await close();
  });

  test('bad and stale parameters: each left out with a notice; the rest applies and the page works', async () => {
    const { page, close } = await suite.open(1280, 720);
    const bad = '?grade=X,C&year=abc&community=不存在小区&colour=rainbow&cutoff=soon&built=2000-1990&street=临城街道';
    await page.goto(suite.url() + bad);
    await waitForData(page, 1);
    for (const p of ['grade', 'year', 'community', 'colour', 'cutoff', 'built'])
      await page.waitForSelector(`[data-testid="notice"][data-notice="param:${p}"]`);
    expect(await page.textContent('[data-notice="param:community"]')).toContain('不存在小区');
    expect(await page.textContent('[data-notice="param:grade"]')).toContain('X');
    // Grade C and the street office still apply; everything else is the default view.
    const year = await shownYear(page);
    const sel = applyFilter(sample, { ...EMPTY_FILTER, street: '临城街道', grades: ['C'] }, null, year);
    await page.waitForSelector(`[data-testid="shown-count"][data-shown="${sel.rows.length}"]`);
    expectTableEquals(
      await readSummaryTable(page),
      summarize(sample, { year, rows: sel.rows, communityRows: sel.communities }),
    );
    expect(await page.getAttribute('[data-testid="colour-picker"]', 'data-value')).toBe('stage');
    expect(await layoutFaults(page)).toEqual([]);
    await waitForMap(page);
    await screenshot(page, 'view-url-bad-1280x720');
    // The address keeps only what applies.
    await page.waitForFunction(() => !new URL(window.location.href).searchParams.has('cutoff'));
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ street: '临城街道', grade: 'C' });
    // A notice goes when dismissed; the page keeps working.
    await page.click('[data-notice="param:grade"] button');
    expect(await page.locator('[data-notice="param:grade"]').count()).toBe(0);
    await page.selectOption('[data-testid="year-picker"]', 'all');
    await page.waitForSelector('[data-testid="year-picker"][data-value="all"]');
    expectTableEquals(
      await readSummaryTable(page),
      summarize(sample, { year: null, rows: sel.rows, communityRows: sel.communities }),
    );
    await close();
  });

  test('a plan year the data does not have: a notice and the default year', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?year=1999`);
    await waitForData(page, 1);
    await page.waitForSelector('[data-testid="notice"][data-notice="param:year"]');
    expect(await page.textContent('[data-notice="param:year"]')).toContain('1999');
    expect(await shownYear(page)).toBe(Math.max(...sample.programmes.map((p) => p.year)));
    expectTableEquals(await readSummaryTable(page), summarize(sample, { year: await shownYear(page) }));
    await close();
  });
});
