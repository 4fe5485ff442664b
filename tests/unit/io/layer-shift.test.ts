/**
 * A layer in GCJ-02 or BD-09 beside WGS84 street offices is told by where it falls, reported at
 * line 0 with the shares, and read right once the user sets its system; the sample itself, all
 * WGS84, raises nothing.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/domain/aggregate.ts';
import { fromWgs84, type CrsKey } from '../../../src/domain/crs.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import type { InputFile } from '../../../src/io/input-file.ts';
import { run } from '../../../src/cli/main.ts';
import { sampleBuildingsRewritten } from '../../fixtures/sample-rewritten.ts';

const read = (f: string): InputFile => ({ name: f, bytes: new Uint8Array(readFileSync(`data/sample/${f}`)) });

/** The sample's buildings with their coordinates rewritten in another system (7 decimals). */
function buildingsIn(crs: 'gcj02' | 'bd09'): InputFile {
  return { name: `楼栋-${crs}.csv`, bytes: sampleBuildingsRewritten(fromWgs84(crs), 7) };
}

/** The sample's communities with every vertex rewritten in another system. */
function communitiesIn(crs: CrsKey): InputFile {
  const f = fromWgs84(crs);
  const gj = JSON.parse(readFileSync('data/sample/communities.geojson', 'utf8')) as {
    features: { geometry: { coordinates: unknown } }[];
  };
  const walk = (c: unknown): unknown =>
    typeof (c as number[])[0] === 'number' ? f((c as number[])[0], (c as number[])[1]) : (c as unknown[]).map(walk);
  for (const ft of gj.features) ft.geometry.coordinates = walk(ft.geometry.coordinates);
  return { name: `小区-${crs}.geojson`, bytes: new TextEncoder().encode(JSON.stringify(gj)) };
}

describe('layers in another system', () => {
  it('the sample, all WGS84, raises nothing', () => {
    const data = importFiles([read('buildings.csv'), read('communities.geojson'), read('streets.geojson')]);
    expect(data.report.files.map((f) => f.crsSuggestion)).toEqual([undefined, undefined, undefined]);
    expect(data.report.warnings.filter((w) => w.code.startsWith('looks-'))).toEqual([]);
  });

  for (const crs of ['gcj02', 'bd09'] as const) {
    it(`buildings written in ${crs}: suggested at line 0 with the shares; read as ${crs}, the totals are the WGS84 file's`, () => {
      const data = importFiles([buildingsIn(crs), read('communities.geojson'), read('streets.geojson')]);
      const r = data.report.files[0];
      expect(r.crsSuggestion).toBe(crs);
      expect(r.crsAgainst).toEqual(['communities.geojson']);
      expect(data.report.files.slice(1).map((f) => f.crsSuggestion)).toEqual([undefined, undefined]);
      expect(r.crsShares?.[crs]).toBeGreaterThan(0.9);
      expect(r.crsShares?.['as-is']).toBeLessThan(r.crsShares![crs] - 0.3);
      expect(r.warnings[0]).toMatchObject({ line: 0, code: `looks-${crs}` });
      expect(r.warnings[0].reason).toContain('communities.geojson');
      expect(data.report.warnings.some((w) => w.code === `looks-${crs}`)).toBe(true);

      const fixed = importFiles([{ ...buildingsIn(crs), crs }, read('communities.geojson'), read('streets.geojson')]);
      expect(fixed.report.files.map((f) => f.crsSuggestion)).toEqual([undefined, undefined, undefined]);
      expect(fixed.report.files[0].crs).toBe(crs);
      const truth = importFiles([read('buildings.csv'), read('communities.geojson'), read('streets.geojson')]);
      expect(summarize(fixed)).toEqual(summarize(truth));
      let worst = 0;
      for (let i = 0; i < truth.buildings.length; i++) {
        worst = Math.max(
          worst,
          Math.abs(fixed.buildings.lng[i] - truth.buildings.lng[i]),
          Math.abs(fixed.buildings.lat[i] - truth.buildings.lat[i]),
        );
      }
      expect(worst).toBeLessThan(1e-5); // ~1 m: 7 decimals and the transform's round trip
    });
  }

  it('community polygons in GCJ-02 beside WGS84 buildings: the direction says the communities are the file to convert', () => {
    const data = importFiles([read('buildings.csv'), communitiesIn('gcj02'), read('streets.geojson')]);
    const [b, c, s] = data.report.files;
    expect(b.crsSuggestion).toBeUndefined();
    expect(s.crsSuggestion).toBeUndefined();
    expect(c).toMatchObject({ crsSuggestion: 'gcj02', crsAgainst: ['buildings.csv'] });
    expect(c.crsShares!.gcj02).toBeGreaterThan(0.9);
    expect(c.warnings[0].reason).toContain('本文件按 GCJ-02');
    const fixed = importFiles([
      read('buildings.csv'),
      { ...communitiesIn('gcj02'), crs: 'gcj02' },
      read('streets.geojson'),
    ]);
    expect(fixed.report.files.map((f) => f.crsSuggestion)).toEqual([undefined, undefined, undefined]);
    expect(summarize(fixed)).toEqual(
      summarize(importFiles([read('buildings.csv'), read('communities.geojson'), read('streets.geojson')])),
    );
  });

  it('the command line says it too: validate names the reading, summarize --json carries crsSuggestion', () => {
    const dir = `${process.env.TMPDIR ?? '/tmp'}/atlas-layer-shift-${process.pid}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/b.csv`, buildingsIn('gcj02').bytes as Uint8Array);
    let text = '';
    run(
      ['validate', `${dir}/b.csv`, 'data/sample/communities.geojson'],
      (s) => (text += s),
      () => undefined,
    );
    expect(text).toContain('GCJ-02');
    let json = '';
    expect(
      run(
        ['summarize', '--json', `${dir}/b.csv`, 'data/sample/communities.geojson'],
        (s) => (json += s),
        () => undefined,
      ),
    ).toBe(0);
    expect(JSON.parse(json).report.files[0]).toMatchObject({ file: 'b.csv', crsSuggestion: 'gcj02' });
  });
});
