/**
 * A file that looks like UTF-8 for its first 64 KB and turns out to be GBK later (English
 * headers, Chinese names far down) is read again as GB18030, with nothing left over from the
 * first attempt.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sniffEncoding } from '../../../src/io/detect-encoding.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { summarize } from '../../../src/domain/aggregate.ts';

function gbk(text: string): Uint8Array {
  return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: text }));
}

describe('late GBK bytes after a UTF-8-looking start', () => {
  const lines = ['id,community,street,lng,lat,households'];
  for (let i = 0; i < 4000; i++) lines.push(`B${i},C${Math.floor(i / 10)},S1,117.2,34.8,10`);
  lines.push('BX,八一小区,临城街道,117.21,34.81,12');
  const bytes = gbk(lines.join('\r\n') + '\r\n');

  it('the sniffer is not certain', () => {
    expect(bytes.length).toBeGreaterThan(1 << 16);
    expect(sniffEncoding(bytes)).toEqual({ encoding: 'utf-8', certain: false });
  });

  it('reads the whole file as GB18030, once', () => {
    const data = importFiles([
      { name: 'late.csv', bytes },
      { name: 'second.csv', bytes: new TextEncoder().encode('id,lng,lat\nZ1,117.3,34.9\n') },
    ]);
    expect(data.report.files[0]).toMatchObject({ encoding: 'gb18030', rowsRead: 4001, rowsLoaded: 4001 });
    expect(data.buildings.length).toBe(4002);
    const s = summarize(data, { by: 'street' });
    expect(s.groups.map((g) => g.key)).toEqual(['临城街道', 'S1', '']); // zh-CN collation, unnamed last
    expect(s.total.households).toBe(40012);
    // No mojibake from the first, strict UTF-8 attempt is left in the dictionaries.
    expect(data.buildings.community.values.filter((v) => v.includes('\uFFFD'))).toEqual([]);
    expect(data.buildings.community.values).toContain('八一小区');
    expect(data.buildings.id[4001]).toBe('Z1');
  });
});
