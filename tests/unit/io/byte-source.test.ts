/**
 * Streaming from a ByteSource (how the browser's worker reads a picked File and the command line
 * a file on disk) gives exactly what reading the bytes in memory gives, while never asking for
 * more than a slice at a time; and the browser's limits refuse, before parsing, a file it cannot
 * hold, or set aside a file that turns out longer than its head promised.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { diskSource } from '../../../src/cli/file-source.ts';
import { readRange, sizeOf, type ByteSource } from '../../../src/io/byte-source.ts';
import { BROWSER_LIMITS, browserRefusal, estimateCsvRows, HEAD_BYTES } from '../../../src/io/file-limits.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureBytes } from '../support.ts';

/** Bytes in memory behind the ByteSource interface, recording every range asked for. */
function spySource(bytes: Uint8Array): ByteSource & { reads: [number, number][] } {
  const reads: [number, number][] = [];
  return {
    size: bytes.length,
    reads,
    read(start, end) {
      reads.push([start, end]);
      return bytes.slice(start, end);
    },
  };
}

const HEADER = '楼栋编号,小区名称,所属街道,经度,纬度,建成年份,户数,建筑面积';

function buildingsCsv(rows: number, note = ''): string {
  const lines = [HEADER + (note ? ',备注' : '')];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `B${i},小区${i % 37},街道${i % 5},${(117.1 + (i % 100) * 0.001).toFixed(4)},${(34.7 + (i % 90) * 0.001).toFixed(4)},${1980 + (i % 25)},${10 + (i % 30)},${800 + i}${note ? ',' + note : ''}`,
    );
  }
  return lines.join('\r\n') + '\r\n';
}

function gbk(text: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }));
}

describe('a ByteSource streams', () => {
  it('a 2.7 MB CSV in slices of at most 1 MB, with the same table, report and totals as the bytes in memory', () => {
    const bytes = new TextEncoder().encode(buildingsCsv(30_000, '这一栋的备注写得比较长一些'));
    expect(bytes.length).toBeGreaterThan(5 << 19);
    const src = spySource(bytes);
    const streamed = importFiles([{ name: 'b.csv', bytes: src }]);
    const inMemory = importFiles([{ name: 'b.csv', bytes }]);
    expect(streamed.report).toEqual(inMemory.report);
    expect(summarize(streamed)).toEqual(summarize(inMemory));
    expect(Array.from(streamed.buildings.lng)).toEqual(Array.from(inMemory.buildings.lng));
    expect(streamed.report.rowsLoaded).toBe(30_000);
    expect(Math.max(...src.reads.map(([a, b]) => b - a))).toBeLessThanOrEqual((1 << 20) + 1);
  });

  it('a GBK file that looks like UTF-8 for its first 64 KB is read again from the source as GB18030', () => {
    const text = buildingsCsv(3000).replace(/小区\d+/g, 'abc') + 'BX,八一小区,临城街道,117.21,34.81,1990,12,900\r\n';
    const bytes = gbk(text);
    expect(bytes.length).toBeGreaterThan(1 << 16);
    const data = importFiles([{ name: 'late.csv', bytes: spySource(bytes) }]);
    expect(data.report.files[0]).toMatchObject({ encoding: 'gb18030', rowsRead: 3001, rowsLoaded: 3001 });
    expect(data.buildings.length).toBe(3001);
    expect(summarize(data).groups.map((r) => r.key)).toContain('临城街道');
  });

  it('GeoJSON from a source is read whole (its parser needs it), after a look at its head', () => {
    const bytes = fixtureBytes('geojson/streets.geojson');
    const src = spySource(bytes);
    const data = importFiles([{ name: 'streets.geojson', bytes: src }]);
    expect(data.streets).toEqual(importFiles([{ name: 'streets.geojson', bytes }]).streets);
    expect(data.streets.length).toBeGreaterThan(0);
    expect(src.reads.at(-1)).toEqual([0, bytes.length]);
  });

  it('a file on disk (the command line) reads ranges, clamped to its size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-src-'));
    const path = join(dir, 'b.csv');
    const text = buildingsCsv(500);
    writeFileSync(path, text);
    const src = diskSource(path);
    expect(sizeOf(src)).toBe(Buffer.byteLength(text));
    expect(new TextDecoder().decode(readRange(src, 0, 6))).toBe('楼栋');
    expect(readRange(src, src.size - 2, src.size + 100)).toEqual(new Uint8Array([13, 10]));
    expect(importFiles([{ name: 'b.csv', bytes: src }]).report.rowsLoaded).toBe(500);
    expect(() => diskSource(dir)).toThrow();
  });
});

