/**
 * Meeting mode in real Chromium: the switch and `?meeting=1` lay the page out for a projector
 * (title bar, KPI cards against targets, the map, the street ranking; nothing else); the ranking
 * equals rankStreets() of summarize() of the same files in Node; arrow keys step through the
 * street offices in ranking order and the cards equal summarize() filtered to each; Home and Esc
 * show the whole district, Esc there and the exit button leave. At 1280×720 and 1920×1080 nothing
 * is cut off, type is large (20px and up, figures 40px and up) and text contrast is WCAG AA;
 * screenshots of the whole district and of one street office. Each street office's cards stand
 * beside its own targets (or say none is set), the start and completion bars carry the tick of
 * what is due by the day (dueShares()), and each office's light is progressLight() of its row.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { applyFilter } from '../../src/domain/filter-apply.ts';
import { EMPTY_FILTER } from '../../src/domain/building-filter.ts';
import { filterByStreet } from '../../src/domain/filter-rows.ts';
import { rankStreets, type RankMeasure } from '../../src/domain/ranking.ts';
import { dueShares, progressLight } from '../../src/domain/due-progress.ts';
import { parseDate } from '../../src/domain/parse-values.ts';
import { streetTargets, TARGET_KEYS } from '../../src/domain/programme.ts';
import { overdueMask, scheduleOf, tableAsOf } from '../../src/domain/schedule.ts';
import {
  ROOT,
  importFromDisk,
  layoutFaults,
  screenshot,
  waitForData,
  waitForMap,
  KPI_FIELDS,
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

/** The plan year the page opens on: the sample's newest programme. */
const YEAR = Math.max(...sample.programmes.map((p) => p.year));

/** The ranking ranking.ts makes of summarize() by street office, as the page should show it. */
function expectedRanking(order: RankMeasure, year: number | null = YEAR) {
  return rankStreets(summarize(sample, { by: 'street', year }).groups, order).map((r) => ({
    street: r.row.key,
    start: r.startRank === null ? '' : String(r.startRank),
    completion: r.completionRank === null ? '' : String(r.completionRank),
  }));
}

/** summarize() of one street office (or the district), filtered as the page filters. */
function totalOf(street: string | null) {
  if (street === null) return summarize(sample, { year: YEAR }).total;
  const f = filterByStreet(sample, street);
  return summarize(sample, { by: 'street', year: YEAR, rows: f.rows, communityRows: f.communities }).total;
}

async function shownRanking(page: Page) {
  return page.$$eval('[data-testid="street-ranking"] tbody tr', (trs) =>
    trs.map((tr) => ({
      street: tr.getAttribute('data-street') ?? '',
      start: tr.getAttribute('data-start-rank') ?? '',
      completion: tr.getAttribute('data-completion-rank') ?? '',
    })),
  );
}

const param = (page: Page, p: string): string | null => new URL(page.url()).searchParams.get(p);

/** The street office the page shows, as the title bar says; '' = the whole district. */
const scope = (page: Page) => page.getAttribute('[data-testid="meeting-scope"]', 'data-street');

async function waitForScope(page: Page, street: string | null): Promise<void> {
  await page.waitForSelector(`[data-testid="meeting-scope"][data-street="${street ?? ''}"]`);
}

/** Every KPI card's figure equals summarize()'s for the street office (or the district). */
async function expectCards(page: Page, street: string | null): Promise<void> {
  const total = totalOf(street);
  for (const f of KPI_FIELDS) expect(await kpiValue(page, f), `${street ?? 'district'} ${f}`).toBe(total[f]);
}

/** Which summary field each target stands beside. */
const TARGET_FIELD = {
  communities: 'programmeCommunities',
  buildings: 'programmeBuildings',
  households: 'programmeHouseholds',
  floorAreaM2: 'programmeFloorAreaM2',
} as const;

