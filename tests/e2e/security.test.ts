/**
 * Text is shown as text, and the built app runs only its own scripts. Files whose names and
 * values are HTML that would run script if a page ever set them as markup
 * (tests/e2e/fixtures/xss/: a community named `<img src=x onerror=alert(1)>`, a street office
 * `"><script>alert(2)</script>`, a 社区 `<svg onload=alert(3)>`, an unrecognised column named and
 * filled with markup, a programme named with it; an Excel workbook made here; a file named with
 * it) are loaded through the file input, and every place the page shows them is visited: the
 * summary table, the import report, a building's and a community's tooltip and detail panel, the
 * candidate list, the brief; then the CSV, GeoJSON and Excel exports are read back in Node, and
 * the brief is drawn to PNG and PDF. Throughout: no dialog opens, no element with an event-handler
 * attribute, an `img[src=x]`, a script or an iframe is ever added to the page (a MutationObserver
 * from before the first script watches), the exact characters are the shown text, and the
 * Content-Security-Policy (src/csp.ts, as a header and a <meta>) reports no violation.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/csp.ts';
import { ROOT, download, screenshot, waitForData, waitForMap, type Downloaded, useAppSuite } from './harness.ts';
import { mapView, pagePoint } from './map-pixels.ts';

const suite = useAppSuite();
const DIR = join(ROOT, 'tests/e2e/fixtures/xss');

const COMMUNITY = '<img src=x onerror=alert(1)>';
const STREET = '"><script>alert(2)</script>';
const SHEQU = '<svg onload=alert(3)>';
const ADDRESS_1 = '<iframe src="javascript:alert(4)"></iframe>路1号';
const NOTE_HEADER = '<svg onload=alert(5)>备注';
const NOTE = '<img src=x onerror=alert(6)>';
const STAGE = '<script>alert(8)</script>';
const MANAGER = '<img src=x onerror=alert(9)>物业';
const PROGRAMME = '<img src=x onerror=alert(10)>2023年改造计划';
const PROGRAMME_SOURCE = '"><script>alert(12)</script>文件';
const XLSX_ID = '<svg onload=alert(14)>';
const STEP = '<svg onload=alert(13)>施工阶段';
/** The buildings CSV goes in under this name (the report and the detail panel show file names). */
const CSV_NAME = '楼栋<img src=x onerror=alert(13)>.csv';

/** Building X-01 of the CSV, and a spot inside the community polygon ~30 m from it (~60 px at the zoom), farther from the rest. */
const X01: [number, number] = [117.23, 34.81];
const COMMUNITY_SPOT: [number, number] = [117.2302, 34.8102];
const ZOOM = 17;

/** Two more buildings of the same community, as an Excel workbook (read by exceljs in the import worker). */
async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('楼栋');
  ws.addRow(['楼栋编号', '小区编号', '小区名称', '街道', '社区', '经度', '纬度', '户数', '计划年度']);
  ws.addRow([XLSX_ID, 'XSS-001', COMMUNITY, STREET, SHEQU, 117.2296, 34.8112, 12, 2023]);
  ws.addRow(['X-06', 'XSS-001', COMMUNITY, STREET, SHEQU, 117.2314, 34.8096, 16, 2023]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Record, from before the page's first script: CSP violations, and every element with an
 * event-handler attribute, an img whose src attribute is "x", a script or an iframe that is added
 * to the document or given such an attribute later (the page's own entry script is in the HTML
 * before the observer sees anything added).
 */
async function watch(page: Page): Promise<{ dialogs: string[] }> {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[]; __markup: string[] };
    w.__csp = [];
    w.__markup = [];
    window.addEventListener('securitypolicyviolation', (e: SecurityPolicyViolationEvent) =>
      w.__csp.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
    );
    const check = (el: Element) => {
      const handlers = [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name);
      const tag = el.localName;
      const entry =
        tag === 'script' &&
        /^\.\/assets\/index-[\w-]+\.js$/.test(el.getAttribute('src') ?? '') &&
        el.textContent === '';
      if (
        handlers.length > 0 ||
        (tag === 'img' && el.getAttribute('src') === 'x') ||
        (tag === 'script' && !entry) ||
        tag === 'iframe'
      ) {
        w.__markup.push(`<${tag} ${[...el.attributes].map((a) => `${a.name}="${a.value}"`).join(' ')}>`);
      }
    };
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target instanceof Element) check(r.target);
        for (const n of r.addedNodes) {
          if (!(n instanceof Element)) continue;
          check(n);
          for (const el of n.querySelectorAll('*')) check(el);
        }
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  return { dialogs };
}

