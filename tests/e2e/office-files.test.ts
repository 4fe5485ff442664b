/**
 * Files as offices send them, through the page's file input in real Chromium (the import worker):
 * an .xlsx, an .xls, a WPS CSV in GBK and Excel's "Unicode text" with a title, a two-row merged header,
 * section headings, 小计, 合计 and a footer give the same street table as the plain CSV of the same
 * buildings; the report lists the skipped rows by line. And the column-matching dialog lets the user
 * pick the header row when none is recognisable, each column matched on its own.
 */
import { describe, expect, test } from 'vitest';
import {
  officeGbkCsv,
  officeRows,
  officeSheet,
  officeUtf16Text,
  officeXls,
  officeXlsx,
  plainCsv,
} from '../fixtures/office-files.ts';
import { atEachSize, readSummaryTable, screenshot, useAppSuite, waitForData } from './harness.ts';

const suite = useAppSuite();
const rows = officeRows();
const sheet = officeSheet(rows);

describe('office files through the file input', () => {
  test('.xlsx, .xls, WPS GBK CSV and UTF-16 text each give the plain CSV’s street table; skipped rows listed by line', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const load = async (name: string, bytes: Uint8Array, n: number) => {
      await page.setInputFiles('[data-testid="file-input"]', [
        { name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) },
      ]);
      await waitForData(page, n);
      return readSummaryTable(page);
    };
    const plain = await load('plain.csv', new TextEncoder().encode(plainCsv(rows)), 2);
    expect(plain.rows.map((r) => r.key).sort()).toEqual(['周营镇', '沙沟镇', '陶庄镇']);
    const formats: [string, Uint8Array][] = [
      ['汇总表.xlsx', await officeXlsx(sheet)],
      ['汇总表.xls', await officeXls(sheet)],
      ['汇总表-WPS.csv', officeGbkCsv(sheet)],
      ['汇总表-Unicode.txt', officeUtf16Text(sheet)],
    ];
    let n = 2;
    for (const [name, bytes] of formats) {
      const got = await load(name, bytes, ++n);
      expect([name, got]).toEqual([name, plain]);
    }
    // The last file's report: the header found on lines 3–4, every skipped row by line and kind.
    await page.click('[data-testid="import-report-toggle"]');
    const skipped = page.locator('[data-testid="skipped-rows"]');
    expect(await skipped.locator('.header-found').textContent()).toBe('汇总表-Unicode.txt：表头在第 3–4 行');
    const listed = await skipped
      .locator('li')
      .evaluateAll((els) =>
        els.map((e) => ({ line: Number(e.getAttribute('data-line')), code: e.getAttribute('data-code') })),
      );
    expect(listed).toEqual(sheet.expectSkipped);
    expect(await skipped.locator('li').first().textContent()).toContain('标题行');
    await skipped.scrollIntoViewIfNeeded();
    await atEachSize(page, (w, h) => screenshot(page, `office-file-report-${w}x${h}`));
    await close();
  });

  test('no recognisable header: the dialog offers the file’s rows, a row picked becomes the header, columns match one at a time', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    // A title merged over every column (written in each cell, as some tools save it), then headers nobody knows.
    const title = Array(4).fill('某街道2024年改造楼栋表').join(',');
    const csv = [title, 'C1,C2,C3,C4', 'S-1,东风小区,117.2502,34.8101', 'S-2,东风小区,117.2504,34.8102', ''].join(
      '\r\n',
    );
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: 'titled.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) },
    ]);
    const dialog = page.locator('[data-testid="column-match-dialog"]');
    await dialog.waitFor();
    const picker = dialog.locator('[data-testid="column-match-header-line"]');
    // Nothing recognisable: the title merged over the columns is passed over, the row of columns taken.
    expect(await picker.inputValue()).toBe('2');
    const headersShown = () =>
      dialog
        .locator('select[data-testid="column-select"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-header')));
    const chosen = () =>
      dialog
        .locator('select[data-testid="column-select"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
    expect(await headersShown()).toEqual(['C1', 'C2', 'C3', 'C4']);
    // The title row picked as the header: its repeated cells told apart, so each is matched on its own.
    await picker.selectOption('1');
    expect(await headersShown()).toEqual([
      '某街道2024年改造楼栋表',
      '某街道2024年改造楼栋表 #2',
      '某街道2024年改造楼栋表 #3',
      '某街道2024年改造楼栋表 #4',
    ]);
    await page.selectOption('select[data-header="某街道2024年改造楼栋表 #3"]', 'lng');
    expect(await chosen()).toEqual(['', '', 'lng', '']);
    // Back to line 2: the columns are read again from it, with the rows under it as preview.
    await picker.selectOption('2');
    expect(await headersShown()).toEqual(['C1', 'C2', 'C3', 'C4']);
    expect(await chosen()).toEqual(['', '', '', '']);
    expect(await dialog.locator('tr[data-header="C3"] .match-value').allTextContents()).toEqual([
      '117.2502',
      '117.2504',
    ]);
    await screenshot(page, 'column-match-header-line-1280x720');
    await page.selectOption('select[data-header="C1"]', 'id');
    await page.selectOption('select[data-header="C3"]', 'lng');
    await page.selectOption('select[data-header="C4"]', 'lat');
    await page.click('[data-testid="column-match-load"]');
    await waitForData(page, 2);
    await page.click('[data-testid="import-report-toggle"]');
    const loaded = page.locator('tr[data-file="titled.csv"] td[data-field="rowsLoaded"]');
    expect(await loaded.getAttribute('data-value')).toBe('2');
    expect(await page.locator('[data-testid="skipped-rows"] li[data-line="1"]').getAttribute('data-code')).toBe(
      'title-row',
    );
    await close();
  });
});
