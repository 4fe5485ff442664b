/**
 * The one step before an import (src/io/expand-containers.ts): a workbook becomes its sheet as
 * CSV, a Shapefile zip its layers as features (no GeoJSON text in between), a container that
 * cannot be opened an entry carrying its problems; other files pass through untouched.
 */
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { expandContainers, expandContainersSync } from '../../../src/io/expand-containers.ts';
import { importFiles } from '../../../src/io/import-files.ts';
import { importFilesAsync } from '../../../src/io/import-files-async.ts';
import { reportText } from '../../../src/cli/validate-command.ts';
import { gk3Prj, shapefileZip, type LayerSpec } from '../../fixtures/shapefile.ts';

const POINTS: LayerSpec = {
  name: 'b',
  geometries: [
    { type: 'Point', coordinates: [117.23, 34.81] },
    { type: 'Point', coordinates: [117.24, 34.82] },
  ],
  fields: [
    { name: 'id', type: 'C', length: 10 },
    { name: 'hh', type: 'N', length: 6 },
  ],
  rows: [
    ['B1', 12],
    ['B2', null],
  ],
  encoding: 'utf-8',
  cpg: 'UTF-8',
};

async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('楼栋').addRow(['楼栋编号', '经度', '纬度']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('expandContainers', () => {
  it('a Shapefile layer as parsed features, an empty numeric field as null, the zip’s options kept', async () => {
    const zip = shapefileZip([{ ...POINTS, prj: gk3Prj(39) }]);
    const [layer] = await expandContainers([{ name: 's.zip', bytes: zip, swapXY: true }]);
    expect(layer.name).toBe('s.zip/b.shp');
    expect(layer.bytes).toEqual(new Uint8Array(0));
    expect(layer.crs).toBe('epsg:4527');
    expect(layer.swapXY).toBe(true);
    expect(layer.layer?.collection.features.map((f) => f.properties)).toEqual([
      { id: 'B1', hh: 12 },
      { id: 'B2', hh: null },
    ]);
    expect(layer.layer?.sourceBytes).toBeGreaterThan(0);
  });

  it('a workbook as its sheet’s CSV with a note; a broken container as its problems; other files as they are', async () => {
    const csv = { name: 'a.csv', bytes: new TextEncoder().encode('x,y\n1,2') };
    const got = await expandContainers([
      { name: 'w.xlsx', bytes: await workbook() },
      { name: 'none.zip', bytes: zipSync({ 'a.txt': new Uint8Array(1) }) },
      csv,
    ]);
    expect(got.map((f) => [f.name, f.kind, f.notes?.map((n) => n.code), f.problems?.map((p) => p.code)])).toEqual([
      ['w.xlsx', 'buildings', ['xlsx-sheet'], undefined],
      ['none.zip', undefined, undefined, ['no-shapefile']],
      ['a.csv', undefined, undefined, undefined],
    ]);
    expect(new TextDecoder().decode(got[0].bytes as Uint8Array)).toBe('楼栋编号,经度,纬度');
    expect(got[2]).toBe(csv);
  });

  it('synchronously: Shapefile layers opened, a workbook reported as not converted', async () => {
    const got = expandContainersSync([
      { name: 'w.xlsx', bytes: await workbook() },
      { name: 's.zip', bytes: shapefileZip([POINTS]) },
    ]);
    expect(got.map((f) => [f.name, f.problems?.map((p) => p.code)])).toEqual([
      ['w.xlsx', ['xlsx-not-converted']],
      ['s.zip/b.shp', undefined],
    ]);
  });
});

describe('a Shapefile layer forced to buildings', () => {
  it('reads its points as buildings (the layer is features, never CSV text)', () => {
    const d = importFiles([{ name: 's.zip', bytes: shapefileZip([POINTS]), kind: 'buildings' }]);
    const f = d.report.files[0];
    expect([f.kind, f.kindFrom, f.rowsRead, f.rowsLoaded]).toEqual(['buildings', 'flag', 2, 2]);
    expect(f.warnings.filter((w) => w.code.startsWith('csv-'))).toEqual([]);
    expect(Array.from(d.buildings.households)).toEqual([12, NaN]);
  });
});

describe('a workbook’s kind in the report', () => {
  async function filledWorkbook(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('楼栋');
    ws.addRow(['楼栋编号', '经度', '纬度']);
    ws.addRow(['B1', 117.1, 34.1]);
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('without --kind: buildings found from its content, and validate does not say --kind (issue 12)', async () => {
    const d = await importFilesAsync([{ name: 'w.xlsx', bytes: await filledWorkbook() }]);
    const f = d.report.files[0];
    expect([f.kind, f.kindFrom, f.rowsLoaded]).toEqual(['buildings', 'content', 1]);
    expect(reportText(d.report)).toContain('w.xlsx  [buildings, utf-8]');
  });

  it('with --kind buildings: the flag, as for any file', async () => {
    const d = await importFilesAsync([{ name: 'w.xlsx', bytes: await filledWorkbook(), kind: 'buildings' }]);
    expect(d.report.files[0].kindFrom).toBe('flag');
    expect(reportText(d.report)).toContain('w.xlsx  [buildings, --kind, utf-8]');
  });
});
