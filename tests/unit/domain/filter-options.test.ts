/**
 * What the filter's pickers offer (src/domain/filter-options.ts), on the filter fixture (see
 * building-filter.test.ts): 社区 and communities of a street office and 社区, never a value
 * that keeps nothing.
 */
import { describe, expect, it } from 'vitest';
import { communityOptions, hasCommunity, shequOptions } from '../../../src/domain/filter-options.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/filter-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);

describe('shequOptions', () => {
  it('every 社区, or those of one street office (any spelling), sorted', () => {
    expect(shequOptions(data, null)).toEqual(['东风社区', '建设社区', '新村社区', '幸福社区']);
    expect(shequOptions(data, '临城街道')).toEqual(['东风社区', '幸福社区']);
    expect(shequOptions(data, '常庄镇')).toEqual(['建设社区', '新村社区']);
  });
});

describe('communityOptions', () => {
  it('by street office and 社区; a name shared by two offices carries its office', () => {
    expect(communityOptions(data, null, null)).toEqual(
      ['东风小区（常庄街道）', '东风小区（临城街道）', '光明小区', '建设新村', '常庄新村', '幸福小区'].sort(
        new Intl.Collator('zh-CN', { numeric: true }).compare,
      ),
    );
    expect(communityOptions(data, '临城街道', null)).toEqual(['东风小区（临城街道）', '幸福小区']);
    expect(communityOptions(data, '常庄街道', '建设社区')).toEqual(['东风小区（常庄街道）', '建设新村']);
    expect(communityOptions(data, '临城街道', '新村社区')).toEqual([]);
  });
  it('hasCommunity knows names and keys', () => {
    expect(hasCommunity(data.communities, '东风小区')).toBe(true);
    expect(hasCommunity(data.communities, '东风小区（常庄街道）')).toBe(true);
    expect(hasCommunity(data.communities, '西风小区')).toBe(false);
  });
});
