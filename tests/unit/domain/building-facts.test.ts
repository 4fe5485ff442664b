/**
 * What the tooltip and the detail panel say (src/domain/building-facts.ts): every field of a
 * building, formatted, the columns kept as written, and a community's totals.
 */
import { describe, expect, it } from 'vitest';
import {
  buildingFacts,
  buildingKeyFacts,
  buildYearText,
  communityKeyFacts,
  communityTotals,
} from '../../../src/domain/building-facts.ts';
import { communityStages } from '../../../src/domain/programme-stage.ts';
import { YEAR_AFTER, YEAR_BEFORE, YEAR_EXACT, YEAR_RANGE } from '../../../src/domain/parse-values.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile, utf8 } from '../support.ts';

const CSV = [
  '楼栋编号,楼号,小区名称,街道,经度,纬度,建成年代,层数,户数,建筑面积（平方米）,安全等级,是否成套,改造类型,改造进度,计划年度,开工日期,完工日期,验收日期,总投资（万元）,物业公司',
  'F1,3号楼,光明小区,临城街道,117.2502,34.8001,90年代,6,24,"1,650.5",D级,否,基础类、完善类,已完工,2022,2022/5/22,2022年8月29日,20221103,95.5,安居物业',
  'F2,,光明小区,临城街道,117.2504,34.8002,,,,,,,,,,,,,,',
].join('\n');
const data = importFiles([{ name: 'facts.csv', bytes: utf8(CSV) }]);
const t = data.buildings;
const valueOf = (facts: { key: string; value: string }[], key: string) => facts.find((f) => f.key === key)?.value;

describe('buildingFacts', () => {
  it('lists every field, formatted, then the extra columns and the source line', () => {
    const facts = buildingFacts(t, 0, data.fileNames);
    expect(Object.fromEntries(facts.map((f) => [f.key, f.value]))).toEqual({
      id: 'F1',
      name: '3号楼',
      communityId: '—',
      community: '光明小区',
      street: '临城街道',
      shequ: '—',
      area: '—',
      lng: '117.250200',
      lat: '34.800100',
      buildYear: '1990–1999年（约）',
      floors: '6层',
      households: '24户',
      floorAreaM2: '1,650.5㎡',
      grade: 'D级（整幢危房）',
      completeUnits: '非成套',
      types: '基础类、完善类',
      stage: '完工',
      planYear: '2022年度',
      startDate: '2022-05-22',
      completionDate: '2022-08-29',
      acceptanceDate: '2022-11-03',
      investmentYuan: '95.5万元',
      'extra:物业公司': '安居物业',
      source: 'facts.csv:2',
    });
    expect(facts.find((f) => f.key === 'households')).toMatchObject({ zh: '户数', en: 'Households' });
  });

  it('writes a floor area with ㎡ in Chinese, as the rest of the page does, and m² in English', () => {
    expect(valueOf(buildingFacts(t, 0, data.fileNames), 'floorAreaM2')).toBe('1,650.5㎡');
    expect(valueOf(buildingKeyFacts(t, 0), 'floorAreaM2')).toBe('1,650.5㎡');
    expect(valueOf(buildingFacts(t, 0, data.fileNames, 'en'), 'floorAreaM2')).toBe('1,650.5 m²');
  });

  it('writes a dash for what the row did not give', () => {
    const facts = buildingFacts(t, 1, data.fileNames);
    for (const k of [
      'name',
      'buildYear',
      'households',
      'floorAreaM2',
      'grade',
      'stage',
      'startDate',
      'investmentYuan',
      'extra:物业公司',
    ])
      expect(valueOf(facts, k), k).toBe('—');
  });

  it('the tooltip names the building by its number, else its id', () => {
    expect(buildingKeyFacts(t, 0).map((f) => f.key)).toEqual([
      'name',
      'community',
      'street',
      'buildYear',
      'households',
      'floorAreaM2',
      'grade',
      'stage',
    ]);
    expect(valueOf(buildingKeyFacts(t, 1), 'name')).toBe('F2');
  });
});

describe('buildYearText', () => {
  it('says which kind of year it is', () => {
    expect(buildYearText({ from: 1995, to: 1995, kind: YEAR_EXACT })).toBe('1995年');
    expect(buildYearText({ from: 1980, to: 1999, kind: YEAR_RANGE })).toBe('1980–1999年（约）');
    expect(buildYearText({ from: 0, to: 2000, kind: YEAR_BEFORE })).toBe('2000年及以前');
    expect(buildYearText({ from: 2006, to: 0, kind: YEAR_AFTER })).toBe('2006年及以后');
    expect(buildYearText(null)).toBe('—');
  });
});

describe('community facts', () => {
  const agg = importFiles([
    fixtureFile('csv/aggregate-buildings.csv'),
    fixtureFile('geojson/aggregate-communities.geojson'),
  ]);
  const totals = communityTotals(agg.buildings, agg.communities.length);
  const stages = communityStages(agg.buildings, agg.communities, 2023);

  it('adds up the buildings of each community (missing households count 0)', () => {
    const i = agg.communities.findIndex((c) => c.name === '常庄新村');
    expect([totals.buildings[i], totals.households[i], totals.floorAreaM2[i]]).toEqual([2, 50, 11000]);
  });

  it('uses the community’s own figures when it has no building rows, and its least-advanced stage', () => {
    const i = agg.communities.findIndex((c) => c.name === '建设新村');
    const facts = communityKeyFacts(agg.communities[i], i, totals, stages[i]);
    expect(valueOf(facts, 'buildingCount')).toBe('3栋');
    expect(valueOf(facts, 'households')).toBe('120户');
    expect(valueOf(facts, 'leastStage')).toBe('施工');
    const j = agg.communities.findIndex((c) => c.name === '东风小区');
    expect(valueOf(communityKeyFacts(agg.communities[j], j, totals, stages[j]), 'leastStage')).toBe('施工');
  });
});
