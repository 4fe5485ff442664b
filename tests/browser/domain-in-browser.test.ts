/**
 * The same src/domain and src/io code in real Chromium (vitest browser mode): GB18030 decoding
 * and the whole import + summarize path run in the browser exactly as in Node.
 */
import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/domain/aggregate.ts';
import { detectEncoding } from '../../src/io/detect-encoding.ts';
import { importFiles } from '../../src/io/import-files.ts';

// Written by `iconv -f utf-8 -t gbk` from a four-line CSV with Chinese headers (one row lacks a longitude).
const GBK_HEX =
  'c2a5b6b0b1e0bac52cd0a1c7f8c3fbb3c62cbdd6b5c02cbeadb6c82cceb3b6c82cbda8b3c9c4eab4fa2cbba7cafd2cbda8d6fec3e6bbfda3a8cdf2c6bdb7bdc3d7a3a92cb8c4d4ecbdf8b6c82cbcc6bbaec4eab6c80d0a42312cb0cbd2bbd0a1c7f82cc1d9b3c7bdd6b5c02c3131372e32352c33342e37392c3930c4eab4fa2c32342c302e31382ccaa9b9a4d6d02c323032320d0a42322cbaa3bad3bba8d4b02cc1d9b3c7bdd6b5c02c3131372e32362c33342e38302c323030332c34302c33303030c6bdb7bdc3d72cd2d1cdeab9a42c323032320d0a42332cbaa3bad3bba8d4b02cc1d9b3c7bdd6b5c02c2c33342e38302c323030332c34302c302e332cd2d1cdeab9a42c323032320d0a';

function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

describe('import in the browser', () => {
  it('detects GBK and reads Chinese headers and values', () => {
    const bytes = hexBytes(GBK_HEX);
    expect(detectEncoding(bytes)).toBe('gb18030');
    const data = importFiles([{ name: '楼栋.csv', bytes }]);
    expect(data.report.rowsRead).toBe(3);
    expect(data.report.rowsLoaded).toBe(2);
    expect(data.report.rejected).toHaveLength(1);
    expect(data.report.rejected[0]).toMatchObject({ file: '楼栋.csv', line: 4, code: 'missing-coordinates' });
    const s = summarize(data, { by: 'street', year: 2022 });
    expect(s.groups.map((g) => g.key)).toEqual(['临城街道']);
    expect(s.total).toMatchObject({
      communities: 2,
      buildings: 2,
      households: 64,
      floorAreaM2: 4800, // 0.18万平方米 + 3000平方米
      programmeHouseholds: 64,
      startedHouseholds: 64,
      completedHouseholds: 40,
      eligibleBuildings: 1, // 90年代 only
    });
    expect(s.total.completionRateHouseholds).toBeCloseTo(40 / 64, 12);
  });
});
