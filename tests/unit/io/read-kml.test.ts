/**
 * KML and KMZ (src/io/read-kml.ts) read through the GeoJSON path: polygons named only by KML's
 * <name> are communities (unless their properties say street offices), points are buildings,
 * ExtendedData are properties, the text decoded by its XML declaration (GBK from 奥维), a KMZ's
 * doc.kml its layer; XML that cannot be parsed is a problem naming the file.
 */
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandContainers } from '../../../src/io/expand-containers.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { readKml, xmlEncoding } from '../../../src/io/read-kml.ts';
import { kmlBytes, kmzBytes, kmlText, type Placemark } from '../../fixtures/formats.ts';
import { utf8 } from '../support.ts';

const AREAS: Placemark[] = [
  { name: '东风小区', at: [117.01, 34.01], data: { 建成年代: '1990', 户数: '120' } },
  { name: '幸福小区', at: [117.05, 34.05] },
  { name: '常庄新村', at: [117.13, 34.03] },
];

describe('readKml', () => {
  it('placemarks as features: name, description, ExtendedData as properties; styles left out', async () => {
    const r = await readKml('小区.kml', kmlBytes(AREAS));
    if ('problem' in r) throw new Error(r.problem.reason);
    expect(r.encoding).toBe('utf-8');
    expect(r.collection.features.map((f) => f.properties)).toEqual([
      { name: '东风小区', description: '<p>东风小区</p>', 建成年代: '1990', 户数: '120' },
      { name: '幸福小区', description: '<p>幸福小区</p>' },
      { name: '常庄新村', description: '<p>常庄新村</p>' },
    ]);
    expect(r.collection.features[0].geometry?.type).toBe('Polygon');
  });

  it('decoded by the encoding its declaration names', async () => {
    expect(xmlEncoding(utf8('<?xml version="1.0" encoding="GB2312"?><kml/>'))).toBe('gb18030');
    expect(xmlEncoding(utf8("<?xml version='1.0' encoding='utf-8'?>"))).toBe('utf-8');
    expect(xmlEncoding(utf8('<kml/>'))).toBe('utf-8');
    const r = await readKml('奥维.kml', kmlBytes(AREAS, 'GBK'));
    expect(r).toMatchObject({ encoding: 'gb18030' });
    if (!('problem' in r))
      expect(r.collection.features.map((f) => f.properties?.name)).toEqual(['东风小区', '幸福小区', '常庄新村']);
  });

  it('a MultiGeometry of polygons as one MultiPolygon; broken XML a problem naming the file', async () => {
    const poly = (x: number): string =>
      `<Polygon><outerBoundaryIs><LinearRing><coordinates>${x},34 ${x + 0.01},34 ${x + 0.01},34.01 ${x},34</coordinates></LinearRing></outerBoundaryIs></Polygon>`;
    const multi = `<kml><Placemark><name>两块</name><MultiGeometry>${poly(117)}${poly(117.1)}</MultiGeometry></Placemark></kml>`;
    const r = await readKml('m.kml', utf8(multi));
    if ('problem' in r) throw new Error(r.problem.reason);
    const g = r.collection.features[0].geometry;
    expect(g?.type).toBe('MultiPolygon');
    expect(g?.type === 'MultiPolygon' && g.coordinates.map((p) => p[0][0])).toEqual([
      [117, 34],
      [117.1, 34],
    ]);
    const bad = await readKml('坏.kml', utf8('<?xml version="1.0"?><kml><Placemark></kml>'));
    expect(bad).toMatchObject({ problem: { file: '坏.kml', line: 0, code: 'bad-kml' } });
  });
});

describe('KML and KMZ import', () => {
  it('a KML of community polygons loads as communities with their names, in its declared GBK', async () => {
    const d = await importFilesAsync([{ name: '改造小区.kml', bytes: kmlBytes(AREAS, 'GBK') }]);
    const f = d.report.files[0];
    expect(f).toMatchObject({ file: '改造小区.kml', kind: 'communities', kindFrom: 'content', encoding: 'gb18030' });
    expect([f.rowsRead, f.rowsLoaded, f.rejected]).toEqual([3, 3, []]);
    expect(d.communities.map((c) => c.name)).toEqual(['东风小区', '幸福小区', '常庄新村']);
    expect(d.communities[0].line).toBe(1);
  });

  it('a KMZ the same, named by its doc.kml; points are buildings; a placemark without geometry is rejected on its number', async () => {
    const marks: Placemark[] = [...AREAS, { name: 'B-1', at: [117.015, 34.015], point: true }];
    const doc = kmlText(marks).replace('</Folder>', '<Placemark><name>空</name></Placemark></Folder>');
    const d = await importFilesAsync([{ name: '小区.kmz', bytes: zipSync({ 'doc.kml': utf8(doc) }) }]);
    const f = d.report.files[0];
    expect(f.file).toBe('小区.kmz/doc.kml');
    expect(d.communities.map((c) => c.name)).toEqual(['东风小区', '幸福小区', '常庄新村']);
    expect(d.buildings.length).toBe(1);
    // The building takes its community from the polygon it lies in.
    expect(d.buildings.community.values[d.buildings.community.codes[0]]).toBe('东风小区');
    expect(f.rejected).toEqual([expect.objectContaining({ file: '小区.kmz/doc.kml', line: 5, code: 'no-geometry' })]);
    const [layer] = await expandContainers([{ name: '小区.kmz', bytes: kmzBytes(AREAS), crs: 'gcj02' }]);
    expect(layer).toMatchObject({ name: '小区.kmz/doc.kml', crs: 'gcj02' });
  });

  it('a KMZ holding more than its doc.kml: the others named in a note on the layer, not dropped unsaid', async () => {
    const bytes = zipSync({ 'files/旧.kml': kmlBytes(AREAS.slice(0, 1)), 'doc.kml': kmlBytes(AREAS) });
    const d = await importFilesAsync([{ name: '多.kmz', bytes }]);
    const f = d.report.files[0];
    expect(f.file).toBe('多.kmz/doc.kml');
    expect(d.communities.length).toBe(3);
    expect(f.warnings).toEqual([expect.objectContaining({ file: '多.kmz/doc.kml', line: 0, code: 'kmz-other-kml' })]);
    expect(f.warnings[0].reason).toContain('files/旧.kml');
  });

  it('polygons whose properties name a street office are street offices, as in GeoJSON; --kind still forces', async () => {
    const streets = AREAS.map((a, k) => ({ ...a, data: { 街道: `街道${k}` } }));
    const d = await importFilesAsync([{ name: '街道.kml', bytes: kmlBytes(streets) }]);
    expect(d.report.files[0].kind).toBe('streets');
    expect(d.streets.map((s) => s.name)).toEqual(['街道0', '街道1', '街道2']);
    const forced = await importFilesAsync([{ name: 'a.kml', bytes: kmlBytes(AREAS), kind: 'streets' }]);
    expect(forced.streets.length).toBe(3);
  });

  it('the synchronous importFiles reports KML and KMZ as not converted, never as CSV rows', () => {
    const d = importFiles([
      { name: 'a.kml', bytes: kmlBytes(AREAS) },
      { name: 'b.kmz', bytes: kmzBytes(AREAS) },
    ]);
    expect(d.report.files.map((f) => [f.file, f.rowsRead, f.rejected.map((r) => r.code)])).toEqual([
      ['a.kml', 0, ['kml-not-converted']],
      ['b.kmz', 0, ['kml-not-converted']],
    ]);
  });
});