/** The 计划 cards show these targets, and 未设目标 for each figure the targets leave out. */
async function expectTargets(page: Page, targets: Partial<Record<(typeof TARGET_KEYS)[number], number>>) {
  for (const k of TARGET_KEYS) {
    const f = TARGET_FIELD[k];
    const set = page.locator(`[data-testid="kpi-${f}-target"]`);
    const none = page.locator(`[data-testid="kpi-${f}-target-none"]`);
    if (targets[k] === undefined) {
      expect(await set.count(), `${f} target`).toBe(0);
      expect(await none.textContent(), `${f} none`).toBe('未设目标');
    } else {
      expect(Number(await set.getAttribute('data-value')), `${f} target`).toBe(targets[k]);
      expect(await none.count(), `${f} none`).toBe(0);
    }
  }
}

/** Is an element there and shown? */
const shown = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/**
 * What a leader at the back of the room would miss: anything outside the screen or scrolled
 * away, text clipped in its box, text under `minPx`, figures under `minFigurePx`, and text whose
 * contrast against what is behind it is under 4.5:1 (WCAG AA). The map's own controls (zoom
 * buttons, scale, attribution) are left out: they are the map library's, not the meeting's.
 */
async function meetingFaults(page: Page, minPx: number, minFigurePx: number): Promise<string[]> {
  return page.evaluate(
    ({ minPx, minFigurePx }) => {
      const faults: string[] = [];
      const W = window.innerWidth;
      const H = window.innerHeight;
      const doc = document.documentElement;
      if (doc.scrollHeight > H + 1) faults.push(`page scrolls down: ${doc.scrollHeight} > ${H}`);
      if (doc.scrollWidth > W + 1) faults.push(`page scrolls sideways: ${doc.scrollWidth} > ${W}`);
      const rgb = (c: string): [number, number, number, number] => {
        const m = /rgba?\(([^)]+)\)/.exec(c);
        const p = m ? m[1].split(',').map((x) => Number(x.trim())) : [0, 0, 0, 0];
        return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
      };
      const lum = ([r, g, b]: number[]): number => {
        const f = (v: number) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        };
        return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
      };
      const background = (el: Element | null): number[] => {
        for (let e = el; e; e = e.parentElement) {
          const c = rgb(getComputedStyle(e).backgroundColor);
          if (c[3] > 0.5) return c;
        }
        return [255, 255, 255, 1];
      };
      const app = document.querySelector('.app.meeting');
      if (!app) return ['not in meeting mode'];
      const walker = document.createTreeWalker(app, NodeFilter.SHOW_TEXT);
      const seen = new Set<Element>();
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || seen.has(el) || (n.textContent ?? '').trim() === '') continue;
        seen.add(el);
        if (el.closest('.maplibregl-control-container')) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue; // not shown
        const name = `${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
        const style = getComputedStyle(el);
        const px = parseFloat(style.fontSize);
        if (px < minPx - 0.01) faults.push(`small type ${px}px: ${name}`);
        if (box.left < -0.5 || box.top < -0.5 || box.right > W + 0.5 || box.bottom > H + 0.5)
          faults.push(
            `off screen: ${name} at ${Math.round(box.left)},${Math.round(box.top)}–${Math.round(box.right)},${Math.round(box.bottom)}`,
          );
        if (el.scrollWidth > el.clientWidth + 1 && style.display !== 'inline') faults.push(`clipped: ${name}`);
        const fg = rgb(style.color);
        const l1 = lum(fg);
        const l2 = lum(background(el));
        const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
        if (ratio < 4.5) faults.push(`contrast ${ratio.toFixed(2)}: ${name}`);
      }
      for (const el of document.querySelectorAll('.app.meeting .kpi-value')) {
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < minFigurePx - 0.01) faults.push(`small figure ${px}px: "${el.textContent}"`);
      }
      // Every region inside the screen and scrolled nowhere: the ranking shows all its rows.
      for (const sel of [
        '.meeting-bar',
        '.kpis',
        '.map-panel',
        '.street-ranking',
        '.rank-scroll',
        '.street-ranking tbody tr:last-child',
      ]) {
        const el = document.querySelector(sel);
        if (!el) {
          faults.push(`missing: ${sel}`);
          continue;
        }
        const b = el.getBoundingClientRect();
        if (b.right > W + 0.5 || b.bottom > H + 0.5)
          faults.push(`${sel} runs off the screen: ${Math.round(b.right)}×${Math.round(b.bottom)}`);
        if (el.scrollHeight > el.clientHeight + 1 && sel === '.rank-scroll')
          faults.push(`${sel} scrolls: ${el.scrollHeight} > ${el.clientHeight}`);
      }
      return faults;
    },
    { minPx, minFigurePx },
  );
}

/** Mark the map's canvas, to tell later whether the map was made again. */
async function markMap(page: Page): Promise<void> {
  await page.$eval('[data-testid="atlas-map"] canvas', (c) => c.setAttribute('data-mark', 'kept'));
}

describe('meeting mode', () => {
  test('the switch: only the title bar, the cards, the map and the ranking, equal to rankStreets(summarize()); the exit button restores the page and the map lives on', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await waitForMap(page);
    await markMap(page);
    expect(await page.getAttribute('[data-testid="meeting-switch"]', 'aria-pressed')).toBe('false');
    expect(await shown(page, '[data-testid="street-ranking"]')).toBe(false);

    await page.click('[data-testid="meeting-switch"]');
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"]');
    expect(await page.getAttribute('[data-testid="meeting-switch"]', 'aria-pressed')).toBe('true');
    expect(param(page, 'meeting')).toBe('1');
    for (const sel of [
      '[data-testid="meeting-bar"]',
      '.kpis',
      '[data-testid="atlas-map"]',
      '[data-testid="legend"]',
      '[data-testid="street-ranking"]',
      '[data-testid="meeting-exit"]',
    ]) {
      expect(await shown(page, sel), `${sel} shown`).toBe(true);
    }
    for (const sel of [
      '.header-bar',
      '[data-testid="filter-panel"]',
      '[data-testid="street-summary"]',
      '.list-panel',
      '[data-testid="stage-chart"]',
      '[data-testid="import-report"]',
      '[data-testid="dataset-info"]',
      '[data-testid="colour-picker"]',
      '.asof-strip',
      '.basemap-picker',
    ]) {
      expect(await shown(page, sel), `${sel} hidden`).toBe(false);
    }
    // Title bar: the programme, its year, the day, the whole district.
    const programme = sample.programmes.find((p) => p.year === YEAR);
    expect(await page.textContent('[data-testid="meeting-bar"]')).toContain(programme?.name);
    expect(await page.textContent('[data-testid="meeting-year"]')).toContain(String(YEAR));
    expect(await scope(page)).toBe('');
    // The ranking, by start rate, then by completion rate.
    expect(await shownRanking(page)).toEqual(expectedRanking('start'));
    const rates = await page.$$eval('[data-testid="street-ranking"] tbody tr', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td.rank-rate')].map((td) => Number(td.getAttribute('data-value')))),
    );
    const groups = new Map(summarize(sample, { by: 'street', year: YEAR }).groups.map((g) => [g.key, g]));
    expectedRanking('start').forEach(({ street }, i) => {
      const g = groups.get(street);
      if (g && (g.programmeHouseholds > 0 || g.programmeCommunities > 0))
        expect(rates[i]).toEqual([g.startRateHouseholds, g.completionRateHouseholds]);
      else expect(rates[i]).toEqual([]);
    });
    await page.click('[data-testid="ranking-order-completion"]');
    await page.waitForSelector('[data-testid="street-ranking"][data-order="completion"]');
    expect(await shownRanking(page)).toEqual(expectedRanking('completion'));
    await page.click('[data-testid="ranking-order-start"]');
    // Cards against the targets: the district's figures, the targets, and the share bars.
    await expectCards(page, null);
    expect(Number(await page.getAttribute('[data-testid="kpi-programmeHouseholds-target"]', 'data-value'))).toBe(
      programme?.targets.households,
    );
    expect(Number(await page.getAttribute('[data-testid="kpi-programmeHouseholds-share"]', 'data-value'))).toBeCloseTo(
      totalOf(null).programmeHouseholds / (programme?.targets.households ?? 1),
      9,
    );
    expect(Number(await page.getAttribute('[data-testid="kpi-startedHouseholds-share"]', 'data-value'))).toBeCloseTo(
      totalOf(null).startRateHouseholds,
      9,
    );

    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, 'meeting-district-1280x720');

    await page.click('[data-testid="meeting-exit"]');
    await page.waitForSelector('.app:not(.meeting) [data-testid="filter-panel"]');
    for (const sel of [
      '.header-bar',
      '[data-testid="filter-panel"]',
      '[data-testid="street-summary"]',
      '[data-testid="stage-chart"]',
    ])
      expect(await shown(page, sel), `${sel} back`).toBe(true);
    expect(await page.locator('[data-testid="street-ranking"]').count()).toBe(0);
    expect(await page.getAttribute('[data-testid="meeting-switch"]', 'aria-pressed')).toBe('false');
    expect(param(page, 'meeting')).toBeNull();
    // The same map, not a new one; it draws in the page's layout again.
    expect(await page.getAttribute('[data-testid="atlas-map"] canvas', 'data-mark')).toBe('kept');
    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    await close();
  });

  test('?meeting=1 opens in meeting mode; arrow keys step through the street offices in ranking order, the cards equal summarize() of each; Home and Esc show the district, Esc there leaves', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?meeting=1`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForMap(page);
    const keys = expectedRanking('start').map((r) => r.street);
    expect(await shownRanking(page)).toEqual(expectedRanking('start'));
    const districtHash = new URL(page.url()).hash;

    const expectAt = async (street: string | null) => {
      await waitForScope(page, street);
      expect(param(page, 'street')).toBe(street);
      expect(await page.getAttribute('[data-testid="street-picker"]', 'data-value')).toBe(street ?? '');
      const current = await page.$$eval('[data-testid="street-ranking"] tbody tr[aria-current="true"]', (trs) =>
        trs.map((tr) => tr.getAttribute('data-street')),
      );
      expect(current).toEqual(street === null ? [] : [street]);
      await expectCards(page, street);
    };

    await page.keyboard.press('ArrowRight');
    await expectAt(keys[0]);
    // The map zoomed to the street office (MapLibre writes its position to the address).
    await page.waitForFunction((h) => location.hash.startsWith('#map=') && location.hash !== h, districtHash);
    await waitForMap(page);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, `meeting-street-1280x720`);
    await page.keyboard.press('ArrowRight');
    await expectAt(keys[1]);
    await page.keyboard.press('ArrowDown');
    await expectAt(keys[2]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowLeft');
    await expectAt(keys[0]);
    await page.keyboard.press('ArrowLeft');
    await expectAt(null);
    await page.keyboard.press('ArrowLeft');
    await expectAt(keys[keys.length - 1]);
    await page.keyboard.press('ArrowRight');
    await expectAt(null);
    // In completion-rate order the keys follow that order.
    await page.click('[data-testid="ranking-order-completion"]');
    await page.keyboard.press('ArrowRight');
    await expectAt(expectedRanking('completion')[0].street);
    await page.keyboard.press('Home');
    await expectAt(null);
    // A click on a row shows that office; Esc the district; Esc again leaves meeting mode.
    await page.click(`[data-testid="street-ranking"] tbody tr[data-street="${keys[3]}"] .rank-name`);
    await expectAt(keys[3]);
    await page.keyboard.press('Escape');
    await expectAt(null);
    expect(await page.locator('.app.meeting').count()).toBe(1);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app:not(.meeting)');
    expect(param(page, 'meeting')).toBeNull();
    // Outside meeting mode the arrow keys are left alone.
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('[data-testid="street-picker"]', 'data-value')).toBe('');
    await close();
  });

  test('a link with a street office and other filters: the office shown, every office still ranked on what the other filters keep, and a chip saying filters are on', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?meeting=1&street=${encodeURIComponent('临城街道')}&grade=C,D`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForScope(page, '临城街道');
    expect(await shown(page, '[data-testid="meeting-filtered"]')).toBe(true);
    const kept = applyFilter(sample, { ...EMPTY_FILTER, grades: ['C', 'D'] }, null, null);
    const ranks = rankStreets(
      summarize(sample, { by: 'street', year: YEAR, rows: kept.rows, communityRows: kept.communities }).groups,
    );
    expect(await shownRanking(page)).toEqual(
      ranks.map((r) => ({
        street: r.row.key,
        start: String(r.startRank ?? ''),
        completion: String(r.completionRank ?? ''),
      })),
    );
    expect(ranks.map((r) => r.row.key)).toContain('临城街道');
    const here = applyFilter(sample, { ...EMPTY_FILTER, street: '临城街道', grades: ['C', 'D'] }, null, null);
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(
      summarize(sample, { year: YEAR, rows: here.rows, communityRows: here.communities }).total.programmeHouseholds,
    );
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await close();
  });

  test("keys typed into a field are the field's", async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.click('[data-testid="meeting-switch"]');
    await page.waitForSelector('.app.meeting');
    // A field stays focusable in meeting mode only in a dialog; stand one in for it.
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'typing';
      input.style.cssText = 'position:fixed;top:0;left:0;font-size:20px';
      document.body.append(input);
      input.focus();
    });
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    expect(await scope(page)).toBe('');
    expect(await page.locator('.app.meeting').count()).toBe(1);
    await close();
  });

  test('in English (?lang=en) at 1280×720 too: nothing cut off, type as large', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?meeting=1&lang=en`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForMap(page);
    expect(await page.textContent('[data-testid="meeting-exit"]')).toBe('Exit meeting mode');
    expect(await shownRanking(page)).toEqual(expectedRanking('start'));
    expect(await layoutFaults(page)).toEqual([]);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, 'meeting-district-en-1280x720');
    await page.keyboard.press('ArrowRight');
    await waitForScope(page, expectedRanking('start')[0].street);
    await waitForMap(page);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, 'meeting-street-en-1280x720');
    await close();
  });

  test('梨树区 (?sample=lishu): one street office, one community; the ranking and the cards fit the same way', async () => {
    const lishu = importFromDisk(
      ['buildings.csv', 'communities.geojson', 'district.geojson', 'programme-2023.json'].map((f) =>
        join(ROOT, 'data/sample-lishu', f),
      ),
    );
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?sample=lishu&meeting=1`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForMap(page);
    const expected = rankStreets(summarize(lishu, { by: 'street', year: 2023 }).groups).map((r) => ({
      street: r.row.key,
      start: String(r.startRank ?? ''),
      completion: String(r.completionRank ?? ''),
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownRanking(page)).toEqual(expected);
    expect(await page.textContent('[data-testid="meeting-bar"]')).toContain(lishu.programmes[0].name);
    expect(await kpiValue(page, 'programmeHouseholds')).toBe(
      summarize(lishu, { year: 2023 }).total.programmeHouseholds,
    );
    expect(await layoutFaults(page)).toEqual([]);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, 'meeting-lishu-1280x720');
    await close();
  });

  test('at 1920×1080 the same, in proportion: the whole district and one street office', async () => {
    const { page, close } = await suite.open(1920, 1080);
    await page.goto(`${suite.url()}?meeting=1`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    expect(await meetingFaults(page, 28, 56)).toEqual([]);
    await screenshot(page, 'meeting-district-1920x1080');
    const first = expectedRanking('start')[0].street;
    await page.keyboard.press('ArrowRight');
    await waitForScope(page, first);
    await expectCards(page, first);
    await waitForMap(page);
    expect(await meetingFaults(page, 28, 56)).toEqual([]);
    await screenshot(page, 'meeting-street-1920x1080');
    await close();
  });
  test("on a fixed day: each office's own targets or 未设目标, the due ticks at dueShares(), each office's light by progressLight()", async () => {
    const AS_OF = '2023-09-30';
    const day = parseDate(AS_OF)!;
    const programme = sample.programmes.find((p) => p.year === YEAR)!;
    const due = dueShares(programme, day);
    // The sample's day falls in the completion window: neither tick is at an end.
    expect(due.start).toBe(1);
    expect(due.completion).toBeGreaterThan(0.5);
    expect(due.completion).toBeLessThan(1);
    const view = { ...sample, buildings: tableAsOf(sample.buildings, day) };
    const overdue = overdueMask(scheduleOf(view.buildings, view.buildings.stage, view.programmes, day, YEAR));
    const ranks = rankStreets(summarize(view, { by: 'street', year: YEAR, overdue }).groups);

    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?meeting=1&asof=${AS_OF}`);
    await waitForData(page, 1);
    await page.waitForSelector('.app.meeting [data-testid="street-ranking"] tbody tr');
    await waitForMap(page);

    // The lights: one per office, as the rule says, each a word as well as a colour.
    const lights = await page.$$eval('[data-testid="street-ranking"] tbody tr', (trs) =>
      trs.map((tr) => {
        const cell = tr.querySelector('[data-testid="ranking-light"]');
        return [tr.getAttribute('data-street'), cell?.getAttribute('data-value') ?? null, cell?.textContent ?? ''];
      }),
    );
    const words = { green: '正常', amber: '偏慢', red: '滞后' } as const;
    expect(lights.map(([street, light]) => [street, light])).toEqual(
      ranks.map((r) => [r.row.key, (r.noProgramme ? null : progressLight(r.row, due)) ?? '']),
    );
    for (const [street, light, text] of lights)
      if (light) expect(text, `${street}`).toContain(words[light as keyof typeof words]);
    // The ticks: on every ranked row's two bars, and on the started and completed cards, at what is due.
    const ticks = await page.$$eval('[data-testid="street-ranking"] tbody tr:not([data-no-programme])', (trs) =>
      trs.map((tr) =>
        ['start', 'completion'].map((m) =>
          Number(tr.querySelector(`[data-testid="ranking-due-${m}"]`)?.getAttribute('data-value')),
        ),
      ),
    );
    expect(ticks.length).toBeGreaterThan(0);
    for (const t of ticks) {
      expect(t[0]).toBeCloseTo(due.start!, 12);
      expect(t[1]).toBeCloseTo(due.completion!, 12);
    }
    const legend = page.locator('[data-testid="ranking-due"]');
    expect(Number(await legend.getAttribute('data-completion'))).toBeCloseTo(due.completion!, 12);
    expect(await legend.textContent()).toContain(`完工 ${(due.completion! * 100).toFixed(1)}%`);
    const cardTick = (f: string) => page.getAttribute(`[data-testid="kpi-${f}-due"]`, 'data-value').then(Number);
    expect(await cardTick('startedHouseholds')).toBeCloseTo(due.start!, 12);
    expect(await cardTick('completedHouseholds')).toBeCloseTo(due.completion!, 12);
    // The district: the programme's targets, and 未设目标 where it sets none (buildings).
    await expectTargets(page, programme.targets);
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await screenshot(page, 'meeting-due-district-1280x720');

    // Each office in turn: its own targets from the programme, never the district's.
    for (const r of ranks.filter((x) => !x.noProgramme)) {
      await page.keyboard.press('ArrowRight');
      await waitForScope(page, r.row.key);
      const own = streetTargets(programme.targets, r.row.key);
      expect(own, r.row.key).not.toBeNull();
      await expectTargets(page, own ?? {});
      expect(await cardTick('startedHouseholds')).toBeCloseTo(due.start!, 12);
      if (r.row.key === '周营镇') {
        // Its list falls short of its target: the share says so.
        expect(
          Number(await page.getAttribute('[data-testid="kpi-programmeHouseholds-share"]', 'data-value')),
        ).toBeCloseTo(r.row.programmeHouseholds / own!.households!, 9);
        await waitForMap(page);
        expect(await meetingFaults(page, 20, 40)).toEqual([]);
        await screenshot(page, 'meeting-due-street-1280x720');
      }
    }
    await close();
  });

  test('a programme that splits no target among the offices (2022): an office says 未设目标 on every 计划 card', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?meeting=1&year=2022&street=${encodeURIComponent('临城街道')}`);
    await waitForData(page, 1);
    await waitForScope(page, '临城街道');
    const p2022 = sample.programmes.find((p) => p.year === 2022)!;
    expect(p2022.targets.byStreet).toBeUndefined();
    await expectTargets(page, {});
    expect(await page.getAttribute('[data-testid="kpi-programmeHouseholds-target-none"]', 'title')).toContain('本街道');
    expect(await meetingFaults(page, 20, 40)).toEqual([]);
    await close();
  });
});
