/**
 * A panel that fails to render, in real Chromium: made to fail on purpose by the fault drill
 * (localStorage `atlas:fault-drill` = the panel's area id, src/ui/FaultProbe.tsx), it shows its
 * message in its own place — which panel, that the data and the candidate list are kept, the
 * error, retry and reload — while every other panel carries on with the figures the domain code
 * gives in Node for the same filter, the candidate list keeps its entries and nothing is loaded
 * again. Cleared, retry draws the panel again with the right numbers. Per panel: the summary
 * table, the map, the candidate list itself, the KPI cards and the details; the whole page; the
 * map, cards and ranking in meeting mode; in Chinese and in English at 1280×720.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { applyFilter } from '../../src/domain/filter-apply.ts';
import { EMPTY_FILTER, isEmptyFilter, type BuildingFilter } from '../../src/domain/building-filter.ts';
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
/** The drill's key as docs/data-format.md gives it (src/ui/FaultProbe.tsx). */
const DRILL_KEY = 'atlas:fault-drill';
/** The longer walks: each map remake and colouring is a software-rendered frame or more (BROWSER.md). */
const SLOW = { timeout: 240_000 };

/** What the page should show for a filter in a plan year, computed in Node (default rules). */
function expected(f: BuildingFilter, year: number | null) {
  const codes = eligibilityCodes(t, DEFAULT_ELIGIBILITY, null);
  const sel = isEmptyFilter(f) ? null : applyFilter(sample, f, codes, year);
  const summary = summarize(sample, {
    by: 'street',
    year,
    rows: sel?.rows,
    communityRows: sel?.communities,
    eligibility: DEFAULT_ELIGIBILITY,
    codes,
  });
  return { shown: sel ? sel.rows.length : t.length, summary };
}

/** The shown count and the KPI cards equal Node's for this filter. */
async function expectFigures(page: Page, f: BuildingFilter): Promise<void> {
  const e = expected(f, await shownYear(page));
  await page.waitForSelector(`[data-testid="shown-count"][data-shown="${e.shown}"]`, { timeout: 10_000 });
  for (const k of KPI_FIELDS) expect(await kpiValue(page, k), k).toBe(e.summary.total[k]);
}

async function expectTable(page: Page, f: BuildingFilter): Promise<void> {
  expectTableEquals(await readSummaryTable(page), expected(f, await shownYear(page)).summary);
}

/** Tick choices of a list field in its drop-down, then close it. */
async function choose(page: Page, field: string, keys: readonly string[]): Promise<void> {
  await page.click(`[data-testid="filter-${field}"] summary`);
  for (const k of keys) await page.click(`[data-testid="filter-${field}"] input[value="${k}"]`);
  await page.keyboard.press('Escape');
}

async function setDrill(page: Page, area: string | null): Promise<void> {
  await page.evaluate(
    ([key, value]) => (value === null ? localStorage.removeItem(key) : localStorage.setItem(key, value)),
    [DRILL_KEY, area] as const,
  );
}

/** The candidate list as the page shows it: its count and each row's key and values. */
async function readList(page: Page) {
  const count = await page.getAttribute('[data-testid="list-count"]', 'data-value');
  const rows = await page.$$eval('[data-testid="candidate-list"] tr[data-kind]', (trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key') ?? '',
      values: Object.fromEntries(
        [...tr.querySelectorAll('td[data-field]')].map((td) => [
          td.getAttribute('data-field') ?? '',
          td.getAttribute('data-value') ?? '',
        ]),
      ),
    })),
  );
  return { count, rows };
}

/** How many times the page started a load and finished one. */
async function loads(page: Page): Promise<[number, number]> {
  return page.evaluate(() => [
    performance.getEntriesByName('atlas:load-start').length,
    performance.getEntriesByName('atlas:data-ready').length,
  ]);
}

/** The one panel failure on the page: its area and texts; the crash box fits its place. */
async function crashOf(page: Page) {
  await page.waitForSelector('[data-testid="render-error"]', { timeout: 10_000 });
  expect(await page.locator('[data-testid="render-error"]').count(), 'panels failed').toBe(1);
  return page.$eval('[data-testid="render-error"]', (el) => {
    const box = el.getBoundingClientRect();
    const fits = [el, ...el.querySelectorAll('p, button')]
      .filter((e) => e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.className || e.tagName);
    return {
      role: el.getAttribute('role'),
      area: el.getAttribute('data-area'),
      title: el.querySelector('.crash-title')?.textContent ?? '',
      kept: el.querySelector('.crash-kept')?.textContent ?? '',
      message: el.querySelector('.crash-message')?.textContent ?? '',
      buttons: [...el.querySelectorAll('button')].map((b) => b.textContent),
      inView: box.left >= 0 && box.right <= window.innerWidth && box.width > 150,
      clipped: fits,
    };
  });
}

/** Open the sample and wait until it is drawn. */
async function openSample(query = '') {
  const opened = await suite.open(1280, 720);
  await opened.page.goto(suite.url() + query);
  await waitForData(opened.page, 1);
  await waitForMap(opened.page);
  return opened;
}

