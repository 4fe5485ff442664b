/**
 * Import a set of user files — buildings CSV or GeoJSON, community and street-office GeoJSON,
 * programme JSON — into one linked dataset with its import report. The browser's worker and
 * the command line both call this.
 */
import { BuildingTableBuilder } from '../domain/building-builder.ts';
import type { Community, DistrictOutline, StreetOffice } from '../domain/community.ts';
import type { FieldKey } from '../domain/fields.ts';
import {
  combineReports,
  newFileReport,
  type FileKind,
  type FileReport,
  type RowIssue,
} from '../domain/import-report.ts';
import { findDuplicateIds, linkDataset } from '../domain/link-dataset.ts';
import { looksLikeProgramme, readProgramme, type Programme } from '../domain/programme.ts';
import { decodeText, detectEncoding, NotUtf8Error, sniffEncoding, type TextEncodingName } from './detect-encoding.ts';
import { guessProjected, toWgs84, type CrsKey } from '../domain/crs.ts';
import { layerShifts, type LayerShift } from '../domain/crs-guess.ts';
import { readAllBytes, readRange, sizeOf, type FileContent } from './byte-source.ts';
import { megabytes, TooManyRowsError } from './file-limits.ts';
import { readBuildingsCsv } from './read-buildings-csv.ts';
import { isZip, readShapefileZip } from './read-shapefile-zip.ts';
import { geoJsonFeatures, inspectGeoJson, readGeoJson } from './read-geojson.ts';
import { said, type Said } from '../domain/messages/render.ts';
import type { Dataset } from '../domain/dataset.ts';

export interface InputFile {
  name: string;
  /** The bytes, or a source read a slice at a time (a browser File, a file on disk): byte-source.ts. */
  bytes: FileContent;
  /** Force what the file holds (a command-line flag); decided from its content when absent. */
  kind?: Exclude<FileKind, 'unknown'>;
  /** The user's own column matching for a CSV: header -> field, null = keep as extra. */
  columnMap?: Readonly<Record<string, FieldKey | null>>;
  /** The file's coordinate system (a CLI flag or the user's choice); WGS84 when absent. */
  crs?: CrsKey;
  /** Longitude and latitude written the other way round (y, x): swapped before anything else. */
  swapXY?: boolean;
  /** The sheet of an .xlsx to read (read-xlsx.ts); the first when absent. */
  sheet?: string;
  /** Warnings about the file before its rows (a Shapefile layer's encoding and .prj, the sheet read). */
  notes?: RowIssue[];
  /** Why the file cannot be read at all (a broken archive or workbook): listed as rejected. */
  problems?: RowIssue[];
}

/** Shapefile zips opened into their layers (read-shapefile-zip.ts); other files as they are. */
function expandArchives(files: readonly InputFile[]): InputFile[] {
  return files.flatMap((f): InputFile[] => {
    if (!isZip(readRange(f.bytes, 0, 4))) return [f];
    const { layers, problems } = readShapefileZip(f.name, readAllBytes(f.bytes));
    const out: InputFile[] = layers.map((l) => ({
      name: l.name,
      bytes: l.bytes,
      kind: f.kind,
      crs: f.crs ?? l.crs,
      swapXY: f.swapXY,
      notes: l.notes,
    }));
    if (problems.length > 0) out.unshift({ name: f.name, bytes: new Uint8Array(0), problems });
    return out;
  });
}

export interface ImportOptions {
  /** Progress over all files, in bytes. */
  onProgress?: (doneBytes: number, totalBytes: number, file: string) => void;
  /**
   * Most building rows one CSV may add (the browser's limit, file-limits.ts): a file that holds
   * more is rejected whole, with its reason, rather than loaded in part. No limit when absent.
   */
  maxRows?: number;
}

/** Text formats told apart by their first non-space character and their extension. */
function looksLikeJson(name: string, bytes: FileContent, enc: TextEncodingName): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  const head = decodeText(readRange(bytes, 0, 64), enc).trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

/**
 * Read every file, then link buildings to communities and street offices.
 * Never throws for bad input: every problem is in the report.
 * @example importFiles([{ name: 'buildings.csv', bytes }]).report.rowsLoaded
 */
