/**
 * The map in real Chromium: the four colourings and their legend counts (equal to classify() of
 * the same sample files in Node), hiding a legend class, a building's tooltip and detail panel
 * (reached as a person reaches it: a map link #map=zoom/lat/lng opens the view on the building,
 * then the pointer goes to the map's centre), the first-frame mark, and base maps that fetch
 * tiles only when switched on.
 */
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { classify } from '../../src/domain/colour-classify.ts';
import { COLOUR_MODES } from '../../src/domain/colour-classes.ts';
import { DEFAULT_ELIGIBILITY } from '../../src/domain/eligibility.ts';
import { explainEligibility } from '../../src/domain/eligibility-explain.ts';
import { filterByStreet } from '../../src/domain/filter-rows.ts';
import { countClasses } from '../../src/domain/legend.ts';
import { scheduleOf } from '../../src/domain/schedule.ts';
import { streetBounds } from '../../src/domain/street-bounds.ts';
import { GRADE_D } from '../../src/domain/vocabulary.ts';
import {
  ROOT,
  hoverMapCentre,
  importFromDisk,
  atEachSize,
  layoutFaults,
  screenshot,
  shownYear,
  useAppSuite,
  waitForData,
  waitForMap,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const sample = importFromDisk(SAMPLE);
const t = sample.buildings;
const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
/** A 1×1 PNG, served in place of online tiles: the test never leaves the machine. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const TILE_HOSTS = /^https:\/\/(tile\.openstreetmap\.org|t[0-7]\.tianditu\.gov\.cn)\//;

// Only the base-map test's pages may reach the tile hosts (answered by page.route), and nothing else.
const suite = useAppSuite();

async function open(width: number, height: number, hash = '', tilesAllowed = false) {
  const opened = await suite.open(width, height, tilesAllowed ? { offline: TILE_HOSTS } : {});
  await opened.page.goto(suite.url() + hash);
  await waitForData(opened.page, 1);
  await opened.page.waitForFunction(() => performance.getEntriesByName('atlas:first-frame').length > 0, null, {
    timeout: 60_000,
  });
  await waitForMap(opened.page);
  return opened;
}

async function legendCounts(page: Page): Promise<[string, number][]> {
  return page.$$eval('[data-testid="legend"] [data-class]', (els) =>
    els.map((e): [string, number] => [e.getAttribute('data-class') ?? '', Number(e.getAttribute('data-count'))]),
  );
}

/**
 * The harness's layout faults that concern the map panel and its legend (the rest of the page is
 * app.test.ts's to check), and a legend or picker that does not fit the window.
 */
async function mapLayoutFaults(page: Page): Promise<string[]> {
  const faults = (await layoutFaults(page)).filter((f) => /map-panel|legend/.test(f));
  const outside = await page.$$eval(
    '[data-testid="legend"], [data-testid="colour-picker"], [data-testid="basemap-picker"]',
    (els) =>
      els
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.bottom > window.innerHeight || r.right > window.innerWidth || r.height === 0;
        })
        .map((e) => `outside the window: ${e.getAttribute('data-testid')}`),
  );
  return [...faults, ...outside];
}

/** Web-mercator pixels at a zoom (MapLibre's 512-pixel world), and back. */
function toPixels(lng: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const s = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * size];
}
function toLngLat(x: number, y: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI;
  return [(x / size) * 360 - 180, lat];
}

function metres(i: number, lng: number, lat: number): number {
  return Math.hypot((t.lng[i] - lng) * Math.cos((lat * Math.PI) / 180) * 111_320, (t.lat[i] - lat) * 110_540);
}

/** The grade D building farthest from any other: the one a click at its position cannot miss. */
function loneDangerBuilding(): number {
  let best = -1,
    bestGap = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.grade[i] !== GRADE_D) continue;
    let gap = Infinity;
    for (let j = 0; j < t.length; j++) if (j !== i) gap = Math.min(gap, metres(j, t.lng[i], t.lat[i]));
    if (gap > bestGap) [best, bestGap] = [i, gap];
  }
  expect(bestGap, 'room around the building').toBeGreaterThan(15);
  return best;
}