async function expectNothingRan(page: Page, dialogs: string[]): Promise<void> {
  expect(dialogs, 'dialogs opened').toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { __markup: string[] }).__markup),
    'markup added to the page',
  ).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp), 'CSP violations').toEqual([]);
  // And as the page stands: nothing of the payloads became an element.
  const found = await page.evaluate(() => ({
    imgX: document.querySelectorAll('img[src="x"]').length,
    svgOnload: document.querySelectorAll('svg[onload], [onload], [onerror], [onmouseover]').length,
    iframes: document.querySelectorAll('iframe').length,
    scripts: [...document.scripts].map((s) => s.src || s.textContent),
  }));
  expect(found.imgX + found.svgOnload + found.iframes).toBe(0);
  expect(
    found.scripts.every((s) => /\/assets\/index-[\w-]+\.js$/.test(s ?? '')),
    found.scripts.join(),
  ).toBe(true);
}

function csvCells(d: Downloaded): string[] {
  return Papa.parse<string[]>(d.bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.flat();
}

async function xlsxStrings(d: Downloaded): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(d.bytes.buffer.slice(d.bytes.byteOffset, d.bytes.byteOffset + d.bytes.byteLength) as ArrayBuffer);
  const out: unknown[] = [];
  for (const ws of wb.worksheets) ws.eachRow((row) => row.eachCell((c) => void out.push(c.value)));
  return out;
}

/** The text of the field `key` in a tooltip or detail panel. */
const factText = (page: Page, scope: string, key: string) =>
  page.locator(`${scope} [data-field="${key}"] dd`).textContent();

