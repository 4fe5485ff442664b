/**
 * Files as offices send them (tests/fixtures/office-files.ts): a title and a 填报 line above a two-row
 * merged header, 序号, a section heading and a 小计 per town, 合计, a footer, serial dates, numbers
 * stored as text — as .xlsx, .xls, a WPS CSV in GBK and Excel's "Unicode text". Each gives the same
 * per-street table as the same rows in a plain CSV, through the importer and through the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import {
  officeGbkCsv,
  officeRows,
  officeSheet,
  officeUtf16Text,
  officeXls,
  officeXlsx,
  plainCsv,
} from '../../fixtures/office-files.ts';
import { runCli, utf8 } from '../support.ts';

const rows = officeRows();
const sheet = officeSheet(rows);

async function load(name: string, bytes: Uint8Array): Promise<Dataset> {
  return importFilesAsync([{ name, bytes }]);
}

const byStreet = (d: Dataset): unknown => summarize(d, { by: 'street' });

const FORMATS: [string, () => Promise<Uint8Array> | Uint8Array][] = [
  ['汇总表.xlsx', () => officeXlsx(sheet)],
  ['汇总表.xls', () => officeXls(sheet)],
  ['汇总表-WPS.csv', () => officeGbkCsv(sheet)],
  ['汇总表-Unicode.txt', () => officeUtf16Text(sheet)],
];

describe('an office table: title, merged two-row header, sections, 小计, 合计, footer', () => {
  const plain = load('plain.csv', utf8(plainCsv(rows)));

  it('the plain CSV itself loads every building, nothing skipped', async () => {
    const d = await plain;
    expect(d.report.rowsLoaded).toBe(rows.length);
    expect(d.report.rejected).toEqual([]);
    expect(d.report.files[0].skipped).toEqual([]);
  });

  for (const [name, make] of FORMATS) {
    describe(name, () => {
      const office = Promise.resolve(make()).then((b) => load(name, b));

      it('gives the same per-street table as the plain CSV', async () => {
        const [a, b] = await Promise.all([plain, office]);
        expect(b.report.rowsLoaded).toBe(rows.length);
        expect(b.report.rejected).toEqual([]);
        expect(byStreet(b)).toEqual(byStreet(a));
      });

      it('finds the header on lines 3–4 and lists the title, section, 小计, 合计 and footer rows by line', async () => {
        const f = (await office).report.files[0];
        expect([f.headerLine, f.headerRows]).toEqual([4, 2]);
        expect(f.skipped.map((s) => ({ line: s.line, code: s.code }))).toEqual(sheet.expectSkipped);
        expect(f.rowsRead).toBe(rows.length);
        expect(f.skipped[0].value).toBe('薛城区2024年城镇老旧小区改造项目汇总表');
      });

      it('reads the combined header: 坐标/经度 as longitude, 建筑面积/平方米 as m², the 万㎡ column kept', async () => {
        const cols = (await office).report.files[0].columns;
        const field = (h: string): string | null | undefined => cols.find((c) => c.header === h)?.field;
        expect(field('经度')).toBe('lng');
        expect(field('纬度')).toBe('lat');
        expect(field('建筑面积/平方米')).toBe('floorAreaM2');
        expect(field('建筑面积/万㎡')).toBe(null);
        expect(field('改造内容/基础类')).toBe(null);
        expect(field('序号')).toBe('seq');
      });

      it('reads serial dates as the days they are, the same as the plain file', async () => {
        const [a, b] = await Promise.all([plain, office]);
        expect([...b.buildings.startDay]).toEqual([...a.buildings.startDay]);
        expect([...b.buildings.completionDay]).toEqual([...a.buildings.completionDay]);
        expect(b.report.warnings.filter((w) => w.code.startsWith('bad-'))).toEqual([]);
      });

      it('the 小计 and 合计 rows agree with their buildings: no warning', async () => {
        expect((await office).report.warnings.filter((w) => w.code === 'totals-mismatch')).toEqual([]);
      });
    });
  }

  it('a 合计 row off by one household is warned, with both figures', async () => {
    const off = officeSheet(rows, 1);
    const d = await load('off.xlsx', await officeXlsx(off));
    const totalLine = off.expectSkipped.filter((s) => s.code === 'totals-row').at(-1)!.line;
    const warned = d.report.warnings.filter((w) => w.code === 'totals-mismatch');
    const households = rows.reduce((s, r) => s + Number(r.households || 0), 0);
    expect(warned.map((w) => [w.line, w.field, w.value])).toEqual([[totalLine, 'households', String(households + 1)]]);
    expect(warned[0].reason).toContain(`${households}`);
  });
});

describe('the CLI reads the office files as the plain one', () => {
  const dir = mkdtempSync(join(tmpdir(), 'office-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const cli = runCli;

  it('summarize --json by street: the same groups and totals for .xlsx, .xls, WPS CSV and Unicode text', async () => {
    const plain = join(dir, 'plain.csv');
    writeFileSync(plain, plainCsv(rows));
    const want = JSON.parse((await cli('summarize', plain, '--json')).out);
    for (const [name, make] of FORMATS) {
      const p = join(dir, name);
      writeFileSync(p, await make());
      const r = await cli('summarize', p, '--json');
      expect(r.code).toBe(0);
      const got = JSON.parse(r.out);
      expect([name, got.groups, got.total]).toEqual([name, want.groups, want.total]);
      expect(got.report.skipped.map((s: { line: number }) => s.line)).toEqual(sheet.expectSkipped.map((s) => s.line));
    }
  });

  it('validate lists the skipped rows by line and says where the header is', async () => {
    const p = join(dir, 'v.xlsx');
    writeFileSync(p, await officeXlsx(sheet));
    const r = await cli('validate', p);
    expect(r.out).toContain('表头 header: v.xlsx 第 3–4 行 (line 3–4)');
    expect(r.out).toContain(
      'v.xlsx:1  标题行（表头之上） (title row (above the header))  「薛城区2024年城镇老旧小区改造项目汇总表」',
    );
    expect(r.out).toMatch(/v\.xlsx:\d+ {2}合计行 \(totals row\) {2}「周营镇小计/);
    expect(r.out).toMatch(
      /v\.xlsx:\d+ {2}表尾（填报人、审核人等） \(footer \(filled in by, checked by …\)\) {2}「填报人：王晓明/,
    );
  });
});