describe('the map in Chromium', () => {
  test('each colouring: legend counts equal classify() of the sample; a class hides and shows; screenshots', async () => {
    const { context, page } = await open(1280, 720);
    // The first frame with the buildings comes after their columns are ready.
    const [ready, frame] = await page.evaluate(() =>
      ['atlas:data-ready', 'atlas:first-frame'].map((n) => performance.getEntriesByName(n)[0].startTime),
    );
    expect(frame).toBeGreaterThan(ready);
    const year = await shownYear(page);
    for (const mode of COLOUR_MODES) {
      await page.click(`[data-testid="colour-picker"] button[data-mode="${mode}"]`);
      await page.waitForSelector(`[data-testid="colour-picker"][data-value="${mode}"]`);
      expect(await page.getAttribute(`[data-testid="colour-picker"] button[data-mode="${mode}"]`, 'aria-pressed')).toBe(
        'true',
      );
      // The schedule colouring judges overdue on today when no as-of date is chosen.
      const schedule =
        mode === 'schedule'
          ? scheduleOf(t, t.stage, sample.programmes, Math.floor(Date.now() / 86_400_000), year).status
          : undefined;
      const expected = classify(t, mode, { cutoffYear: DEFAULT_ELIGIBILITY.cutoffYear, year, schedule });
      expect(await legendCounts(page), mode).toEqual(expected.classes.map((c, j) => [c.key, expected.counts[j]]));
      if (mode === 'buildYear') {
        // The cut-off line follows the last class built by the cut-off year.
        const after = await page.$eval('[data-testid="legend-cutoff"]', (el) =>
          el.previousElementSibling?.querySelector('[data-class]')?.getAttribute('data-class'),
        );
        expect(after).toBe('year-approx');
        expect(await page.textContent('[data-testid="legend-cutoff"]')).toContain('2000年底前');
      }
      if (mode === 'grade') expect(await page.getAttribute('[data-class="grade-D"]', 'class')).toContain('danger');
      await waitForMap(page);
      await atEachSize(page, async (width, height) => {
        expect(await mapLayoutFaults(page), `${mode} ${width}×${height}`).toEqual([]);
        await screenshot(page, `map-${mode}-${width}x${height}`);
      });
    }

    // Hide the largest stage class: the legend says so and the map draws something else.
    await page.click('[data-testid="colour-picker"] button[data-mode="stage"]');
    await waitForMap(page);
    const map = page.locator('[data-testid="atlas-map"]');
    const before = await map.screenshot();
    const none = page.locator('[data-testid="legend"] [data-class="stage-none"]');
    await none.click();
    expect(await none.getAttribute('aria-pressed')).toBe('false');
    await waitForMap(page);
    expect(Buffer.compare(await map.screenshot(), before)).not.toBe(0);
    await none.click();
    expect(await none.getAttribute('aria-pressed')).toBe('true');
    // Each colouring keeps its own hidden classes.
    await page.click('[data-class="stage-planned"]');
    await page.click('[data-testid="colour-picker"] button[data-mode="grade"]');
    expect(await page.getAttribute('[data-class="grade-A"]', 'aria-pressed')).toBe('true');
    await page.click('[data-testid="colour-picker"] button[data-mode="stage"]');
    expect(await page.getAttribute('[data-class="stage-planned"]', 'aria-pressed')).toBe('false');
    expect(await page.evaluate(() => performance.getEntriesByName('atlas:first-frame').length)).toBe(1);
    await context.close();
  });

  test('hover shows a building’s key facts; a click opens every attribute and the eligibility reasons; Escape closes', async () => {
    const i = loneDangerBuilding();
    const zoom = 18;
    const { context, page } = await open(1280, 720, `#map=${zoom}/${t.lat[i]}/${t.lng[i]}`);
    const { centre, tip } = await hoverMapCentre(page);
    expect(await tip.getAttribute('data-index')).toBe(String(i));
    expect(await tip.locator('[data-field="community"] dd').textContent()).toBe(
      t.community.values[t.community.codes[i]],
    );
    expect(await tip.locator('[data-field="grade"] dd').textContent()).toBe('D级（整幢危房）');

    await page.mouse.click(centre.x, centre.y);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-field="id"] dd').textContent()).toBe(t.id[i]);
    expect(await panel.locator('[data-testid="danger-flag"]').textContent()).toContain('整幢危房');
    const why = explainEligibility(t, i, DEFAULT_ELIGIBILITY);
    const eligibility = panel.locator('[data-testid="eligibility"]');
    expect(await eligibility.getAttribute('data-eligible')).toBe(String(why.eligible));
    for (const r of [...why.because, ...why.not]) {
      const text = await eligibility.locator(`[data-reason="${r.code}"]`).textContent();
      // One language at a time: Chinese by default (tests/e2e/language.test.ts switches).
      expect(text).toBe(r.zh);
    }
    expect(why.because.length + why.not.length).toBeGreaterThan(0);
    expect(await panel.locator('[data-field="startDate"] dd').textContent()).toMatch(/^(\d{4}-\d{2}-\d{2}|—)$/);
    expect(await panel.locator('[data-field="source"] dd').textContent()).toBe(`buildings.csv:${t.line[i]}`);
    await screenshot(page, 'map-detail-1280x720');

    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.mouse.click(centre.x, centre.y);
    await panel.waitFor();
    await page.click('[data-testid="detail-close"]');
    await panel.waitFor({ state: 'detached' });

    // Beside the building, inside its community's polygon and away from every building: the community.
    const c = t.communityIndex[i];
    const geometry = sample.communities[c].geometry;
    if (!geometry) throw new Error('the community has no polygon');
    const [px, py] = toPixels(t.lng[i], t.lat[i], zoom);
    const spot = [
      [40, 0],
      [-40, 0],
      [0, 40],
      [0, -40],
      [30, 30],
      [-30, 30],
      [30, -30],
      [-30, -30],
      [60, 0],
      [-60, 0],
      [0, 60],
      [0, -60],
    ].find(([dx, dy]) => {
      const [lng, lat] = toLngLat(px + dx, py + dy, zoom);
      if (!booleanPointInPolygon([lng, lat], geometry)) return false;
      for (let j = 0; j < t.length; j++) if (metres(j, lng, lat) < 12) return false;
      return true;
    });
    expect(spot, 'a free spot in the community').toBeDefined();
    await page.mouse.move(centre.x + spot![0], centre.y + spot![1]);
    const communityTip = page.locator('[data-testid="map-tooltip"][data-kind="community"]');
    await communityTip.waitFor({ timeout: 20_000 });
    expect(await communityTip.locator('[data-field="community"] dd').textContent()).toBe(sample.communities[c].name);
    await context.close();
  });

  test('?street=临城街道: the legend counts its buildings only, and the map zooms to it', async () => {
    const rows = filterByStreet(sample, '临城街道').rows;
    for (const { width, height } of SIZES) {
      const { context, page } = await open(width, height, '?street=临城街道');
      const year = await shownYear(page);
      for (const mode of ['grade', 'stage'] as const) {
        await page.click(`[data-testid="colour-picker"] button[data-mode="${mode}"]`);
        await page.waitForSelector(`[data-testid="colour-picker"][data-value="${mode}"]`);
        const c = classify(t, mode, { cutoffYear: DEFAULT_ELIGIBILITY.cutoffYear, year });
        const counts = countClasses(c, rows);
        expect(await legendCounts(page), mode).toEqual(c.classes.map((k, j) => [k.key, counts[j]]));
      }
      // Fitted to the street office: the view the map link shows is its bounds, fitted.
      await waitForMap(page);
      const [zoom, lat, lng] = (/#map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(page.url()) ?? []).slice(1).map(Number);
      const [w, s, e, n] = streetBounds(sample, '临城街道', rows) ?? [0, 0, 0, 0];
      const box = await page.locator('[data-testid="atlas-map"]').boundingBox();
      const [x0, y0] = toPixels(w, n, 0);
      const [x1, y1] = toPixels(e, s, 0);
      const fitted = Math.log2(Math.min((box!.width - 48) / (x1 - x0), (box!.height - 48) / (y1 - y0)));
      expect(zoom).toBeCloseTo(fitted, 1);
      expect(lng).toBeCloseTo((w + e) / 2, 2);
      expect(lat).toBeGreaterThan(s);
      expect(lat).toBeLessThan(n);
      expect(await mapLayoutFaults(page)).toEqual([]);
      await screenshot(page, `map-street-${width}x${height}`);
      await context.close();
    }
  });

  test('base maps: none by default; OpenStreetMap and 天地图 tiles only once switched on, the key kept', async () => {
    const { context, page, problems } = await open(1280, 720, '', true);
    await page.route(TILE_HOSTS, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: PNG }));
    const tiles: string[] = [];
    page.on('request', (r) => TILE_HOSTS.test(r.url()) && tiles.push(r.url()));
    expect(await page.getAttribute('[data-testid="basemap-picker"]', 'data-value')).toBe('offline');
    expect(problems.offline).toEqual([]);

    await page.selectOption('[data-testid="basemap-picker"]', 'osm');
    await page.waitForRequest((r) => r.url().startsWith('https://tile.openstreetmap.org/'));
    await waitForMap(page);
    await screenshot(page, 'map-osm-1280x720');

    await page.selectOption('[data-testid="basemap-picker"]', 'tianditu');
    await page.fill('[data-testid="tianditu-key"]', 'my-own-key');
    // Both layers' requests are awaited from before the click: they may come in either order, at once.
    const [vec] = await Promise.all([
      page.waitForRequest((r) => r.url().includes('vec_w') && r.url().includes('tk=my-own-key')),
      page.waitForRequest((r) => r.url().includes('cva_w') && r.url().includes('tk=my-own-key')),
      page.click('[data-testid="tianditu-key-apply"]'),
    ]);
    expect(vec.url()).toMatch(/^https:\/\/t[0-7]\.tianditu\.gov\.cn\/vec_w\/wmts\?SERVICE=WMTS&REQUEST=GetTile/);
    expect(await page.evaluate(() => localStorage.getItem('atlas:tianditu-key'))).toBe('my-own-key');

    // Back to offline: no more tiles are asked for.
    await page.selectOption('[data-testid="basemap-picker"]', 'offline');
    await waitForMap(page);
    const asked = tiles.length;
    await page.mouse.move(900, 450);
    await page.mouse.wheel(0, -300);
    await waitForMap(page);
    expect(tiles.length).toBe(asked);

    // A new visit opens offline again, with the key remembered for when 天地图 is picked.
    await page.reload();
    await waitForData(page, 1);
    expect(await page.getAttribute('[data-testid="basemap-picker"]', 'data-value')).toBe('offline');
    await page.selectOption('[data-testid="basemap-picker"]', 'tianditu');
    expect(await page.inputValue('[data-testid="tianditu-key"]')).toBe('my-own-key');
    await context.close();
  });
});
