/**
 * The e2e harness, one module for every e2e file. The app is built and served once per run
 * (tests/e2e/global-setup.ts); useAppSuite() gives a file its hooks: the data files it serves copied
 * next to the app, a Chromium of its own, pages that fail the test on any console error, page error
 * or request off the server (except what the test says it expects), and helpers that read the page.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { summarize, type SummarizeOptions, type Summary, type SummaryRow } from '../../src/domain/aggregate.ts';
import { overdueMask, scheduleOf } from '../../src/domain/schedule.ts';
import { importFiles } from '../../src/io/import-files.ts';
import type { Dataset } from '../../src/domain/dataset.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENS = join(ROOT, 'test-results/screens');

/** Where served data files go, next to the built app (a test folder: nothing of this ships). */
export const SERVED_DIR = 'e2e-data';

/** A page a suite opened, and its problems so far: close() closes its context (its own storage) too. */
export interface Opened {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  close: () => Promise<void>;
}

export interface Suite {
  /** The server's address, e.g. http://127.0.0.1:41234/ */
  url(): string;
  /**
   * A fresh page (its own storage) at a window size. `offline`: requests off the server that this
   * page may make (tile hosts a test answers with page.route); any other fails the test.
   */
  open(width: number, height: number, opts?: { offline?: RegExp }): Promise<Opened>;
  /**
   * As open(), for a server of the test's own at `origin` (the dev server of dev-server.test.ts):
   * the same checks, requests off that origin counted as leaving the server.
   */
  openAt(origin: string, width: number, height: number, opts?: { offline?: RegExp }): Promise<Opened>;
  /**
   * Another page (a second tab) in the context of a page open() gave: the same storage. Its
   * problems count as that page's do; closing it leaves the context open.
   */
  openTab(opened: Opened): Promise<Opened>;
  /** Console errors matching this are expected in the current test (a fetch that must fail). */
  expectErrors(pattern: RegExp): void;
}

/**
 * Copy `files` into the shared build's e2e-data/ folder. Every e2e file serves from the same
 * folder, so a name another file already put there with other bytes is refused, not overwritten.
 */
function serveFiles(dist: string, files: readonly string[]): void {
  const dir = join(dist, SERVED_DIR);
  mkdirSync(dir, { recursive: true });
  for (const f of files) {
    const to = join(dir, basename(f));
    const bytes = readFileSync(f);
    if (existsSync(to) && !readFileSync(to).equals(bytes))
      throw new Error(`${SERVED_DIR}/${basename(f)} is already served with other bytes: give ${f} another name`);
    copyFileSync(f, to);
  }
}

/**
 * Set up the hooks of an e2e file: `serve` files are copied to the app's e2e-data/ folder, a
 * Chromium is launched for the file, and after each test the pages it opened must have seen no
 * console error, page error or request off the server.
 */
export function useAppSuite(serve: readonly string[] = []): Suite {
  let url: string | undefined;
  let browser: Browser | undefined;
  const seen: { problems: PageProblems; offline?: RegExp }[] = [];
  let expected: RegExp | null = null;

  beforeAll(async () => {
    const dist = inject('e2eDist');
    if (!dist) throw new Error('no app served: run e2e files as the e2e project of vitest.config.ts (its globalSetup)');
    serveFiles(dist, serve);
    url = inject('e2eUrl');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(() => {
    const pages = seen.splice(0);
    const errors = pages.flatMap((p) => p.problems.errors).filter((e) => !expected?.test(e));
    expected = null;
    expect(errors, 'console or page errors').toEqual([]);
    expect(
      pages.flatMap((p) => p.problems.offline.filter((u) => !p.offline?.test(u))),
      'requests that left the server',
    ).toEqual([]);
  });

  return {
    url: () => {
      if (!url) throw new Error('not started');
      return url;
    },
    async open(width, height, opts = {}) {
      if (!browser || !url) throw new Error('not started');
      const opened = await openPage(browser, url, width, height);
      seen.push({ problems: opened.problems, offline: opts.offline });
      return { ...opened, close: () => opened.context.close() };
    },
    async openAt(origin, width, height, opts = {}) {
      if (!browser) throw new Error('not started');
      const opened = await openPage(browser, origin, width, height);
      seen.push({ problems: opened.problems, offline: opts.offline });
      return { ...opened, close: () => opened.context.close() };
    },
    async openTab(opened) {
      if (!url) throw new Error('not started');
      const page = await opened.context.newPage();
      const problems = watchPage(page, url);
      seen.push({ problems });
      return { page, context: opened.context, problems, close: () => page.close() };
    },
    expectErrors(pattern) {
      expected = pattern;
    },
  };
}

function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Console errors and page errors seen, and requests that left the server. */
export interface PageProblems {
  errors: string[];
  offline: string[];
}

/** luma.gl reports a harmless shader reflection message at debug level: not an error of ours. */
const IGNORED = /uniform block reflection failed|luma\.gl/i;

/** A fresh page at a window size, with its problems recorded. */
async function openPage(
  browser: Browser,
  origin: string,
  width: number,
  height: number,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  return { context, page, problems: watchPage(page, origin) };
}

/** Record a page's console errors, page errors and requests off the server. */
function watchPage(page: Page, origin: string): PageProblems {
  const problems: PageProblems = { errors: [], offline: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !IGNORED.test(msg.text())) problems.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.offline.push(u);
  });
  return problems;
}

