/**
 * 高德 tiles are GCJ-02; the data are WGS84. With 高德 chosen the map draws everything shifted to
 * GCJ-02 (src/map/display-crs.ts), so the data sit on the tiles where 高德 has them, and what is
 * read off the screen is shifted back. In real Chromium, with the tile requests answered here by
 * generated plain tiles that carry magenta rings at chosen GCJ-02 places:
 * - a building, and the district's outline, are drawn on their rings (the tiles' own GCJ-02
 *   place), not where their WGS84 numbers would put them on the tiles;
 * - a lasso and a box drawn in screen pixels select exactly rowsInPolygon() of the drawn shape
 *   shifted back to WGS84 in Node;
 * - the address keeps the WGS84 centre throughout, and back on the offline map the buildings are
 *   at their WGS84 pixels again.
 * The view is read off the address (#map=zoom/lat/lng, WGS84): under 高德 the map's own centre is
 * that point's GCJ-02 place (the camera moves with the shift, so the same ground stays in view).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { fromWgs84 } from '../../src/domain/crs.ts';
import { rowsInPolygon, selectionTotals, type LngLat } from '../../src/domain/selection.ts';
import { dataRing, dataShape } from '../../src/map/display-crs.ts';
import { ROOT, importFromDisk, screenshot, useAppSuite, waitForData, waitForMap } from './harness.ts';
import { clearance, lngLatAt, mapView, pagePoint, toPixels, type MapView } from './map-pixels.ts';
import { decodePng, encodePng, type Image } from './png.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
// Pages reach the 高德 hosts (answered by page.route): the only requests off the server they may make.
const suite = useAppSuite();
// (a page at 1280×720 shows a map of some 400 × 200 px: the placements are checked at 1920×1080)
const sample = importFromDisk(SAMPLE);
const t = sample.buildings;
const gcj = fromWgs84('gcj02');
/** The 高德 tile URLs (base-maps.ts), and the only requests off the server allowed here. */
const AMAP = /^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?/;

// ---- the tiles: a plain 高德-like ground, a magenta ring round each marked GCJ-02 place ----

/** Tile pixels from a ring's centre: 9 to 14 px is the ring; its hole leaves what is drawn there visible. */
const RING = { inner: 9, outer: 14 };
const GROUND = [242, 239, 233, 255];
const MAGENTA = [255, 0, 255, 255];

function tilePng(url: string, marks: readonly LngLat[]): Buffer {
  const q = new URL(url).searchParams;
  const [x, y, z] = ['x', 'y', 'z'].map((k) => Number(q.get(k)));
  // 256-pixel tiles at z are MapLibre's 512-pixel world at z − 1.
  const centres = marks.map((m) => toPixels(m[0], m[1], z - 1)).map(([wx, wy]) => [wx - x * 256, wy - y * 256]);
  const rgba = new Uint8Array(256 * 256 * 4);
  for (let py = 0; py < 256; py++) {
    for (let px = 0; px < 256; px++) {
      const on = centres.some(([cx, cy]) => {
        const d = Math.hypot(px + 0.5 - cx, py + 0.5 - cy);
        return d >= RING.inner && d <= RING.outer;
      });
      rgba.set(on ? MAGENTA : GROUND, (py * 256 + px) * 4);
    }
  }
  return encodePng(256, 256, rgba);
}

// ---- reading the screen ----

/** The page region around a point, as pixels. */
async function grab(page: Page, at: [number, number], r: number): Promise<{ x0: number; y0: number; img: Image }> {
  const x0 = Math.round(at[0] - r),
    y0 = Math.round(at[1] - r);
  const img = decodePng(await page.screenshot({ clip: { x: x0, y: y0, width: 2 * r, height: 2 * r } }));
  return { x0, y0, img };
}

/**
 * The centre of the magenta ring near a point (on the tiles), in page pixels: the middle of the
 * magenta pixels' extent, which a line drawn across the ring does not move. Null when none.
 */
