/**
 * Whole-app test harness: build the app, serve dist/ with `vite preview`, drive Debian's Chromium
 * with playwright-core, and fail on any console error, page error or request off the server.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { importFiles, type Dataset } from '../../src/io/import-files.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENS = join(ROOT, 'test-results/screens');
const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

/**
 * Build dist/ (a few seconds). Vitest sets NODE_ENV=test, and vite build would pass that on to
 * React (its development build): build as production, as users get it.
 */
export function buildApp(): void {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'error'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => ok(port));
    });
  });
}

async function waitForHttp(url: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface Served {
  url: string;
  server: ChildProcess;
}

/** Start `vite preview` on a free port (the node process itself, so its pid is the server's). */
export async function servePreview(): Promise<Served> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, server, 30_000);
  return { url, server };
}

export function stopPreview(s: Served | undefined): void {
  if (s?.server.pid !== undefined && s.server.exitCode === null) s.server.kill('SIGTERM');
}

export function launchChromium(): Promise<Browser> {
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
export async function openPage(
  browser: Browser,
  origin: string,
  width: number,
  height: number,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], offline: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !IGNORED.test(msg.text())) problems.errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.errors.push(`pageerror: ${err.message}`));
  page.on('request', (req) => {
    const u = req.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) problems.offline.push(u);
  });
  return { context, page, problems };
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
    const boxes = sel
      .map((s) => [s, document.querySelector(s)?.getBoundingClientRect()] as const)
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
