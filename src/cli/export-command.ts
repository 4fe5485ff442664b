/**
 * `npm run cli -- export`: the dashboard's exports from the command line, through the same sheet
 * builders (src/domain) and writers (src/io): the building list, the summary table, or a candidate
 * list file laid out as the plan table. The format follows the output file's extension (.csv with
 * BOM, .xlsx, .geojson); formula-like text is made inert as in the dashboard.
 *
 *   npm run cli -- export FILES... --out 楼栋清单.xlsx [--year YYYY]
 *   npm run cli -- export FILES... --table --out 汇总表.csv [--by street|community|shequ|area|year] [--year YYYY]
 *   npm run cli -- export FILES... --list 项目库.json --out 项目库.xlsx [--year YYYY]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { summarize, type GroupBy } from '../domain/aggregate.ts';
import { buildingListSheet } from '../domain/building-list.ts';
import { buildingKeys, resolveEntries } from '../domain/candidate-list.ts';
import { candidateBuildingSheet, candidateTable, candidateTableSheet } from '../domain/candidate-table.ts';
import { parseCrs, type CrsKey } from '../domain/crs.ts';
import { programmeRows } from '../domain/filter-rows.ts';
import type { SheetTable } from '../domain/sheet-table.ts';
import { GROUP_LABELS } from '../domain/summary-fields.ts';
import { SUMMARY_EXPORT_COLUMNS, summarySheet } from '../domain/summary-sheet.ts';
import { readListFile } from '../io/candidate-list-file.ts';
import { sheetBytes } from '../io/sheet-files.ts';
import type { InputFile } from '../io/import-files.ts';
import { importFilesAsync } from '../io/import-files-async.ts';

export const EXPORT_USAGE = `  npm run cli -- export FILES... --out OUT.csv|OUT.xlsx|OUT.geojson [--year YYYY]
      楼栋清单（给出 --year 时为该年度计划内的楼栋）。 The building list (with --year, that year's programme).
  npm run cli -- export FILES... --table --out OUT.csv|OUT.xlsx [--by street|community|shequ|area|year] [--year YYYY]
      汇总表。 The summary table.
  npm run cli -- export FILES... --list 项目库.json|.csv --out OUT.csv|OUT.xlsx|OUT.geojson [--year YYYY]
      项目库按小区的计划表（Excel 另含楼栋清单；GeoJSON 为楼栋点）。 A candidate list file as the plan table.
  --out-crs gcj02|bd09|EPSG:4491…4554  坐标按该坐标系写出（列名注明坐标系）。 Coordinates written in that system
      (the column headers say which).
`;

const BY: Record<string, GroupBy> = {
  street: 'street',
  community: 'community',
  shequ: 'shequ',
  area: 'area',
  year: 'planYear',
  planYear: 'planYear',
};

interface ExportArgs {
  files: InputFile[];
  out: string;
  format: 'csv' | 'xlsx' | 'geojson';
  what: 'buildings' | 'table' | 'list';
  list: string | null;
  by: GroupBy;
  year: number | null;
  /** The system coordinates are written in (--out-crs); WGS84 by default. */
  outCrs: CrsKey;
}

class ExportUsage extends Error {}

function readBytes(path: string): Uint8Array {
  try {
    const b = readFileSync(path);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    throw new ExportUsage(
      `无法读取文件 cannot read file ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

function parse(argv: readonly string[]): ExportArgs {
  const a: Omit<ExportArgs, 'format'> & { format: ExportArgs['format'] | null } = {
    files: [],
    out: '',
    format: null,
    what: 'buildings',
    list: null,
    by: 'street',
    year: null,
    outCrs: 'wgs84',
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new ExportUsage(`${arg} 需要一个值 needs a value`);
      return v;
    };
    if (arg === '--out') a.out = value();
    else if (arg === '--table') a.what = 'table';
    else if (arg === '--list') {
      a.what = 'list';
      a.list = value();
    } else if (arg === '--by') {
      const v = value();
      if (!(v in BY)) throw new ExportUsage(`--by 只能是 street|community|shequ|area|year: ${v}`);
      a.by = BY[v];
    } else if (arg === '--year') {
      const v = value();
      if (!/^\d{4}$/.test(v)) throw new ExportUsage(`--year 需要四位年份 needs a four-digit year: ${v}`);
      a.year = Number(v);
    } else if (arg === '--out-crs') {
      const v = value();
      const crs = parseCrs(v);
      if (!crs) throw new ExportUsage(`--out-crs 只能是 wgs84|gcj02|bd09|EPSG:4491…4554: ${v}`);
      a.outCrs = crs;
    } else if (arg.startsWith('--')) throw new ExportUsage(`未知选项 unknown option: ${arg}`);
    else a.files.push({ name: basename(arg), bytes: readBytes(arg) });
  }
  if (a.files.length === 0) throw new ExportUsage('没有给出文件 no files given');
  if (!a.out) throw new ExportUsage('需要 --out 输出文件 --out is required');
  const ext = extname(a.out).toLowerCase();
  a.format =
    ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : ext === '.geojson' || ext === '.json' ? 'geojson' : null;
  if (!a.format)
    throw new ExportUsage(
      `输出文件须为 .csv、.xlsx 或 .geojson the output must end in .csv, .xlsx or .geojson: ${a.out}`,
    );
  if (a.what === 'table' && a.format === 'geojson')
    throw new ExportUsage('汇总表没有 GeoJSON the table has no GeoJSON form');
  return { ...a, format: a.format };
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
 * Run `export` with the arguments after the word export; returns the exit code (2 for a usage
 * error, 1 when a list file had rows that could not be used, else 0).
 */
export async function runExport(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  let args: ExportArgs;
  try {
    args = parse(argv);
  } catch (e) {
    if (!(e instanceof ExportUsage)) throw e;
    err(`错误 error: ${e.message}\n\n用法 usage:\n${EXPORT_USAGE}`);
    return 2;
  }
  const data = await importFilesAsync(args.files);
  const t = data.buildings;
  let code = 0;
  let sheets: SheetTable[];
  if (args.what === 'table') {
    const s = summarize(data, { by: args.by, year: args.year });
    sheets = [summarySheet(s, s.groups, GROUP_LABELS[args.by].zh, SUMMARY_EXPORT_COLUMNS, '汇总表')];
  } else if (args.what === 'list' && args.list) {
    const keys = buildingKeys(t, data.fileNames);
    const { entries, report } = readListFile(
      basename(args.list),
      readBytes(args.list),
      { table: t, keys },
      new Date().toISOString(),
    );
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