async function ringCentre(page: Page, at: [number, number], r = 45): Promise<[number, number] | null> {
  const { x0, y0, img } = await grab(page, at, r);
  let n = 0,
    w = Infinity,
    e = -Infinity,
    top = Infinity,
    bottom = -Infinity;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const k = 4 * (y * img.width + x);
      // Magenta through the areas' see-through fills: red and blue well above green.
      if ((img.rgba[k] + img.rgba[k + 2]) / 2 - img.rgba[k + 1] > 70) {
        n++;
        w = Math.min(w, x);
        e = Math.max(e, x + 1);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y + 1);
      }
    }
  }
  return n < 50 ? null : [x0 + (w + e) / 2, y0 + (top + bottom) / 2];
}

/** Dark pixels (the district outline, #073456) within `r` px of a point. */
async function darkPixels(page: Page, at: [number, number], r: number): Promise<number> {
  const { x0, y0, img } = await grab(page, at, r + 2);
  let n = 0;
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      if (Math.hypot(x0 + x + 0.5 - at[0], y0 + y + 0.5 - at[1]) > r) continue;
      const k = 4 * (y * img.width + x);
      if (img.rgba[k] + img.rgba[k + 1] + img.rgba[k + 2] < 400) n++;
    }
  }
  return n;
}

/** The view the address holds: zoom and WGS84 centre. */
async function addressView(page: Page): Promise<{ zoom: number; lat: number; lng: number }> {
  const m = /#map=([\d.]+)\/([\d.]+)\/([\d.]+)/.exec(page.url());
  if (!m) throw new Error(`no map position in ${page.url()}`);
  return { zoom: Number(m[1]), lat: Number(m[2]), lng: Number(m[3]) };
}

/** The map as it is drawn over 高德: centred on the GCJ-02 place of the address's WGS84 centre. */
async function gcjView(page: Page): Promise<MapView> {
  const a = await addressView(page);
  const [lng, lat] = gcj(a.lng, a.lat);
  return mapView(page, lng, lat, a.zoom);
}

/** Is a page pixel inside the map? */
const onMap = (v: MapView, p: [number, number]): boolean =>
  p[0] > v.box.x + 20 && p[0] < v.box.x + v.box.width - 20 && p[1] > v.box.y + 20 && p[1] < v.box.y + v.box.height - 20;

/** The page pixel of a building drawn over 高德. */
const gcjPoint = (v: MapView, i: number): [number, number] => pagePoint(v, gcj(t.lng[i], t.lat[i]));

/** The window size for the placement tests: at 1280×720 the map is some 400 × 200 px, too small to hold a 270 px shift. */
const LARGE = { width: 1920, height: 1080 };

async function open(
  hash: string,
  marks: readonly LngLat[],
  size: { width: number; height: number } = LARGE,
): Promise<{ page: Page; close: () => Promise<void>; tiles: string[] }> {
  const opened = await suite.open(size.width, size.height, { offline: AMAP });
  const tiles: string[] = [];
  await opened.page.route(AMAP, (route) => {
    tiles.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: tilePng(route.request().url(), marks) });
  });
  await opened.page.goto(suite.url() + hash);
  await waitForData(opened.page, 1);
  await opened.page.waitForFunction(() => performance.getEntriesByName('atlas:first-frame').length > 0, null, {
    timeout: 60_000,
  });
  await waitForMap(opened.page);
  return { page: opened.page, close: opened.close, tiles };
}

