/**
 * importFiles for callers that can wait: containers are opened first, Excel workbooks included
 * (exceljs reads asynchronously; expand-containers.ts), then everything goes through the one
 * synchronous importer. The command line uses this; tests of plain files may call importFiles.
 */
import type { Dataset } from '../domain/dataset.ts';
import { expandContainers } from './expand-containers.ts';
import { importExpandedFiles, type ImportOptions } from './import-files.ts';
import type { InputFile } from './input-file.ts';

/** @example (await importFilesAsync([{ name: '楼栋.xlsx', bytes }])).report.files[0].warnings[0].code // 'xlsx-sheet' */
export async function importFilesAsync(files: readonly InputFile[], opts: ImportOptions = {}): Promise<Dataset> {
  return importExpandedFiles(await expandContainers(files), opts);
}