export function importFiles(input: readonly InputFile[], opts: ImportOptions = {}): Dataset {
  const files = expandArchives(input);
  const totalBytes = files.reduce((s, f) => s + sizeOf(f.bytes), 0);
  const rowsHint = Math.max(1024, Math.round(totalBytes / 120));
  const builder = new BuildingTableBuilder(Math.min(rowsHint, 1 << 22));
  const communities: Community[] = [];
  const streets: StreetOffice[] = [];
  const outlines: DistrictOutline[] = [];
  const programmes: Programme[] = [];
  const reports: FileReport[] = [];
  const fileNames = files.map((f) => f.name);
  let doneBefore = 0;

  files.forEach((file, fileIndex) => {
    const sniff = sniffEncoding(file.bytes);
    const enc = sniff.encoding;
    const kindFrom = file.kind ? 'flag' : 'content';
    const report = newFileReport(file.name, file.kind ?? 'unknown', kindFrom, enc);
    reports.push(report);
    const toWgs = fileTransform(file, report);
    if (file.notes) report.warnings.push(...file.notes);
    try {
      if (file.problems) {
        report.rejected.push(...file.problems);
      } else if (sizeOf(file.bytes) === 0) {
        report.rejected.push({ file: file.name, line: 0, code: 'empty-file', ...said('file.empty') });
      } else if (
        (file.kind && file.kind !== 'buildings') ||
        (!file.kind && looksLikeJson(file.name, file.bytes, enc))
      ) {
        const bytes = readAllBytes(file.bytes);
        const jsonEnc = sniff.certain ? enc : detectEncoding(bytes);
        report.encoding = jsonEnc;
        readJsonFile(
          { ...file, bytes },
          jsonEnc,
          fileIndex,
          builder,
          report,
          communities,
          streets,
          outlines,
          programmes,
          toWgs,
        );
      } else {
        report.kind = 'buildings';
        const mark = builder.mark();
        const startOver = (encoding: string): void => {
          builder.rollback(mark);
          Object.assign(
            report,
            newFileReport(file.name, 'buildings', kindFrom, encoding),
            report.crs ? { crs: report.crs } : {},
          );
        };
        const read = (encoding: TextEncodingName, strictUtf8: boolean): void =>
          readBuildingsCsv(file.bytes, encoding, fileIndex, builder, report, {
            columnMap: file.columnMap,
            toWgs84: toWgs,
            crsGiven: Boolean(file.crs || file.swapXY),
            strictUtf8,
            maxRows: opts.maxRows === undefined ? undefined : mark.length + opts.maxRows,
            onProgress: (done) => opts.onProgress?.(doneBefore + done, totalBytes, file.name),
          });
        try {
          if (sniff.certain) read(enc, false);
          else {
            // Looked like UTF-8 at the start: decode strictly; at the first non-UTF-8 byte, start over as GB18030.
            try {
              read('utf-8', true);
            } catch (e) {
              if (!(e instanceof NotUtf8Error)) throw e;
              startOver('gb18030');
              read('gb18030', false);
            }
          }
        } catch (e) {
          if (!(e instanceof TooManyRowsError)) throw e;
          // Loaded in part would look complete: the whole file is set aside, and the report says why.
          startOver(report.encoding);
          report.rejected.push({
            file: file.name,
            line: 0,
            code: 'too-many-rows',
            ...said('file.too-many-rows', { name: file.name, size: megabytes(sizeOf(file.bytes)), limit: e.limit }),
          });
        }
      }
    } catch (e) {
      // A bug of ours must not lose the user's other files: report it against this file.
      report.rejected.push({
        file: file.name,
        line: 0,
        code: 'internal-error',
        ...said('file.read-failed', { detail: (e as Error).message }),
      });
    }
    if (!file.crs && !file.swapXY) suggestSystem(report);
    doneBefore += sizeOf(file.bytes);
    opts.onProgress?.(doneBefore, totalBytes, file.name);
  });

  const table = builder.finish();
  const fixed = new Set(files.filter((f) => f.crs || f.swapXY).map((f) => f.name));
  for (const shift of layerShifts({ ...table, communities, streets, outlines, fileNames, fixed })) {
    const report = reports.find((r) => r.file === shift.file);
    if (report && !report.crsSuggestion) noteShift(report, shift);
  }
  const linked = linkDataset(table, communities, streets, fileNames);
  const duplicates = findDuplicateIds(linked.buildings, fileNames);
  const cross: RowIssue[] = [...linked.warnings, ...communityDuplicates(communities)];
  for (const d of duplicates) {
    cross.push({
      file: d.at[0].file,
      line: d.at[0].line,
      code: 'duplicate-id',
      ...said('file.duplicate-id', { id: d.id, at: d.at.map((a) => `${a.file}:${a.line}`) }),
      field: 'id',
      value: d.id,
    });
  }
  return {
    buildings: linked.buildings,
    communities: linked.communities,
    streets,
    outlines,
    programmes,
    fileNames,
    report: combineReports(reports, cross, duplicates),
  };
}

/** The coordinate transform a file asks for (its system, axes swapped), noted in its report. */
function fileTransform(file: InputFile, report: FileReport): ((x: number, y: number) => [number, number]) | undefined {
  const crs = file.crs && file.crs !== 'wgs84' ? file.crs : null;
  if (crs) report.crs = crs;
  const convert = crs ? toWgs84(crs) : null;
  if (file.swapXY) {
    report.crs = `${crs ?? 'wgs84'}+swapped`;
    return convert ? (x, y) => convert(y, x) : (x, y) => [y, x];
  }
  return convert ?? undefined;
}

