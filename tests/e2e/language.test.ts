/**
 * Languages in real Chromium: Chinese by default, English by the header's switch (and `?lang=en`),
 * one language at a time in the page's chrome — header, KPI cards, table header, legend, filter
 * bar, chart, status line, rules panel — with areas in m² in English and 万㎡ in Chinese. Data
 * values (street and community names) stay as the files write them.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DEFAULT_ELIGIBILITY } from '../../src/domain/eligibility.ts';
import { explainEligibility } from '../../src/domain/eligibility-explain.ts';
import { GRADE_D } from '../../src/domain/vocabulary.ts';
import {
  ROOT,
  hoverMapCentre,
  importFromDisk,
  layoutFaults,
  screenshot,
  waitForData,
  waitForMap,
  useAppSuite,
} from './harness.ts';

const suite = useAppSuite();
const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const t = importFromDisk(SAMPLE).buildings;

/** The grade D building farthest from any other: a click at its position cannot miss it. */
function loneDangerBuilding(): number {
  const metres = (j: number, i: number) =>
    Math.hypot((t.lng[j] - t.lng[i]) * Math.cos((t.lat[i] * Math.PI) / 180) * 111_320, (t.lat[j] - t.lat[i]) * 110_540);
  let best = -1;
  let bestGap = 0;
  for (let i = 0; i < t.length; i++) {
    if (t.grade[i] !== GRADE_D) continue;
    let gap = Infinity;
    for (let j = 0; j < t.length; j++) if (j !== i) gap = Math.min(gap, metres(j, i));
    if (gap > bestGap) [best, bestGap] = [i, gap];
  }
  return best;
}

/** Han characters and CJK punctuation (、，：（）「」 and the full-width forms). */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

/** The page's chrome: labels the interface writes, none of them a data value. */
const CHROME = [
  '.header-bar h1',
  '.header-bar .subtitle',
  '.header-bar .picker-label',
  '[data-testid="year-picker"] option:checked',
  '[data-testid="rules-button"]',
  '.file-loader',
  '.status-line',
  '.kpi-label',
  '.kpi-target',
  '.kpi-unit',
  '.table-panel .panel-head h2',
  '.table-panel .picker-label',
  '[data-testid="group-by"] option',
  '.export-buttons',
  '.summary-table thead',
  '.summary-table tfoot th',
  '.filter-bar .filter-label',
  '.filter-bar .filter-value',
  '[data-testid="filter-shequ"] option:first-child',
  '[data-testid="shown-count"]',
  '[data-testid="backlog-button"]',
  '[data-testid="filter-clear"]',
  '.colour-picker',
  '.selection-bar',
  '.legend',
  '[data-testid="basemap-picker"] option',
  '[data-testid="stage-chart"] .panel-head',
  '.chart-legend',
  '.chart-total',
  '.report-panel .panel-head',
];

/** Each chrome element's text that has Chinese in it ('' when none). */
async function chineseInChrome(page: Page, selectors: readonly string[] = CHROME): Promise<string[]> {
  return page.evaluate(
    ({ sels, re }) => {
      const cjk = new RegExp(re);
      return sels
        .flatMap((s) => [...document.querySelectorAll(s)].map((el) => `${s}: ${el.textContent ?? ''}`))
        .filter((t) => cjk.test(t.slice(t.indexOf(': ') + 2)));
    },
    { sels: selectors, re: CJK.source },
  );
}

/** An element's text, trimmed, without a table header's sort mark or soft hyphens. */
async function text(page: Page, selector: string): Promise<string> {
  return ((await page.textContent(selector)) ?? '').replace(/[▲▼]$/, '').replaceAll('\u00AD', '').trim();
}

async function urlLang(page: Page): Promise<string | null> {
  return new URL(page.url()).searchParams.get('lang');
}

/** The figure a KPI card carries (its data-value). */
async function kpiRaw(page: Page, field: string): Promise<number> {
  return Number(await page.getAttribute(`[data-testid="kpi-${field}"]`, 'data-value'));
}

