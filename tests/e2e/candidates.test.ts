/**
 * Selection and the candidate list (项目库) in real Chromium: a lasso drawn by clicking map
 * pixels selects exactly the buildings src/domain/selection.ts finds in the same polygon (the
 * view set by the map link, pixels worked out by Web Mercator arithmetic); a box by shift-drag;
 * a click with the pick tool and Ctrl-click; "select what the filters keep". The selection goes
 * into the list for next year; the list survives a reload (IndexedDB); exported as CSV, cleared
 * and imported again it is the same list; an entry whose building is not in the data is kept and
 * shown as missing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { applyFilter } from '../../src/domain/filter-apply.ts';
import { EMPTY_FILTER } from '../../src/domain/building-filter.ts';
import { buildingKeys, makeEntries, resolveEntries } from '../../src/domain/candidate-list.ts';
import { candidateTable } from '../../src/domain/candidate-table.ts';
import { filterByStreet } from '../../src/domain/filter-rows.ts';
import { rowsInBox, rowsInPolygon, selectionTotals, type LngLat } from '../../src/domain/selection.ts';
import { classify } from '../../src/domain/colour-classify.ts';
import { COLOUR_MODES } from '../../src/domain/colour-classes.ts';
import { DEFAULT_ELIGIBILITY } from '../../src/domain/eligibility.ts';
import { TYPE_BIT } from '../../src/domain/vocabulary.ts';
import { LIST_FILE_KIND } from '../../src/io/candidate-list-file.ts';
import {
  ROOT,
  atEachSize,
  importFromDisk,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  useAppSuite,
} from './harness.ts';
import { clearance, lngLatAt, mapView, pagePoint, type MapView } from './map-pixels.ts';

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
const keys = buildingKeys(t, sample.fileNames);
const points = (): LngLat[] => Array.from({ length: t.length }, (_, i) => [t.lng[i], t.lat[i]] as LngLat);
const ZOOM = 16;

function metres(i: number, j: number): number {
  return Math.hypot(
    (t.lng[i] - t.lng[j]) * Math.cos((t.lat[i] * Math.PI) / 180) * 111_320,
    (t.lat[i] - t.lat[j]) * 110_540,
  );
}

/** The building with the most others within 150 m: a lasso round it catches many. */
function densest(): number {
  let best = 0,
    bestCount = -1;
  for (let i = 0; i < t.length; i += 3) {
    let n = 0;
    for (let j = 0; j < t.length; j++) if (metres(i, j) < 150) n++;
    if (n > bestCount) [best, bestCount] = [i, n];
  }
  return best;
}

/** The building farthest from any other: a click at it cannot miss. */
function loneliest(): number {
  let best = 0,
    bestGap = 0;
  for (let i = 0; i < t.length; i++) {
    let gap = Infinity;
    for (let j = 0; j < t.length; j++) if (j !== i) gap = Math.min(gap, metres(i, j));
    if (gap > bestGap) [best, bestGap] = [i, gap];
  }
  return best;
}

async function openAt(page: Page, hash: string): Promise<void> {
  await page.goto(`${suite.url()}${hash}`);
  await waitForData(page, 1);
  await page.waitForFunction(() => performance.getEntriesByName('atlas:first-frame').length > 0, null, {
    timeout: 60_000,
  });
  await waitForMap(page);
}

async function totals(page: Page): Promise<Record<string, number>> {
  return page.$eval('[data-testid="selection-totals"]', (el) => ({
    buildings: Number(el.getAttribute('data-buildings')),
    communities: Number(el.getAttribute('data-communities')),
    households: Number(el.getAttribute('data-households')),
    floorAreaM2: Number(el.getAttribute('data-floor-area-m2')),
  }));
}

async function waitForSelected(page: Page, n: number): Promise<void> {
  try {
    await page.waitForSelector(`[data-testid="selection-totals"][data-buildings="${n}"]`, { timeout: 20_000 });
  } catch (e) {
    throw new Error(
      `waited for ${n} selected buildings, the page says ${await page.getAttribute('[data-testid="selection-totals"]', 'data-buildings')}`,
      { cause: e },
    );
  }
}

function expectTotals(got: Record<string, number>, rows: Uint32Array): void {
  const want = selectionTotals(t, rows);
  expect(got).toEqual({
    buildings: want.buildings,
    communities: want.communities,
    households: want.households,
    floorAreaM2: want.floorAreaM2,
  });
}

