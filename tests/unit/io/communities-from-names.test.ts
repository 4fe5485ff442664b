/**
 * Issue 12: without community polygons the communities are the names written on the rows, keyed by
 * name within the street office when one is written and by name alone when not. A row with a blank
 * 街道 joins the community of its name (the one street office it is written in) instead of making a
 * second "碱场东风小区" beside "碱场东风小区（碱场街道）"; a name written in several street offices
 * is warned about, and a blank-street row with it is left without a community, warned.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.ts';
import { communityKeys } from '../../../src/domain/community-keys.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { utf8 } from '../support.ts';

const SAMPLE = 'data/sample';
const [HEADER, ...ROWS] = readFileSync(`${SAMPLE}/buildings.csv`, 'utf8').trimEnd().split('\n');
const STREET = 4;
const COMMUNITY_ID = 1;

/** The sample's buildings with every third 街道 cell blanked, and (`noIds`) without 小区编号. */
function blanked(noIds: boolean): string {
  const edit = (line: string, k: number): string => {
    const cells = line.split(','); // the first columns are never quoted in the sample
    if (k % 3 === 0) cells[STREET] = '';
    if (noIds) cells.splice(COMMUNITY_ID, 1);
    return cells.join(',');
  };
  const header = noIds ? HEADER.replace('小区编号,', '') : HEADER;
  return [header, ...ROWS.map(edit)].join('\n') + '\n';
}

const withPolygons = importFiles(
  ['buildings.csv', 'communities.geojson', 'streets.geojson'].map((name) => ({
    name,
    bytes: new Uint8Array(readFileSync(`${SAMPLE}/${name}`)),
  })),
);

/** Buildings per community name, as the summary by community groups them. */
function buildingsPerCommunity(d: Dataset): Map<string, number> {
  const keys = communityKeys(d.communities);
  const out = new Map<string, number>();
  for (let i = 0; i < d.buildings.length; i++) {
    const c = d.buildings.communityIndex[i];
    const k = c < 0 ? '' : keys[c];
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

describe('communities from names, without community polygons', () => {
  it.each([
    ['with 小区编号', false],
    ['names only', true],
  ])('%s, a third of the 街道 cells blank: the communities of the community file, one each', (_, noIds) => {
    const d = importFiles([{ name: 'buildings.csv', bytes: utf8(blanked(noIds)) }]);
    expect(d.communities.length).toBe(withPolygons.communities.length);
    expect(new Set(communityKeys(d.communities))).toEqual(new Set(withPolygons.communities.map((c) => c.name)));
    expect(buildingsPerCommunity(d)).toEqual(buildingsPerCommunity(withPolygons));
    expect(d.report.warnings.map((w) => [w.code, w.line])).toEqual([['communities-from-names', 0]]);
    expect(d.report.warnings[0].reason).toContain(`${d.communities.length} 个小区`);
  });

  it('a community file that cannot be read: the same communities, and the same note', () => {
    const d = importFiles([
      { name: 'buildings.csv', bytes: utf8(blanked(true)) },
      { name: 'communities.geojson', bytes: utf8('{"type": "FeatureCollection", "features": [') },
    ]);
    expect(d.communities.length).toBe(withPolygons.communities.length);
    expect(buildingsPerCommunity(d)).toEqual(buildingsPerCommunity(withPolygons));
    expect(d.report.warnings.filter((w) => w.code === 'communities-from-names')).toHaveLength(1);
  });

  it('a row without a street takes the street of its community', () => {
    const d = importFiles([{ name: 'buildings.csv', bytes: utf8(blanked(true)) }]);
    const street = (ds: Dataset, id: string) => {
      const i = ds.buildings.id.indexOf(id);
      return ds.buildings.street.values[ds.buildings.street.codes[i]];
    };
    const blankedId = ROWS[0].split(',')[0];
    expect(street(d, blankedId)).toBe(street(withPolygons, blankedId));
  });

  it('validate says the communities come from names', () => {
    let out = '';
    const code = run(
      ['validate', `${SAMPLE}/buildings.csv`],
      (s) => (out += s),
      () => undefined,
    );
    expect(code).toBe(0);
    expect(out).toContain('未载入小区范围（多边形），292 个小区的统计仅按楼栋所写的小区名称');
  });

  it('a name in several street offices: warned once, with the streets; a blank-street row with it is left out, warned', () => {
    const csv = [
      '楼栋编号,小区名称,街道,经度,纬度',
      'A1,东风小区,碱场街道,117.1,34.1',
      'A2,东风小区,,117.1,34.1',
      'B1,东风小区,临城街道,117.2,34.2',
      'B2,东风小区,临城街道,117.2,34.2',
      'C1,幸福小区,,117.3,34.3',
      'C2,幸福小区,碱场,117.3,34.3',
      'C3,幸福小区,碱场街道,117.3,34.3',
    ].join('\n');
    const d = importFiles([{ name: 'b.csv', bytes: utf8(csv) }]);
    expect(communityKeys(d.communities)).toEqual(['东风小区（碱场街道）', '东风小区（临城街道）', '幸福小区']);
    expect([...d.buildings.communityIndex]).toEqual([0, -1, 1, 1, 2, 2, 2]);
    expect(d.report.warnings.map((w) => [w.code, w.line, w.value])).toEqual([
      ['community-in-streets', 4, '东风小区'],
      ['community-street-unknown', 3, '东风小区'],
      ['communities-from-names', 0, '3'],
    ]);
    expect(d.report.warnings[0].reason).toContain('碱场街道、临城街道');
  });

  it('with community polygons loaded, no warning about names', () => {
    expect(withPolygons.report.warnings).toEqual([]);
  });
});
