/**
 * Header words (DOMAIN.md "How users' data arrive"): every Chinese header word the plans use,
 * English headers, and units written in the header.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, matchHeader, matchHeaders, type FieldKey } from '../../../src/domain/fields.ts';

/** DOMAIN.md's list of header words, copied literally. */
const DOMAIN_HEADERS =
  '序号, 编号, 楼栋编号, 小区编号, 楼号, 街道, 社区, 小区名称, 建成年代, 层数, 楼栋数, 户数, 建筑面积, 安全等级, 是否成套, 改造类型, 改造进度/阶段, 计划年度, 开工日期, 完工日期, 经度, 纬度';

const DOMAIN_HEADER_FIELD: Record<string, FieldKey> = {
  序号: 'seq',
  编号: 'id',
  楼栋编号: 'id',
  小区编号: 'communityId',
  楼号: 'name',
  街道: 'street',
  社区: 'shequ',
  小区名称: 'community',
  建成年代: 'buildYear',
  层数: 'floors',
  楼栋数: 'buildingCount',
  户数: 'households',
  建筑面积: 'floorAreaM2',
  安全等级: 'grade',
  是否成套: 'completeUnits',
  改造类型: 'types',
  改造进度: 'stage',
  阶段: 'stage',
  计划年度: 'planYear',
  开工日期: 'startDate',
  完工日期: 'completionDate',
  经度: 'lng',
  纬度: 'lat',
};

/** "改造进度/阶段" in DOMAIN.md names two header words, 改造进度 and 阶段. */
function domainHeaderWords(): string[] {
  return DOMAIN_HEADERS.split(',').flatMap((w) => w.trim().split('/'));
}

describe('matchHeader: DOMAIN.md header words', () => {
  it('the literal list has 23 words once 改造进度/阶段 is split', () => {
    expect(domainHeaderWords()).toHaveLength(23);
    expect(domainHeaderWords().sort()).toEqual(Object.keys(DOMAIN_HEADER_FIELD).sort());
  });

  it.each(domainHeaderWords().map((w) => [w, DOMAIN_HEADER_FIELD[w]]))('%j -> %s, no unit', (word, field) => {
    expect(matchHeader(word)).toEqual({ header: word, field, factor: 1, unit: '' });
  });

  it.each<[string, FieldKey]>([
    ['改造进度/阶段', 'stage'],
    ['建成年份', 'buildYear'],
    ['总投资', 'investmentYuan'],
    ['片区', 'area'],
    ['验收日期', 'acceptanceDate'],
    ['所属街道', 'street'],
    ['所属社区', 'shequ'],
    ['小区名', 'community'],
    ['街道办事处', 'street'],
    ['镇(街道)', 'street'],
    ['\uFEFF楼栋编号', 'id'],
    [' 户数 ', 'households'],
  ])('other spellings: %j -> %s', (header, field) => {
    expect(matchHeader(header).field).toBe(field);
  });

  it.each(['备注', '联系人', '', '建筑面积合计值'])('%j names no field', (header) => {
    expect(matchHeader(header).field).toBeNull();
  });
});

describe('matchHeader: English headers', () => {
  it.each(FIELDS.map((f) => [f.en, f.key]))('the English label %j -> %s', (en, key) => {
    expect(matchHeader(en).field).toBe(key);
  });

  it.each<[string, FieldKey]>([
    ['id', 'id'],
    ['Building ID', 'id'],
    ['name', 'name'],
    ['community', 'community'],
    ['Community Name', 'community'],
    ['street', 'street'],
    ['Subdistrict', 'street'],
    ['lng', 'lng'],
    ['LON', 'lng'],
    ['Longitude', 'lng'],
    ['lat', 'lat'],
    ['LATITUDE', 'lat'],
    ['build year', 'buildYear'],
    ['Year Built', 'buildYear'],
    ['floors', 'floors'],
    ['households', 'households'],
    ['floor area', 'floorAreaM2'],
    ['GFA', 'floorAreaM2'],
    ['grade', 'grade'],
    ['safety grade', 'grade'],
    ['complete units', 'completeUnits'],
    ['type', 'types'],
    ['stage', 'stage'],
    ['Status', 'stage'],
    ['plan year', 'planYear'],
    ['start date', 'startDate'],
    ['completion date', 'completionDate'],
    ['investment', 'investmentYuan'],
  ])('%j -> %s', (header, field) => {
    expect(matchHeader(header).field).toBe(field);
  });

  it('every header word of every field names that field (no word is claimed twice)', () => {
    for (const f of FIELDS) for (const w of f.words) expect([w, matchHeader(w).field]).toEqual([w, f.key]);
  });
});