describe('text is shown as text', () => {
  test('the built index.html: the policy as a header and as a <meta>, no inline or eval script; the page enforces it', async () => {
    const res = await fetch(suite.url());
    const header = res.headers.get('content-security-policy');
    expect(header).toBe(CSP_HEADER);
    const html = await res.text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(CSP_META);
    for (const policy of [header ?? '', meta ?? '']) {
      const script =
        policy
          .split(';')
          .map((d) => d.trim())
          .find((d) => d.startsWith('script-src ')) ?? '';
      expect(script).toBe("script-src 'self'");
      expect(policy).not.toMatch(/'unsafe-eval'/);
      expect(policy).toMatch(/object-src 'none'/);
    }
    expect(header).toMatch(/frame-ancestors 'self'/);
    // The <meta> comes before anything it governs, right after the charset; no inline script in the page.
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
    expect([...html.matchAll(/<script\b[^>]*>/g)].every((m) => / src="/.test(m[0]))).toBe(true);

    // Enforced: inline script, inline handlers and eval are refused (each refusal is also a console error).
    suite.expectErrors(/Content Security Policy|ERR_INVALID_URL/);
    const { page, close } = await suite.open(1280, 720);
    await watch(page);
    await page.goto(suite.url());
    await waitForData(page, 1);
    // Code the page itself would run (DevTools' own evaluation is exempt, so nothing is run from here directly).
    const tried = await page.evaluate(async () => {
      const w = window as unknown as { __ran?: string[]; __csp: string[]; __markup: string[] };
      w.__ran = [];
      const s = document.createElement('script');
      s.textContent = 'window.__ran.push("inline script")';
      document.head.append(s);
      const div = document.createElement('div');
      div.innerHTML = `<img src="data:x" onerror="window.__ran.push('handler')">`;
      document.body.append(div);
      window.setTimeout('window.__ran.push("string timer")', 0);
      await new Promise((r) => setTimeout(r, 300));
      div.remove();
      return { ran: w.__ran, violations: w.__csp.map((v) => v.split(' ')[0]), markup: w.__markup };
    });
    expect(tried.ran).toEqual([]);
    // The watcher the next test relies on saw both elements go in.
    expect(tried.markup).toEqual([
      expect.stringMatching(/^<script ?>$/),
      expect.stringMatching(/^<img src="data:x" onerror=/),
    ]);
    expect(new Set(tried.violations)).toEqual(new Set(['script-src-elem', 'script-src-attr', 'script-src']));
    await close();
  });

  test('markup in names and values shows as those characters everywhere, runs nothing, and breaks no policy', async () => {
    const { page, close } = await suite.open(1280, 720);
    const { dialogs } = await watch(page);
    await page.goto(suite.url());
    await waitForData(page, 1);
    await page.setInputFiles('[data-testid="file-input"]', [
      { name: CSV_NAME, mimeType: 'text/csv', buffer: readFileSync(join(DIR, 'buildings.csv')) },
      {
        name: 'communities.geojson',
        mimeType: 'application/geo+json',
        buffer: readFileSync(join(DIR, 'communities.geojson')),
      },
      { name: 'programme.json', mimeType: 'application/json', buffer: readFileSync(join(DIR, 'programme.json')) },
      {
        name: 'xss.xlsx',
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        buffer: await workbook(),
      },
    ]);
    await waitForData(page, 2);
    expect(Number(await page.getAttribute('[data-testid="shown-count"]', 'data-total'))).toBe(6);

    // The summary table: one street office, named with the markup, as text.
    const rows = await page.$$eval('[data-testid="street-summary"] tbody tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-key'), tr.querySelector('th, td')?.textContent]),
    );
    expect(rows).toEqual([[STREET, STREET]]);

    // The import report: file names, the column's name and the words it could not read.
    if ((await page.locator('[data-testid="import-report"].open').count()) === 0)
      await page.click('[data-testid="import-report-toggle"]');
    const report = (await page.textContent('[data-testid="import-report"]')) ?? '';
    for (const text of [CSV_NAME, NOTE_HEADER, STAGE]) expect(report, text).toContain(text);
    await expectNothingRan(page, dialogs);

    // A building's tooltip and detail panel.
    await page.evaluate(([z, lat, lng]) => (location.hash = `#map=${z}/${lat}/${lng}`), [
      ZOOM,
      X01[1],
      X01[0],
    ] as const);
    await page.waitForFunction((z) => location.hash.startsWith(`#map=${z}/`), ZOOM);
    await waitForMap(page);
    const v = await mapView(page, X01[0], X01[1], ZOOM);
    const [bx, by] = pagePoint(v, X01);
    await page.mouse.move(bx, by);
    const tip = '[data-testid="map-tooltip"][data-kind="building"]';
    await page.waitForSelector(tip, { timeout: 20_000 });
    expect(await factText(page, tip, 'community')).toBe(COMMUNITY);
    await screenshot(page, 'security-tooltip-1280x720');
    await page.mouse.click(bx, by);
    const panel = '[data-testid="detail-panel"]';
    await page.waitForSelector(panel);
    expect(await factText(page, panel, 'id')).toBe('X-01');
    expect(await factText(page, panel, 'community')).toBe(COMMUNITY);
    expect(await factText(page, panel, 'street')).toBe(STREET);
    expect(await factText(page, panel, 'shequ')).toBe(SHEQU);
    expect(await factText(page, panel, 'extra:地址')).toBe(ADDRESS_1);
    expect(await page.locator(`${panel} [data-field="extra:${NOTE_HEADER}"] dt`).textContent()).toBe(NOTE_HEADER);
    expect(await factText(page, panel, `extra:${NOTE_HEADER}`)).toBe(NOTE);
    expect(await factText(page, panel, 'source')).toBe(`${CSV_NAME}:2`);
    // Still at 施工 after its programme step's end: overdue, the step named as the programme writes it.
    expect(await page.textContent(`${panel} [data-testid="overdue-flag"]`)).toContain(STEP);
    await screenshot(page, 'security-detail-1280x720');
    await page.click('[data-testid="detail-close"]');
    await page.waitForSelector(panel, { state: 'detached' });

    // The community's tooltip and detail panel (its polygon's own column included).
    const [cx, cy] = pagePoint(v, COMMUNITY_SPOT);
    await page.mouse.move(cx, cy);
    const communityTip = '[data-testid="map-tooltip"][data-kind="community"]';
    await page.waitForSelector(communityTip, { timeout: 20_000 });
    expect(await factText(page, communityTip, 'community')).toBe(COMMUNITY);
    await page.mouse.click(cx, cy);
    await page.waitForSelector(`${panel}[data-kind="community"]`);
    expect(await factText(page, panel, 'community')).toBe(COMMUNITY);
    expect(await factText(page, panel, 'extra:物业公司')).toBe(MANAGER);
    await page.click('[data-testid="detail-close"]');

    // The legend names fixed classes only: no user text reaches it.
    expect(await page.textContent('[data-testid="legend"]')).not.toMatch(/[<>]/);
    await expectNothingRan(page, dialogs);

    // The candidate list, by community.
    await page.click('[data-testid="select-filtered"]');
    await page.waitForSelector('[data-testid="selection-totals"][data-buildings="6"]');
    await page.click('[data-testid="add-to-list-open"]');
    await page.click('[data-testid="add-to-list"]');
    await page.waitForSelector('[data-testid="candidate-list"] tr[data-key="合计"]');
    const list = await page.$$eval('[data-testid="candidate-list"] tbody tr[data-kind]', (trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
    );
    expect(list.flat()).toEqual(expect.arrayContaining([COMMUNITY, STREET, SHEQU]));
    await screenshot(page, 'security-list-1280x720');
    await expectNothingRan(page, dialogs);

    // Exports, read back: the same characters in every file, the columns kept as written (and their names) too.
    const buildingsCsv = csvCells(await download(page, 'export-buildings'));
    for (const text of [COMMUNITY, STREET, SHEQU, XLSX_ID, ADDRESS_1, NOTE_HEADER, NOTE])
      expect(buildingsCsv, text).toContain(text);
    expect(csvCells(await download(page, 'export-summary'))).toContain(STREET);
    const buildingsXlsx = await xlsxStrings(await download(page, 'export-buildings-xlsx', 'export-menu'));
    for (const text of [COMMUNITY, STREET, SHEQU, XLSX_ID, ADDRESS_1, NOTE_HEADER, NOTE])
      expect(buildingsXlsx, text).toContain(text);
    expect(await xlsxStrings(await download(page, 'export-summary-xlsx', 'export-menu'))).toContain(STREET);
    const geo = JSON.parse((await download(page, 'export-filtered-geojson', 'export-menu')).bytes.toString('utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const props = geo.features.map((f) => f.properties);
    expect(props).toHaveLength(6);
    expect(props.map((p) => p['小区名称'])).toEqual(Array(6).fill(COMMUNITY));
    expect(props.map((p) => p['街道'])).toEqual(Array(6).fill(STREET));
    expect(props.map((p) => p['社区'])).toEqual(Array(6).fill(SHEQU));
    expect(props.map((p) => p[NOTE_HEADER])).toContain(NOTE);
    const listXlsx = await xlsxStrings(await download(page, 'list-export-xlsx', 'list-export-menu'));
    for (const text of [COMMUNITY, STREET, SHEQU]) expect(listXlsx, text).toContain(text);
    expect(csvCells(await download(page, 'list-export-table-csv', 'list-export-menu'))).toContain(COMMUNITY);
    await expectNothingRan(page, dialogs);

    // The brief: the programme's name and source, the street office, the file names; then drawn to PNG and PDF.
    await page.click('[data-testid="brief-button"]');
    await page.waitForSelector('[data-testid="brief-preview"][data-ready="true"]');
    expect(await page.textContent('[data-testid="brief-title"]')).toContain(PROGRAMME);
    const sources = (await page.textContent('[data-testid="brief-sources"]')) ?? '';
    for (const text of [CSV_NAME, PROGRAMME_SOURCE]) expect(sources, text).toContain(text);
    expect(await page.textContent('[data-testid="brief-page"]')).toContain(STREET);
    await screenshot(page, 'security-brief-1280x720');
    const png = await download(page, 'brief-png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const pdf = await download(page, 'brief-pdf');
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The page's title is the app's own: no user text reaches it.
    expect(await page.title()).toMatch(/^旧改一张图 · [^<>]+$/);
    await expectNothingRan(page, dialogs);
    await close();
  });
});
