/**
 * The user's files as the files the importer reads: an Excel workbook becomes its chosen sheet as
 * CSV (read-xlsx.ts), a Shapefile zip its layers as features (read-shapefile-zip.ts); other files
 * stay as they are. A container that cannot be opened becomes an entry of its own carrying its
 * problems, listed as rejected under its name. The import worker and the command line both take
 * this one step before the import (importFilesAsync, importExpandedFiles).
 */
import { SHEET_SEPARATOR, type RowIssue } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import { readAllBytes, readRange } from './byte-source.ts';
import type { InputFile } from './input-file.ts';
import { isZip, readShapefileZip } from './read-shapefile-zip.ts';
import { isXlsx, xlsxToCsv } from './read-xlsx.ts';

/** A zip's bytes, in memory (zips are read whole); null for any other file. */
function zipBytes(f: InputFile): Uint8Array | null {
  return isZip(readRange(f.bytes, 0, 4)) ? readAllBytes(f.bytes) : null;
}

function unreadable(name: string, problems: RowIssue[]): InputFile {
  return { name, bytes: new Uint8Array(0), problems };
}

/**
 * A Shapefile zip's layers, each in the system its .prj names unless the user set one, the
 * archive's problems first. A workbook reaching here is one of those problems (not converted).
 */
function shapefileLayers(f: InputFile, bytes: Uint8Array): InputFile[] {
  const { layers, problems } = readShapefileZip(f.name, bytes);
  const out = layers.map((l): InputFile => ({
    name: l.name,
    bytes: new Uint8Array(0),
    layer: { collection: l.collection, sourceBytes: l.sourceBytes },
    kind: f.kind,
    crs: f.crs ?? l.crs,
    swapXY: f.swapXY,
    notes: l.notes,
  }));
  if (problems.length > 0) out.unshift(unreadable(f.name, problems));
  return out;
}

/** A workbook's chosen sheet as a buildings CSV of the same name, a note saying which sheet was read. */
async function workbookSheet(f: InputFile, bytes: Uint8Array): Promise<InputFile> {
  const r = await xlsxToCsv(f.name, bytes, f.sheet);
  if ('problem' in r) return unreadable(f.name, [r.problem]);
  const note: RowIssue = {
    file: f.name,
    line: 0,
    code: 'xlsx-sheet',
    ...said('xlsx.sheet-read', { sheet: r.sheet, sheets: r.sheets }),
    // '/' cannot be in a sheet name (Excel forbids \ / ? * [ ] :), a comma can.
    value: r.sheets.join(SHEET_SEPARATOR),
  };
  // A sheet is read as a buildings table whatever its first cell looks like; that is its content
  // speaking, not the user's --kind, unless the user gave one.
  const kind = f.kind
    ? { kind: f.kind, kindFrom: f.kindFrom }
    : { kind: 'buildings' as const, kindFrom: 'content' as const };
  return { ...f, bytes: r.csv, ...kind, notes: [...(f.notes ?? []), note] };
}

/**
 * Every workbook and Shapefile zip among the files opened, in the files' order.
 * @example (await expandContainers([{ name: '楼栋.zip', bytes }])).map((f) => f.name) // ['楼栋.zip/楼栋.shp']
 */
export async function expandContainers(files: readonly InputFile[]): Promise<InputFile[]> {
  const expanded = await Promise.all(
    files.map(async (f): Promise<InputFile[]> => {
      const bytes = zipBytes(f);
      if (!bytes) return [f];
      return isXlsx(bytes) ? [await workbookSheet(f, bytes)] : shapefileLayers(f, bytes);
    }),
  );
  return expanded.flat();
}

/**
 * expandContainers for the synchronous importFiles: Shapefile zips opened, but not workbooks —
 * exceljs reads only asynchronously — so a workbook is reported as not converted.
 */
export function expandContainersSync(files: readonly InputFile[]): InputFile[] {
  return files.flatMap((f) => {
    const bytes = zipBytes(f);
    return bytes ? shapefileLayers(f, bytes) : [f];
  });
}
