/**
 * Broken and hostile input, thousands of cases: random bytes, CSV-like text from a nasty alphabet
 * (delimiters, quotes, line breaks, BOMs, NaN, Infinity, Chinese), truncated real files, mixed
 * encodings, swapped latitude and longitude, semicolon/tab/bar delimiters, a million-character
 * line, invalid polygons, mangled zips and workbooks. For every
 * one: no exception, a report for every file, and every data row accounted for — loaded or
 * listed as rejected with its line — never silently dropped.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileReport } from '../../../src/domain/import-report.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import type { InputFile } from '../../../src/io/input-file.ts';
import { gbkBytes, shapefileZip } from '../../fixtures/shapefile.ts';

const SAMPLE_CSV = new Uint8Array(readFileSync('data/sample/buildings.csv')).subarray(0, 40_000);
const SAMPLE_GEOJSON = new Uint8Array(readFileSync('data/sample/communities.geojson')).subarray(0, 40_000);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);

/**
 * Rows that were read are loaded or rejected (with a line): none vanish. Rows that are not buildings
 * (a title, a 合计 row, a footer) are listed as skipped, never also as read or rejected.
 */
function accounted(f: FileReport): void {
  expect(f.rowsLoaded).toBeLessThanOrEqual(f.rowsRead);
  const rejectedLines = new Set(f.rejected.filter((r) => r.line > 0).map((r) => r.line));
  expect(f.rowsLoaded + rejectedLines.size + f.warningsNotListed).toBeGreaterThanOrEqual(f.rowsRead);
  for (const s of f.skipped) expect(rejectedLines.has(s.line)).toBe(false);
}

function check(files: InputFile[]): void {
  const d = importFiles(files);
  expect(d.report.files.length).toBeGreaterThanOrEqual(files.length);
  for (const f of d.report.files) accounted(f);
  // A GeoJSON may hold points and polygons: its kind names the polygons, its points are buildings.
  expect(d.buildings.length).toBeLessThanOrEqual(d.report.files.reduce((s, f) => s + f.rowsLoaded, 0));
  for (let i = 0; i < d.buildings.length; i++) {
    expect(Number.isFinite(d.buildings.lng[i]) && Number.isFinite(d.buildings.lat[i])).toBe(true);
  }
}

const nasty = fc.constantFrom(
  ',',
  ';',
  '\t',
  '|',
  '"',
  '""',
  '\n',
  '\r\n',
  '\r',
  '\uFEFF',
  ' ',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '0',
  '117.2',
  '34.8',
  '经度',
  '纬度',
  '户数',
  '楼栋编号',
  '小区名称',
  '合计',
  '=1+1',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '万',
  '2023年4月20日',
  '九十年代',
  'x',
);

