/**
 * `npm run cli -- export`: the dashboard's exports from the command line, through the same sheet
 * builders (src/domain) and writers (src/io): the building list, the summary table, or a candidate
 * list file laid out as the plan table. The format follows the output file's extension (.csv with
 * BOM, .xlsx, .geojson); formula-like text is made inert as in the dashboard.
 *
 *   npm run cli -- export FILES... --out 楼栋清单.xlsx [--year YYYY]
 *   npm run cli -- export FILES... --table --out 汇总表.csv [--by street|community|shequ|area|year] [--year YYYY]
 *                                [--columns stock|programme|progress|all]
 *   npm run cli -- export FILES... --list 项目库.json --out 项目库.xlsx [--year YYYY]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { summarize } from '../domain/aggregate.ts';
import { buildingListSheet } from '../domain/building-list.ts';
import { buildingKeys, resolveEntries } from '../domain/candidate-list.ts';
import { candidateBuildingSheet, candidateTable, candidateTableSheet } from '../domain/candidate-table.ts';
import type { CrsKey } from '../domain/crs.ts';
import { programmeRows } from '../domain/filter-rows.ts';
import type { SheetTable } from '../domain/sheet-table.ts';
import { GROUP_LABELS } from '../domain/summary-fields.ts';
import { SUMMARY_EXPORT_COLUMNS, columnsOf, summarySheet } from '../domain/summary-sheet.ts';
import { columnSetFields } from '../domain/column-sets.ts';
import { readListFile } from '../io/candidate-list-file.ts';
import type { Dataset } from '../domain/dataset.ts';
import { sheetBytes } from '../io/sheet-files.ts';
import { UsageError, type ExportArgs } from './args.ts';
import { nothingLoaded } from './nothing-loaded.ts';

/** The candidate list file of --list, read whole (its reader needs it), before the data are read. */
export function readListBytes(path: string): Uint8Array {
  try {
    const b = readFileSync(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    throw new UsageError(
      `无法读取文件 cannot read file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

async function write(
  sheets: readonly SheetTable[],
  format: ExportArgs['format'],
  out: string,
  crs: CrsKey,
): Promise<void> {
  writeFileSync(out, (await sheetBytes(sheets, format, crs)).content);
}

/**
 * Write the export the arguments ask for from the files read (and the bytes of the --list file);
 * the exit code: 1 when the list file had rows that could not be used, or when no building was
 * loaded (nothing is written then; for --table communities alone do), else 0.
 */
export async function exportFiles(
  args: ExportArgs,
  list: Uint8Array | null,
  data: Dataset,
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const none = nothingLoaded(data, args.what === 'table');
  if (none) {
    err(`错误 error: ${none.reason}\n`);
    return 1;
  }
  const t = data.buildings;
  let code = 0;
  let sheets: SheetTable[];
  if (args.what === 'table') {
    const s = summarize(data, { by: args.by, year: args.year });
    const columns = args.columns ? columnsOf(columnSetFields(args.columns)) : SUMMARY_EXPORT_COLUMNS;
    sheets = [summarySheet(s, s.groups, GROUP_LABELS[args.by].zh, columns, '汇总表')];
  } else if (args.what === 'list' && args.list && list) {
    const keys = buildingKeys(t, data.fileNames);
    const { entries, report } = readListFile(basename(args.list), list, { table: t, keys }, new Date().toISOString());
    for (const r of report.rejected) err(`${report.file}:${r.line}  ${r.reason}${r.value ? `  「${r.value}」` : ''}\n`);
    for (const u of report.unmatched)
      err(`${report.file}:${u.line}  ${u.key} 不在数据中 not in the data${u.community ? `（${u.community}）` : ''}\n`);
    if (report.rejected.length > 0) code = 1;
    const resolved = resolveEntries(entries, keys);
    const table = candidateTableSheet(candidateTable(entries, t, resolved, args.year), '按小区汇总');
    const buildings = candidateBuildingSheet(entries, t, resolved, args.year, '楼栋清单');
    sheets = args.format === 'geojson' ? [buildings] : args.format === 'csv' ? [table] : [table, buildings];
  } else {
    sheets = [buildingListSheet(t, args.year === null ? null : programmeRows(t, null, args.year), '楼栋清单')];
  }
  await write(sheets, args.format, args.out, args.outCrs);
  out(`${args.out}: ${sheets[0].rows.length} 行 rows\n`);
  return code;
}