async function chooseBaseMap(page: Page, choice: 'amap' | 'offline'): Promise<void> {
  await page.selectOption('[data-testid="basemap-picker"]', choice);
  await page.waitForSelector(`[data-testid="basemap-picker"][data-value="${choice}"]`);
  await page
    .waitForFunction(() => !document.querySelector('[data-testid="atlas-map"]')?.hasAttribute('data-map-idle'), null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  await waitForMap(page);
}

/** The building under the pointer at a page pixel (the tooltip's row), or null. */
async function buildingAt(page: Page, p: [number, number]): Promise<number | null> {
  // Off the map first, so that an earlier tooltip is gone.
  await page.mouse.move(2, 2);
  await page.locator('[data-testid="map-tooltip"]').waitFor({ state: 'detached' });
  await page.mouse.move(p[0], p[1]);
  const tip = page.locator('[data-testid="map-tooltip"][data-kind="building"]');
  try {
    await tip.waitFor({ timeout: 3_000 });
  } catch {
    return null;
  }
  return Number(await tip.getAttribute('data-index'));
}

function metres(i: number, lng: number, lat: number): number {
  return Math.hypot((t.lng[i] - lng) * Math.cos((lat * Math.PI) / 180) * 111_320, (t.lat[i] - lat) * 110_540);
}

/** The building farthest from any other: a ring round it holds nothing else. */
function loneliest(): number {
  let best = 0,
    bestGap = 0;
  for (let i = 0; i < t.length; i++) {
    let gap = Infinity;
    for (let j = 0; j < t.length; j++) if (j !== i) gap = Math.min(gap, metres(j, t.lng[i], t.lat[i]));
    if (gap > bestGap) [best, bestGap] = [i, gap];
  }
  return best;
}

/** The building with the most others within 150 m. */
function densest(): number {
  let best = 0,
    bestCount = -1;
  for (let i = 0; i < t.length; i += 3) {
    let n = 0;
    for (let j = 0; j < t.length; j++) if (metres(j, t.lng[i], t.lat[i]) < 150) n++;
    if (n > bestCount) [best, bestCount] = [i, n];
  }
  return best;
}

async function selectedTotals(page: Page, n: number): Promise<Record<string, number>> {
  await page
    .waitForSelector(`[data-testid="selection-totals"][data-buildings="${n}"]`, { timeout: 20_000 })
    .catch(async (e: unknown) => {
      throw new Error(
        `waited for ${n} selected buildings, the page says ${await page.getAttribute('[data-testid="selection-totals"]', 'data-buildings')}`,
        { cause: e },
      );
    });
  return page.$eval('[data-testid="selection-totals"]', (el) => ({
    buildings: Number(el.getAttribute('data-buildings')),
    communities: Number(el.getAttribute('data-communities')),
    households: Number(el.getAttribute('data-households')),
    floorAreaM2: Number(el.getAttribute('data-floor-area-m2')),
  }));
}

function totalsOf(rows: Uint32Array): Record<string, number> {
  const s = selectionTotals(t, rows);
  return { buildings: s.buildings, communities: s.communities, households: s.households, floorAreaM2: s.floorAreaM2 };
}

/** The buildings as drawn over 高德 (GCJ-02 degrees). */
const drawnPoints = (): LngLat[] => Array.from({ length: t.length }, (_, i) => gcj(t.lng[i], t.lat[i]) as LngLat);

/** A shape's corners round the map's centre, moved until its edges pass 4 px or more from every building. */
function clearShape(v: MapView, shape: (cx: number, cy: number) => [number, number][]): [number, number][] {
  const cx = v.box.x + v.box.width / 2,
    cy = v.box.y + v.box.height / 2;
  const all = drawnPoints();
  const offsets: [number, number][] = [];
  for (let dx = -30; dx <= 30; dx += 3) for (let dy = -30; dy <= 30; dy += 3) offsets.push([dx, dy]);
  offsets.sort((p, q) => Math.hypot(...p) - Math.hypot(...q));
  for (const [dx, dy] of offsets) {
    const ring = shape(cx + dx, cy + dy);
    if (clearance(v, ring, all) >= 4) return ring;
  }
  throw new Error('no shape clear of the buildings');
}

describe('高德 base map: drawn in GCJ-02, read back in WGS84', () => {
  test('a building sits on its GCJ-02 place on the tiles; the address keeps its WGS84 centre; offline again, back at its WGS84 pixel', async () => {
    const i = loneliest();
    const zoom = 15;
    const { page, close, tiles } = await open(`#map=${zoom}/${t.lat[i]}/${t.lng[i]}`, [gcj(t.lng[i], t.lat[i])]);
    const before = await addressView(page);
    const offline = await mapView(page, before.lng, before.lat, before.zoom);
    expect(await buildingAt(page, pagePoint(offline, [t.lng[i], t.lat[i]]))).toBe(i);
    expect(tiles).toEqual([]);

    await chooseBaseMap(page, 'amap');
    expect(tiles.length).toBeGreaterThan(0);
    expect(new Set(tiles.map((u) => new URL(u).host)).size).toBeGreaterThan(1); // spread over the four hosts
    for (const u of tiles)
      expect(u).toMatch(
        /^https:\/\/webrd0[1-4]\.is\.autonavi\.com\/appmaptile\?lang=zh_cn&size=1&scale=1&style=8&x=\d+&y=\d+&z=\d+$/,
      );
    // The address: the same WGS84 centre (to a metre), whatever the base map.
    const after = await addressView(page);
    expect(after.zoom).toBe(before.zoom);
    expect(Math.abs(after.lat - before.lat)).toBeLessThan(1e-5);
    expect(Math.abs(after.lng - before.lng)).toBeLessThan(1e-5);

    const v = await gcjView(page);
    const drawn = gcjPoint(v, i);
    // Where the building's WGS84 numbers would put it on 高德's tiles: some 270 px away at zoom 15.
    const ghost = pagePoint(v, [t.lng[i], t.lat[i]]);
    expect(Math.hypot(drawn[0] - ghost[0], drawn[1] - ghost[1])).toBeGreaterThan(200);
    expect(onMap(v, drawn) && onMap(v, ghost), 'both places on the map').toBe(true);
    // The ring the tiles carry at the building's GCJ-02 place is where the building is drawn...
    const ring = await ringCentre(page, drawn);
    expect(ring, 'the tiles’ ring near the building').not.toBeNull();
    expect(Math.hypot(ring![0] - drawn[0], ring![1] - drawn[1])).toBeLessThan(1.5);
    // ...and the building is there (picked at that pixel), not at its WGS84 spot on the tiles.
    expect(await buildingAt(page, drawn)).toBe(i);
    expect(await buildingAt(page, ghost)).not.toBe(i);
    await page.mouse.move(5, 5);
    await screenshot(page, 'base-map-amap-1920x1080');

    // Offline again: the building at its WGS84 pixel of the address's view, the address unchanged.
    await chooseBaseMap(page, 'offline');
    const back = await addressView(page);
    expect(Math.abs(back.lat - before.lat)).toBeLessThan(1e-5);
    expect(Math.abs(back.lng - before.lng)).toBeLessThan(1e-5);
    const again = await mapView(page, back.lng, back.lat, back.zoom);
    expect(await buildingAt(page, pagePoint(again, [t.lng[i], t.lat[i]]))).toBe(i);
    expect(await ringCentre(page, drawn)).toBeNull(); // no tiles, no ring

    // At 1280×720 with 高德 chosen, to look at; the brief's map picture is taken over it, with a
    // scale bar and every street office named, and the view (and the address) come back as they were.
    await page.setViewportSize({ width: 1280, height: 720 });
    await chooseBaseMap(page, 'amap');
    await screenshot(page, 'base-map-amap-1280x720');
    const view = await page.evaluate(() => location.hash);
    await page.click('[data-testid="brief-button"]');
    await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
    await page.waitForSelector('[data-testid="brief-map"][data-status="ok"]');
    expect(Number(await page.getAttribute('[data-testid="brief-scale"]', 'data-meters'))).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="brief-map-label"]').count()).toBe(
      sample.streets.filter((s) => s.geometry).length,
    );
    await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe(view);
    await close();
  });

  test('the district outline is drawn on its GCJ-02 place on the tiles', async () => {
    // The outline's westernmost vertex: nothing else drawn within kilometres of it.
    let west: LngLat = [Infinity, 0];
    for (const s of sample.streets) {
      const g = s.geometry;
      if (!g) continue;
      for (const p of g.type === 'Polygon' ? [g.coordinates] : g.coordinates)
        for (const q of p[0]) if (q[0] < west[0]) west = [q[0], q[1]];
    }
    const zoom = 15;
    const { page, close } = await open(`#map=${zoom}/${west[1]}/${west[0]}`, [gcj(west[0], west[1])]);
    const before = await addressView(page);
    const offline = await mapView(page, before.lng, before.lat, before.zoom);
    expect(await darkPixels(page, pagePoint(offline, west), 6)).toBeGreaterThan(5);

    await chooseBaseMap(page, 'amap');
    const v = await gcjView(page);
    const drawn = pagePoint(v, gcj(west[0], west[1]));
    const ghost = pagePoint(v, west);
    expect(onMap(v, drawn) && onMap(v, ghost), 'both places on the map').toBe(true);
    const ring = await ringCentre(page, drawn);
    expect(ring, 'the tiles’ ring at the vertex').not.toBeNull();
    expect(Math.hypot(ring![0] - drawn[0], ring![1] - drawn[1])).toBeLessThan(1.5);
    // The outline passes through the ring's hole, and not through the vertex's WGS84 spot on the tiles.
    expect(await darkPixels(page, ring!, 6)).toBeGreaterThan(5);
    expect(await darkPixels(page, ghost, 6)).toBe(0);
    await close();
  });

  test('a lasso and a box drawn over 高德 select exactly the buildings inside the shapes shifted back to WGS84', async () => {
    const i = densest();
    const zoom = 16;
    const { page, close } = await open(`#map=${zoom}/${t.lat[i]}/${t.lng[i]}`, []);
    await chooseBaseMap(page, 'amap');
    const v = await gcjView(page);

    // Lasso: an arrow with a notch, in page pixels.
    const a = Math.min(v.box.width / 2 - 70, 180),
      b = Math.min(v.box.height / 2 - 60, 140);
    const corners = clearShape(v, (cx, cy) =>
      [
        [-a, -b],
        [a, -b],
        [a, b],
        [0, 0.15 * b],
        [-a, b],
      ].map(([x, y]) => [cx + x, cy + y]),
    );
    const drawnRing = corners.map(([x, y]) => lngLatAt(v, x, y));
    const expected = rowsInPolygon(t, dataRing('gcj02', drawnRing));
    expect(expected.length, 'buildings inside the lasso').toBeGreaterThan(5);
    // Taken as WGS84 without the shift back, the same ring would hold other buildings.
    expect([...rowsInPolygon(t, drawnRing)]).not.toEqual([...expected]);
    await page.click('[data-testid="select-tool"] button[data-tool="lasso"]');
    await page.waitForSelector('[data-testid="atlas-map"][data-tool="lasso"]');
    for (const [x, y] of corners.slice(0, -1)) await page.mouse.click(x, y);
    const [lx, ly] = corners.at(-1)!;
    await page.mouse.click(lx, ly);
    await page.mouse.dblclick(lx, ly);
    expect(await selectedTotals(page, expected.length)).toEqual(totalsOf(expected));
    await waitForMap(page);
    await screenshot(page, 'base-map-amap-lasso-1920x1080');

    // Box: drag with the box tool.
    await page.click('[data-testid="select-tool"] button[data-tool="box"]');
    await page.waitForSelector('[data-testid="atlas-map"][data-tool="box"]');
    const bw = Math.min(v.box.width / 2 - 80, 150),
      bh = Math.min(v.box.height / 2 - 70, 110);
    const box = clearShape(v, (cx, cy) => [
      [cx - bw, cy - bh],
      [cx + bw, cy - bh],
      [cx + bw, cy + bh],
      [cx - bw, cy + bh],
    ]);
    const [sw, ne] = [lngLatAt(v, box[3][0], box[3][1]), lngLatAt(v, box[1][0], box[1][1])];
    const shape = dataShape('gcj02', { kind: 'box', box: [sw[0], sw[1], ne[0], ne[1]] });
    if (shape.kind !== 'polygon') throw new Error('a box over 高德 is a polygon in WGS84');
    const inBox = rowsInPolygon(t, shape.ring);
    expect(inBox.length, 'buildings inside the box').toBeGreaterThan(5);
    expect([...inBox]).not.toEqual([...expected]);
    await page.mouse.move(box[0][0], box[0][1]);
    await page.mouse.down();
    await page.mouse.move((box[0][0] + box[2][0]) / 2, (box[0][1] + box[2][1]) / 2, { steps: 4 });
    await page.mouse.move(box[2][0], box[2][1], { steps: 4 });
    await page.mouse.up();
    expect(await selectedTotals(page, inBox.length)).toEqual(totalsOf(inBox));
    await close();
  });
});