describe('fuzz: every importer, nothing thrown, nothing lost', () => {
  it('random bytes, with any name', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('a.csv', 'a.geojson', 'a.json', 'a.txt', 'a.zip', 'a'),
        (bytes, name) => check([{ name, bytes }]),
      ),
      { numRuns: RUNS },
    );
  });

  it('CSV-like text from a nasty alphabet, after a real header', () => {
    const header = '楼栋编号,小区名称,经度,纬度,户数,建筑面积,建成年代,改造进度,开工日期\n';
    fc.assert(
      fc.property(fc.array(nasty, { maxLength: 300 }), fc.boolean(), (parts, withHeader) => {
        check([{ name: 'f.csv', bytes: new TextEncoder().encode((withHeader ? header : '') + parts.join('')) }]);
      }),
      { numRuns: RUNS },
    );
  });

  it('truncated real files, and GBK bytes spliced into UTF-8', () => {
    fc.assert(
      fc.property(fc.nat(SAMPLE_CSV.length), fc.nat(SAMPLE_GEOJSON.length), fc.nat(2000), (a, b, at) => {
        const gbk = gbkBytes('临城街道,法院家属院,');
        const mixed = new Uint8Array([...SAMPLE_CSV.subarray(0, at), ...gbk, ...SAMPLE_CSV.subarray(at, at + 3000)]);
        check([
          { name: 'cut.csv', bytes: SAMPLE_CSV.subarray(0, a) },
          { name: 'cut.geojson', bytes: SAMPLE_GEOJSON.subarray(0, b) },
          { name: 'mixed.csv', bytes: mixed },
        ]);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('GeoJSON with hostile geometry: unclosed rings, self-intersections, wrong winding, NaN, nesting', () => {
    const coord = fc.oneof(fc.double({ min: 116, max: 118 }), fc.constantFrom(NaN, Infinity, 1e308, -0));
    const ring = fc.array(fc.tuple(coord, fc.double({ min: 34, max: 36 })), { maxLength: 8 });
    const geometry = fc.oneof(
      fc.record({ type: fc.constant('Polygon'), coordinates: fc.array(ring, { maxLength: 3 }) }),
      fc.record({
        type: fc.constant('MultiPolygon'),
        coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }),
      }),
      fc.record({ type: fc.constant('Point'), coordinates: fc.tuple(coord, coord) }),
      fc.record({ type: fc.constantFrom('LineString', 'GeometryCollection', 'Nonsense'), coordinates: fc.anything() }),
      fc.constant(null),
      fc.anything(),
    );
    const props = fc.oneof(
      fc.record({ 小区名称: fc.string(), 街道: fc.string() }),
      fc.record({ name: fc.string() }),
      fc.anything(),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ type: fc.constant('Feature'), geometry, properties: props }), { maxLength: 12 }),
        (features) => {
          const text = JSON.stringify({ type: 'FeatureCollection', features }, (_, v) =>
            typeof v === 'number' && !Number.isFinite(v) ? String(v) : v,
          );
          check([{ name: 'g.geojson', bytes: new TextEncoder().encode(text) }]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a Shapefile zip with bytes flipped or cut', () => {
    const zip = shapefileZip([
      {
        name: '楼栋',
        geometries: [
          { type: 'Point', coordinates: [117.2, 34.8] },
          { type: 'Point', coordinates: [117.21, 34.81] },
        ],
        fields: [
          { name: '小区名称', type: 'C', length: 20 },
          { name: '户数', type: 'N', length: 5 },
        ],
        rows: [
          ['东风小区', 10],
          ['幸福小区', 20],
        ],
        encoding: 'gbk',
      },
    ]);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(zip.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(zip.length),
        (flips, cut) => {
          const b = zip.slice(0, Math.max(cut, 1));
          for (const [i, v] of flips) if (i < b.length) b[i] = v;
          check([{ name: 'x.zip', bytes: b }]);
        },
      ),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it('a workbook with bytes flipped: reported, never thrown (async path)', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('楼栋').addRows([
      ['楼栋编号', '经度', '纬度'],
      ['A', 117.2, 34.8],
    ]);
    const xlsx = new Uint8Array(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(xlsx.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
        async (flips) => {
          const b = xlsx.slice();
          for (const [i, v] of flips) b[i] = v;
          const d = await importFilesAsync([{ name: 'b.xlsx', bytes: b }]);
          expect(d.report.files.length).toBeGreaterThanOrEqual(1);
          for (const f of d.report.files) accounted(f);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('latitude and longitude swapped: every row rejected with its line, the swap suggested; read swapped, all load where they belong', () => {
    const point = fc.tuple(fc.double({ min: 91, max: 135, noNaN: true }), fc.double({ min: 18, max: 53, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 60 }), (points) => {
        const text =
          '楼栋编号,经度,纬度\n' + points.map(([x, y], i) => `B${i},${y.toFixed(6)},${x.toFixed(6)}`).join('\n');
        const bytes = new TextEncoder().encode(text);
        const d = importFiles([{ name: 's.csv', bytes }]);
        const f = d.report.files[0];
        expect(d.buildings.length).toBe(0);
        expect(new Set(f.rejected.map((r) => r.line))).toEqual(new Set(points.map((_, i) => i + 2)));
        expect(f.crsSuggestion).toBe('swapped');
        expect(f.warnings[0]).toMatchObject({ line: 0, code: 'looks-swapped' });
        const fixed = importFiles([{ name: 's.csv', bytes, swapXY: true }]);
        expect(fixed.buildings.length).toBe(points.length);
        points.forEach(([x, y], i) => {
          expect(fixed.buildings.lng[i]).toBeCloseTo(x, 5);
          expect(fixed.buildings.lat[i]).toBeCloseTo(y, 5);
        });
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('the same rows with comma, semicolon, tab or bar between cells, CRLF or LF, give the same table', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 8 }).map((t) => t.replace(/[,;\t|"\r\n]/g, '')),
      fc.constantFrom('东风小区', '临城街道', '1990年', '九十年代'),
    );
    const row = fc.tuple(
      cell,
      cell,
      fc.double({ min: 116, max: 118, noNaN: true }),
      fc.double({ min: 34, max: 36, noNaN: true }),
      fc.nat(200),
    );
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 40 }),
        fc.constantFrom(';', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        (rows, sep, nl) => {
          const write = (d: string, n: string) =>
            new TextEncoder().encode(
              [
                '楼栋编号,小区名称,经度,纬度,户数'.replaceAll(',', d),
                ...rows.map(([id, name, x, y, h], i) => [`${i}-${id}`, name, x.toFixed(6), y.toFixed(6), h].join(d)),
              ].join(n) + n,
            );
          const comma = importFiles([{ name: 'a.csv', bytes: write(',', '\n') }]);
          const other = importFiles([{ name: 'a.csv', bytes: write(sep, nl) }]);
          expect(other.report.rowsLoaded).toBe(rows.length);
          expect(Array.from(other.buildings.lng)).toEqual(Array.from(comma.buildings.lng));
          expect(Array.from(other.buildings.households)).toEqual(Array.from(comma.buildings.households));
          expect(other.buildings.id).toEqual(comma.buildings.id);
        },
      ),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });

  it('a million-character line, a header of ten thousand columns, an unclosed quote', () => {
    const long = 'x'.repeat(1_000_000);
    check([
      { name: 'long.csv', bytes: new TextEncoder().encode(`楼栋编号,经度,纬度\n${long},117.2,34.8\nB,117.2,34.8\n`) },
    ]);
    check([
      {
        name: 'wide.csv',
        bytes: new TextEncoder().encode(`${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(',')}\n1,2,3\n`),
      },
    ]);
    const d = importFiles([
      {
        name: 'q.csv',
        bytes: new TextEncoder().encode(
          `楼栋编号,经度,纬度\n"A,117.2,34.8\nB,117.2,34.8\n${'C,117.2,34.8\n'.repeat(20_000)}`,
        ),
      },
    ]);
    // The unclosed quote on line 2 costs that line only: it is rejected with its line, the rest load.
    expect(d.report.files[0].rejected).toEqual([expect.objectContaining({ line: 2, code: 'unclosed-quote' })]);
    expect(d.report.files[0].rowsLoaded).toBe(20_001);
    // Rows sharing an id are one building (the 20 000 C rows one C): issue 12, one building, one row.
    expect(d.buildings.id).toEqual(['B', 'C']);
  });
});