/** The candidate list table as the page holds it: rows with their kind and raw cell values. */
async function readList(page: Page): Promise<{ key: string; kind: string; values: Record<string, string> }[]> {
  return page.$$eval('[data-testid="candidate-list"] tr[data-kind]', (trs) =>
    trs.map((tr) => ({
      key: tr.getAttribute('data-key') ?? '',
      kind: tr.getAttribute('data-kind') ?? '',
      values: Object.fromEntries(
        [...tr.querySelectorAll('td[data-field]')].map((td) => [
          td.getAttribute('data-field') ?? '',
          td.getAttribute('data-value') ?? '',
        ]),
      ),
    })),
  );
}

/** What the table should say for these rows added for a year with types. */
function expectedList(rows: Uint32Array, year: number, types: number) {
  const entries = makeEntries(t, keys, rows, year, types, '');
  return candidateTable(entries, t, resolveEntries(entries, keys), null).map((r) => ({
    key: r.key,
    kind: r.kind,
    values: {
      seq: String(r.seq || ''),
      street: r.street,
      shequ: r.shequ,
      community: r.community,
      buildYear: r.buildYear,
      buildings: String(r.buildings),
      households: String(r.households),
      floorAreaM2: String(r.floorAreaM2),
      types: String(r.types),
    },
  }));
}

/**
 * A concave lasso (an arrow with a notch at the bottom) round the map's centre, moved until its
 * edges pass at least 4 pixels from every building; its corners as page pixels.
 */
function lassoCorners(v: MapView): [number, number][] {
  const cx = v.box.x + v.box.width / 2,
    cy = v.box.y + v.box.height / 2;
  // Clear of the map's own controls: the zoom buttons top right, the base-map picker top left,
  // the scale bottom left (a click there would not reach the map).
  const a0 = Math.min(v.box.width / 2 - 70, 180),
    b0 = Math.min(v.box.height / 2 - 60, 140);
  const all = points();
  // Nearest offsets first, then a little smaller: the map column's size moves with the layout.
  const offsets: [number, number][] = [];
  for (let dx = -30; dx <= 30; dx += 3) for (let dy = -30; dy <= 30; dy += 3) offsets.push([dx, dy]);
  offsets.sort((p, q) => Math.hypot(...p) - Math.hypot(...q));
  for (const scale of [1, 0.9, 0.8]) {
    const a = a0 * scale,
      b = b0 * scale;
    for (const [dx, dy] of offsets) {
      const ring: [number, number][] = [
        [-a, -b],
        [a, -b],
        [a, b],
        [0, 0.15 * b],
        [-a, b],
      ].map(([x, y]) => [cx + x + dx, cy + y + dy]);
      if (clearance(v, ring, all) >= 4) return ring;
    }
  }
  throw new Error('no lasso clear of the buildings');
}

