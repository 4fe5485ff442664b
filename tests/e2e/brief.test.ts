/**
 * The one-page brief in real Chromium: its figures equal summarize() of the same files run here
 * in Node (per street office, on the chosen day, with what is overdue); the PDF is one landscape
 * A4 (or A3) page whose text (district, figures, street offices) a reader finds, read here with
 * no system tool and with poppler's pdftotext where installed; the PNG is the page at 200 dpi,
 * saying so, with the map drawn in it; every street office is named on the map, and a street
 * office's map shows the whole office; the print media shows the brief alone, laid out as in the
 * preview; and nothing on the page is cut off.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { summarize, type SummaryRow } from '../../src/domain/aggregate.ts';
import { fmtAreaValue, fmtInt, fmtRate } from '../../src/domain/format-number.ts';
import { parseDate } from '../../src/domain/parse-values.ts';
import { pngDpi } from '../../src/io/png-dpi.ts';
import { embeddedFontSizes, pdftotext, pdfTextJs } from '../pdf-text.ts';
import { overdueMask, scheduleOf, tableAsOf } from '../../src/domain/schedule.ts';
import {
  ROOT,
  SCREENS,
  importFromDisk,
  screenshot,
  shownYear,
  waitForData,
  waitForMap,
  useAppSuite,
} from './harness.ts';

const SAMPLE = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(ROOT, 'data/sample', f));
const MANY = join(ROOT, 'tests/e2e/fixtures/brief-many-streets.csv');
const suite = useAppSuite();
const sample = importFromDisk(SAMPLE);
const YEAR = 2023;
const AS_OF = '2023-09-30';

/** What the brief should show: the domain code on the same files, on the same day. */
function expected() {
  const day = parseDate(AS_OF);
  if (day === null) throw new Error(AS_OF);
  const table = tableAsOf(sample.buildings, day);
  const overdue = overdueMask(scheduleOf(table, table.stage, sample.programmes, day, YEAR));
  const view = { ...sample, buildings: table };
  return {
    day,
    summary: summarize(view, { by: 'street', year: YEAR, overdue }),
    byCommunity: summarize(view, { by: 'community', year: YEAR, overdue }),
  };
}

/** The sample on the test's day, the brief opened and its map picture taken; the map on screen is left as it was. */
async function openBrief(query = `?year=${YEAR}&asof=${AS_OF}`) {
  const opened = await suite.open(1280, 720);
  const { page } = opened;
  await page.goto(`${suite.url()}${query}`);
  await waitForData(page, 1);
  await waitForMap(page);
  const view = await page.evaluate(() => location.hash);
  await page.click('[data-testid="brief-button"]');
  await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
  // MapLibre writes the view into the address a moment after a move: the restored one comes last.
  await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe(view);
  return opened;
}

interface Downloaded {
  name: string;
  bytes: Buffer;
}

async function download(page: Page, button: string): Promise<Downloaded> {
  const [d] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.click(`[data-testid="${button}"]`),
  ]);
  return { name: d.suggestedFilename(), bytes: readFileSync(await d.path()) };
}

/** Pages of a PDF (page objects, not the page tree) and the first MediaBox, in points. */
function pdfPages(bytes: Buffer): { pages: number; box: number[] } {
  const text = bytes.toString('latin1');
  expect(text.startsWith('%PDF-'), 'a PDF').toBe(true);
  const pages = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
  const m = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(text);
  return { pages, box: m ? m[1].trim().split(/\s+/).map(Number) : [] };
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'a PNG').toBe(
    true,
  );
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Boxes of the page's parts relative to the page, in the page's own (unscaled) CSS pixels. */
async function pageLayout(page: Page): Promise<Record<string, number[]>> {
  return page.$eval('[data-testid="brief-page"]', (el) => {
    const p = el.getBoundingClientRect();
    const k = p.width / (el as HTMLElement).offsetWidth;
    const out: Record<string, number[]> = { page: [p.x, p.y, p.width / k, p.height / k] };
    const parts = [
      'brief-title',
      'brief-asof',
      'brief-kpi-communities',
      'brief-kpi-overdue',
      'brief-table',
      'brief-map',
      'brief-legend',
      'brief-scale',
      'brief-north',
      'brief-sources',
    ];
    for (const id of parts) {
      const r = el.querySelector(`[data-testid="${id}"]`)?.getBoundingClientRect();
      if (r)
        out[id] = [(r.x - p.x) / k, (r.y - p.y) / k, r.width / k, r.height / k].map((v) => Math.round(v * 10) / 10);
    }
    return out;
  });
}

