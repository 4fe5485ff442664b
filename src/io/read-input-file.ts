/**
 * One file of an import read into the sink, whatever it holds: a container's problems, a
 * Shapefile layer's features, JSON (a programme or GeoJSON) or a buildings CSV — each told apart
 * by the user's kind or by the file's content. Never throws: every problem is in its report.
 */
import { newFileReport, type FileReport } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import { readRange, sizeOf, type FileContent } from './byte-source.ts';
import { decodeText, sniffEncoding, type SniffedEncoding, type TextEncodingName } from './detect-encoding.ts';
import type { FileTarget, ImportSink } from './import-sink.ts';
import { kindFromOf, type InputFile } from './input-file.ts';
import { readCsvFile } from './read-csv-file.ts';
import { readJsonText, readJsonValue } from './read-json-file.ts';
import { fileTransform, suggestSystem } from './report-crs.ts';

/** The row limit and the progress within the file. */
export interface InputFileOptions {
  /** Most building rows the file may add; no limit when absent. */
  maxRows?: number;
  /** Bytes of the file read so far (a CSV says as it goes). */
  onProgress?: (doneBytes: number) => void;
}

/** A file's share of the import's progress: its bytes, or those its layer was read from. */
export function progressBytes(file: InputFile): number {
  return file.layer ? file.layer.sourceBytes : sizeOf(file.bytes);
}

/** Text formats told apart by their first non-space character and their extension. */
function looksLikeJson(name: string, bytes: FileContent, enc: TextEncodingName): boolean {
  if (/\.(geo)?json$/i.test(name)) return true;
  const head = decodeText(readRange(bytes, 0, 64), enc).trimStart();
  return head.startsWith('{') || head.startsWith('[');
}

/** The file's content into the target, by what it is. */
function readContent(file: InputFile, to: FileTarget, sniffed: SniffedEncoding, opts: InputFileOptions): void {
  const { report } = to;
  if (file.problems) {
    report.rejected.push(...file.problems);
  } else if (file.layer) {
    // Its text is decoded already: read-shapefile-zip.ts chose the .dbf's encoding, read-kml.ts the KML's.
    report.encoding = file.layer.encoding ?? 'utf-8';
    readJsonValue(file.layer.collection, file, to);
  } else if (sizeOf(file.bytes) === 0) {
    report.rejected.push({ file: file.name, line: 0, code: 'empty-file', ...said('file.empty') });
  } else if (file.kind ? file.kind !== 'buildings' : looksLikeJson(file.name, file.bytes, sniffed.encoding)) {
    readJsonText(file, sniffed, to);
  } else {
    readCsvFile(file, to, { sniffed, maxRows: opts.maxRows, onProgress: opts.onProgress });
  }
}

/**
 * Read the file into the sink as file number `fileIndex`; its report.
 * @example readInputFile({ name: 'a.csv', bytes }, 0, sink).rowsLoaded
 */
export function readInputFile(
  file: InputFile,
  fileIndex: number,
  sink: ImportSink,
  opts: InputFileOptions = {},
): FileReport {
  const sniffed = sniffEncoding(file.bytes);
  const report = newFileReport(file.name, file.kind ?? 'unknown', kindFromOf(file), sniffed.encoding);
  const to: FileTarget = { fileIndex, sink, report, toWgs: fileTransform(file, report) };
  if (file.notes) report.warnings.push(...file.notes);
  try {
    readContent(file, to, sniffed, opts);
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
  return report;
}
