/**
 * The second sample district, 梨树区: the programme of 梨政办规〔2023〕3号 (1 community, 10
 * buildings, 7.72万㎡, 874 households in 街里街道) inside the real district outline, which the
 * generator converts from GCJ-02 (DataV) to WGS84.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import gcoord from 'gcoord';
import { describe, expect, it } from 'vitest';
import { generateLishu, LISHU_TARGETS } from '../../../data/generate-lishu.ts';
import { run } from '../../../src/cli/main.ts';
import { importFiles } from '../../../src/io/import-files.ts';

const dir = 'data/sample-lishu';
const names = ['buildings.csv', 'communities.geojson', 'district.geojson', 'programme-2023.json'];
const files = names.map((f) => join(dir, f));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the CLI's JSON, read field by field below
function cliJson(args: string[]): Record<string, any> {
  let out = '';
  expect(
    run(
      args,
      (s) => (out += s),
      () => undefined,
    ),
  ).toBe(0);
  return JSON.parse(out);
}

describe('梨树 sample district', () => {
  it('the generator writes exactly the committed files', () => {
    const generated = generateLishu('data/boundaries');
    expect([...generated.keys()].sort()).toEqual([...names].sort());
    for (const [name, content] of generated)
      expect(Buffer.from(content, 'utf8').equals(readFileSync(join(dir, name))), name).toBe(true);
  });

  it("summarize --year 2023 gives the programme document's figures", () => {
    const json = cliJson(['summarize', ...files, '--year', '2023', '--json']);
    expect(json.report.rejected).toEqual([]);
    expect(json.report.warnings).toEqual([]);
    expect(json.total).toMatchObject({
      programmeCommunities: LISHU_TARGETS.communities,
      programmeBuildings: LISHU_TARGETS.buildings,
      programmeHouseholds: 874,
      programmeFloorAreaM2: 77200,
    });
    expect(json.groups.map((g: { key: string }) => g.key)).toEqual(['街里街道']);
    const p = json.programmes[0];
    expect(p.targets).toMatchObject({ communities: 1, buildings: 10, households: 874, floorAreaM2: 77200 });
    expect(p.steps.map((s: { endDay: number }) => new Date(s.endDay * 86_400_000).toISOString().slice(0, 10))).toEqual([
      '2023-02-28',
      '2023-03-31',
      '2023-04-15',
      '2023-04-15',
      '2023-04-20',
      '2023-11-30',
    ]);
  });

  it('its dates tell the story the generator promises: two late on site, one still in acceptance', () => {
    const at = (d: string) => cliJson(['summarize', ...files, '--year', '2023', '--as-of', d, '--json']).total;
    expect(at('2023-04-19')).toMatchObject({ startedBuildings: 5, completedBuildings: 0, overdueBuildings: 0 });
    expect(at('2023-04-25')).toMatchObject({
      startedBuildings: 8,
      completedBuildings: 0,
      overdueBuildings: 2,
      overdueHouseholds: 168,
      overdueCommunities: 1,
    });
    expect(at('2023-05-10')).toMatchObject({ startedBuildings: 10, overdueBuildings: 0 });
    expect(at('2023-12-01')).toMatchObject({ completedBuildings: 9, overdueBuildings: 1, overdueHouseholds: 84 });
  });

  it('the district file is read as an outline, and every building lies inside it', () => {
    const data = importFiles(files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) })));
    expect(data.outlines.map((o) => o.name)).toEqual(['梨树区']);
    expect(data.streets).toEqual([]);
    const outline = { type: 'Feature' as const, properties: {}, geometry: data.outlines[0].geometry };
    for (let i = 0; i < data.buildings.length; i++)
      expect(booleanPointInPolygon([data.buildings.lng[i], data.buildings.lat[i]], outline)).toBe(true);
  });

  it('the outline is the DataV one moved from GCJ-02 to WGS84: same area, shifted a few hundred metres, and back again within 0.5 m', () => {
    const gcj = JSON.parse(readFileSync('data/boundaries/lishu-230305-gcj02.geojson', 'utf8')) as FeatureCollection<
      MultiPolygon | Polygon
    >;
    const wgs = JSON.parse(readFileSync(join(dir, 'district.geojson'), 'utf8')) as FeatureCollection<
      MultiPolygon | Polygon
    >;
    const a0 = area(gcj);
    const a1 = area(wgs);
    expect(Math.abs(a1 - a0) / a0).toBeLessThan(0.001);
    const first = (g: MultiPolygon | Polygon): number[] =>
      g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[0][0][0];
    const p0 = first(gcj.features[0].geometry);
    const p1 = first(wgs.features[0].geometry);
    const shiftM = Math.hypot((p0[0] - p1[0]) * 78_600, (p0[1] - p1[1]) * 111_100);
    expect(shiftM).toBeGreaterThan(300);
    expect(shiftM).toBeLessThan(900);
    const back = gcoord.transform([p1[0], p1[1]] as [number, number], gcoord.WGS84, gcoord.GCJ02);
    expect(Math.hypot((back[0] - p0[0]) * 78_600, (back[1] - p0[1]) * 111_100)).toBeLessThan(0.5);
  });
});