/**
 * After a file read as WGS84 lost rows to out-of-range coordinates: do the numbers look like
 * projected metres (an 8-digit easting names its zone) or longitude and latitude swapped? Say
 * so once, with the system to read it as; the rows stay rejected until the user says.
 */
function suggestSystem(report: FileReport): void {
  const out = report.rejected.filter((r) => r.code === 'coordinates-out-of-range' && r.value !== undefined);
  if (out.length === 0 || out.length * 2 < report.rowsRead) return;
  const xs: number[] = [];
  const ys: number[] = [];
  for (const r of out.slice(0, 2000)) {
    const [x, y] = (r.value ?? '').split(',').map(Number);
    xs.push(x);
    ys.push(y);
  }
  const projected = guessProjected(xs, ys);
  const warn = (code: string, reason: Said): void => {
    report.warnings.unshift({ file: report.file, line: 0, code, ...reason });
  };
  if (projected?.kind === 'zone') {
    report.crsSuggestion = `epsg:${projected.epsg}`;
    warn('looks-projected', said('file.looks-projected', { crs: `epsg:${projected.epsg}` }));
  } else if (projected?.kind === 'no-zone') {
    warn('looks-projected', said('file.looks-projected-no-zone'));
  } else {
    const swappedOk = xs.filter((x, i) => Math.abs(x) <= 90 && Math.abs(ys[i]) <= 180 && Math.abs(ys[i]) > 90).length;
    if (swappedOk * 2 > xs.length) {
      report.crsSuggestion = 'swapped';
      warn('looks-swapped', said('file.looks-swapped'));
    }
  }
}

/**
 * A layer that falls outside the other files' areas as WGS84 but inside them read another way:
 * say so at line 0 with the shares, and suggest that reading; the rows stay as read until the
 * user converts (the app's import report offers it, the CLI takes --crs / --swap-xy).
 */
function noteShift(report: FileReport, shift: LayerShift): void {
  const { inside, suggest } = shift.verdict;
  const pct = (x: number): string => `${Math.round(x * 100)}%`;
  report.crsSuggestion = suggest;
  report.crsShares = inside;
  report.crsAgainst = shift.against;
  const [asIs, as] = [pct(inside['as-is']), pct(inside[suggest])];
  report.warnings.unshift({
    file: report.file,
    line: 0,
    code: `looks-${suggest}`,
    ...said(shift.byOthers ? 'file.shift-by-others' : 'file.shift', {
      asIs,
      as,
      against: shift.against,
      reading: suggest,
    }),
  });
}

function communityDuplicates(communities: readonly Community[]): RowIssue[] {
  const seen = new Map<string, Community>();
  const out: RowIssue[] = [];
  for (const c of communities) {
    if (c.id === '') continue;
    const first = seen.get(c.id);
    if (!first) seen.set(c.id, c);
    else
      out.push({
        file: c.file,
        line: c.line,
        code: 'duplicate-community-id',
        ...said('file.duplicate-community-id', { id: c.id, first: `${first.file}:${first.line}` }),
        field: 'communityId',
        value: c.id,
      });
  }
  return out;
}

function readJsonFile(
  file: InputFile & { bytes: Uint8Array },
  enc: TextEncodingName,
  fileIndex: number,
  builder: BuildingTableBuilder,
  report: FileReport,
  communities: Community[],
  streets: StreetOffice[],
  outlines: DistrictOutline[],
  programmes: Programme[],
  toWgs?: (x: number, y: number) => [number, number],
): void {
  let json: unknown;
  try {
    json = JSON.parse(decodeText(file.bytes, enc).replace(/^\uFEFF/, ''));
  } catch (e) {
    report.rejected.push({
      file: file.name,
      line: 0,
      code: 'bad-json',
      ...said('file.bad-json', { detail: (e as Error).message }),
    });
    return;
  }
  if (file.kind === 'programme' || (!file.kind && looksLikeProgramme(json))) {
    report.kind = 'programme';
    report.rowsRead = 1;
    const { programme, issues } = readProgramme(json, file.name);
    report.warnings.push(...issues.filter(() => programme !== null));
    if (programme) {
      programmes.push(programme);
      report.rowsLoaded = 1;
    } else report.rejected.push(...issues);
    return;
  }
  const features = geoJsonFeatures(json);
  if (!features) {
    report.rejected.push({
      file: file.name,
      line: 0,
      code: 'not-geojson',
      ...said('file.not-geojson'),
    });
    return;
  }
  const seen = inspectGeoJson(features);
  const polygonKind =
    file.kind === 'communities' || file.kind === 'streets' || file.kind === 'district' ? file.kind : seen.polygonKind;
  report.kind = file.kind ?? (seen.hasPoints && !seen.polygonKind ? 'buildings' : (polygonKind ?? 'unknown'));
  const got = readGeoJson(features, polygonKind, fileIndex, builder, report, toWgs);
  communities.push(...got.communities);
  streets.push(...got.streets);
  outlines.push(...got.outlines);
}
