/**
 * The user's files as the files the importer reads: an Excel workbook (.xlsx or .xls) becomes its
 * chosen sheet as CSV (read-xlsx.ts, read-xls.ts), a Shapefile zip its layers as features
 * (read-shapefile-zip.ts), a KML or KMZ its placemarks as a layer's features (read-kml.ts); a file
 * of a format the importer does not read (a Word document, a PDF, an image: sniff-format.ts, by
 * its bytes first) becomes one rejection naming its format; other files stay as they are. A
 * container that cannot be opened becomes an entry of its own carrying its problems, listed as
 * rejected under its name. The import worker and the command line both take this one step before
 * the import (importFilesAsync, importExpandedFiles).
 */
import { unzipSync } from 'fflate';
import { SHEET_SEPARATOR, type RowIssue } from '../domain/import-report.ts';
import { said, type Said } from '../domain/messages/render.ts';
import { readAllBytes } from './byte-source.ts';
import type { InputFile } from './input-file.ts';
import { kmzEntry, readKml, type KmlLayer } from './read-kml.ts';
import { readShapefileZip } from './read-shapefile-zip.ts';
import { xlsToCsv } from './read-xls.ts';
import { xlsxToCsv, type WorkbookSheet } from './read-xlsx.ts';
import { sniffFormat, zipFormat, type UnreadFormat, type ZipFormat } from './sniff-format.ts';

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

type SheetReader = (name: string, bytes: Uint8Array, sheet?: string) => Promise<WorkbookSheet | { problem: RowIssue }>;

/** A workbook's chosen sheet as a buildings CSV of the same name, a note saying which sheet was read. */
async function workbookSheet(f: InputFile, bytes: Uint8Array, read: SheetReader): Promise<InputFile> {
  const r = await read(f.name, bytes, f.sheet);
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

/** A file's one entry: the problem that it cannot be read, with its code. */
function problem(f: InputFile, code: string, reason: Said): InputFile {
  return unreadable(f.name, [{ file: f.name, line: 0, code, ...reason }]);
}

/** A format the importer does not read: one rejection naming it. */
function unreadFormat(f: InputFile, format: UnreadFormat): InputFile {
  return problem(f, 'unreadable-format', said('format.unreadable', { format }));
}

/** A KML layer as a file of its own, with the options of the file it came from. */
function kmlFile(f: InputFile, name: string, r: KmlLayer | { problem: RowIssue }): InputFile {
  if ('problem' in r) return unreadable(name, [r.problem]);
  return { name, bytes: new Uint8Array(0), layer: r, kind: f.kind, crs: f.crs, swapXY: f.swapXY, notes: f.notes };
}

/** A KMZ's KML (doc.kml), named `archive.kmz/doc.kml`; other .kml files in it are named in a note, not read. */
async function kmzLayer(f: InputFile, bytes: Uint8Array): Promise<InputFile> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (e) => /\.kml$/i.test(e.name) });
  } catch (e) {
    return problem(f, 'bad-zip', said('zip.unreadable', { detail: (e as Error).message }));
  }
  const entry = kmzEntry(entries);
  if (!entry) return problem(f, 'no-kml', said('kml.no-kml'));
  const name = `${f.name}/${entry}`;
  const got = kmlFile(f, name, await readKml(name, entries[entry]));
  const others = Object.keys(entries).filter((n) => n !== entry && !n.includes('__MACOSX/'));
  if (others.length === 0 || got.problems) return got;
  const note: RowIssue = { file: name, line: 0, code: 'kmz-other-kml', ...said('kml.other-kml', { files: others }) };
  return { ...got, notes: [...(got.notes ?? []), note] };
}

/** What a zip holds, from its entry names alone (fflate's filter keeps every entry out of memory). */
function zipKind(f: InputFile, bytes: Uint8Array): ZipFormat {
  const names: string[] = [];
  try {
    unzipSync(bytes, { filter: (e) => (names.push(e.name), false) });
  } catch {
    // A broken zip: readShapefileZip says why.
  }
  return zipFormat(f.name, names);
}

async function expandZip(f: InputFile, bytes: Uint8Array): Promise<InputFile[]> {
  const kind = zipKind(f, bytes);
  if (kind === 'xlsx') return [await workbookSheet(f, bytes, xlsxToCsv)];
  if (kind === 'kmz') return [await kmzLayer(f, bytes)];
  if (kind === 'shapefile') return shapefileLayers(f, bytes);
  return [unreadFormat(f, kind.format)];
}

/** One file as the files the importer reads, by what its bytes (then its name) say it is. */
async function expandOne(f: InputFile): Promise<InputFile[]> {
  const sniffed = sniffFormat(f.name, f.bytes);
  switch (sniffed.kind) {
    case 'unread':
      return [unreadFormat(f, sniffed.format)];
    case 'xls':
      return [await workbookSheet(f, readAllBytes(f.bytes), xlsToCsv)];
    case 'kml':
      return [kmlFile(f, f.name, await readKml(f.name, readAllBytes(f.bytes)))];
    case 'zip':
      return expandZip(f, readAllBytes(f.bytes));
    default:
      return [f];
  }
}

/**
 * Every workbook, Shapefile zip and KML among the files opened, in the files' order; a file that
 * cannot be read as one rejection.
 * @example (await expandContainers([{ name: '楼栋.zip', bytes }])).map((f) => f.name) // ['楼栋.zip/楼栋.shp']
 */
export async function expandContainers(files: readonly InputFile[]): Promise<InputFile[]> {
  return (await Promise.all(files.map(expandOne))).flat();
}

/**
 * expandContainers for the synchronous importFiles: Shapefile zips opened, but not workbooks or
 * KML — SheetJS, exceljs and the KML reader are loaded only asynchronously — so those are reported
 * as not converted; formats not read are rejected as in expandContainers.
 */
export function expandContainersSync(files: readonly InputFile[]): InputFile[] {
  return files.flatMap((f): InputFile[] => {
    const sniffed = sniffFormat(f.name, f.bytes);
    if (sniffed.kind === 'unread') return [unreadFormat(f, sniffed.format)];
    if (sniffed.kind === 'xls') return [problem(f, 'xls-not-converted', said('zip.xlsx-not-converted'))];
    if (sniffed.kind === 'kml') return [problem(f, 'kml-not-converted', said('kml.not-converted'))];
    if (sniffed.kind !== 'zip') return [f];
    const bytes = readAllBytes(f.bytes);
    const kind = zipKind(f, bytes);
    if (kind === 'kmz') return [problem(f, 'kml-not-converted', said('kml.not-converted'))];
    return typeof kind === 'object' ? [unreadFormat(f, kind.format)] : shapefileLayers(f, bytes);
  });
}
