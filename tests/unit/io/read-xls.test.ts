/**
 * Old Excel workbooks (.xls, BIFF8, written here by SheetJS's own writer) through the same
 * importer as a CSV (src/io/read-xls.ts): the sheet as the CSV text Excel or WPS would save — a
 * merged title's value in its first cell only, dates as YYYY-MM-DD, numbers stored as text as
 * written, formulas' cached values, errors empty — one line per sheet row, so the report's line
 * numbers are Excel's rows.
 */
import { describe, expect, it } from 'vitest';
import { sheetsOf } from '../../../src/ui/import/crs-choice.ts';
import { expandContainers } from '../../../src/io/expand-containers.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { xlsToCsv } from '../../../src/io/read-xls.ts';
import { xlsBytes, type XlsCell } from '../../fixtures/formats.ts';

const HEADER = ['楼栋编号', '小区名称', '街道', '经度', '纬度', '建成年代', '户数', '建筑面积（平方米）', '开工日期'];
const ROWS: XlsCell[][] = [
  ['X-1', '东风小区', '临城街道', 117.231517, 34.816251, 1988, '31', 4072.1, new Date(Date.UTC(2022, 4, 22))],
  ['X-2', '东风小区', '临城街道', 117.231766, 34.816171, '1984年', 38, { t: 'n', v: 4560, f: 'G3*120' }, null],
  [],
  ['X-3', '幸福小区', '常庄街道', 'abc', 34.81, 1995, 20, { t: 'e', v: 0x07 }, new Date(Date.UTC(2023, 3, 20, 8, 30))],
];
const TITLE = { s: { r: 0, c: 0 }, e: { r: 0, c: 8 } };

const text = (b: Uint8Array): string => new TextDecoder().decode(b);

async function csvOf(bytes: Uint8Array, sheet?: string): Promise<string> {
  const r = await xlsToCsv('b.xls', bytes, sheet);
  if ('problem' in r) throw new Error(r.problem.reason);
  return text(r.csv);
}

describe('xlsToCsv', () => {
  it('a merged title in its first cell only; dates, text numbers, cached formulas, errors; empty rows kept', async () => {
    const title: XlsCell[] = ['2023年临城街道老旧小区改造楼栋清单', '(合并)', null, null, null, null, null, null, null];
    const bytes = xlsBytes([{ name: '楼栋', rows: [title, HEADER, ...ROWS], merges: [TITLE] }]);
    expect((await csvOf(bytes)).split('\r\n')).toEqual([
      // A cell under a merge holding a value of its own still reads empty, as Excel saves the CSV.
      '2023年临城街道老旧小区改造楼栋清单,,,,,,,,',
      HEADER.join(','),
      'X-1,东风小区,临城街道,117.231517,34.816251,1988,31,4072.1,2022-05-22',
      'X-2,东风小区,临城街道,117.231766,34.816171,1984年,38,4560,',
      ',,,,,,,,',
      'X-3,幸福小区,常庄街道,abc,34.81,1995,20,,2023-04-20 08:30:00',
    ]);
  });

  it('a vertical merge (a street written once for its rows), quoting, booleans, leading zeros kept', async () => {
    const bytes = xlsBytes([
      {
        name: 'S',
        rows: [
          ['街道', '小区名称', '门牌', '是否成套', '编码'],
          ['临城街道', '东风小区', '建设路1号, 2号', true, '000123'],
          [null, '幸福小区', ' 引号"内" ', false, 0.1 + 0.2],
        ],
        merges: [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }],
      },
    ]);
    expect((await csvOf(bytes)).split('\r\n')).toEqual([
      '街道,小区名称,门牌,是否成套,编码',
      '临城街道,东风小区,"建设路1号, 2号",TRUE,000123',
      ',幸福小区," 引号""内"" ",FALSE,0.30000000000000004',
    ]);
  });

  it('the sheet asked for; every sheet named; a sheet not there, a damaged file: a problem, not a throw', async () => {
    const bytes = xlsBytes([
      { name: '封面', rows: [['2023年改造楼栋']] },
      { name: '楼栋', rows: [HEADER, ROWS[0]] },
    ]);
    const r = await xlsToCsv('b.xls', bytes, '楼栋');
    expect(r).toMatchObject({ sheet: '楼栋', sheets: ['封面', '楼栋'] });
    expect(await xlsToCsv('b.xls', bytes, '无此页')).toMatchObject({ problem: { file: 'b.xls', code: 'no-sheet' } });
    const broken = await xlsToCsv('坏.xls', bytes.slice(0, 1024));
    expect(broken).toMatchObject({ problem: { file: '坏.xls', line: 0, code: 'bad-xls' } });
  });
});

describe('.xls import', () => {
  it('like the CSV Excel would save: the sheet read, rows loaded, a bad row rejected on its Excel row', async () => {
    const bytes = xlsBytes([
      { name: '楼栋', rows: [HEADER, ...ROWS] },
      { name: '说明', rows: [['这是说明页']] },
    ]);
    const d = await importFilesAsync([{ name: '楼栋.xls', bytes }]);
    const f = d.report.files[0];
    expect(f).toMatchObject({ file: '楼栋.xls', kind: 'buildings', rowsRead: 3, rowsLoaded: 2 });
    expect(f.warnings[0]).toMatchObject({ code: 'xlsx-sheet', value: '楼栋/说明' });
    expect(sheetsOf(f)).toEqual(['楼栋', '说明']);
    expect([...d.buildings.id]).toEqual(['X-1', 'X-2']);
    expect([...d.buildings.households]).toEqual([31, 38]);
    expect(d.buildings.floorAreaM2[1]).toBe(4560);
    expect(new Date(d.buildings.startDay[0] * 86_400_000).toISOString().slice(0, 10)).toBe('2022-05-22');
    // X-3 is on Excel row 5 (header row 1, an empty row 4).
    expect(f.rejected).toEqual([expect.objectContaining({ line: 5, code: 'bad-coordinates' })]);
  });

  it('told by its bytes, whatever its name; the chosen sheet; sync importFiles says to use the async one', async () => {
    const bytes = xlsBytes([
      { name: '封面', rows: [['封面']] },
      { name: '楼栋', rows: [HEADER, ROWS[0]] },
    ]);
    const [f] = await expandContainers([{ name: '导出数据.csv', bytes, sheet: '楼栋' }]);
    expect(text(f.bytes as Uint8Array).split('\r\n')[0]).toBe(HEADER.join(','));
    expect(f.kind).toBe('buildings');
    expect(importFiles([{ name: 'b.xls', bytes }]).report.files[0].rejected).toEqual([
      expect.objectContaining({ file: 'b.xls', line: 0, code: 'xls-not-converted' }),
    ]);
  });
});
