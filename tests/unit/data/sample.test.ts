/**
 * The bundled sample district: regenerating it gives the committed bytes, and its 2022
 * programme reproduces the 薛城 seed's figures through the CLI (the acceptance line).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSample } from '../../../data/generate-sample.ts';
import { run } from '../../../src/cli/main.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { STAGES, STAGE_CODE } from '../../../src/domain/vocabulary.ts';

const dir = 'data/sample';
const files = [
  'buildings.csv',
  'communities.geojson',
  'streets.geojson',
  'programme-2022.json',
  'programme-2023.json',
].map((f) => join(dir, f));

function cli(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(
    args,
    (s) => (out += s),
    (s) => (err += s),
  );
  return { code, out, err };
}

describe('sample district', () => {
  it('the generator writes exactly the committed files', () => {
    const generated = generateSample();
    expect([...generated.keys()].sort()).toEqual([
      'buildings.csv',
      'communities.geojson',
      'programme-2022.json',
      'programme-2023.json',
      'streets.geojson',
    ]);
    for (const [name, content] of generated) {
      expect(Buffer.from(content, 'utf8').equals(readFileSync(join(dir, name))), name).toBe(true);
    }
  });

  it('validates with no rejected row', () => {
    const r = cli(['validate', ...files]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('拒绝 rejected 0');
  });

  it('summarize --year 2022 --json reproduces 薛政办字〔2022〕4号: 56 communities, 7663 households, 90.12万㎡', () => {
    const r = cli(['summarize', ...files, '--year', '2022', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.total.programmeCommunities).toBe(56);
    expect(json.total.programmeHouseholds).toBe(7663);
    expect(json.total.programmeFloorAreaM2).toBe(901200);
    const streets = json.groups
      .filter((g: { programmeHouseholds: number }) => g.programmeHouseholds > 0)
      .map((g: { key: string }) => g.key)
      .sort();
    expect(streets).toEqual(['临城街道', '常庄街道', '新城街道'].sort());
    expect(json.report.rejected).toEqual([]);
    expect(json.programmes.find((p: { year: number }) => p.year === 2022).targets).toMatchObject({
      communities: 56,
      households: 7663,
      floorAreaM2: 901200,
    });
  });

  it("the 2023 programme's targets are handed down, not copied from its list: per street office, summing to the district's", () => {
    const r = cli(['summarize', ...files, '--year', '2023', '--json']);
    const json = JSON.parse(r.out);
    const targets = json.programmes.find((p: { year: number }) => p.year === 2023).targets;
    expect(targets.households).not.toBe(json.total.programmeHouseholds);
    expect(targets.communities).not.toBe(json.total.programmeCommunities);
    expect(targets.buildings).toBeUndefined();
    const offices = json.groups.filter((g: { programmeHouseholds: number }) => g.programmeHouseholds > 0);
    expect(Object.keys(targets.byStreet).sort()).toEqual(offices.map((g: { key: string }) => g.key).sort());
    const sum = (k: 'households' | 'communities') =>
      Object.values(targets.byStreet as Record<string, Record<typeof k, number>>).reduce((n, t) => n + t[k], 0);
    expect([sum('households'), sum('communities')]).toEqual([targets.households, targets.communities]);
  });

  it('the 2023 programme is in progress with every stage present', () => {
    const r = cli(['summarize', ...files, '--year', '2023', '--by', 'year', '--json']);
    const total = JSON.parse(r.out).total;
    expect(total.programmeCommunities).toBeGreaterThan(20);
    expect(total.startedHouseholds).toBeGreaterThan(0);
    expect(total.completedHouseholds).toBeLessThan(total.programmeHouseholds);
    const data = importFiles(files.map((f) => ({ name: f, bytes: new Uint8Array(readFileSync(f)) })));
    const present = new Set<number>();
    for (let i = 0; i < data.buildings.length; i++)
      if (data.buildings.planYear[i] === 2023) present.add(data.buildings.stage[i]);
    for (const stage of STAGES.filter((s) => s !== 'none')) expect(present.has(STAGE_CODE[stage]), stage).toBe(true);
  });
});
