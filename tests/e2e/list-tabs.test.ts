/**
 * The candidate list (项目库) in two tabs and through a tab closed mid-save, in real Chromium.
 * One browser context (one profile's storage) throughout:
 * - a list stored by the first version of the page (IndexedDB version 1, the whole list in one
 *   record) opens with every entry;
 * - two tabs on the same list add two street offices' buildings at the same moment: both tabs,
 *   and a reload, show both streets' buildings (each add is written entry by entry, and a tab
 *   reads the list again when another tab wrote it);
 * - a tab closed within 50 ms of an add (at once, and 40 ms later) either has the add when the
 *   list is opened again, or never said 已保存 (saved is said only once the write's transaction
 *   has completed).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { buildingKeys, makeEntries } from '../../src/domain/candidate-list.ts';
import { filterByStreet } from '../../src/domain/filter-rows.ts';
import { TYPE_BIT } from '../../src/domain/vocabulary.ts';
import { datasetIdentity } from '../../src/state/persist/persist-idb.ts';
import { ROOT, importFromDisk, useAppSuite, waitForData, type Opened } from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);
const keys = buildingKeys(sample.buildings, sample.fileNames);
const streetKeys = (street: string): string[] => [...filterByStreet(sample, street).rows].map((r) => keys.keys[r]);

/** Store a list the way version 1 of the page did, before the page first opens the database. */
async function seedVersion1(page: Page, record: object): Promise<void> {
  const url = suite.url();
  await page.route(url, (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>v1</title>' }));
  await page.goto(url);
  await page.evaluate(
    (rec) =>
      new Promise<void>((ok, fail) => {
        const req = indexedDB.open('renovation-atlas', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('candidate-lists', { keyPath: 'identity' });
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction('candidate-lists', 'readwrite');
          tx.objectStore('candidate-lists').put(rec);
          tx.oncomplete = () => (req.result.close(), ok());
          tx.onerror = () => fail(tx.error);
        };
      }),
    record,
  );
  await page.unroute(url);
}

/** Open the app at `query`, wait for its stored list. */
async function openList(page: Page, query = ''): Promise<void> {
  await page.goto(`${suite.url()}${query}`);
  await waitForData(page, 1);
  await page.waitForSelector('[data-testid="list-status"][data-storage="stored"]', { timeout: 30_000 });
}

/** How many entries the list the page shows has. */
async function listCount(page: Page): Promise<number> {
  return Number(await page.getAttribute('[data-testid="list-count"]', 'data-value'));
}

async function waitForCount(page: Page, n: number): Promise<void> {
  try {
    await page.waitForSelector(`[data-testid="list-count"][data-value="${n}"]`, { timeout: 20_000 });
  } catch (e) {
    throw new Error(`waited for ${n} entries in the list, the page shows ${await listCount(page)}`, { cause: e });
  }
}

/** Select a street office's buildings (the street picker, then 选中筛选结果) and open the add form. */
async function selectStreet(page: Page, street: string, n: number): Promise<void> {
  await page.selectOption('[data-testid="street-picker"]', street);
  await page.click('[data-testid="select-filtered"]');
  await page.waitForSelector(`[data-testid="selection-totals"][data-buildings="${n}"]`, { timeout: 20_000 });
  await page.click('[data-testid="add-to-list-open"]');
}

/**
 * Add a street office's buildings in `tab` and close it `ms` later, whatever its status says; open
 * the list again in a new tab beside `home` (the same profile): the add is there, or the closed tab
 * never said 已保存. The new tab, the list's size in it, and what the closed tab said.
 */
async function closeAfterAdd(
  home: Opened,
  tab: Opened,
  street: string,
  before: number,
  ms: number,
): Promise<{ tab: Opened; count: number; said: string }> {
  const n = streetKeys(street).length;
  await selectStreet(tab.page, street, n);
  // The click, the wait and the reading in the page itself: no round trip to the test between them.
  const status = await tab.page.evaluate(async (wait) => {
    document.querySelector<HTMLButtonElement>('[data-testid="add-to-list"]')?.click();
    await new Promise((r) => setTimeout(r, wait));
    const el = document.querySelector('[data-testid="list-status"]');
    return { text: el?.textContent ?? '', saved: el?.getAttribute('data-saved') === 'true' };
  }, ms);
  await tab.close();
  expect(status.text.includes('已保存'), 'the words and data-saved agree').toBe(status.saved);
  const again = await suite.openTab(home);
  await openList(again.page);
  const count = await listCount(again.page);
  expect([before, before + n]).toContain(count);
  if (status.saved) expect(count, `said ${status.text}, so the add must be stored`).toBe(before + n);
  return { tab: again, count, said: `"${status.text}", ${count === before ? 'not stored' : 'stored'}` };
}

/** Five page loads in one profile: about 40 s alone, twice that beside other e2e files on two cores. */
const SLOW = { timeout: 240_000 };

describe('the candidate list in two tabs and through a closed tab', () => {
  test(
    'a version 1 list opens whole; two tabs add two streets at once: both tabs and a reload have both; a tab closed 0 or 40 ms after an add has it, or never said 已保存',
    SLOW,
    async ({ annotate }) => {
      const [s1, s2] = ['常庄街道', '新城街道'].map(streetKeys);
      const seeded = makeEntries(
        sample.buildings,
        keys,
        filterByStreet(sample, '沙沟镇').rows.slice(0, 3),
        2024,
        TYPE_BIT.basic,
        '2025-01-01T00:00:00.000Z',
      );
      const a = await suite.open(1280, 720);
      await seedVersion1(a.page, {
        identity: datasetIdentity(sample),
        files: sample.fileNames,
        entries: seeded,
        savedAt: '2025-01-01T00:00:00.000Z',
      });

      // Tab A opens the version 1 list; tab B, on the same data, the same list.
      await openList(a.page);
      await waitForCount(a.page, 3);
      const b = await suite.openTab(a);
      await openList(b.page);
      await waitForCount(b.page, 3);

      // Each tab a street office of its own, added at the same moment.
      await selectStreet(a.page, '常庄街道', s1.length);
      await selectStreet(b.page, '新城街道', s2.length);
      await Promise.all([a.page.click('[data-testid="add-to-list"]'), b.page.click('[data-testid="add-to-list"]')]);
      const both = 3 + s1.length + s2.length;
      for (const p of [a.page, b.page]) {
        await waitForCount(p, both);
        await p.waitForSelector('[data-testid="list-status"][data-saved="true"]');
      }
      await a.page.reload();
      await waitForData(a.page, 1);
      await waitForCount(a.page, both);

      // Tab B adds a third street office and is closed at once; the tab opened instead adds a
      // fourth and is closed 40 ms later. Each time the list opened again has the add, or the
      // closed tab never said 已保存.
      const first = await closeAfterAdd(a, b, '邹坞镇', both, 0);
      const second = await closeAfterAdd(a, first.tab, '陶庄镇', first.count, 40);
      await annotate(`closed at 0 ms: ${first.said}; at 40 ms: ${second.said}`);
      await second.tab.close();
      await a.close();
    },
  );
});