/** Parts of the page outside it, and text cut short in the boxes that clip it. */
async function cutOff(page: Page): Promise<string[]> {
  return page.$eval('[data-testid="brief-page"]', (el) => {
    const faults: string[] = [];
    const p = el.getBoundingClientRect();
    const pad = 0.5;
    for (const c of el.querySelectorAll('*')) {
      const r = c.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < p.left - pad || r.top < p.top - pad || r.right > p.right + pad || r.bottom > p.bottom + pad)
        faults.push(`outside the page: ${c.className || c.tagName} "${c.textContent?.slice(0, 40)}"`);
    }
    // One-line texts cut short at the side, and blocks whose content runs out at the bottom.
    for (const c of el.querySelectorAll<HTMLElement>(
      '.brief-title, .brief-meta, .brief-table th, .brief-table td, .brief-kpi-label, .brief-kpi-value, .brief-kpi-line, .brief-legend li, .brief-sources p',
    )) {
      if (c.scrollWidth > c.clientWidth + 1)
        faults.push(`cut short: ${c.className || c.tagName} "${c.textContent?.slice(0, 40)}"`);
    }
    for (const c of el.querySelectorAll<HTMLElement>(
      '.brief-body, .brief-table-col, .brief-map-col, .brief-kpi, .brief-legend, .brief-sources',
    )) {
      if (c.scrollHeight > c.clientHeight + 1)
        faults.push(`runs over: ${c.className} (${c.scrollHeight} > ${c.clientHeight})`);
    }
    return faults;
  });
}