/** Grade D buildings, selected through the filters, into the candidate list; the filter cleared again. */
async function fillList(page: Page): Promise<number> {
  await choose(page, 'grades', ['D']);
  const n = expected({ ...EMPTY_FILTER, grades: ['D'] }, await shownYear(page)).shown;
  expect(n).toBeGreaterThan(2);
  await page.waitForSelector(`[data-testid="shown-count"][data-shown="${n}"]`);
  await page.click('[data-testid="select-filtered"]');
  await page.waitForSelector(`[data-testid="selection-totals"][data-buildings="${n}"]`);
  await page.click('[data-testid="add-to-list-open"]');
  await page.click('[data-testid="add-to-list"]');
  await page.waitForSelector(
    `[data-testid="candidate-list"] tr[data-key="合计"] td[data-field="buildings"][data-value="${n}"]`,
  );
  await page.waitForSelector('[data-testid="list-status"][data-saved="true"]');
  await page.click('[data-testid="filter-clear"]');
  await expectFigures(page, EMPTY_FILTER);
  return n;
}

describe('a panel that fails to render', () => {
  test(
    'the summary table fails: its message in its place, the other panels and the candidate list carry on with the right figures, no new load; cleared, retry brings the table back',
    SLOW,
    async () => {
      suite.expectErrors(/fault drill: (summary-table|map|candidates)/);
      const { page, close } = await openSample();
      const listed = await fillList(page);
      const list = await readList(page);
      expect(list.count).toBe(String(listed));
      const shown = await page.getAttribute('[data-testid="shown-count"]', 'data-shown');
      const kpis = await Promise.all(KPI_FIELDS.map((k) => kpiValue(page, k)));
      expect(await loads(page)).toEqual([1, 1]);

      // The drill fires at the app's next change: here the map's colouring.
      await setDrill(page, 'summary-table');
      await page.click('[data-testid="colour-picker"] button[data-mode="grade"]');
      const crash = await crashOf(page);
      expect(crash).toEqual({
        role: 'alert',
        area: 'summary-table',
        title: '汇总表显示出错',
        kept: '已载入的数据和项目库都还在，其他面板照常可用。',
        message: 'fault drill: summary-table',
        buttons: ['重试', '重新载入页面'],
        inView: true,
        clipped: [],
      });
      expect(await page.locator('table[data-testid="street-summary"]').count()).toBe(0);
      // Every other panel is there, with the same figures and the same list.
      await page.waitForSelector('[data-testid="colour-picker"][data-value="grade"]');
      await waitForMap(page);
      expect(await page.locator('[data-testid="filter-panel"]').count()).toBe(1);
      expect(await page.locator('[data-testid="stage-chart"]').count()).toBe(1);
      expect(await page.locator('[data-testid="import-report"]').count()).toBe(1);
      expect(await page.getAttribute('[data-testid="shown-count"]', 'data-shown')).toBe(shown);
      expect(await Promise.all(KPI_FIELDS.map((k) => kpiValue(page, k)))).toEqual(kpis);
      expect(await readList(page)).toEqual(list);
      expect(await layoutFaults(page)).toEqual([]);
      await screenshot(page, 'error-boundary-summary-table-1280x720');

      // The others still follow the filters: grades C and D, figures as Node's.
      const f: BuildingFilter = { ...EMPTY_FILTER, grades: ['C', 'D'] };
      await choose(page, 'grades', ['C', 'D']);
      await expectFigures(page, f);
      expect((await crashOf(page)).area).toBe('summary-table');
      expect(await readList(page)).toEqual(list);

      // Retry with the drill still set fails again; cleared, the table is back with the filter's numbers.
      await page.click('[data-testid="crash-retry"]');
      expect((await crashOf(page)).area).toBe('summary-table');
      await setDrill(page, null);
      await page.click('[data-testid="crash-retry"]');
      await page.waitForSelector('table[data-testid="street-summary"]');
      expect(await page.locator('[data-testid="render-error"]').count()).toBe(0);
      await expectTable(page, f);
      await expectFigures(page, f);
      expect(await readList(page)).toEqual(list);

      // The map fails on the next filter change; the table, figures and list carry on.
      await setDrill(page, 'map');
      await page.click('[data-testid="filter-clear"]');
      expect((await crashOf(page)).area).toBe('map');
      expect(await page.locator('[data-testid="atlas-map"]').count()).toBe(0);
      await screenshot(page, 'error-boundary-map-1280x720');
      await expectFigures(page, EMPTY_FILTER);
      await expectTable(page, EMPTY_FILTER);
      expect(await readList(page)).toEqual(list);
      await setDrill(page, null);
      await page.click('[data-testid="crash-retry"]');
      await waitForMap(page);
      expect(await page.locator('[data-testid="render-error"]').count()).toBe(0);
      expect(await page.getAttribute('[data-testid="colour-picker"]', 'data-value')).toBe('grade');

      // The candidate list's own panel fails: the list is in the store, so retry shows it whole.
      await setDrill(page, 'candidates');
      await page.click('[data-testid="colour-picker"] button[data-mode="stage"]');
      expect((await crashOf(page)).area).toBe('candidates');
      expect(await page.locator('[data-testid="candidate-list"]').count()).toBe(0);
      await expectTable(page, EMPTY_FILTER);
      await setDrill(page, null);
      await page.click('[data-testid="crash-retry"]');
      await page.waitForSelector('[data-testid="candidate-list"]');
      expect(await readList(page)).toEqual(list);

      expect(await loads(page)).toEqual([1, 1]);
      await close();
    },
  );

  test('in English: the message names the panel and fits at 1280×720; the figures, and the details that open over the page', async () => {
    suite.expectErrors(/fault drill: (summary-table|map|kpis|detail)/);
    const { page, close } = await openSample('?lang=en');
    const cases = [
      [
        'summary-table',
        'The summary table failed to render',
        () => page.click('[data-testid="colour-picker"] button[data-mode="grade"]'),
      ],
      ['map', 'The map failed to render', () => choose(page, 'grades', ['D'])],
      [
        'kpis',
        'The figures failed to render',
        () => page.click('[data-testid="colour-picker"] button[data-mode="stage"]'),
      ],
      [
        'detail',
        'The details failed to render',
        () => page.click('[data-testid="colour-picker"] button[data-mode="type"]'),
      ],
    ] as const;
    for (const [area, title, trigger] of cases) {
      await setDrill(page, area);
      await trigger();
      expect(await crashOf(page)).toEqual({
        role: 'alert',
        area,
        title,
        kept: 'Your loaded data and candidate list are kept; the other panels still work.',
        message: `fault drill: ${area}`,
        buttons: ['Try again', 'Reload the page'],
        inView: true,
        clipped: [],
      });
      expect(await layoutFaults(page)).toEqual([]);
      if (area !== 'map') await waitForMap(page);
      await screenshot(page, `error-boundary-${area}-en-1280x720`);
      await setDrill(page, null);
      await page.click('[data-testid="crash-retry"]');
      await page.waitForSelector('[data-testid="render-error"]', { state: 'detached' });
    }
    await waitForMap(page);
    await expectFigures(page, { ...EMPTY_FILTER, grades: ['D'] });
    await expectTable(page, { ...EMPTY_FILTER, grades: ['D'] });
    expect(await loads(page)).toEqual([1, 1]);
    await close();
  });
  test('the whole page fails: one message for the page; cleared, retry draws it all again from the data still loaded', async () => {
    suite.expectErrors(/fault drill: page/);
    const { page, close } = await openSample();
    const listed = await fillList(page);
    const list = await readList(page);
    // Set and set off in one go: any change of the store now takes the whole page, the button too.
    await page.evaluate(
      ([key, button]) => {
        localStorage.setItem(key, 'page');
        document.querySelector<HTMLElement>(button)?.click();
      },
      [DRILL_KEY, '[data-testid="colour-picker"] button[data-mode="grade"]'] as const,
    );
    expect(await crashOf(page)).toEqual({
      role: 'alert',
      area: 'page',
      title: '页面出错了',
      kept: '已载入的数据和项目库都还在。',
      message: 'fault drill: page',
      buttons: ['重试', '重新载入页面'],
      inView: true,
      clipped: [],
    });
    expect(await page.locator('.app').count()).toBe(0);
    await screenshot(page, 'error-boundary-page-1280x720');
    await setDrill(page, null);
    await page.click('[data-testid="crash-retry"]');
    await waitForMap(page);
    await expectFigures(page, EMPTY_FILTER);
    await expectTable(page, EMPTY_FILTER);
    await page.waitForSelector(`[data-testid="list-count"][data-value="${listed}"]`);
    expect(await readList(page)).toEqual(list);
    expect(await loads(page)).toEqual([1, 1]);
    await close();
  });
  test(
    'in meeting mode: a failing map, figures or ranking shows its message on the projector layout; cleared, retry brings it back',
    SLOW,
    async () => {
      suite.expectErrors(/fault drill: (map|kpis|meeting)/);
      const { page, close } = await openSample('?meeting=1');
      await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
      const cases = [
        ['map', '地图显示出错', '[data-testid="atlas-map"]'],
        ['kpis', '指标卡显示出错', '.kpis'],
        ['meeting', '会议模式显示出错', '[data-testid="street-ranking"]'],
      ] as const;
      for (const [area, title, panel] of cases) {
        await setDrill(page, area);
        // A step to the next street office: the store changes, the drilled panel fails.
        await page.keyboard.press('ArrowRight');
        const crash = await crashOf(page);
        expect({ area: crash.area, title: crash.title, inView: crash.inView, clipped: crash.clipped }).toEqual({
          area,
          title,
          inView: true,
          clipped: [],
        });
        expect(await page.locator(panel).count()).toBe(0);
        expect(await page.locator('.app.meeting').count()).toBe(1);
        if (area !== 'map') await waitForMap(page);
        await screenshot(page, `error-boundary-meeting-${area}-1280x720`);
        await setDrill(page, null);
        await page.click('[data-testid="crash-retry"]');
        await page.waitForSelector(panel);
        await page.keyboard.press('Home');
      }
      await waitForMap(page);
      expect(await loads(page)).toEqual([1, 1]);
      await close();
    },
  );
});
