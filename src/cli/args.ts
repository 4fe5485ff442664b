/**
 * The one argument parser of the command line, for every command. node's util.parseArgs splits
 * the words; its tokens keep their order, which the per-file options need: `--kind`, `--crs`
 * and `--swap-xy` apply to the files named after them. Files are opened here, to be read a
 * range at a time (file-source.ts), and closed by `close` when the command is done.
 */
import type { ColumnSet } from '../domain/column-sets.ts';
import { basename, extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { GroupBy } from '../domain/aggregate.ts';
import type { CrsKey } from '../domain/crs.ts';
import type { EligibilitySettings } from '../domain/eligibility.ts';
import type { InputFile } from '../io/input-file.ts';
import { diskSource, type DiskSource } from './file-source.ts';
import { newDraft, OPTIONS, UsageError, type Command, type Draft } from './options.ts';

export { UsageError, type Command };

interface Common {
  files: InputFile[];
  /** Close the files' descriptors. */
  close(): void;
}

export interface ValidateArgs extends Common {
  command: 'validate';
}

export interface SummarizeArgs extends Common {
  command: 'summarize';
  by: GroupBy;
  year: number | null;
  json: boolean;
  eligibility: EligibilitySettings;
  /** --as-of: the day the figures stand on; null = as recorded, overdue judged today. */
  asOfDay: number | null;
}

export interface ExportArgs extends Common {
  command: 'export';
  out: string;
  format: 'csv' | 'xlsx' | 'geojson';
  what: 'buildings' | 'table' | 'list';
  /** The candidate list file (--list), read whole by its reader. */
  list: string | null;
  by: GroupBy;
  year: number | null;
  outCrs: CrsKey;
  /** --table's columns: one of the page's column sets, or null for the programme and its progress. */
  columns: ColumnSet | null;
}

export type Args = ValidateArgs | SummarizeArgs | ExportArgs;

const COMMANDS = new Set<string>(['validate', 'summarize', 'export']);

const CONFIG_OPTIONS: ParseArgsConfig['options'] = Object.fromEntries(
  Object.entries(OPTIONS).map(([name, o]) => [name, name === 'help' ? { type: o.type, short: 'h' } : { type: o.type }]),
);

function open(path: string, d: Draft, sources: DiskSource[]): InputFile {
  let bytes: DiskSource;
  try {
    bytes = diskSource(path);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(`无法读取文件 cannot read file ${path}: ${why}`);
  }
  sources.push(bytes);
  return { name: basename(path), bytes, kind: d.kind, crs: d.crs, swapXY: d.swapXY };
}

/** The words after the command, in order: options fill the draft, file names open files. */
function readWords(command: Command, words: readonly string[], d: Draft, sources: DiskSource[]): InputFile[] {
  const { tokens } = parseArgs({
    args: [...words],
    options: CONFIG_OPTIONS,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const files: InputFile[] = [];
  for (const t of tokens) {
    if (t.kind === 'positional') files.push(open(t.value, d, sources));
    if (t.kind !== 'option') continue;
    const o = Object.hasOwn(OPTIONS, t.name) ? OPTIONS[t.name] : undefined;
    if (!o || !o.commands.includes(command)) throw new UsageError(`未知选项 unknown option: ${t.rawName}`);
    if (o.type === 'string' && t.value === undefined) throw new UsageError(`${t.rawName} 需要一个值 needs a value`);
    if (o.type === 'boolean' && t.value !== undefined)
      throw new UsageError(`${t.rawName} 不带值 takes no value: ${t.value}`);
    o.apply(d, t.value ?? '');
  }
  return files;
}

function exportFormat(out: string): ExportArgs['format'] {
  const ext = extname(out).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.geojson' || ext === '.json') return 'geojson';
  throw new UsageError(`输出文件须为 .csv、.xlsx 或 .geojson the output must end in .csv, .xlsx or .geojson: ${out}`);
}

function finish(command: Command, d: Draft, common: Common): Args {
  if (common.files.length === 0) throw new UsageError('没有给出文件 no files given');
  if (command === 'validate') return { command, ...common };
  const { by, year } = d;
  if (command === 'summarize')
    return { command, ...common, by, year, json: d.json, eligibility: d.eligibility, asOfDay: d.asOfDay };
  if (!d.out) throw new UsageError('需要 --out 输出文件 --out is required');
  const format = exportFormat(d.out);
  if (d.what === 'table' && format === 'geojson')
    throw new UsageError('汇总表没有 GeoJSON the table has no GeoJSON form');
  if (d.columns && d.what !== 'table') throw new UsageError('--columns 只用于 --table --columns goes with --table');
  return {
    command,
    ...common,
    out: d.out,
    format,
    what: d.what,
    list: d.list,
    by,
    year,
    outCrs: d.outCrs,
    columns: d.columns,
  };
}

/**
 * The command line (the words after `npm run cli --`) as a command and its settings, with its
 * files open; a UsageError when it cannot be run as written.
 * @example parseCommandLine(['export', '--crs', 'gcj02', '楼栋.csv', '--out', 'x.csv']).files[0].crs // 'gcj02'
 */
export function parseCommandLine(argv: readonly string[]): Args {
  const [command, ...words] = argv;
  if (!COMMANDS.has(command))
    throw new UsageError(command ? `未知命令 unknown command: ${command}` : '缺少命令 missing command');
  const sources: DiskSource[] = [];
  const close = (): void => sources.forEach((s) => s.close());
  try {
    const d = newDraft();
    const files = readWords(command as Command, words, d, sources);
    return finish(command as Command, d, { files, close });
  } catch (e) {
    close();
    throw e;
  }
}