/** Wait until the page has marked `count` datasets ready. */
export async function waitForData(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => performance.getEntriesByName('atlas:data-ready').length >= n, count, {
    timeout: 60_000,
  });
}

/** Wait until the map has drawn what it was last given. */
export async function waitForMap(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="atlas-map"][data-map-idle="true"] canvas', { timeout: 60_000 });
}

/** The plan year the page shows; null = every year. */
export async function shownYear(page: Page): Promise<number | null> {
  const v = await page.getAttribute('[data-testid="year-picker"]', 'data-value');
  return v === null || v === 'all' ? null : Number(v);
}

export interface TableRow {
  key: string;
  values: Record<string, number>;
}

/** The street-summary table as the page holds it: body rows and the totals row, raw numbers. */
export async function readSummaryTable(page: Page): Promise<{ rows: TableRow[]; total: TableRow }> {
  return page.$eval('table[data-testid="street-summary"]', (table) => {
    const read = (tr: Element) => {
      const values: Record<string, number> = {};
      for (const td of tr.querySelectorAll('td[data-field]'))
        values[td.getAttribute('data-field') ?? ''] = Number(td.getAttribute('data-value'));
      return { key: tr.getAttribute('data-key') ?? '', values };
    };
    const foot = table.querySelector('tfoot tr[data-key="合计"]');
    if (!foot) throw new Error('no totals row');
    return { rows: [...table.querySelectorAll('tbody tr')].map(read), total: read(foot) };
  });
}

/** Show one of the summary table's column sets (现状 stock, 计划 programme, 进度 progress, 全部 all). */
export async function showColumns(page: Page, set: 'stock' | 'programme' | 'progress' | 'all'): Promise<void> {
  await page.click(`[data-testid="column-set"] button[data-set="${set}"]`);
  await page.waitForSelector(`[data-testid="street-summary"][data-columns="${set}"]`);
}

/** Read files from disk the way the CLI does. */
export function importFromDisk(paths: readonly string[]): Dataset {
  return importFiles(
    paths.map((p) => {
      const b = readFileSync(p);
      return { name: p.split('/').pop() ?? p, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) };
    }),
  );
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${name}.png`), fullPage: false });
}

/** The window sizes a layout is checked at: the projector's, and a desktop monitor's. */
export const LAYOUT_SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

/**
 * Check the page as it stands now at each window size: resize it, wait until the map has been drawn
 * at that size, run `check` (layout faults, a screenshot), then go back to the size it had. What the
 * page computes does not depend on the window, so a flow runs once and its layout is checked at every
 * size, as when a window is moved onto the projector, instead of the whole flow again in a second page.
 */
export async function atEachSize(
  page: Page,
  check: (width: number, height: number) => Promise<void>,
  sizes: readonly (readonly [number, number])[] = LAYOUT_SIZES,
): Promise<void> {
  const had = page.viewportSize();
  for (const [width, height] of sizes) {
    await resizeTo(page, width, height);
    await check(width, height);
  }
  if (had) await resizeTo(page, had.width, had.height);
}

/** Resize the window; resolves once the map's canvas has the map frame's new size and two frames have passed. */
async function resizeTo(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  await page.waitForFunction(() => {
    const frame = document.querySelector('[data-testid="atlas-map"]');
    const canvas = frame?.querySelector('canvas.maplibregl-canvas');
    if (!frame || !(canvas instanceof HTMLCanvasElement)) return true; // no map on this page
    return (
      Math.abs(canvas.clientWidth - frame.clientWidth) < 1 && Math.abs(canvas.clientHeight - frame.clientHeight) < 1
    );
  });
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/** Layout faults: horizontal overflow of the page, and pairs of main regions that overlap. */
export async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > doc.clientWidth + 1)
      faults.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    const sel = [
      '.header-bar',
      '.status-line',
      '.kpis',
      '.table-panel',
      '.map-panel',
      '.legend',
      '.report-panel',
      ...[...document.querySelectorAll('.kpi')].map((_, i) => `.kpi:nth-child(${i + 1})`),
    ];
    // What of an element is on screen: its box cut by every ancestor that scrolls or clips
    // (the figures column scrolls on its own, so a panel scrolled out of it is not over the page).
    const visibleBox = (el: Element | null): DOMRect | undefined => {
      if (!el) return undefined;
      const r = el.getBoundingClientRect();
      let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
      for (let a = el.parentElement; a; a = a.parentElement) {
        if (getComputedStyle(a).overflow === 'visible') continue;
        const c = a.getBoundingClientRect();
        [left, top, right, bottom] = [
          Math.max(left, c.left),
          Math.max(top, c.top),
          Math.min(right, c.right),
          Math.min(bottom, c.bottom),
        ];
      }
      return new DOMRect(left, top, Math.max(0, right - left), Math.max(0, bottom - top));
    };
    const boxes = sel
      .map((s) => [s, visibleBox(document.querySelector(s))] as const)
      .filter((b): b is readonly [string, DOMRect] => b[1] !== undefined);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const [sa, a] = boxes[i];
        const [sb, b] = boxes[j];
        const inside = (sa === '.kpis' && sb.startsWith('.kpi:')) || (sa === '.map-panel' && sb === '.legend');
        if (inside) continue;
        const overlap =
          Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
          Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        if (overlap) faults.push(`${sa} overlaps ${sb}`);
      }
    }
    // Text cut off inside a KPI card or a table cell.
    for (const el of document.querySelectorAll(
      '.kpi-value, .kpi-label, .kpi-target, .summary-table td, .summary-table th',
    )) {
      if (el.scrollWidth > el.clientWidth + 1)
        faults.push(`clipped: ${el.className || el.tagName} "${el.textContent}"`);
    }
    return faults;
  });
}

/** A file the page handed the browser to download: its suggested name and its bytes. */
export interface Downloaded {
  name: string;
  bytes: Buffer;
}

/** Click an export (opening its menu first when given) and read the download it makes. */
export async function download(page: Page, item: string, menu?: string): Promise<Downloaded> {
  if (menu) {
    await page.click(`[data-testid="${menu}"]`);
    await page.waitForSelector(`[data-testid="${menu}-list"]`);
  }
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${item}"]`),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/**
 * Move the pointer to the map's centre (where a test has put a building with `#map=`) and wait for
 * the building's tooltip; returns the centre, for clicks, and the tooltip.
 */