async function expectEnglish(page: Page): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  expect(await page.title()).toBe('Renovation Atlas · Old residential community renovation');
  expect(await text(page, '.header-bar h1')).toBe('Renovation Atlas');
  expect(await text(page, '[data-testid="lang-switch"]')).toBe('中文');
  expect(await text(page, '[data-testid="kpi-programmeHouseholds"] .kpi-label')).toBe('Households');
  expect(await text(page, '[data-testid="kpi-programmeFloorAreaM2"] .kpi-label')).toBe('Floor area (m²)');
  expect(await text(page, '[data-testid="kpi-completionRateHouseholds"] .kpi-label')).toBe(
    'Completion rate (households)',
  );
  // Whole square metres, English separators.
  const area = await kpiRaw(page, 'programmeFloorAreaM2');
  expect(await text(page, '[data-testid="kpi-programmeFloorAreaM2"] .kpi-value')).toBe(
    Math.round(area).toLocaleString('en-GB'),
  );
  expect(await text(page, '.summary-table thead th[data-sort-field="key"]')).toBe('Street office');
  expect(await text(page, '.summary-table thead th[data-field="programmeHouseholds"]')).toBe('Households');
  expect(await text(page, '.summary-table thead th[data-field="startedHouseholds"]')).toBe('Started');
  expect(await text(page, '[data-testid="column-set"]')).toBe('StockProgrammeProgressAll');
  expect(await text(page, '.summary-table tfoot th')).toBe('Total');
  expect(await text(page, '[data-testid="filter-grades"] .filter-label')).toBe('Safety grade');
  expect(await text(page, '[data-testid="filter-grades"] .filter-value')).toBe('All');
  expect(await text(page, '[data-testid="shown-count"]')).toMatch(/^Showing [\d,]+ of [\d,]+ buildings$/);
  expect(await text(page, '[data-testid="legend"] [data-class="stage-completed"] .legend-label')).toBe('Completed');
  expect(await text(page, '[data-testid="year-picker"] option[value="all"]')).toBe('All years');
  expect(await chineseInChrome(page)).toEqual([]);
}

async function expectChinese(page: Page): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
  expect(await page.title()).toBe('旧改一张图 · 城镇老旧小区改造');
  expect(await text(page, '.header-bar h1')).toBe('旧改一张图');
  expect(await text(page, '[data-testid="lang-switch"]')).toBe('English');
  expect(await text(page, '[data-testid="kpi-programmeHouseholds"] .kpi-label')).toBe('计划户数');
  expect(await text(page, '[data-testid="kpi-programmeFloorAreaM2"] .kpi-label')).toBe('计划建筑面积（万㎡）');
  const area = await kpiRaw(page, 'programmeFloorAreaM2');
  expect(await text(page, '[data-testid="kpi-programmeFloorAreaM2"] .kpi-value')).toBe((area / 10_000).toFixed(2));
  expect(await text(page, '.summary-table thead th[data-sort-field="key"]')).toBe('街道');
  expect(await text(page, '.summary-table tfoot th')).toBe('合计');
  expect(await text(page, '[data-testid="legend"] [data-class="stage-completed"] .legend-label')).toBe('完工');
  expect(await text(page, '[data-testid="shown-count"]')).toMatch(/^显示 [\d,]+ \/ 共 [\d,]+ 栋$/);
  // One language at a time: no English gloss left beside the Chinese labels.
  expect(await text(page, '[data-testid="kpi-programmeHouseholds"] .kpi-label')).not.toMatch(/[A-Za-z]/);
  expect(await text(page, '.summary-table thead')).not.toMatch(/[A-Za-z]/);
}

