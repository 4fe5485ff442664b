import { describe, expect, it } from 'vitest';
import { buildingListRows } from '../../../src/domain/building-list.ts';
import { toCsvText } from '../../../src/domain/csv-text.ts';
import { filterByStreet } from '../../../src/domain/filter-rows.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { utf8 } from '../support.ts';

describe('toCsvText', () => {
  it('BOM, CRLF, quotes where needed', () => {
    expect(toCsvText([['街道', '户数'], ['临城街道', 3847], ['a,b', 'say "hi"'], ['two\nlines', 1.5]])).toBe(
      '\uFEFF街道,户数\r\n临城街道,3847\r\n"a,b","say ""hi"""\r\n"two\nlines",1.5\r\n',
    );
  });
  it('no formulas run in a spreadsheet; NaN is an empty cell; negative numbers stay numbers', () => {
    expect(toCsvText([['=1+1', '@x', -3, NaN]])).toBe("\uFEFF'=1+1,'@x,-3,\r\n");
  });
  it('reads back with the importer', () => {
    const text = toCsvText([['编号', '经度', '纬度', '小区名称'], ['B-1', 117.25, 34.8, '光明,小区']]);
    const d = importFiles([{ name: 'x.csv', bytes: utf8(text) }]);
    expect(d.report.rejected).toEqual([]);
    expect(d.buildings.community.values[d.buildings.community.codes[0]]).toBe('光明,小区');
  });
});

describe('buildingListRows', () => {
  const csv = [
    '楼栋编号,小区名称,街道,经度,纬度,户数,建筑面积,改造进度,计划年度,开工日期',
    'B-1,光明小区,临城街道,117.25,34.8,24,1650.5,已完工,2022,2022年4月20日',
    'B-2,和平新村,常庄街道,117.28,34.78,,2005,招标,2023,',
  ].join('\n');
  const d = importFiles([{ name: 'x.csv', bytes: utf8(csv) }]);

  it('a header and one row per building of the filter', () => {
    const rows = buildingListRows(d.buildings, filterByStreet(d, '常庄街道').rows);
    expect(rows[0]).toContain('改造进度');
    expect(rows.slice(1)).toEqual([['B-2', '', '和平新村', '常庄街道', '', '', 2005, '招标', 2023, '', '', 117.28, 34.78]]);
  });
  it('every building without a filter; stage in Chinese, ISO dates', () => {
    const rows = buildingListRows(d.buildings, null);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(['B-1', '', '光明小区', '临城街道', '', 24, 1650.5, '完工', 2022, '2022-04-20', '', 117.25, 34.8]);
  });
});
