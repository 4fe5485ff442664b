/**
 * One e2e file's life: build the app into its own folder (so that another build of dist/, say a
 * colleague's test run, cannot pull the files from under it), copy the data files it serves next
 * to the app, serve with `vite preview`, launch Chromium; every page it opens fails the test on a
 * console error or a request off the server (except errors the test says it expects).
 */
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { summarize, type SummarizeOptions, type Summary, type SummaryRow } from '../../src/domain/aggregate.ts';
import { overdueMask, scheduleOf } from '../../src/domain/schedule.ts';
import type { Dataset } from '../../src/io/import-files.ts';
import {
  ROOT,
  launchChromium,
  openPage,
  readSummaryTable,
  stopPreview,
  type PageProblems,
  type Served,
} from './harness.ts';

const VITE = join(ROOT, 'node_modules/vite/bin/vite.js');

/** Where served data files go, next to the built app (a test folder: nothing of this ships). */
export const SERVED_DIR = 'e2e-data';

export interface Suite {
  /** The server's address, e.g. http://127.0.0.1:41234/ */
  url(): string;
  /** A fresh page (its own storage) at a window size. */
  open(width: number, height: number): Promise<{ page: Page; close: () => Promise<void> }>;
  /** Console errors matching this are expected in the current test (a fetch that must fail). */
  expectErrors(pattern: RegExp): void;
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

/** Build as users get it (production React), into `outDir`. */
function buildInto(outDir: string): void {
  execFileSync(process.execPath, [VITE, 'build', '--logLevel', 'error', '--outDir', outDir, '--emptyOutDir'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

async function serveFrom(outDir: string): Promise<Served> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [VITE, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', outDir],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  const url = `http://127.0.0.1:${port}/`;
  for (const until = Date.now() + 30_000; ;) {
    if (server.exitCode !== null) throw new Error(`vite preview exited with code ${server.exitCode}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { url, server };
    if (Date.now() > until) throw new Error(`vite preview did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Set up the hooks of an e2e file named `name`: the app is built into test-results/e2e-dist/NAME
 * and `serve` files are copied to its e2e-data/ folder.
 */
export function useAppSuite(name: string, serve: readonly string[] = []): Suite {
  let served: Served | undefined;
  let browser: Browser | undefined;
  const seen: PageProblems[] = [];
  let expected: RegExp | null = null;

  beforeAll(async () => {
    const outDir = join(ROOT, 'test-results/e2e-dist', name);
    buildInto(outDir);
    const dir = join(outDir, SERVED_DIR);
    mkdirSync(dir, { recursive: true });
    for (const f of serve) copyFileSync(f, join(dir, basename(f)));
    served = await serveFrom(outDir);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    stopPreview(served);
  });

  afterEach(() => {
    const problems = seen.splice(0);
    const errors = problems.flatMap((p) => p.errors).filter((e) => !expected?.test(e));
    expected = null;
    expect(errors, 'console or page errors').toEqual([]);
    expect(
      problems.flatMap((p) => p.offline),
      'requests that left the server',
    ).toEqual([]);
  });

  return {
    url: () => {
      if (!served) throw new Error('not started');
      return served.url;
    },
    async open(width, height) {
      if (!browser || !served) throw new Error('not started');
      const opened = await openPage(browser, served.url, width, height);
      seen.push(opened.problems);
      return { page: opened.page, close: () => opened.context.close() };
    },
    expectErrors(pattern) {
      expected = pattern;
    },
  };
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
 * judged today against the data's programmes (src/state/schedule-selectors.ts does the same).
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
