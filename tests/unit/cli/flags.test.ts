/**
 * Every documented flag of every command (the usage text and the README's command-line lines), run
 * through the command line's own entry (runAsync) with its files read from disk, and checked by
 * what it does: figures, columns, coordinates. --kind, --crs and --swap-xy before files work for
 * validate, summarize and export alike (one parser for all three).
 */
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { buildingListSheet } from '../../../src/domain/building-list.ts';
import { buildingKeys, makeEntries } from '../../../src/domain/candidate-list.ts';
import { fromWgs84 } from '../../../src/domain/crs.ts';
import { DEFAULT_ELIGIBILITY } from '../../../src/domain/eligibility.ts';
import { parseDate } from '../../../src/domain/parse-values.ts';
import { tableAsOf } from '../../../src/domain/schedule.ts';
import { TYPE_BIT } from '../../../src/domain/vocabulary.ts';
import { listToCsv } from '../../../src/io/candidate-list-file.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { sheetBytes } from '../../../src/io/sheet-files.ts';
import { sampleBuildingsRewritten } from '../../fixtures/sample-rewritten.ts';
import { fixtureFile, fixturePath, runCli } from '../support.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-flags-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string): string => join(dir, name);

const AGG = fixturePath('csv/aggregate-buildings.csv');
const AGG_AREAS = fixturePath('geojson/aggregate-communities.geojson');
const SAMPLE = 'data/sample/buildings.csv';
const sample = importFiles([{ name: 'buildings.csv', bytes: new Uint8Array(readFileSync(SAMPLE)) }]).buildings;
const sampleRow = new Map(sample.id.map((id, i) => [id, i]));
// The sample's buildings as map pickers write them: in GCJ-02, and with longitude and latitude swapped.
writeFileSync(at('gcj.csv'), sampleBuildingsRewritten(fromWgs84('gcj02'), 7));
writeFileSync(
  at('swapped.csv'),
  sampleBuildingsRewritten((x, y) => [y, x], 6),
);

const cli = runCli;

type Json = Record<string, unknown> & {
  by: string;
  groups: Record<string, unknown>[];
  total: Record<string, number>;
  report: { rowsLoaded: number; rejected: unknown[]; files: Record<string, unknown>[] };
};

async function json(...argv: string[]): Promise<Json> {
  const r = await cli('summarize', ...argv, '--json');
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out);
}