describe('the row limit', () => {
  it('sets aside a whole file longer than the limit, says so at line 0, and loads the other files', () => {
    const big = new TextEncoder().encode(buildingsCsv(1200));
    const small = new TextEncoder().encode(buildingsCsv(10));
    const data = importFiles(
      [
        { name: 'small.csv', bytes: small },
        { name: '全区楼栋.csv', bytes: spySource(big) },
      ],
      { maxRows: 1000 },
    );
    expect(data.buildings.length).toBe(10);
    const [s, b] = data.report.files;
    expect(s.rowsLoaded).toBe(10);
    expect(b.rowsLoaded).toBe(0);
    expect(b.rejected).toHaveLength(1);
    expect(b.rejected[0]).toMatchObject({ file: '全区楼栋.csv', line: 0, code: 'too-many-rows' });
    expect(b.rejected[0].reason).toContain('1,000');
    expect(b.rejected[0].reason).toContain('全区楼栋.csv');
  });

  it('counts each file on its own and allows exactly the limit', () => {
    const a = new TextEncoder().encode(buildingsCsv(1000));
    const data = importFiles(
      [
        { name: 'a.csv', bytes: a },
        { name: 'b.csv', bytes: a },
      ],
      { maxRows: 1000 },
    );
    expect(data.report.files.map((f) => f.rowsLoaded)).toEqual([1000, 1000]);
    // The same 1 000 ids in both files: one building each (issue 12, one building, one row).
    expect(data.buildings.length).toBe(1000);
    expect(data.report.rejected.filter((r) => r.code === 'too-many-rows')).toHaveLength(0);
  });
});

describe('browserRefusal', () => {
  const MiB = 1 << 20;
  const head = new TextEncoder().encode(buildingsCsv(2000)).subarray(0, HEAD_BYTES);

  it('estimates a CSV’s rows from the line breaks in its head', () => {
    const whole = new TextEncoder().encode(buildingsCsv(100));
    expect(estimateCsvRows(whole.length, whole)).toBe(102);
    const perRow = HEAD_BYTES / head.filter((b) => b === 10).length;
    expect(estimateCsvRows(500 * MiB, head)).toBeCloseTo((500 * MiB) / perRow, -3);
  });

  it('refuses a 500 MB CSV of such rows, naming the file, its size and the limit, in both languages', () => {
    const why = browserRefusal('全市楼栋.csv', 500 * MiB, head);
    expect(why).not.toBeNull();
    expect(why).toContain('全市楼栋.csv');
    expect(why).toContain('500 MB');
    expect(why).toContain('200 万行');
    expect(why).toContain('2,000,000');
    expect(why).toMatch(/已载入的数据不变.*\(.*data already loaded are unchanged/);
  });

  it('lets through a CSV under the row limit however big (it is streamed), and small files of every kind', () => {
    const wide = new TextEncoder().encode(buildingsCsv(40, 'x'.repeat(4000))).subarray(0, HEAD_BYTES);
    expect(estimateCsvRows(500 * MiB, wide)).toBeLessThan(BROWSER_LIMITS.rows);
    expect(browserRefusal('wide.csv', 500 * MiB, wide)).toBeNull();
    expect(browserRefusal('b.csv', 10 * MiB, head)).toBeNull();
    expect(browserRefusal('s.geojson', 10 * MiB, new TextEncoder().encode('{"type":"FeatureCollection"'))).toBeNull();
  });

  it('refuses GeoJSON, workbooks and zips above their sizes, told by content and name', () => {
    const json = new TextEncoder().encode('\uFEFF  {"type":"FeatureCollection","features":[');
    expect(browserRefusal('小区.json', BROWSER_LIMITS.jsonBytes + 1, json)).toContain('JSON');
    expect(browserRefusal('小区.json', BROWSER_LIMITS.jsonBytes, json)).toBeNull();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]);
    expect(browserRefusal('台账.xlsx', BROWSER_LIMITS.workbookBytes + 1, zip)).toContain('Excel');
    expect(browserRefusal('台账.xlsx', BROWSER_LIMITS.workbookBytes, zip)).toBeNull();
    expect(browserRefusal('shp.zip', BROWSER_LIMITS.zipBytes + 1, zip)).toContain('zip');
    expect(browserRefusal('shp.zip', BROWSER_LIMITS.workbookBytes + 1, zip)).toBeNull();
  });
});