describe('matchHeader: units in the header', () => {
  it.each<[string, FieldKey, number, string]>([
    ['建筑面积（万平方米）', 'floorAreaM2', 1e4, '万平方米'],
    ['建筑面积(万平方米)', 'floorAreaM2', 1e4, '万平方米'],
    ['建筑面积(㎡)', 'floorAreaM2', 1, '㎡'],
    ['建筑面积（平方米）', 'floorAreaM2', 1, '平方米'],
    ['总投资（万元）', 'investmentYuan', 1e4, '万元'],
    ['总投资（亿元）', 'investmentYuan', 1e8, '亿元'],
    ['建筑面积/万㎡', 'floorAreaM2', 1e4, '万㎡'],
    ['建筑面积万平方米', 'floorAreaM2', 1e4, '万平方米'],
    ['总投资万元', 'investmentYuan', 1e4, '万元'],
    ['户数（户）', 'households', 1, '户'],
    ['户数[户]', 'households', 1, '户'],
    ['floor area (m2)', 'floorAreaM2', 1, 'm2'],
    ['建筑面积（千平方米）', 'floorAreaM2', 1e3, '千平方米'],
  ])('%j -> %s × %d (unit %j)', (header, field, factor, unit) => {
    expect(matchHeader(header)).toEqual({ header, field, factor, unit });
  });

  it('property: never throws; the factor is 1, 10³, 10⁴ or 10⁸, and the header is kept as written', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc
            .tuple(
              fc.constantFrom(...FIELDS.flatMap((f) => f.words)),
              fc.constantFrom('', '（万平方米）', '(㎡)', '/万元', '[户]', '（亿元）', '()', '（', '万'),
            )
            .map(([w, u]) => w + u),
        ),
        (h) => {
          const m = matchHeader(h);
          expect(m.header).toBe(h);
          expect([1, 1e3, 1e4, 1e8]).toContain(m.factor);
          if (m.field === null) expect(m.factor).toBe(1);
        },
      ),
    );
  });
});

describe('matchHeaders', () => {
  it('a field named twice keeps the first column; the second is left unmatched', () => {
    const m = matchHeaders(['户数', '住户数', '楼栋编号']);
    expect(m.map((x) => x.field)).toEqual(['households', null, 'id']);
  });

  it('a whole Chinese header row, as a CSV fixture writes it', () => {
    const headers = [
      '序号',
      '楼栋编号',
      '街道',
      '社区',
      '小区名称',
      '楼号',
      '建成年代',
      '层数',
      '户数',
      '建筑面积（平方米）',
      '总投资（万元）',
      '安全等级',
      '是否成套',
      '改造类型',
      '改造进度',
      '计划年度',
      '开工日期',
      '经度',
      '纬度',
    ];
    expect(matchHeaders(headers).map((x) => [x.field, x.factor])).toEqual([
      ['seq', 1],
      ['id', 1],
      ['street', 1],
      ['shequ', 1],
      ['community', 1],
      ['name', 1],
      ['buildYear', 1],
      ['floors', 1],
      ['households', 1],
      ['floorAreaM2', 1],
      ['investmentYuan', 1e4],
      ['grade', 1],
      ['completeUnits', 1],
      ['types', 1],
      ['stage', 1],
      ['planYear', 1],
      ['startDate', 1],
      ['lng', 1],
      ['lat', 1],
    ]);
  });
});