/** The rows of a CSV the export wrote (BOM dropped), header first. */
function csv(path: string): string[][] {
  return Papa.parse<string[]>(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
}

/** Metres between a written lng/lat and the sample building's own WGS84 point. */
function metresFromSample(id: string, lng: number, lat: number): number {
  const i = sampleRow.get(id)!;
  return Math.hypot((lng - sample.lng[i]) * 91_000, (lat - sample.lat[i]) * 111_000);
}

describe('validate', () => {
  it('--kind before a file forces its kind, and the report says it was the flag', async () => {
    const r = await cli('validate', '--kind', 'communities', fixturePath('geojson/streets.geojson'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('streets.geojson  [communities, --kind,');
  });

  it('--crs gcj02 before a file reads it as GCJ-02: no row rejected, nothing suggested', async () => {
    const r = await cli('validate', '--crs', 'gcj02', at('gcj.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(
      /gcj\.csv {2}\[buildings, utf-8, gcj02\] {2}读取 read 3951 {2}载入 loaded 3951 {2}拒绝 rejected 0/,
    );
  });

  it('--swap-xy reads latitude-first coordinates; without it every row is out of range (exit 1)', async () => {
    expect((await cli('validate', at('swapped.csv'))).code).toBe(1);
    const r = await cli('validate', '--swap-xy', at('swapped.csv'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('[buildings, utf-8, wgs84+swapped]');
  });
});

describe('summarize', () => {
  it.each([
    ['street', 'street', ['常庄街道', '临城街道']],
    ['community', 'community', ['常庄新村', '东风小区', '光明小区', '建设新村', '幸福小区']],
    ['shequ', 'shequ', ['东风社区', '建设社区', '新村社区', '幸福社区']],
    ['area', 'area', ['八一片区', '海河片区']],
    ['year', 'planYear', ['2023', '2024', '']],
  ])('--by %s groups by %s', async (value, by, keys) => {
    const out = await json(AGG, AGG_AREAS, '--by', value);
    expect(out.by).toBe(by);
    expect(out.groups.map((g) => g.key)).toEqual(keys);
    expect(out.groups.reduce((s, g) => s + (g.households as number), 0)).toBe(340);
  });

  it('--year: that year’s programme only', async () => {
    const out = await json(AGG, AGG_AREAS, '--year', '2024');
    expect([out.year, out.total.programmeHouseholds, out.total.programmeBuildings]).toEqual([2024, 50, 2]);
  });

  it('--cutoff, --no-grade-c, --no-non-complete and each --grade-d change who is eligible', async () => {
    const eligible = async (...flags: string[]) => {
      const t = (await json(AGG, AGG_AREAS, ...flags)).total;
      return [t.eligibleBuildings, t.eligibleHouseholds];
    };
    expect(await eligible()).toEqual([5, 110]);
    expect(await eligible('--cutoff', '1980')).toEqual([2, 30]);
    expect(await eligible('--no-grade-c')).toEqual([4, 80]);
    expect((await eligible('--no-non-complete'))[0]).toBe(4);
    // A5 is grade D, built 1985: 'flag' lets the year decide, 'eligible' takes it whatever, 'exclude' drops it.
    expect(await eligible('--grade-d', 'flag')).toEqual([5, 110]);
    expect(await eligible('--grade-d', 'exclude')).toEqual([4, 60]);
    expect(await eligible('--cutoff', '1980', '--grade-d', 'flag')).toEqual([2, 30]);
    expect(await eligible('--cutoff', '1980', '--grade-d', 'eligible')).toEqual([3, 80]);
  });

  it('--reserve-to and --reserve-share: the reserve tier, as the aggregation counts it', async () => {
    const data = importFiles([fixtureFile('csv/filter-buildings.csv')]);
    const file = fixturePath('csv/filter-buildings.csv');
    for (const [flags, settings] of [
      [['--reserve-to', '2008'], { ...DEFAULT_ELIGIBILITY, reserveTo: 2008 }],
      [['--reserve-to', '2008', '--reserve-share', '1'], { ...DEFAULT_ELIGIBILITY, reserveTo: 2008, reserveShare: 1 }],
    ] as const) {
      const out = await json(file, '--year', '2023', ...flags);
      const expected = summarize(data, { year: 2023, eligibility: settings }).total;
      expect(out.total).toEqual(JSON.parse(JSON.stringify(expected)));
    }
    expect(
      (await json(file, '--year', '2023', '--reserve-to', '2008', '--reserve-share', '1')).total.eligibleBuildings,
    ).toBe(6);
  });

  it('--as-of: the figures as they stood that day, read off the stage dates', async () => {
    const now = await json(SAMPLE, '--year', '2023');
    const then = await json(SAMPLE, '--year', '2023', '--as-of', '2023-06-01');
    expect(then.asOf).toBe('2023-06-01');
    expect(then.overdueCheckedOn).toBe('2023-06-01');
    const data = importFiles([{ name: 'buildings.csv', bytes: new Uint8Array(readFileSync(SAMPLE)) }]);
    const view = { ...data, buildings: tableAsOf(data.buildings, parseDate('2023-06-01')) };
    const expected = summarize(view, { year: 2023 }).total;
    expect([then.total.startedHouseholds, then.total.completedHouseholds]).toEqual([
      expected.startedHouseholds,
      expected.completedHouseholds,
    ]);
    expect(then.total.completedHouseholds).toBeLessThan(now.total.completedHouseholds);
  });

  it('--json is the summary as JSON; without it a text table on stdout', async () => {
    expect((await json(AGG, AGG_AREAS)).total.households).toBe(340);
    const text = await cli('summarize', AGG, AGG_AREAS, '--by', 'area');
    expect(text.out).toContain('按片区汇总');
    expect(text.out).toMatch(/合计 +5 +10 +340 /);
  });

  it('--kind, --crs and --swap-xy before files: the same figures as the WGS84 sample, each file read as told', async () => {
    const wgs = await json(SAMPLE);
    const gcj = await json('--crs', 'gcj02', at('gcj.csv'));
    expect(gcj.report.files[0]).toMatchObject({ kind: 'buildings', crs: 'gcj02', rowsLoaded: 3951 });
    expect(gcj.total).toEqual(wgs.total);
    const swapped = await json('--swap-xy', at('swapped.csv'));
    expect(swapped.report.files[0]).toMatchObject({ crs: 'wgs84+swapped', rowsLoaded: 3951 });
    expect(swapped.total).toEqual(wgs.total);
    // A CSV named .json is not read as buildings unless --kind says so.
    copyFileSync(AGG, at('agg.json'));
    const unkinded = await cli('summarize', at('agg.json'), '--json');
    expect(unkinded.code).toBe(1); // no building loaded (tests/unit/cli/nothing-loaded.test.ts)
    expect(unkinded.err).toContain('agg.json');
    expect(JSON.parse(unkinded.out).report.rowsLoaded).toBe(0);
    const kinded = await json('--kind', 'buildings', at('agg.json'));
    expect(kinded.report.files[0]).toMatchObject({ kind: 'buildings', rowsLoaded: 7 });
    expect(kinded.total.households).toBe(220);
  });
});

describe('export', () => {
  it('--out .csv, .xlsx and .geojson: the building list, one row or feature per building', async () => {
    expect((await cli('export', AGG, '--out', at('b.csv'))).out).toBe(`${at('b.csv')}: 7 行 rows\n`);
    const rows = csv(at('b.csv'));
    expect(rows[0].slice(0, 2)).toEqual(['楼栋编号', '小区编号']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7']);
    expect((await cli('export', AGG, '--out', at('b.xlsx'))).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(at('b.xlsx'));
    const ws = wb.worksheets[0];
    expect([ws.name, ws.getCell('A1').value, ws.getCell('A8').value, ws.rowCount]).toEqual([
      '楼栋清单',
      '楼栋编号',
      'A7',
      8,
    ]);
    expect((await cli('export', AGG, '--out', at('b.geojson'))).code).toBe(0);
    const fc = JSON.parse(readFileSync(at('b.geojson'), 'utf8'));
    expect(fc.features).toHaveLength(7);
    expect(fc.features[0].geometry.coordinates).toEqual([117.011, 34.011]);
    expect(fc.features[0].properties['楼栋编号']).toBe('A1');
  });

  it('--year: that year’s programme only', async () => {
    await cli('export', AGG, '--year', '2023', '--out', at('y.csv'));
    expect(
      csv(at('y.csv'))
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['A1', 'A2', 'A3', 'A7']);
  });

  it.each([
    ['street', '街道', ['常庄街道', '临城街道']],
    ['community', '小区', ['常庄新村', '东风小区', '光明小区', '幸福小区']],
    ['shequ', '社区', ['东风社区', '新村社区', '幸福社区']],
    ['area', '片区', ['八一片区', '海河片区']],
    ['year', '计划年度', ['2023', '2024', '（未指明）']],
  ])('--table --by %s: the summary table by %s, 合计 last', async (by, label, keys) => {
    expect((await cli('export', AGG, '--table', '--by', by, '--out', at(`t-${by}.csv`))).code).toBe(0);
    const rows = csv(at(`t-${by}.csv`));
    expect(rows[0].slice(0, 4)).toEqual([label, '计划小区（个）', '计划楼栋（栋）', '计划户数（户）']);
    expect(rows.slice(1, -1).map((r) => r[0])).toEqual(keys);
    expect(rows.at(-1)?.slice(0, 4)).toEqual(['合计', '4', '6', '180']);
  });

  it('--list: a candidate list file (here a CSV; JSON in export-command.test.ts) as the plan table', async () => {
    const data = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
    const keys = buildingKeys(data.buildings, data.fileNames);
    const entries = makeEntries(
      data.buildings,
      keys,
      Uint32Array.of(0, 4),
      2024,
      TYPE_BIT.basic,
      '2025-01-01T00:00:00.000Z',
    );
    writeFileSync(at('list.csv'), listToCsv(entries, data.buildings, null));
    expect((await cli('export', AGG, '--list', at('list.csv'), '--out', at('l.csv'))).code).toBe(0);
    const rows = csv(at('l.csv'));
    expect(rows.slice(1).map((r) => r.slice(1, 7))).toEqual([
      ['常庄街道', '新村社区', '常庄新村', '1985年', '1', '50'],
      ['常庄街道小计', '', '', '', '1', '50'],
      ['临城街道', '东风社区', '东风小区', '1990年', '1', '10'],
      ['临城街道小计', '', '', '', '1', '10'],
      ['合计', '', '', '', '2', '60'],
    ]);
  });

  it('--out-crs gcj02: the coordinates the page’s GCJ-02 export writes (src/io/sheet-files.ts)', async () => {
    expect((await cli('export', SAMPLE, '--out', at('gcj-out.csv'), '--out-crs', 'gcj02')).code).toBe(0);
    const rows = csv(at('gcj-out.csv'));
    const [x, y] = [rows[0].indexOf('经度（GCJ-02）'), rows[0].indexOf('纬度（GCJ-02）')];
    expect(x).toBeGreaterThan(0);
    expect(rows[0]).not.toContain('经度');
    expect(rows.length - 1).toBe(sample.length);
    const toGcj = fromWgs84('gcj02');
    for (const r of rows.slice(1)) {
      const i = sampleRow.get(r[0])!;
      const [gx, gy] = toGcj(sample.lng[i], sample.lat[i]);
      expect(Math.abs(Number(r[x]) - gx)).toBeLessThan(2e-7);
      expect(Math.abs(Number(r[y]) - gy)).toBeLessThan(2e-7);
    }
    // Byte for byte the file the page's buildings export makes in GCJ-02 (ui/export-files.ts → sheetBytes).
    const page = await sheetBytes([buildingListSheet(sample, null, '筛选楼栋-全区')], 'csv', 'gcj02');
    expect(readFileSync(at('gcj-out.csv'), 'utf8')).toBe(page.content);
  });

  it('--crs gcj02 before files: the sample written in GCJ-02 comes out where the WGS84 sample is (0.5 m)', async () => {
    const r = await cli('export', '--crs', 'gcj02', at('gcj.csv'), '--out', at('from-gcj.csv'));
    expect([r.code, r.err]).toEqual([0, '']);
    const rows = csv(at('from-gcj.csv'));
    const [x, y] = [rows[0].indexOf('经度'), rows[0].indexOf('纬度')];
    expect(rows.length - 1).toBe(sample.length);
    for (const row of rows.slice(1)) expect(metresFromSample(row[0], Number(row[x]), Number(row[y]))).toBeLessThan(0.5);
  });

  it('--swap-xy and --kind before files', async () => {
    expect((await cli('export', '--swap-xy', at('swapped.csv'), '--out', at('unswapped.geojson'))).code).toBe(0);
    const fc = JSON.parse(readFileSync(at('unswapped.geojson'), 'utf8'));
    expect(fc.features).toHaveLength(sample.length);
    for (const f of fc.features) {
      const [lng, lat] = f.geometry.coordinates;
      expect(metresFromSample(f.properties['楼栋编号'], lng, lat)).toBeLessThan(0.01);
    }
    copyFileSync(AGG, at('agg-list.json'));
    const unkinded = await cli('export', at('agg-list.json'), '--out', at('unkinded.csv'));
    expect(unkinded.code).toBe(1); // no building loaded: nothing written
    expect(existsSync(at('unkinded.csv'))).toBe(false);
    await cli('export', '--kind', 'buildings', at('agg-list.json'), '--out', at('kinded.csv'));
    expect(csv(at('kinded.csv'))).toHaveLength(8);
  });
});
