/**
 * What the banner and the report's 坐标系 line read off an import report: the system a file was
 * read as, the systems offered, a workbook's sheets, and one suggestion per file the importer
 * thinks is in another system.
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { allCrsKeys, fromWgs84, type CrsKey } from '../../../src/domain/crs.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import type { InputFile } from '../../../src/io/input-file.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { crsGroups, crsSuggestions, hasCoordinates, readAs, sheetsOf } from '../../../src/ui/import/crs-choice.ts';
import { sampleBuildingsRewritten } from '../../fixtures/sample-rewritten.ts';

const read = (f: string): InputFile => ({ name: f, bytes: new Uint8Array(readFileSync(`data/sample/${f}`)) });

/** The sample's buildings with 经度/纬度 rewritten. */
function buildings(name: string, f: (x: number, y: number) => [number, number], digits: number): InputFile {
  return { name, bytes: sampleBuildingsRewritten(f, digits) };
}
const inCrs = (crs: CrsKey, digits: number) => buildings(`楼栋-${crs}.csv`, fromWgs84(crs), digits);

describe('readAs', () => {
  it('reads the report’s crs: absent = WGS84 as written, “+swapped” = axes swapped', () => {
    expect(readAs(undefined)).toEqual({ crs: 'wgs84', swapped: false });
    expect(readAs('gcj02')).toEqual({ crs: 'gcj02', swapped: false });
    expect(readAs('wgs84+swapped')).toEqual({ crs: 'wgs84', swapped: true });
    expect(readAs('epsg:4527+swapped')).toEqual({ crs: 'epsg:4527', swapped: true });
  });
});

describe('crsGroups', () => {
  it('offers every system once: lon/lat first, then 3° and 6° zones with and without the prefix', () => {
    const groups = crsGroups();
    expect(groups.map((g) => [g.key, g.keys.length])).toEqual([
      ['geographic', 3],
      ['gk3', 21],
      ['gk3NoZone', 21],
      ['gk6', 11],
      ['gk6NoZone', 11],
    ]);
    expect(groups[0].keys).toEqual(['wgs84', 'gcj02', 'bd09']);
    expect(groups[1].keys[14]).toBe('epsg:4527'); // zone 39 = 25 + 14
    expect(groups.flatMap((g) => g.keys).sort()).toEqual([...allCrsKeys()].sort());
  });
});

describe('crsSuggestions', () => {
  it('the sample: nothing to suggest; its programme has no coordinates', () => {
    const d = importFiles(['buildings.csv', 'communities.geojson', 'streets.geojson', 'programme-2023.json'].map(read));
    expect(crsSuggestions(d.report)).toEqual([]);
    expect(d.report.files.map(hasCoordinates)).toEqual([true, true, true, false]);
  });

  it('GCJ-02 buildings: the conversion, with the shares and the community file compared with', () => {
    const d = importFiles([inCrs('gcj02', 7), read('communities.geojson'), read('streets.geojson')]);
    const [s, ...others] = crsSuggestions(d.report);
    expect(others).toEqual([]);
    expect(s).toMatchObject({
      file: '楼栋-gcj02.csv',
      kind: 'buildings',
      suggest: 'gcj02',
      change: { crs: 'gcj02' },
      against: [{ file: 'communities.geojson', kind: 'communities' }],
      outOfRange: 0,
    });
    expect(s.shares!.suggested).toBeGreaterThan(0.9);
    expect(s.shares!.asIs).toBeLessThan(0.5);
    // Converted, nothing is left to suggest.
    expect(
      crsSuggestions(
        importFiles([{ ...inCrs('gcj02', 7), crs: 'gcj02' }, read('communities.geojson'), read('streets.geojson')])
          .report,
      ),
    ).toEqual([]);
  });

  it('zone-prefixed metres: the zone; metres without: a choice by hand; swapped axes: the swap', () => {
    const gk = crsSuggestions(importFiles([inCrs('epsg:4527', 3)]).report);
    expect(gk).toEqual([
      expect.objectContaining({ suggest: 'projected', epsg: 4527, change: { crs: 'epsg:4527' }, outOfRange: 3951 }),
    ]);
    expect(gk[0].shares).toBeUndefined();
    const noZone = crsSuggestions(importFiles([inCrs('epsg:4548', 3)]).report);
    expect(noZone).toEqual([expect.objectContaining({ suggest: 'choose', change: null, outOfRange: 3951 })]);
    const swapped = crsSuggestions(importFiles([buildings('互换.csv', (x, y) => [y, x], 6)]).report);
    expect(swapped).toEqual([
      expect.objectContaining({ suggest: 'swapped', change: { swapXY: true }, outOfRange: 3951 }),
    ]);
  });
});

describe('sheetsOf', () => {
  it('a workbook’s sheets from the reader’s note; none for a CSV', async () => {
    const wb = new ExcelJS.Workbook();
    for (const name of ['一期', '二期']) wb.addWorksheet(name).addRow(['楼栋编号', '经度', '纬度']).commit();
    const d = await importFilesAsync([
      { name: 'w.xlsx', bytes: new Uint8Array(await wb.xlsx.writeBuffer()) },
      read('buildings.csv'),
    ]);
    expect(sheetsOf(d.report.files[0])).toEqual(['一期', '二期']);
    expect(sheetsOf(d.report.files[1])).toBeNull();
  });
});