describe('the one-page brief', () => {
  test('its figures are summarize() of the same files on the same day, per street office', async () => {
    const { page, close } = await openBrief();
    const { day, summary, byCommunity } = expected();
    expect(Number(await page.getAttribute('[data-testid="brief-asof"]', 'data-day'))).toBe(day);
    expect(await page.textContent('[data-testid="brief-title"]')).toBe('薛城区2023年老旧小区改造（示例） 工作简报');
    expect(await page.textContent('[data-testid="brief-asof"]')).toBe('数据截至 2023年9月30日');

    const table = await page.$eval('[data-testid="brief-table"]', (t) => {
      const read = (tr: Element) => ({
        key: tr.getAttribute('data-key') ?? '',
        values: Object.fromEntries(
          [...tr.querySelectorAll('td[data-field]')].map((td) => [
            td.getAttribute('data-field'),
            Number(td.getAttribute('data-value')),
          ]),
        ),
      });
      return {
        rows: [...t.querySelectorAll('tbody tr')].map(read),
        total: read(t.querySelector('tfoot tr') as Element),
      };
    });
    const fields = Object.keys(table.total.values) as (keyof SummaryRow)[];
    expect(fields).toEqual([
      'programmeHouseholds',
      'startedHouseholds',
      'completedHouseholds',
      'startRateHouseholds',
      'completionRateHouseholds',
      'overdueCommunities',
      'overdueBuildings',
    ]);
    const pick = (r: SummaryRow, key = r.key) => ({ key, values: Object.fromEntries(fields.map((f) => [f, r[f]])) });
    expect(table.rows).toEqual(summary.groups.map((g) => pick(g)));
    expect(table.total).toEqual(pick(summary.total, '合计'));
    // The day chosen is one with work both done and late, so the figures say something.
    expect(summary.total.startedHouseholds).toBeGreaterThan(0);
    expect(summary.total.overdueBuildings).toBeGreaterThan(0);

    const programme = sample.programmes.find((p) => p.year === YEAR);
    // A figure with no target has no data-target: undefined, as the programme's own.
    const kpi = async (id: string, attr: string): Promise<number | undefined> => {
      const v = await page.getAttribute(`[data-testid="brief-kpi-${id}"]`, `data-${attr}`);
      return v === null ? undefined : Number(v);
    };
    const t = summary.total;
    for (const [id, prog, started, completed, target] of [
      [
        'communities',
        t.programmeCommunities,
        t.startedCommunities,
        t.completedCommunities,
        programme?.targets.communities,
      ],
      ['buildings', t.programmeBuildings, t.startedBuildings, t.completedBuildings, programme?.targets.buildings],
      ['households', t.programmeHouseholds, t.startedHouseholds, t.completedHouseholds, programme?.targets.households],
    ] as const) {
      expect(
        [await kpi(id, 'programme'), await kpi(id, 'started'), await kpi(id, 'completed'), await kpi(id, 'target')],
        id,
      ).toEqual([prog, started, completed, target]);
    }
    expect(await kpi('floorArea', 'programme')).toBeCloseTo(t.programmeFloorAreaM2, 6);
    expect(await kpi('floorArea', 'target')).toBe(programme?.targets.floorAreaM2);
    expect([
      await kpi('overdue', 'communities'),
      await kpi('overdue', 'buildings'),
      await kpi('overdue', 'households'),
    ]).toEqual([t.overdueCommunities, t.overdueBuildings, t.overdueHouseholds]);

    // The communities behind schedule, most overdue buildings first, as many as fit.
    const late = await page.$$eval('[data-testid="brief-late"] tbody tr[data-key]', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-key'),
        ...[...tr.querySelectorAll('td[data-field]')].map((td) => Number(td.getAttribute('data-value'))),
      ]),
    );
    const more = Number((await page.getAttribute('[data-testid="brief-late"] tr[data-more]', 'data-more')) ?? 0);
    const lateExpected = byCommunity.groups
      .filter((g) => g.overdueBuildings > 0)
      .sort(
        (a, b) =>
          b.overdueBuildings - a.overdueBuildings ||
          b.overdueHouseholds - a.overdueHouseholds ||
          a.key.localeCompare(b.key, 'zh-CN'),
      )
      .map((g) => [g.key, g.overdueBuildings, g.overdueHouseholds]);
    expect(late.length).toBeGreaterThan(2);
    expect(late).toEqual(lateExpected.slice(0, late.length));
    expect(late.length + more).toBe(lateExpected.length);

    // Legend, scale bar and north arrow on the map; the sources name the files loaded.
    const legendItems = await page.$$eval('[data-testid="brief-legend"] li[data-class]', (li) =>
      li.map((l) => l.getAttribute('data-class')),
    );
    expect(legendItems.length).toBeGreaterThan(2);
    expect(Number(await page.getAttribute('[data-testid="brief-scale"]', 'data-meters'))).toBeGreaterThan(0);
    expect(await page.isVisible('[data-testid="brief-north"]')).toBe(true);
    const sources = await page.textContent('[data-testid="brief-sources"]');
    for (const f of SAMPLE) expect(sources).toContain(f.split('/').pop());
    expect(sources).toContain('街道边界：公开数据（见 data/boundaries/SOURCES.md）');

    expect(await cutOff(page)).toEqual([]);
    await screenshot(page, 'brief-preview');
    await close();
  });

  test('PDF: one landscape page, A4 by default and A3 when chosen, its text there to find and copy', async () => {
    const { page, close } = await openBrief();
    const a4 = await download(page, 'brief-pdf');
    expect(a4.name).toBe(`简报-薛城区-${YEAR}-${AS_OF}.pdf`);
    const p4 = pdfPages(a4.bytes);
    expect(p4.pages).toBe(1);
    expect(p4.box[2]).toBeCloseTo(841.89, 1);
    expect(p4.box[3]).toBeCloseTo(595.28, 1);
    // The map is the one picture; the rest is text in the font embedded as a subset.
    expect(a4.bytes.toString('latin1').match(/\/Subtype\s*\/Image/g)).toHaveLength(1);
    expect(embeddedFontSizes(a4.bytes)).toHaveLength(1);
    expect(embeddedFontSizes(a4.bytes)[0]).toBeLessThan(150_000);
    mkdirSync(SCREENS, { recursive: true });
    writeFileSync(join(SCREENS, 'brief-page.pdf'), a4.bytes);

    const t = expected().summary.total;
    const wanted = [
      '薛城区2023年老旧小区改造（示例） 工作简报',
      '数据截至 2023年9月30日',
      ...[t.completedHouseholds, t.programmeHouseholds, t.startedHouseholds, t.overdueBuildings].map(fmtInt),
      fmtAreaValue(t.programmeFloorAreaM2, 'zh'),
      fmtRate(t.completionRateHouseholds, t.programmeHouseholds),
      fmtRate(t.startRateHouseholds, t.programmeHouseholds),
      ...expected().summary.groups.map((g) => g.key),
    ];
    const js = pdfTextJs(a4.bytes);
    for (const w of wanted) expect(js, w).toContain(w);
    expect(js).not.toContain('\ufffd');
    // poppler, where installed (scripts/ensure-browser.sh installs it): what a user's pdftotext finds.
    const poppler = pdftotext(a4.bytes);
    if (poppler !== null) for (const w of wanted) expect(poppler.replace(/\n/g, ''), w).toContain(w);

    await page.selectOption('[data-testid="brief-size"]', 'A3');
    await page.waitForSelector('[data-testid="brief-page"][data-size="A3"]');
    await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
    expect(await cutOff(page)).toEqual([]);
    const a3 = (await download(page, 'brief-pdf')).bytes;
    const p3 = pdfPages(a3);
    expect(p3.pages).toBe(1);
    expect(p3.box[2]).toBeCloseTo(1190.55, 1);
    expect(p3.box[3]).toBeCloseTo(841.89, 1);
    for (const w of wanted) expect(pdfTextJs(a3), w).toContain(w);
    await close();
  });

  test('PNG: the page at 200 dpi, landscape, with the map drawn in its box', async () => {
    const { page, close } = await openBrief();
    const png = await download(page, 'brief-png');
    expect(png.name).toBe(`简报-薛城区-${YEAR}-${AS_OF}.png`);
    const size = pngSize(png.bytes);
    expect(pngDpi(new Uint8Array(png.bytes))).toBeCloseTo(200, 1);
    expect(size.width / size.height).toBeCloseTo(297 / 210, 2);
    expect(Math.abs(size.width - (297 / 25.4) * 200)).toBeLessThan(4);
    mkdirSync(SCREENS, { recursive: true });
    writeFileSync(join(SCREENS, 'brief-page.png'), png.bytes);

    // Where the map is in the picture: its box on the page, at the picture's scale.
    const layout = await pageLayout(page);
    const k = size.width / layout.page[2];
    const [mx, my, mw, mh] = layout['brief-map'].map((v) => v * k);
    const legendHex = await page.$$eval('[data-testid="brief-legend"] li[data-class] .brief-swatch', (s) =>
      s.map((e) => getComputedStyle(e).backgroundColor),
    );
    const stats = await page.evaluate(
      async ({ b64, box, swatches }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const g = c.getContext('2d') as CanvasRenderingContext2D;
        g.drawImage(img, 0, 0);
        const x0 = Math.round(box[0] + 4),
          y0 = Math.round(box[1] + 4),
          w = Math.round(box[2] - 8),
          h = Math.round(box[3] - 8);
        const d = g.getImageData(x0, y0, w, h).data;
        const colours = new Set<number>();
        const rgb = swatches.map((s) => (s.match(/\d+/g) ?? []).slice(0, 3).map(Number));
        let marked = 0,
          near = 0;
        for (let i = 0; i < d.length; i += 4) {
          colours.add(((d[i] >> 3) << 10) | ((d[i + 1] >> 3) << 5) | (d[i + 2] >> 3));
          if (Math.abs(d[i] - d[i + 1]) + Math.abs(d[i + 1] - d[i + 2]) > 24) marked++;
          if (rgb.some(([r, gg, b]) => Math.abs(d[i] - r) + Math.abs(d[i + 1] - gg) + Math.abs(d[i + 2] - b) < 30))
            near++;
        }
        return { colours: colours.size, coloured: marked / (w * h), near };
      },
      { b64: png.bytes.toString('base64'), box: [mx, my, mw, mh], swatches: legendHex },
    );
    // A drawn map: many colours, a good share of coloured (not grey or white) pixels, and the
    // legend's class colours among them (the buildings' dots).
    expect(stats.colours).toBeGreaterThan(100);
    expect(stats.coloured).toBeGreaterThan(0.05);
    expect(stats.near).toBeGreaterThan(200);
    await close();
  });

  test('the district map names every street office, no two names overlapping, nothing laid over the map', async () => {
    const { page, close } = await openBrief();
    const offices = expected().summary.groups.map((g) => g.key);
    const labels = await page.$$eval('[data-testid="brief-map-label"]', (els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return {
          name: e.textContent ?? '',
          clear: e.getAttribute('data-clear'),
          box: [r.left, r.top, r.right, r.bottom],
        };
      }),
    );
    expect(labels.map((l) => l.name).sort()).toEqual([...offices].sort());
    expect(labels.map((l) => l.name)).toContain('常庄街道');
    expect(labels.every((l) => l.clear === 'true')).toBe(true);
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1)) {
        const apart = a.box[2] <= b.box[0] || b.box[2] <= a.box[0] || a.box[3] <= b.box[1] || b.box[3] <= a.box[1];
        expect(apart, `${a.name} / ${b.name}`).toBe(true);
      }
    // The labels lie inside the picture; the north arrow and scale bar beside it, not on it.
    const layout = await pageLayout(page);
    const [mx, my, mw, mh] = layout['brief-map'];
    const inMap = await page.$$eval('[data-testid="brief-map-label"]', (els) => {
      const page = document.querySelector('[data-testid="brief-page"]') as HTMLElement;
      const p = page.getBoundingClientRect();
      const k = p.width / page.offsetWidth;
      return els.map((e) => {
        const r = e.getBoundingClientRect();
        return [(r.left - p.left) / k, (r.top - p.top) / k, (r.right - p.left) / k, (r.bottom - p.top) / k];
      });
    });
    for (const [x0, y0, x1, y1] of inMap) expect(x0 >= mx && y0 >= my && x1 <= mx + mw && y1 <= my + mh).toBe(true);
    for (const part of ['brief-north', 'brief-scale']) expect(layout[part][0], part).toBeGreaterThanOrEqual(mx + mw);
    await close();
  });

  test('print: the brief alone, laid out as in the preview, on one sheet of the paper chosen', async () => {
    const { page, close } = await openBrief();
    const preview = await pageLayout(page);
    await page.emulateMedia({ media: 'print' });
    const printed = await pageLayout(page);
    const shown = await page.evaluate(() => ({
      app: getComputedStyle(document.querySelector('#root') as Element).display,
      toolbar: getComputedStyle(document.querySelector('.brief-toolbar') as Element).display,
      page: document.querySelector('[data-testid="brief-page"]')?.getBoundingClientRect().toJSON() as DOMRect,
    }));
    expect(shown.app).toBe('none');
    expect(shown.toolbar).toBe('none');
    // The sheet at its full size in the page's corner, its parts where the preview has them.
    expect(shown.page.x).toBeCloseTo(0, 0);
    expect(shown.page.y).toBeCloseTo(0, 0);
    expect(shown.page.width).toBeCloseTo((297 / 25.4) * 96, 0);
    expect(shown.page.height).toBeCloseTo((210 / 25.4) * 96, 0);
    for (const [part, box] of Object.entries(printed)) {
      if (part === 'page') continue;
      box.forEach((v, i) =>
        expect(Math.abs(v - preview[part][i]), `${part} ${['x', 'y', 'width', 'height'][i]}`).toBeLessThan(1.5),
      );
    }
    const pdf = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(pdf.pages).toBe(1);
    expect(pdf.box[2]).toBeCloseTo(841.89, 0);
    expect(pdf.box[3]).toBeCloseTo(595.28, 0);
    await page.emulateMedia({ media: 'screen' });

    // A3 chosen: the print dialog's sheet follows.
    await page.selectOption('[data-testid="brief-size"]', 'A3');
    await page.waitForSelector('[data-testid="brief-page"][data-size="A3"]');
    await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
    await page.emulateMedia({ media: 'print' });
    const a3 = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    expect(a3.pages).toBe(1);
    // Chromium rounds the sheet to whole CSS pixels: within a point of 1190.55 × 841.89.
    expect(Math.abs(a3.box[2] - 1190.55)).toBeLessThan(1);
    expect(Math.abs(a3.box[3] - 841.89)).toBeLessThan(1);
    await page.emulateMedia({ media: 'screen' });
    await close();
  });

  test("a street office's brief: its own row and totals, no district targets, the map fitted to it", async () => {
    const street = '临城街道';
    const { page, close } = await openBrief(`?year=${YEAR}&asof=${AS_OF}&street=${encodeURIComponent(street)}`);
    const own = expected().summary.groups.find((g) => g.key === street);
    expect(
      await page.$$eval('[data-testid="brief-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-key'))),
    ).toEqual([street]);
    expect(
      Number(
        await page.getAttribute('[data-testid="brief-table"] tfoot td[data-field="programmeHouseholds"]', 'data-value'),
      ),
    ).toBe(own?.programmeHouseholds);
    expect(await page.getAttribute('[data-testid="brief-kpi-households"]', 'data-target')).toBeNull();
    expect(Number(await page.getAttribute('[data-testid="brief-kpi-households"]', 'data-completed'))).toBe(
      own?.completedHouseholds,
    );
    expect(await page.textContent('.brief-meta')).toContain(`范围：${street}`);
    // The office whole in the picture, a margin clear all round, and filling it one way or the other.
    const box = (await page.getAttribute('[data-testid="brief-map"]', 'data-focus-box'))?.split(' ').map(Number);
    const [w, h] = (await pageLayout(page))['brief-map'].slice(2).map((px) => (px * 25.4) / 96);
    expect(box).toHaveLength(4);
    const [x0, y0, x1, y1] = box as number[];
    expect(Math.min(x0, y0, w - x1, h - y1), 'margin, mm').toBeGreaterThan(2);
    expect(Math.max((x1 - x0) / w, (y1 - y0) / h)).toBeGreaterThan(0.85);
    expect(await page.$$eval('[data-testid="brief-map-label"]', (els) => els.map((e) => e.textContent))).toContain(
      street,
    );
    expect(await cutOff(page)).toEqual([]);
    await screenshot(page, 'brief-preview-street');
    await close();
  });

  test('forty street offices: smaller rows, never under 8pt, the smallest folded into one row, all on the page', async () => {
    const { page, close } = await suite.open(1280, 720);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', MANY);
    await waitForData(page, 2);
    await waitForMap(page);
    await page.click('[data-testid="brief-button"]');
    await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
    const summary = summarize(importFromDisk([MANY]), { by: 'street', year: await shownYear(page) });
    expect(summary.groups.length).toBe(40);

    const rows = await page.$$eval('[data-testid="brief-table"] tbody tr', (trs) =>
      trs.map((tr) => ({
        key: tr.getAttribute('data-key'),
        folded: Number(tr.getAttribute('data-folded') ?? 0),
        households: Number(tr.querySelector('td[data-field="programmeHouseholds"]')?.getAttribute('data-value')),
      })),
    );
    expect(rows.length).toBeLessThan(40);
    const folded = rows.filter((r) => r.folded > 0);
    expect(folded.length).toBe(1);
    expect(rows.length - 1 + folded[0].folded).toBe(40);
    // The offices kept are the largest by programme households; the page's rows add up to the total.
    const kept = rows.filter((r) => r.folded === 0).map((r) => r.households);
    expect(Math.min(...kept)).toBeGreaterThanOrEqual(folded[0].households / folded[0].folded);
    expect(rows.reduce((s, r) => s + r.households, 0)).toBe(summary.total.programmeHouseholds);
    expect(
      Number(
        await page.getAttribute('[data-testid="brief-table"] tfoot td[data-field="programmeHouseholds"]', 'data-value'),
      ),
    ).toBe(summary.total.programmeHouseholds);

    // Text sizes in the page's own pixels (the preview shrinks it on screen): 8pt = 10.67px.
    const sizes = await page.$$eval('[data-testid="brief-table"] td, [data-testid="brief-table"] tbody th', (cells) =>
      cells.map((c) => parseFloat(getComputedStyle(c).fontSize)),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual((8 * 96) / 72 - 0.01);
    // The sources name this file, and no boundary source it did not use.
    const sources = await page.textContent('[data-testid="brief-sources"]');
    expect(sources).toContain('brief-many-streets.csv');
    expect(sources).not.toContain('SOURCES.md');
    expect(await cutOff(page)).toEqual([]);
    await screenshot(page, 'brief-preview-many');
    await close();
  });

  test('follows the language: the brief in English', async () => {
    const { page, close } = await openBrief(`?year=${YEAR}&asof=${AS_OF}&lang=en`);
    expect(await page.textContent('[data-testid="brief-asof"]')).toBe('Figures as of 30 Sept 2023');
    expect(await page.textContent('[data-testid="brief-table"] thead')).toContain('Done rate');
    expect(await cutOff(page)).toEqual([]);
    await screenshot(page, 'brief-preview-en');
    await close();
  });
});
