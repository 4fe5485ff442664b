/**
 * A buildings CSV into the import (read-buildings-csv.ts does the rows), in the encoding its first
 * bytes suggest: a file whose start looked like UTF-8 is decoded strictly and, at the first byte
 * that is not, read over again as GB18030. A file with more rows than the limit is set aside
 * whole, with its reason: loaded in part, it would look complete.
 */
import { newFileReport } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';
import { sizeOf } from './byte-source.ts';
import { NotUtf8Error, type SniffedEncoding, type TextEncodingName } from './detect-encoding.ts';
import { megabytes, TooManyRowsError } from './file-limits.ts';
import type { FileTarget } from './import-sink.ts';
import { kindFromOf, type InputFile } from './input-file.ts';
import { readBuildingsCsv } from './read-buildings-csv.ts';

/** How to read the CSV: its encoding as sniffed, the row limit, the progress within the file. */
export interface CsvFileOptions {
  sniffed: SniffedEncoding;
  /** Most building rows the file may add; no limit when absent. */
  maxRows?: number;
  /** Bytes of the file read so far. */
  onProgress?: (doneBytes: number) => void;
}

/** Read the file as a buildings CSV into the target's builder, its report saying how it went. */
export function readCsvFile(file: InputFile, to: FileTarget, opts: CsvFileOptions): void {
  const { report } = to;
  const builder = to.sink.builder;
  report.kind = 'buildings';
  const mark = builder.mark();
  const startOver = (encoding: string): void => {
    builder.rollback(mark);
    const fresh = newFileReport(file.name, 'buildings', kindFromOf(file), encoding);
    Object.assign(report, fresh, report.crs ? { crs: report.crs } : {});
  };
  const read = (encoding: TextEncodingName, strictUtf8: boolean): void =>
    readBuildingsCsv(file.bytes, encoding, to.fileIndex, builder, report, {
      columnMap: file.columnMap,
      headerLine: file.headerLine,
      toWgs84: to.toWgs,
      crsGiven: Boolean(file.crs || file.swapXY),
      strictUtf8,
      maxRows: opts.maxRows === undefined ? undefined : mark.length + opts.maxRows,
      onProgress: opts.onProgress,
    });
  try {
    if (opts.sniffed.certain) read(opts.sniffed.encoding, false);
    else {
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
    startOver(report.encoding);
    const size = megabytes(sizeOf(file.bytes));
    report.rejected.push({
      file: file.name,
      line: 0,
      code: 'too-many-rows',
      ...said('file.too-many-rows', { name: file.name, size, limit: e.limit }),
    });
  }
}
