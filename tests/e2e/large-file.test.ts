/**
 * Big files through the page's file input in real Chromium. A 500 MB CSV of the sample's rows
 * (about 3.7 million buildings, more than the page holds) is refused from its first 64 KB with a
 * message that names it, its size and the limit, while the district on screen stays and the page
 * answers; a 90 MB CSV of long rows (40 000 buildings with a long 备注) is streamed by the worker
 * a slice at a time, the page answering and the progress bar moving while it reads, and ends
 * with the same table as the same file imported in Node.
 */
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { BROWSER_LIMITS } from '../../src/io/file-limits.ts';
import {
  ROOT,
  importFromDisk,
  readSummaryTable,
  screenshot,
  waitForData,
  expectTableEquals,
  KPI_FIELDS,
  kpiValue,
  useAppSuite,
} from './harness.ts';

const suite = useAppSuite();
const dir = mkdtempSync(join(tmpdir(), 'atlas-large-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sampleText = readFileSync(join(ROOT, 'data/sample/buildings.csv'), 'utf8').replace(/^\uFEFF/, '');
const [header, ...sampleRows] = sampleText.split(/\r?\n/).filter((l) => l !== '');

/** Write `header` then rows from `row(k)` until the file reaches `bytes`; returns the path. */
function writeCsv(name: string, head: string, row: (k: number) => string, bytes: number): string {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  let written = writeSync(fd, head + '\r\n');
  let chunk: string[] = [];
  for (let k = 0; written < bytes; k++) {
    chunk.push(row(k));
    if (chunk.length === 5000) {
      written += writeSync(fd, chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  if (chunk.length > 0) writeSync(fd, chunk.join('\r\n') + '\r\n');
  closeSync(fd);
  return path;
}

async function figures(page: import('playwright-core').Page): Promise<Record<string, number>> {
  const out: Record<string, number> = {
    shown: Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total')),
  };
  for (const f of KPI_FIELDS) out[f] = await kpiValue(page, f);
  return out;
}

describe('big files', () => {
  test('a 500 MB CSV is refused before parsing, with its name, size and the limit; the district on screen stays and the page answers', async () => {
    // The sample's rows again and again, ids made unique: ~140 bytes a building.
    const path = writeCsv(
      '全市楼栋.csv',
      header,
      (k) => sampleRows[k % sampleRows.length].replace(/^[^,]*/, `R${k}`),
      500 * 2 ** 20,
    );
    expect(statSync(path).size).toBeGreaterThanOrEqual(500 * 2 ** 20);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const before = await figures(page);
    const tableBefore = await readSummaryTable(page);
    await page.setInputFiles('[data-testid="file-input"]', path);
    const error = page.locator('[data-testid="load-error"]');
    await error.waitFor({ timeout: 30_000 });
    const text = (await error.textContent()) ?? '';
    expect(text).toContain('全市楼栋.csv');
    expect(text).toMatch(/50\d MB/);
    expect(text).toContain(`${BROWSER_LIMITS.rows / 10_000} 万行`);
    expect(text).toContain('已载入的数据不变');
    // No second dataset arrived, and the first is still what the page shows and counts.
    expect(await page.evaluate(() => performance.getEntriesByName('atlas:data-ready').length)).toBe(1);
    expect(await figures(page)).toEqual(before);
    expect(await readSummaryTable(page)).toEqual(tableBefore);
    // The page still works: a filter still filters.
    await page.selectOption('[data-testid="street-picker"]', { index: 1 });
    await page.waitForFunction(
      (n) => Number(document.querySelector('[data-testid="shown-count"]')?.getAttribute('data-shown')) < n,
      before.shown,
    );
    await screenshot(page, 'large-file-refused');
    await close();
  });

  test('a 90 MB CSV of long rows is streamed in the worker: the page answers and the bar moves while it reads; the table equals Node’s', async () => {
    const note = '该楼栋外墙保温层局部脱落，屋面防水老化渗漏，楼道照明与消防设施需更新；'.repeat(28);
    const path = writeCsv(
      '长备注楼栋.csv',
      header + ',备注',
      (k) => `${sampleRows[k % sampleRows.length].replace(/^[^,]*/, `L${k}`)},${note}${k}`,
      90 * 2 ** 20,
    );
    const size = statSync(path).size;
    const inNode = importFromDisk([path]);
    expect(inNode.report.rowsLoaded).toBeGreaterThan(30_000);
    expect(inNode.report.rowsLoaded).toBe(inNode.report.rowsRead);
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', path);
    // Each look is a round trip to the page's main thread: it answers while the worker reads.
    const seen: number[] = [];
    for (;;) {
      const now = await page.evaluate(() => ({
        ready: performance.getEntriesByName('atlas:data-ready').length,
        pct: document.querySelector('[data-testid="load-progress"]')?.getAttribute('aria-valuenow') ?? null,
      }));
      if (now.pct !== null) seen.push(Number(now.pct));
      if (now.ready >= 2) break;
      await page.waitForTimeout(100);
    }
    expect(seen.some((p) => p > 0 && p < 100)).toBe(true);
    expect(Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total'))).toBe(inNode.buildings.length);
    expectTableEquals(await readSummaryTable(page), summarize(inNode, { by: 'street', year: null }));
    expect(size).toBeGreaterThan(85 * 2 ** 20);
    await close();
  });
});