async function download(page: Page, menu: string, item: string): Promise<{ name: string; path: string; text: string }> {
  await page.click(`[data-testid="${menu}"]`);
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${item}"]`)]);
  const path = await d.path();
  return { name: d.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

describe('selection and the candidate list', () => {
  test('lasso a known part of the sample: the selection equals rowsInPolygon(); into the list for next year; a reload keeps it; CSV out, cleared, CSV in: the same list', async () => {
    const i = densest();
    const { page, close } = await suite.open(1280, 720);
    await openAt(page, `#map=${ZOOM}/${t.lat[i]}/${t.lng[i]}`);
    const v = await mapView(page, t.lng[i], t.lat[i], ZOOM);
    const corners = lassoCorners(v);
    const ring = corners.map(([x, y]) => lngLatAt(v, x, y));
    const expected = rowsInPolygon(t, ring);
    expect(expected.length, 'buildings inside the lasso').toBeGreaterThan(5);
    // The notch is real: some buildings inside the lasso's box are outside the lasso.
    const lngs = ring.map((p) => p[0]),
      lats = ring.map((p) => p[1]);
    expect(
      rowsInBox(t, [Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]).length,
    ).toBeGreaterThan(expected.length);

    await page.click('[data-testid="select-tool"] button[data-tool="lasso"]');
    await page.waitForSelector('[data-testid="atlas-map"][data-tool="lasso"]');
    for (const [x, y] of corners.slice(0, -1)) await page.mouse.click(x, y);
    const [lx, ly] = corners.at(-1)!;
    await page.mouse.click(lx, ly);
    await page.mouse.move(corners[0][0] + 30, corners[0][1] + 20);
    await page.waitForTimeout(300);
    await screenshot(page, 'selection-lasso-drawing-1280x720');
    await page.mouse.dblclick(lx, ly);
    await waitForSelected(page, expected.length);
    expectTotals(await totals(page), expected);
    await waitForMap(page);
    await atEachSize(page, (width, height) => screenshot(page, `selection-lasso-${width}x${height}`));

    // Into the list: next year (the newest programme is 2023) by default, 基础类 and 完善类.
    await page.click('[data-testid="add-to-list-open"]');
    expect(await page.inputValue('[data-testid="add-year"]')).toBe('2024');
    // Next calendar year's list can be started whatever year the data's programmes are.
    const offered = await page
      .locator('[data-testid="add-year"] option')
      .evaluateAll((os) => os.map((o) => Number((o as HTMLOptionElement).value)));
    expect(offered).toContain(new Date().getFullYear() + 1);
    await page.check('[data-testid="add-type-improvement"]');
    await page.click('[data-testid="add-to-list"]');
    const want = expectedList(expected, 2024, TYPE_BIT.basic | TYPE_BIT.improvement);
    await page.waitForSelector(
      `[data-testid="candidate-list"] tr[data-key="合计"] td[data-field="buildings"][data-value="${expected.length}"]`,
    );
    expect(await readList(page)).toEqual(want);
    expect(want.filter((r) => r.kind === 'subtotal').length).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="list-status"][data-saved="true"]');
    await atEachSize(page, async (width, height) => {
      await page.locator('[data-testid="candidate-list"]').scrollIntoViewIfNeeded();
      await screenshot(page, `candidate-list-${width}x${height}`);
    });

    // A reload: the list is still there, from IndexedDB.
    await page.reload();
    await waitForData(page, 1);
    await page.waitForSelector('[data-testid="list-status"][data-storage="stored"]');
    await page.waitForSelector('[data-testid="candidate-list"] tr[data-key="合计"]');
    expect(await readList(page)).toEqual(want);

    // Out as CSV (UTF-8 with BOM, CRLF), cleared, in again: the same rows.
    const csv = await download(page, 'list-export-menu', 'list-export-csv');
    expect(csv.name).toBe('项目库-全部年度-楼栋.csv');
    expect(csv.text.startsWith('\uFEFF楼栋键,计划年度,改造类型,')).toBe(true);
    const lines = csv.text
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines.length).toBe(expected.length + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0]))).toEqual(
      new Set([...expected].map((r) => keys.keys[r])),
    );
    await page.click('[data-testid="list-clear"]');
    await page.click('[data-testid="list-clear-confirm"]');
    await page.waitForSelector('[data-testid="candidate-list-empty"]');
    await page.setInputFiles('[data-testid="list-import-input"]', csv.path);
    await page.waitForSelector(
      `[data-testid="list-import-report"][data-entries="${expected.length}"][data-rejected="0"][data-unmatched="0"]`,
    );
    expect(await readList(page)).toEqual(want);
    await page.waitForSelector('[data-testid="list-status"][data-saved="true"]');
    await close();
  });

  test('a click with the pick tool, Ctrl-click, clear', async () => {
    const i = loneliest();
    const { page, close } = await suite.open(1280, 720);
    await openAt(page, `#map=${ZOOM + 2}/${t.lat[i]}/${t.lng[i]}`);
    const v = await mapView(page, t.lng[i], t.lat[i], ZOOM + 2);
    const [bx, by] = pagePoint(v, [t.lng[i], t.lat[i]]);
    // The pick tool: a click on the building selects it, a second one unselects it.
    await page.click('[data-testid="select-tool"] button[data-tool="pick"]');
    await page.mouse.click(bx, by);
    await waitForSelected(page, 1);
    expectTotals(await totals(page), Uint32Array.of(i));
    await page.mouse.click(bx, by);
    await waitForSelected(page, 0);
    // Browse: a click opens the details; Ctrl-click selects.
    await page.click('[data-testid="select-tool"] button[data-tool="browse"]');
    await page.keyboard.down('Control');
    await page.mouse.click(bx, by);
    await page.keyboard.up('Control');
    await waitForSelected(page, 1);
    expect(await page.locator('[data-testid="detail-panel"]').count()).toBe(0);
    await page.click('[data-testid="clear-selection"]');
    await waitForSelected(page, 0);
    await close();
  });

  test('box by shift-drag selects rowsInBox(); not the hidden legend classes; no details open after the drag', async () => {
    // A box, shift-dragged with the browse tool, at a zoom where it holds a few buildings.
    const j = densest();
    const { page, close } = await suite.open(1280, 720);
    await openAt(page, `#map=${ZOOM}/${t.lat[j]}/${t.lng[j]}`);
    const w = await mapView(page, t.lng[j], t.lat[j], ZOOM);
    const cx = w.box.x + w.box.width / 2,
      cy = w.box.y + w.box.height / 2;
    let from: [number, number] = [0, 0],
      to: [number, number] = [0, 0];
    for (let s = 0; s < 30; s++) {
      from = [cx - 90 + s * 2, cy - 60 + s];
      to = [cx + 70 + s * 2, cy + 50 + s];
      if (clearance(w, [from, [to[0], from[1]], to, [from[0], to[1]]], points()) >= 4) break;
    }
    const [west, north] = lngLatAt(w, from[0], from[1]);
    const [east, south] = lngLatAt(w, to[0], to[1]);
    const expected = rowsInBox(t, [west, south, east, north]);
    expect(expected.length).toBeGreaterThan(2);
    await page.keyboard.down('Shift');
    await page.mouse.move(from[0], from[1]);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await waitForSelected(page, expected.length);
    expectTotals(await totals(page), expected);
    expect(await page.locator('[data-testid="detail-panel"]').count()).toBe(0);

    // A legend class hidden is not drawn, so a box does not take it either: a colouring in which
    // the box holds buildings of several classes, and its class with the most of them hidden.
    const year = await shownYear(page);
    const pick = COLOUR_MODES.map((mode) => {
      const c = classify(t, mode, { cutoffYear: DEFAULT_ELIGIBILITY.cutoffYear, year });
      const counts = new Map<number, number>();
      for (const r of expected) counts.set(c.classOf[r], (counts.get(c.classOf[r]) ?? 0) + 1);
      const [j] = [...counts].sort((a, b) => b[1] - a[1])[0];
      return { mode, c, j, several: counts.size > 1 };
    }).find((m) => m.several);
    if (!pick) throw new Error('the box holds one class in every colouring');
    const shown = expected.filter((r) => pick.c.classOf[r] !== pick.j);
    await page.click(`[data-testid="colour-picker"] button[data-mode="${pick.mode}"]`);
    await page.click(`[data-testid="legend"] [data-class="${pick.c.classes[pick.j].key}"]`);
    await page.keyboard.down('Shift');
    await page.mouse.move(from[0], from[1]);
    await page.mouse.down();
    await page.mouse.move(to[0], to[1], { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Shift');
    await waitForSelected(page, shown.length);
    expectTotals(await totals(page), shown);
    await close();
  });

  test('select what the filters keep: a street office, then a street office and grades C or D from a copied link', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?street=${encodeURIComponent('临城街道')}`);
    await waitForData(page, 1);
    const rows = filterByStreet(sample, '临城街道').rows;
    await page.click('[data-testid="select-filtered"]');
    await waitForSelected(page, rows.length);
    expectTotals(await totals(page), rows);
    await waitForMap(page);
    await screenshot(page, 'selection-filtered-1280x720');
    await page.click('[data-testid="clear-selection"]');
    await waitForSelected(page, 0);
    await close();

    // More filter fields (the street office and grades C or D), from a copied link: the same rows
    // as the domain's filter gives.
    const more = await suite.open(1280, 720);
    await more.page.goto(`${suite.url()}?street=${encodeURIComponent('临城街道')}&grade=C,D`);
    await waitForData(more.page, 1);
    const kept = applyFilter(sample, { ...EMPTY_FILTER, street: '临城街道', grades: ['C', 'D'] }, null).rows;
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(rows.length);
    await more.page.click('[data-testid="select-filtered"]');
    await waitForSelected(more.page, kept.length);
    expectTotals(await totals(more.page), kept);
    await more.close();
  });

  test('an entry whose building is not in the data is kept, shown as missing, after a reload too; screenshots of the list and its menu', async () => {
    const { page, close } = await suite.open(1280, 720);
    await openAt(page, '');
    const real = makeEntries(t, keys, Uint32Array.of(0, 1, 2), 2024, TYPE_BIT.basic, '2025-01-01T00:00:00.000Z');
    const gone = {
      ...real[0],
      key: 'NOT-IN-DATA',
      building: { ...real[0].building, id: 'NOT-IN-DATA', households: 7 },
    };
    const file = JSON.stringify({
      kind: LIST_FILE_KIND,
      version: 1,
      exportedAt: '',
      dataset: { files: [] },
      entries: [...real, gone],
    });
    await page.setInputFiles('[data-testid="list-import-input"]', {
      name: 'list.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await page.waitForSelector('[data-testid="list-import-report"][data-entries="4"][data-unmatched="1"]');
    await page.waitForSelector('[data-testid="list-missing"][data-value="1"]');
    const community = real[0].building.community;
    expect(await page.getAttribute(`[data-testid="candidate-list"] tr[data-key="${community}"]`, 'data-missing')).toBe(
      '1',
    );
    expect(
      await page.getAttribute(
        `[data-testid="candidate-list"] tr[data-key="${community}"] td[data-field="buildings"]`,
        'data-value',
      ),
    ).toBe('4');
    await page.click(`[data-testid="candidate-list"] tr[data-key="${community}"] [data-testid="list-expand"]`);
    await page.waitForSelector('[data-testid="list-community-detail"] li[data-key="NOT-IN-DATA"][data-missing="true"]');
    await page.waitForSelector('[data-testid="list-status"][data-saved="true"]');
    await atEachSize(page, async (width, height) => {
      await page.locator('[data-testid="candidate-list"]').scrollIntoViewIfNeeded();
      await screenshot(page, `candidate-list-missing-${width}x${height}`);
    });
    await page.click('[data-testid="list-export-menu"]');
    await page.waitForSelector('[data-testid="list-export-menu-list"]');
    await atEachSize(page, (width, height) => screenshot(page, `candidate-list-export-menu-${width}x${height}`));
    await page.keyboard.press('Escape');

    // A building's types change and it can be removed, one by one.
    const first = `[data-testid="list-community-detail"] li[data-key="${real[0].key}"]`;
    await page.click(`${first} input[data-type="upgrade"]`);
    await page.waitForSelector(
      `[data-testid="candidate-list"] tr[data-key="${community}"] td[data-field="types"][data-value="${TYPE_BIT.basic | TYPE_BIT.upgrade}"]`,
    );
    await page.click(`${first} [data-testid="list-remove-building"]`);
    await page.waitForSelector(
      `[data-testid="candidate-list"] tr[data-key="${community}"] td[data-field="buildings"][data-value="3"]`,
    );
    await page.waitForSelector('[data-testid="list-status"][data-saved="true"]');

    // A save the browser refuses (a full disk, say) says so instead of "saving…"; the next save that works clears it.
    const second = `[data-testid="list-community-detail"] li[data-key="${real[1].key}"] input[data-type="upgrade"]`;
    await page.evaluate(() => {
      const w = window as unknown as { realPut: typeof IDBObjectStore.prototype.put };
      w.realPut = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('the disk is full', 'QuotaExceededError');
      };
    });
    await page.click(second);
    await page.waitForSelector('[data-testid="list-status"][data-failed="true"][data-saved="false"]');
    expect(await page.textContent('[data-testid="list-status"]')).toContain('未能保存到浏览器');
    await page.evaluate(() => {
      IDBObjectStore.prototype.put = (window as unknown as { realPut: typeof IDBObjectStore.prototype.put }).realPut;
    });
    await page.click(second);
    await page.waitForSelector('[data-testid="list-status"][data-failed="false"][data-saved="true"]');

    await page.reload();
    await waitForData(page, 1);
    await page.waitForSelector('[data-testid="list-missing"][data-value="1"]');
    expect(await page.getAttribute('[data-testid="list-count"]', 'data-value')).toBe('3');
    await close();
  });
});
