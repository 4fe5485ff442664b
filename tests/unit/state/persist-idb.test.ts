import { describe, expect, it } from 'vitest';
import { importFiles } from '../../../src/io/import-files.ts';
import { datasetIdentity } from '../../../src/state/persist/persist-idb.ts';
import { fixtureFile } from '../support.ts';

describe('datasetIdentity: which stored candidate list a dataset opens with', () => {
  it('each file’s name with the rows read from it, in load order', () => {
    const d = importFiles([fixtureFile('csv/aggregate-buildings.csv'), fixtureFile('geojson/communities.geojson')]);
    expect(datasetIdentity(d)).toBe('aggregate-buildings.csv#7|communities.geojson#3');
  });
  it('the same files read again give the same identity; a file with other rows does not', () => {
    const a = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
    const b = importFiles([fixtureFile('csv/aggregate-buildings.csv')]);
    const c = importFiles([fixtureFile('csv/spatial-buildings.csv', 'aggregate-buildings.csv')]);
    expect(datasetIdentity(a)).toBe(datasetIdentity(b));
    expect(datasetIdentity(c)).not.toBe(datasetIdentity(a));
  });
});
