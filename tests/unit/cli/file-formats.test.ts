/**
 * Files as offices send them, through the command line's own entry (runAsync) from disk: an old
 * .xls summarizes to the same figures as the same rows in a CSV; a KML or KMZ of community
 * polygons validates as communities and names the buildings inside them; a Word document or a
 * PDF is one rejection naming its format, exit 1.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cfbBytes, kmlBytes, kmzBytes, xlsBytes, type Placemark, type XlsCell } from '../../fixtures/formats.ts';
import { fixturePath, runCli } from '../support.ts';

const dir = mkdtempSync(join(tmpdir(), 'atlas-formats-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = (name: string, bytes: Uint8Array | string): string => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};

const cli = runCli;

async function summary(...argv: string[]): Promise<{ groups: unknown[]; total: unknown }> {
  const r = await cli('summarize', ...argv, '--json');
  expect(r.code, r.err).toBe(0);
  const { groups, total } = JSON.parse(r.out);
  return { groups, total };
}

/** aggregate-buildings.csv with a start date, as cells: 户数 and 计划年度 stored as text, the rest typed. */
function aggregateRows(): { header: string[]; rows: XlsCell[][] } {
  const [header, ...lines] = readFileSync(fixturePath('csv/aggregate-buildings.csv'), 'utf8').trim().split('\n');
  const cols = header.split(',');
  const typed = new Set(['建成年代', '建筑面积', '经度', '纬度']);
  const rows = lines.map((line, k): XlsCell[] => [
    ...line.split(',').map((v, c) => (v === '' ? null : typed.has(cols[c]) ? Number(v) : v)),
    new Date(Date.UTC(2023, 3, 20 + k)),
  ]);
  return { header: [...cols, '开工日期'], rows };
}

describe('.xls through the command line', () => {
  it('summarize gives the same figures as the same rows in a CSV (by street, by year, as of a day)', async () => {
    const { header, rows } = aggregateRows();
    const xls = at(
      '楼栋.xls',
      xlsBytes([
        { name: '楼栋', rows: [header, ...rows] },
        { name: '说明', rows: [['x']] },
      ]),
    );
    const csvText = [header, ...rows]
      .map((r) => r.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : (v ?? ''))).join(','))
      .join('\r\n');
    const csv = at('楼栋.csv', csvText);
    const areas = fixturePath('geojson/aggregate-communities.geojson');
    const fromXls = await summary(xls, areas);
    expect(fromXls).toEqual(await summary(csv, areas));
    // Seven building rows, and 建设新村's three buildings and 120 households from its attributes.
    expect(fromXls.total).toMatchObject({ buildings: 7 + 3, households: 220 + 120 });
    for (const by of [
      ['--by', 'year'],
      ['--by', 'community', '--as-of', '2023-04-23'],
    ])
      expect(await summary(xls, areas, ...by)).toEqual(await summary(csv, areas, ...by));
    const v = await cli('validate', xls);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/楼栋\.xls {2}\[buildings, [^\]]*utf-8\] {2}读取 read 7 {2}载入 loaded 7 {2}拒绝 rejected 0/);
    expect(v.out).toContain('读取工作表“楼栋”（共 2 个：楼栋、说明）');
  });
});

describe('KML and KMZ through the command line', () => {
  const areas: Placemark[] = [
    { name: '东风小区', at: [117.01, 34.01] },
    { name: '幸福小区', at: [117.05, 34.05] },
  ];
  const buildings = ['楼栋编号,户数,经度,纬度', 'K1,10,117.012,34.012', 'K2,20,117.015,34.015', 'K3,30,117.055,34.055'];

  it.each([
    ['改造小区.kml', kmlBytes(areas, 'GBK'), '改造小区.kml  [communities, gb18030]'],
    ['改造小区.kmz', kmzBytes(areas), '改造小区.kmz/doc.kml  [communities, utf-8]'],
  ])('validate %s: its polygons are communities; the buildings inside take their names', async (name, bytes, line) => {
    const file = at(name, bytes);
    const v = await cli('validate', file);
    expect(v.code, v.out).toBe(0);
    expect(v.out).toContain(`${line}  读取 read 2  载入 loaded 2  拒绝 rejected 0`);
    const csv = at('无小区名.csv', buildings.join('\n'));
    const s = await summary(csv, file, '--by', 'community');
    expect(s.groups).toEqual([
      expect.objectContaining({ key: '东风小区', buildings: 2, households: 30 }),
      expect.objectContaining({ key: '幸福小区', buildings: 1, households: 30 }),
    ]);
  });
});

describe('formats not read, through the command line', () => {
  it('validate names the file and the format (.doc, .pdf, a PNG by its bytes), reads no row, exits 1; the other files are read', async () => {
    const doc = at('会议纪要.doc', cfbBytes(['WordDocument']));
    const pdf = at('批复.pdf', '%PDF-1.7\n1 0 obj\n<< >>\nendobj\n');
    // A screenshot of the map, saved under a name that says nothing of what it is.
    const png = at('现场照片.csv', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const v = await cli('validate', doc, pdf, png, fixturePath('csv/aggregate-buildings.csv'));
    expect(v.code).toBe(1);
    expect(v.out).toContain(
      '会议纪要.doc:0  此格式不能读取（Word 文档）：请另存为 .xlsx、.csv 或 .geojson 后再导入 ' +
        '(This format is not read (Word document): save it as .xlsx, .csv or .geojson and load it again)',
    );
    expect(v.out).toContain('批复.pdf:0  此格式不能读取（PDF 文件）');
    expect(v.out).toContain('现场照片.csv:0  此格式不能读取（PNG 图片）');
    expect(v.out).toMatch(/会议纪要\.doc {2}\[unknown, [^\]]+\] {2}读取 read 0 {2}载入 loaded 0 {2}拒绝 rejected 1/);
    expect(v.out).toMatch(/aggregate-buildings\.csv .* 载入 loaded 7/);
    const s = await cli('summarize', doc, fixturePath('csv/aggregate-buildings.csv'), '--json');
    expect(JSON.parse(s.out).report.rejected).toEqual([
      expect.objectContaining({ file: '会议纪要.doc', line: 0, code: 'unreadable-format' }),
    ]);
  });
});
