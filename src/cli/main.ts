/**
 * 旧改一张图 command line: the same src/domain and src/io code the dashboard runs.
 *
 *   npm run cli -- validate FILES...
 *   npm run cli -- summarize FILES... [--by street|community|shequ|area|year] [--year YYYY] [--cutoff YYYY]
 *                                     [--reserve-to YYYY] [--reserve-share 0.2] [--as-of YYYY-MM-DD] [--json]
 *   npm run cli -- export FILES... --out OUT.csv|.xlsx|.geojson [--table | --list LIST] [--year YYYY]
 *
 * Files are told apart by content; `--kind KIND` before files forces what they are
 * (buildings, communities, streets, programme; `--kind auto` goes back to guessing), `--crs` and
 * `--swap-xy` before files say how their coordinates are written. One parser for every command
 * (args.ts, options.ts); every command reads its files from disk a range at a time.
 */
import { importFiles } from '../io/import-files.ts';
import type { Dataset } from '../domain/dataset.ts';
import { importFilesAsync } from '../io/import-files-async.ts';
import { parseCommandLine, UsageError, type Args } from './args.ts';
import { exportFiles, readListBytes } from './export-command.ts';
import { runSummarize } from './summarize-command.ts';
import { usageFailure } from './usage.ts';
import { runValidate } from './validate-command.ts';

type Write = (s: string) => void;

/** Parse, or tell what is wrong: the arguments, or the exit code to end with. */
function argsOrCode(argv: readonly string[], err: Write): Args | number {
  try {
    return parseCommandLine(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(e, argv[0] === 'export' ? 'export' : undefined, err);
    throw e;
  }
}

function report(args: Exclude<Args, { command: 'export' }>, data: Dataset, out: Write, err: Write): number {
  return args.command === 'validate' ? runValidate(data, out) : runSummarize(args, data, out, err);
}

/**
 * Run validate or summarize; returns the exit code. Output goes to the given writers (tests
 * capture them). Synchronous: an .xlsx given here is reported as not read, and export (which
 * writes workbooks) is refused; runAsync reads workbooks and runs every command.
 */
export function run(argv: readonly string[], out: Write, err: Write): number {
  const args = argsOrCode(argv, err);
  if (typeof args === 'number') return args;
  try {
    if (args.command === 'export') throw new Error('export is asynchronous: call runAsync');
    return report(args, importFiles(args.files), out, err);
  } finally {
    args.close();
  }
}

/** Every command, with Excel workbooks read too (read-xlsx.ts); what the command line itself runs. */
export async function runAsync(argv: readonly string[], out: Write, err: Write): Promise<number> {
  const args = argsOrCode(argv, err);
  if (typeof args === 'number') return args;
  try {
    if (args.command !== 'export') return report(args, await importFilesAsync(args.files), out, err);
    const list = args.list === null ? null : readListBytes(args.list);
    return await exportFiles(args, list, await importFilesAsync(args.files), out, err);
  } catch (e) {
    if (e instanceof UsageError) return usageFailure(e, args.command, err);
    throw e;
  } finally {
    args.close();
  }
}

/**
 * `export` with the words after it; returns the exit code (2 for a usage error, 1 when a list
 * file had rows that could not be used, else 0).
 */
export function runExport(argv: readonly string[], out: Write, err: Write): Promise<number> {
  return runAsync(['export', ...argv], out, err);
}

const isMain =
  typeof process !== 'undefined' && process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  const write = (s: string): boolean => process.stdout.write(s);
  const warn = (s: string): boolean => process.stderr.write(s);
  void runAsync(process.argv.slice(2), write, warn).then((code) => (process.exitCode = code));
}