describe('languages', () => {
  test('Chinese by default; the switch turns every label English (areas in m²) and back (万㎡), the address keeps lang=en', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await expectChinese(page);
    expect(await urlLang(page)).toBeNull();
    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'language-zh-1280x720');
    const headerHeight = async () => (await page.locator('.header-bar').boundingBox())?.height ?? 0;
    const zhHeader = await headerHeight();

    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="en"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('lang') === 'en');
    await expectEnglish(page);
    await waitForMap(page);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'language-en-1280x720');
    // The longer English words take no extra row in the header.
    expect(await headerHeight()).toBeLessThanOrEqual(zhHeader + 1);

    // The build-year legend and its cut-off line, in English.
    await page.click('[data-testid="colour-picker"] [data-mode="buildYear"]');
    await page.waitForSelector('[data-testid="legend-cutoff"]');
    expect(await text(page, '[data-testid="legend-cutoff"]')).toBe('Above: built by the end of 2000, eligible by age');
    expect(await text(page, '[data-class="year-approx"] .legend-label')).toBe('≤2000, decade unknown');
    expect(await chineseInChrome(page, ['.legend', '.colour-picker'])).toEqual([]);

    // The rules panel.
    await page.click('[data-testid="rules-button"]');
    await page.waitForSelector('[data-testid="rules-panel"]');
    expect(await chineseInChrome(page, ['[data-testid="rules-panel"]'])).toEqual([]);
    expect(await text(page, '[data-testid="rules-combine"]')).toBe(
      'A building is eligible if any one of these rules applies (they combine with OR)',
    );
    expect(await text(page, '[data-testid="rules-eligible"] p')).toMatch(
      /^Eligible: [\d,]+ buildings · [\d,]+ households · [\d,]+ m²$/,
    );
    await screenshot(page, 'language-en-rules-1280x720');
    await page.click('[data-testid="rules-close"]');

    await page.click('[data-testid="lang-switch"]');
    await page.waitForSelector('html[lang="zh-CN"]');
    await page.waitForFunction(() => new URL(window.location.href).searchParams.get('lang') === null);
    await page.click('[data-testid="colour-picker"] [data-mode="stage"]');
    await expectChinese(page);
    await close();
  });

  test('?lang=en opens in English; a language it does not know is ignored with a notice', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?lang=en`);
    await waitForData(page, 1);
    await expectEnglish(page);
    expect(await urlLang(page)).toBe('en');
    // Further down: the candidate list, the progress chart and the import report, opened.
    await page.click('[data-testid="import-report-toggle"]');
    await page.waitForSelector('#import-report-body');
    expect(
      await chineseInChrome(page, [
        '.list-panel .panel-head',
        '[data-testid="candidate-list-empty"]',
        '.list-facts',
        '[data-testid="stage-chart"] .panel-head',
        '.chart-legend',
        '.report-panel .panel-head',
        '.report-files thead',
        '.report-files td:nth-child(2)',
      ]),
    ).toEqual([]);
    // Nothing in the file table runs past its cell.
    expect(
      await page.$$eval('.report-files thead th, .report-files td', (els) =>
        els.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      ),
    ).toEqual([]);
    await page.locator('[data-testid="stage-chart"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'language-en-lower-1280x720');
    await close();

    const other = await suite.open(1280, 720);
    await other.page.goto(`${suite.url()}?lang=fr`);
    await waitForData(other.page, 1);
    await expectChinese(other.page);
    expect(await text(other.page, '[data-notice="param:lang"] .notice-text')).toBe(
      '链接参数 lang=fr 应为 zh 或 en，已忽略。',
    );
    await other.close();
  });

  test('the tooltip and the detail panel of a building say it in English', async () => {
    const i = loneDangerBuilding();
    const { page, close } = await suite.open(1280, 720);
    await page.goto(`${suite.url()}?lang=en#map=18/${t.lat[i]}/${t.lng[i]}`);
    await waitForData(page, 1);
    await waitForMap(page);
    const { centre, tip } = await hoverMapCentre(page);
    expect(await tip.locator('.tooltip-kind').textContent()).toBe('Building');
    expect(await tip.locator('[data-field="grade"] dt').textContent()).toBe('Safety grade');
    expect(await tip.locator('[data-field="grade"] dd').textContent()).toBe('D (whole building unsafe)');

    await page.mouse.click(centre.x, centre.y);
    const panel = page.locator('[data-testid="detail-panel"]');
    await panel.waitFor();
    expect(await panel.locator('[data-testid="danger-flag"]').textContent()).toBe(
      '⚠ Grade D: the whole building is unsafe; handled as a dangerous house',
    );
    expect(await panel.locator('[data-field="households"] dt').textContent()).toBe('Households');
    expect(await panel.locator('[data-field="households"] dd').textContent()).toMatch(/^([\d,]+ households|—)$/);
    expect(await panel.locator('[data-testid="eligibility"] h3').textContent()).toMatch(
      /^(Eligible for renovation|Not eligible)$/,
    );
    expect(await panel.locator('[data-testid="detail-stage"] h3').textContent()).toMatch(/^Stage: [A-Z][a-z ]+$/);
    // Reasons, labels and figures in English; names and the files' own headers as written.
    const why = explainEligibility(t, i, DEFAULT_ELIGIBILITY);
    for (const r of [...why.because, ...why.not])
      expect(await panel.locator(`[data-reason="${r.code}"]`).textContent()).toBe(r.en);
    for (const f of [
      'buildYear',
      'households',
      'floorAreaM2',
      'grade',
      'completeUnits',
      'types',
      'planYear',
      'startDate',
      'completionDate',
    ]) {
      expect(await panel.locator(`[data-field="${f}"]`).textContent(), f).not.toMatch(CJK);
    }
    await screenshot(page, 'language-en-detail-1280x720');
    await close();
  });
});