export async function hoverMapCentre(
  page: Page,
): Promise<{ centre: { x: number; y: number }; tip: ReturnType<Page['locator']> }> {
  const box = await page.locator('[data-testid="atlas-map"]').boundingBox();
  if (!box) throw new Error('no map');
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(centre.x, centre.y);
  const tip = page.locator('[data-testid="map-tooltip"][data-kind="building"]');
  await tip.waitFor({ timeout: 20_000 });
  return { centre, tip };
}

/**
 * The table's shown fields of each row and the totals row equal the summary's. The overdue
 * columns are left out unless `overdue` is set: they are judged on a day (today, when no as-of
 * date is chosen), which a summary without summarize()'s `overdue` mask does not know;
 * schedule.test.ts checks them on fixed days.
 */
export function expectTableEquals(
  table: Awaited<ReturnType<typeof readSummaryTable>>,
  summary: Summary,
  overdue = false,
): void {
  const fields = (Object.keys(table.total.values) as (keyof SummaryRow)[]).filter(
    (f) => overdue || !f.startsWith('overdue'),
  );
  expect(fields.length).toBeGreaterThan(5);
  const pick = (r: SummaryRow) => ({ key: r.key, values: Object.fromEntries(fields.map((f) => [f, r[f]])) });
  const shown = (r: (typeof table.rows)[number]) => ({
    key: r.key,
    values: Object.fromEntries(fields.map((f) => [f, r.values[f]])),
  });
  expect(table.rows.map(shown)).toEqual(summary.groups.map(pick));
  expect(shown(table.total)).toEqual({ ...pick(summary.total), key: '合计' });
}

/**
 * summarize() as the page shows it with no as-of day chosen: the recorded stages, overdue
 * judged today against the data's programmes (src/state/selectors/schedule-selectors.ts does the same).
 */
export function summaryToday(d: Dataset, opts: SummarizeOptions): Summary {
  const sch = scheduleOf(
    d.buildings,
    d.buildings.stage,
    d.programmes,
    Math.floor(Date.now() / 86_400_000),
    opts.year ?? null,
  );
  return summarize(d, { ...opts, overdue: overdueMask(sch) });
}

/** A KPI figure's raw value. */
export async function kpiValue(page: Page, field: string): Promise<number> {
  return Number(await page.getAttribute(`[data-testid="kpi-${field}"]`, 'data-value'));
}

/** The KPI fields the cards carry, each equal to the same field of summarize()'s total. */
export const KPI_FIELDS = [
  'programmeCommunities',
  'programmeBuildings',
  'programmeHouseholds',
  'programmeFloorAreaM2',
  'startedHouseholds',
  'completedHouseholds',
  'completionRateHouseholds',
  'startedCommunities',
  'completedCommunities',
  'completionRateCommunities',
] as const;
