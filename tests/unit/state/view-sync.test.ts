/**
 * An address's values that need the data to be judged (src/state/url/view-sync.ts): a 社区 or a
 * community the data does not have is dropped with a notice, never a blank page.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTER } from '../../../src/domain/building-filter.ts';
import { messageText } from '../../../src/domain/messages/render.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { checkAgainstData } from '../../../src/state/url/view-sync.ts';
import { fixtureFile } from '../support.ts';

const data = importFiles([
  fixtureFile('csv/filter-buildings.csv'),
  fixtureFile('geojson/aggregate-communities.geojson'),
]);

describe('checkAgainstData: an address’s 社区 and community the data does not have', () => {
  it('are dropped, each with a notice text; known ones stay', () => {
    expect(checkAgainstData({ ...EMPTY_FILTER, shequ: '东风社区', community: '幸福小区' }, data)).toEqual({
      patch: {},
      problems: [],
    });
    const { patch, problems } = checkAgainstData({ ...EMPTY_FILTER, shequ: '无名社区', community: '西风小区' }, data);
    expect(patch).toEqual({ shequ: null, community: null });
    expect(problems.map((p) => [p.param, p.value])).toEqual([
      ['shequ', '无名社区'],
      ['community', '西风小区'],
    ]);
    expect(messageText(problems[1].message, 'zh')).toBe('数据中没有小区“西风小区”，已忽略该筛选。');
  });
});
