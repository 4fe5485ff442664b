/**
 * importFiles for callers that can wait: Excel workbooks are converted first (exceljs reads
 * asynchronously; read-xlsx.ts), then everything goes through the one synchronous importer.
 * The worker and the command line use this; tests of plain files may call importFiles.
 */
import { importFiles, type ImportOptions, type InputFile } from './import-files.ts';
import type { Dataset } from '../domain/dataset.ts';
import { expandWorkbooks } from './read-xlsx.ts';

/** @example (await importFilesAsync([{ name: '楼栋.xlsx', bytes }])).report.files[0].warnings[0].code // 'xlsx-sheet' */
export async function importFilesAsync(files: readonly InputFile[], opts: ImportOptions = {}): Promise<Dataset> {
  return importFiles(await expandWorkbooks(files), opts);
}
