/**
 * Next year's programme can be drawn up in December (issue 13): the plan-year picker offers next
 * calendar year and the one after whatever the data's newest programme is; choosing next year and
 * setting its households target in 年度计划 puts the target beside the card, kept over a reload.
 */
import { describe, expect, test } from 'vitest';
import { useAppSuite, waitForData } from './harness.ts';

const suite = useAppSuite();

describe('plan years', () => {
  test('the picker offers next year and the year after; a target set for next year stands beside its card', async () => {
    const next = new Date().getFullYear() + 1;
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    const offered = await page.$$eval('[data-testid="year-picker"] option', (os) =>
      os.map((o) => (o as HTMLOptionElement).value),
    );
    expect(offered).toContain(String(next));
    expect(offered).toContain(String(next + 1));
    await page.selectOption('[data-testid="year-picker"]', String(next));
    await page.waitForSelector(`[data-testid="year-picker"][data-value="${next}"]`);
    await page.click('[data-testid="programme-button"]');
    await page.locator('[data-testid="programme-dialog"]').waitFor();
    await page.fill('[data-testid="programme-name"]', `${next}年度城镇老旧小区改造计划`);
    await page.fill('[data-testid="programme-target-households"]', '5000');
    await page.click('[data-testid="programme-save"]');
    await page.locator('[data-testid="programme-message"]').waitFor();
    await page.click('[data-testid="programme-close"]');
    const target = '[data-testid="kpi-programmeHouseholds-target"]';
    await page.waitForSelector(target);
    expect(Number(await page.getAttribute(target, 'data-value'))).toBe(5000);
    // The address holds the year, and a reload opens on it with the target kept in this browser.
    expect(new URL(page.url()).searchParams.get('year')).toBe(String(next));
    await page.reload();
    await waitForData(page, 1);
    await page.waitForSelector(`[data-testid="year-picker"][data-value="${next}"]`);
    expect(Number(await page.getAttribute(target, 'data-value'))).toBe(5000);
    await close();
  });
});
