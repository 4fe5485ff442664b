/**
 * English headers as databases export them (issue 12): every English header word of every field,
 * and every field's own key, in snake_case, SCREAMING_SNAKE, camelCase, PascalCase, kebab-case and
 * spaced Title Case, read as the same field; units after them read as in Chinese headers.
 */
import { describe, expect, it } from 'vitest';
import { FIELDS, matchHeader, matchHeaders, type FieldKey } from '../../../src/domain/fields.ts';
import { normalizeHeaderWord } from '../../../src/domain/header-words.ts';

const cap = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** The spellings a database gives the words of one header. */
function spellings(words: readonly string[]): string[] {
  return [
    words.join('_'),
    words.join('_').toUpperCase(),
    words[0] + words.slice(1).map(cap).join(''),
    words.map(cap).join(''),
    words.join('-'),
    words.map(cap).join(' '),
  ];
}

/** Every English word (and key) of every field, split into its words, with the field. */
function englishWords(): [readonly string[], FieldKey][] {
  const out: [readonly string[], FieldKey][] = [];
  for (const f of FIELDS) {
    for (const w of [f.key, ...f.words]) {
      const norm = normalizeHeaderWord(w);
      if (/^[a-z][a-z0-9 ]*$/.test(norm)) out.push([norm.split(' '), f.key]);
    }
  }
  return out;
}

describe('matchHeader: English headers in every spelling', () => {
  const table = englishWords().flatMap(([words, key]) => spellings(words).map((s) => [s, key] as const));

  it('the table covers every field, over 500 spellings', () => {
    expect(new Set(table.map(([, key]) => key))).toEqual(new Set(FIELDS.map((f) => f.key)));
    expect(table.length).toBeGreaterThan(500);
  });

  it('every spelling of every word names its field, no unit', () => {
    const wrong = table.filter(([h, key]) => {
      const m = matchHeader(h);
      return m.field !== key || m.factor !== 1;
    });
    expect(wrong).toEqual([]);
  });

  it.each<[string, FieldKey]>([
    ['build_year', 'buildYear'],
    ['BuildYear', 'buildYear'],
    ['buildYear', 'buildYear'],
    ['Build Year', 'buildYear'],
    ['build-year', 'buildYear'],
    ['BUILD_YEAR', 'buildYear'],
    ['floor_area', 'floorAreaM2'],
    ['floorAreaM2', 'floorAreaM2'],
    ['safety_grade', 'grade'],
    ['safetyGrade', 'grade'],
    ['complete_unit', 'completeUnits'],
    ['completeUnits', 'completeUnits'],
    ['renovation_type', 'types'],
    ['plan_year', 'planYear'],
    ['household_count', 'households'],
    ['floor_count', 'floors'],
    ['community_id', 'communityId'],
    ['BuildingID', 'id'],
    ['building_id', 'id'],
    ['start_date', 'startDate'],
    ['investmentYuan', 'investmentYuan'],
  ])('%j -> %s', (header, field) => {
    expect(matchHeader(header).field).toBe(field);
  });
});

describe('matchHeader: English headers with a unit', () => {
  it.each<[string, FieldKey, number, string]>([
    ['floor_area_m2', 'floorAreaM2', 1, ''],
    ['floor_area_sqm', 'floorAreaM2', 1, 'sqm'],
    ['floorAreaWanM2', 'floorAreaM2', 1e4, 'wan m2'],
    ['floor_area_wan_m2', 'floorAreaM2', 1e4, 'wan m2'],
    ['area_wan_m2', 'floorAreaM2', 1e4, 'wan m2'],
    ['area_sqm', 'floorAreaM2', 1, 'sqm'],
    ['area (m2)', 'floorAreaM2', 1, 'm2'],
    ['Area (m²)', 'floorAreaM2', 1, 'm²'],
    ['investment_yuan', 'investmentYuan', 1, ''], // the field's own key
    ['cost_yuan', 'investmentYuan', 1, 'yuan'],
    ['investment_wan_yuan', 'investmentYuan', 1e4, 'wan yuan'],
    ['investment_10k_yuan', 'investmentYuan', 1e4, '10k yuan'],
    ['investment_yi_yuan', 'investmentYuan', 1e8, 'yi yuan'],
    ['InvestmentWanYuan', 'investmentYuan', 1e4, 'wan yuan'],
    ['budget_cny', 'investmentYuan', 1, 'cny'],
    ['建筑面积_万㎡', 'floorAreaM2', 1e4, '万㎡'],
    ['建筑面积 万平方米', 'floorAreaM2', 1e4, '万平方米'],
    ['总投资-万元', 'investmentYuan', 1e4, '万元'],
  ])('%j -> %s × %d (unit %j)', (header, field, factor, unit) => {
    expect(matchHeader(header)).toEqual({ header, field, factor, unit });
  });
});

describe('matchHeader: what English headers must not claim', () => {
  it.each(['building_type', 'object_id', 'OBJECTID', 'remark', 'plot_area_ratio', 'type_code', 'yuan', 'm2'])(
    '%j names no field',
    (header) => {
      expect(matchHeader(header).field).toBeNull();
    },
  );

  it('"area" alone is still the 片区; with an area unit it is a floor area', () => {
    expect(matchHeader('area').field).toBe('area');
    expect(matchHeader('Area_Name').field).toBe('area');
    expect(matchHeader('area_m2').field).toBe('floorAreaM2');
  });

  it('a whole snake_case header row, as a database exports it', () => {
    const headers = [
      'building_id',
      'community_name',
      'street',
      'build_year',
      'floor_count',
      'household_count',
      'floor_area_m2',
      'safety_grade',
      'complete_unit',
      'renovation_type',
      'stage',
      'plan_year',
      'investment_wan_yuan',
      'lng',
      'lat',
    ];
    expect(matchHeaders(headers).map((m) => [m.field, m.factor])).toEqual([
      ['id', 1],
      ['community', 1],
      ['street', 1],
      ['buildYear', 1],
      ['floors', 1],
      ['households', 1],
      ['floorAreaM2', 1],
      ['grade', 1],
      ['completeUnits', 1],
      ['types', 1],
      ['stage', 1],
      ['planYear', 1],
      ['investmentYuan', 1e4],
      ['lng', 1],
      ['lat', 1],
    ]);
  });
});
