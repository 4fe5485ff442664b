/**
 * Community (and street office) attributes from GeoJSON properties: numbers and strings read
 * alike, units in the header apply, unreadable cells are warnings with the field left empty.
 */
import { describe, expect, it } from 'vitest';
import { parseProperties } from '../../../src/domain/community.ts';
import { matchHeaders } from '../../../src/domain/fields.ts';
import { newFileReport } from '../../../src/domain/import-report.ts';
import { YEAR_RANGE } from '../../../src/domain/parse-values.ts';
import { STAGE_CODE, TYPE_BIT } from '../../../src/domain/vocabulary.ts';

function parse(props: Record<string, unknown>) {
  const report = newFileReport('c.geojson', 'communities', 'content', 'utf-8');
  const parsed = parseProperties(props, matchHeaders(Object.keys(props)), report, 3);
  return { parsed, report };
}

describe('parseProperties', () => {
  it('reads text, quantities (JSON numbers or strings, header units), years, stages and types', () => {
    const { parsed, report } = parse({
      小区编号: 'XQ001',
      小区名称: ' 东风小区 ',
      街道: '临城街道',
      '建筑面积（万平方米）': 7.72,
      户数: '874户',
      楼栋数: 10,
      '总投资（万元）': '418',
      建成年代: '90年代',
      改造进度: '施工中',
      改造类型: '基础类、完善类',
      计划年度: 2023,
      开工日期: '2023-04-20',
      备注: '屋面漏水',
    });
    expect(report.warnings).toEqual([]);
    expect(parsed.text).toEqual({ communityId: 'XQ001', community: '东风小区', street: '临城街道' });
    expect(parsed.attrs).toMatchObject({
      floorAreaM2: 77200,
      households: 874,
      buildingCount: 10,
      investmentYuan: 4180000,
      buildYear: { from: 1990, to: 1999, kind: YEAR_RANGE },
      stage: STAGE_CODE.construction,
      types: TYPE_BIT.basic | TYPE_BIT.improvement,
      planYear: 2023,
    });
    expect(parsed.extras).toEqual({ 备注: '屋面漏水' });
  });

  it('an unreadable value is a warning on that feature, and the field stays empty', () => {
    const { parsed, report } = parse({
      小区名称: '东风小区',
      户数: '很多',
      改造进度: '正在搞',
      建成年代: 'abc',
      安全等级: 'E',
      户数2: null,
    });
    expect(Number.isNaN(parsed.attrs.households)).toBe(true);
    expect(parsed.attrs.stage).toBe(0);
    expect(parsed.attrs.buildYear).toBeNull();
    expect(parsed.attrs.grade).toBe(0);
    expect(report.warnings.map((w) => [w.line, w.field, w.value])).toEqual([
      [3, 'households', '很多'],
      [3, 'stage', '正在搞'],
      [3, 'buildYear', 'abc'],
      [3, 'grade', 'E'],
    ]);
  });

  it('a negative quantity is not accepted', () => {
    const { parsed, report } = parse({ 户数: -5 });
    expect(Number.isNaN(parsed.attrs.households)).toBe(true);
    expect(report.warnings).toHaveLength(1);
  });
});
