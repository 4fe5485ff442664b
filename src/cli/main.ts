/**
 * 旧改一张图 command line: the same src/domain and src/io code the dashboard runs.
 *
 *   npm run cli -- validate FILES...
 *   npm run cli -- summarize FILES... [--by street|community|shequ|area|year] [--year YYYY] [--cutoff YYYY]
 *                                     [--reserve-to YYYY] [--reserve-share 0.2] [--as-of YYYY-MM-DD] [--json]
 *   npm run cli -- export FILES... --out OUT.csv|.xlsx|.geojson [--table | --list LIST] [--year YYYY]   (export-command.ts)
 *
 * Files are told apart by content; `--kind KIND` before files forces what they are
 * (buildings, communities, streets, programme; `--kind auto` goes back to guessing).
 */
import type { ByteSource } from '../io/byte-source.ts';
import { diskSource } from './file-source.ts';
import { basename } from 'node:path';
import { summarize, type GroupBy, type Summary } from '../domain/aggregate.ts';
import { parseCrs, type CrsKey } from '../domain/crs.ts';
import { DEFAULT_ELIGIBILITY, type EligibilitySettings } from '../domain/eligibility.ts';
import { isoDate, parseDate } from '../domain/parse-values.ts';
import { overdueMask, scheduleOf, tableAsOf } from '../domain/schedule.ts';
import type { ImportReport } from '../domain/import-report.ts';
import { importFiles, type Dataset, type InputFile } from '../io/import-files.ts';
import { importFilesAsync } from '../io/import-files-async.ts';
import { EXPORT_USAGE, runExport } from './export-command.ts';
import { GROUP_LABELS } from '../domain/summary-fields.ts';
import { summaryTable } from './summary-text.ts';

const USAGE = `旧改一张图 Renovation Atlas — 命令行 command line

用法 usage:
  npm run cli -- validate FILES...
      打印导入报告；有被拒绝的行时退出码为 1。
      Print the import report; exit code 1 when any row was rejected.
  npm run cli -- summarize FILES... [--by street|community|shequ|area|year] [--year YYYY]
                                    [--cutoff YYYY] [--no-grade-c] [--no-non-complete]
                                    [--grade-d flag|eligible|exclude]
                                    [--reserve-to YYYY] [--reserve-share 0.2] [--as-of YYYY-MM-DD] [--json]
      按街道/小区/社区/片区/计划年度汇总。 Totals per street office, community, 社区, 片区 or plan year.
      --as-of 按该日的进度汇总（由开工、完工、验收日期推算），并按计划时间节点统计逾期；默认今天。
      Figures as they stood on that day (from the stage dates), overdue judged against the
      programme's steps on it; default today.
      --reserve-to 开启储备档（截止年次年至该年建成，按年代由早到晚纳入，户数上限为计划户数的
      --reserve-share，默认 0.2）。 A reserve tier: built from the year after the cut-off to
      YYYY, oldest first, capped at a share (default 0.2) of the --year programme's households.

${EXPORT_USAGE}
文件类型按内容判断；在文件前加 --kind KIND 可强制指定（buildings, communities, streets, district, programme, auto）。
Files are told apart by content; --kind KIND before files forces their kind (auto resets).
坐标系默认 WGS84/CGCS2000；在文件前加 --crs gcj02|bd09|EPSG:4527 等（高斯-克吕格 EPSG:4491–4554）指定其后文件的坐标系，
--swap-xy 表示经纬度写反。 Coordinates are WGS84/CGCS2000 unless --crs before files says otherwise (gcj02, bd09,
EPSG:4491–4554 Gauss-Krüger); --swap-xy: latitude and longitude written the other way round.
`;

class UsageError extends Error {}

interface Args {
  command: 'validate' | 'summarize';
  files: InputFile[];
  by: GroupBy;
  year: number | null;
  json: boolean;
  eligibility: EligibilitySettings;
  /** --as-of: the day the figures stand on; null = as recorded, overdue judged today. */
  asOfDay: number | null;
}

const KINDS = new Set(['buildings', 'communities', 'streets', 'district', 'programme', 'auto']);
const BY: Record<string, GroupBy> = {
  street: 'street',
  community: 'community',
  shequ: 'shequ',
  area: 'area',
  year: 'planYear',
  planYear: 'planYear',
};

function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command !== 'validate' && command !== 'summarize')
    throw new UsageError(command ? `未知命令 unknown command: ${command}` : '缺少命令 missing command');
  const args: Args = {
    command,
    files: [],
    by: 'street',
    year: null,
    json: false,
    eligibility: { ...DEFAULT_ELIGIBILITY },
    asOfDay: null,
  };
  let kind: InputFile['kind'] | undefined;
  let crs: CrsKey | undefined;
  let swapXY = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined) throw new UsageError(`${flag} 需要一个值 needs a value`);
      return v;
    };
    const year = (): number => {
      const v = value();
      if (!/^\d{4}$/.test(v)) throw new UsageError(`${flag} 需要四位年份 needs a four-digit year: ${v}`);
      return Number(v);
    };
    switch (flag) {
      case '--json':
        args.json = true;
        break;
      case '--by': {
        const v = value();
        if (!(v in BY)) throw new UsageError(`--by 只能是 street|community|shequ|area|year: ${v}`);
        args.by = BY[v];
        break;
      }
      case '--year':
        args.year = year();
        break;
      case '--as-of': {
        const v = value();
        const d = parseDate(v);
        if (d === null) throw new UsageError(`--as-of 需要日期 needs a date (YYYY-MM-DD): ${v}`);
        args.asOfDay = d;
        break;
      }
      case '--cutoff':
        args.eligibility.cutoffYear = year();
        break;
      case '--no-grade-c':
        args.eligibility.byGradeC = false;
        break;
      case '--no-non-complete':
        args.eligibility.byNonComplete = false;
        break;
      case '--reserve-to':
        args.eligibility.reserveTo = year();
        break;
      case '--reserve-share': {
        const v = value();
        const share = Number(v);
        if (!/^\d*\.?\d+$/.test(v) || share > 1)
          throw new UsageError(`--reserve-share 需要 0 到 1 之间的比例 needs a share from 0 to 1: ${v}`);
        args.eligibility.reserveShare = share;
        break;
      }
      case '--grade-d': {
        const v = value();
        if (v !== 'flag' && v !== 'eligible' && v !== 'exclude')
          throw new UsageError(`--grade-d 只能是 flag|eligible|exclude: ${v}`);
        args.eligibility.gradeD = v;
        break;
      }
      case '--kind': {
        const v = value();
        if (!KINDS.has(v))
          throw new UsageError(`--kind 只能是 buildings|communities|streets|district|programme|auto: ${v}`);
        kind = v === 'auto' ? undefined : (v as InputFile['kind']);
        break;
      }
      case '--crs': {
        const v = value();
        const parsed = parseCrs(v);
        if (!parsed) throw new UsageError(`--crs 只能是 wgs84|cgcs2000|gcj02|bd09|EPSG:4491…4554: ${v}`);
        crs = parsed;
        break;
      }
      case '--swap-xy':
        swapXY = true;
        break;
      case '--no-swap-xy':
        swapXY = false;
        break;
      case '-h':
      case '--help':
        throw new UsageError('');
      default: {
        if (a.startsWith('--')) throw new UsageError(`未知选项 unknown option: ${a}`);
        let bytes: ByteSource;
        try {
          bytes = diskSource(a);
        } catch (e) {
          throw new UsageError(
            `无法读取文件 cannot read file ${a}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
          );
        }
        args.files.push({ name: basename(a), bytes, kind, crs, swapXY });
      }
    }
  }
  if (args.files.length === 0) throw new UsageError('没有给出文件 no files given');
  return args;
}

export function reportText(report: ImportReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(
      `${f.file}  [${f.kind}${f.kindFrom === 'flag' ? ', --kind' : ''}, ${f.encoding}${f.crs ? `, ${f.crs}` : ''}]  读取 read ${f.rowsRead}  载入 loaded ${f.rowsLoaded}  拒绝 rejected ${f.rejected.length}  警告 warnings ${f.warnings.length + f.warningsNotListed}`,
    );
  }
  if (report.rejected.length > 0) {
    out.push('', `被拒绝的行 rejected rows (${report.rejected.length}):`);
    for (const r of report.rejected)
      out.push(`  ${r.file}:${r.line}  ${r.reason}${r.value !== undefined ? `  「${r.value}」` : ''}`);
  }
  if (report.warnings.length > 0) {
    out.push('', `警告 warnings (${report.warnings.length}):`);
    for (const w of report.warnings)
      out.push(`  ${w.file}:${w.line}  ${w.reason}${w.value !== undefined ? `  「${w.value}」` : ''}`);
    const notListed = report.files.reduce((s, f) => s + f.warningsNotListed, 0);
    if (notListed > 0) out.push(`  …另有 ${notListed} 条警告未列出 (${notListed} more warnings not listed)`);
  }
  out.push(
    '',
    `合计 total: 读取 read ${report.rowsRead}, 载入 loaded ${report.rowsLoaded}, 拒绝 rejected ${report.rejected.length}, 重复编号 duplicate ids ${report.duplicateIds.length}`,
  );
  return out.join('\n');
}

/** The JSON the issue tracker names as a contract; more fields may follow those. */
export function summaryJson(s: Summary, data: Dataset): unknown {
  return {
    groups: s.groups,
    total: s.total,
    report: {
      rowsRead: data.report.rowsRead,
      rowsLoaded: data.report.rowsLoaded,
      rejected: data.report.rejected,
      warnings: data.report.warnings,
      duplicateIds: data.report.duplicateIds,
      files: data.report.files.map((f) => ({
        file: f.file,
        kind: f.kind,
        encoding: f.encoding,
        rowsRead: f.rowsRead,
        rowsLoaded: f.rowsLoaded,
        rejected: f.rejected.length,
        warnings: f.warnings.length + f.warningsNotListed,
        crs: f.crs ?? 'wgs84',
        ...(f.crsSuggestion ? { crsSuggestion: f.crsSuggestion } : {}),
      })),
    },
    by: s.by,
    year: s.year,
    programmes: data.programmes,
  };
}

/** Parse, or say what is wrong: the arguments, or the exit code to end with. */
function argsOrCode(argv: readonly string[], err: (s: string) => void): Args | number {
  try {
    return parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      if (e.message) err(`错误 error: ${e.message}\n`);
      err(USAGE);
      return e.message ? 2 : 0;
    }
    throw e;
  }
}

/**
 * Run the CLI; returns the exit code. Output goes to the given writers (tests capture them).
 * Synchronous: an .xlsx given here is reported as not read; runAsync converts workbooks first.
 */
export function run(argv: readonly string[], out: (s: string) => void, err: (s: string) => void): number {
  const args = argsOrCode(argv, err);
  return typeof args === 'number' ? args : execute(args, importFiles(args.files), out, err);
}

/** run() with Excel workbooks read too (read-xlsx.ts); what the command line itself runs. */
export async function runAsync(
  argv: readonly string[],
  out: (s: string) => void,
  err: (s: string) => void,
): Promise<number> {
  const args = argsOrCode(argv, err);
  return typeof args === 'number' ? args : execute(args, await importFilesAsync(args.files), out, err);
}

function execute(args: Args, data: Dataset, out: (s: string) => void, err: (s: string) => void): number {
  if (args.command === 'validate') {
    out(reportText(data.report) + '\n');
    return data.report.rejected.length === 0 ? 0 : 1;
  }
  // The same steps as the dashboard's selectors (src/state/schedule-selectors.ts).
  const view = { ...data, buildings: tableAsOf(data.buildings, args.asOfDay) };
  const checkDay = args.asOfDay ?? Math.floor(Date.now() / 86_400_000);
  const schedule = scheduleOf(view.buildings, view.buildings.stage, data.programmes, checkDay, args.year);
  const s = summarize(view, {
    by: args.by,
    year: args.year,
    eligibility: args.eligibility,
    overdue: schedule.overdueCount > 0 ? overdueMask(schedule) : null,
  });
  if (args.json) {
    out(
      JSON.stringify(
        {
          ...(summaryJson(s, data) as object),
          asOf: args.asOfDay === null ? null : isoDate(args.asOfDay),
          overdueCheckedOn: isoDate(checkDay),
        },
        null,
        2,
      ) + '\n',
    );
  } else {
    const e = args.eligibility;
    const reserve =
      e.reserveTo != null
        ? `  储备 reserve ${e.cutoffYear + 1}–${e.reserveTo} ≤ ${Math.round((e.reserveShare ?? 0) * 1000) / 10}%`
        : '';
    const asOf = args.asOfDay === null ? '' : `  截至 as of ${isoDate(args.asOfDay)}`;
    const title = `按${GROUP_LABELS[s.by].zh}汇总${s.year ? `（${s.year}年度计划）` : ''}  建成年代截止 cut-off ${e.cutoffYear}${reserve}${asOf}`;
    out(`${title}\n\n${summaryTable(s, schedule.programmes.size > 0)}\n`);
    err(
      `\n导入 import: 读取 ${data.report.rowsRead}, 载入 ${data.report.rowsLoaded}, 拒绝 ${data.report.rejected.length}, 警告 ${data.report.warnings.length}（详见 validate / see validate）\n`,
    );
  }
  return 0;
}

const isMain =
  typeof process !== 'undefined' && process.argv[1] !== undefined && /cli[\\/]main\.ts$/.test(process.argv[1]);
if (isMain) {
  const [command, ...rest] = process.argv.slice(2);
  const write = (s: string): boolean => process.stdout.write(s);
  const warn = (s: string): boolean => process.stderr.write(s);
  // export writes workbooks, which is asynchronous (exceljs); the other commands are not.
  if (command === 'export') void runExport(rest, write, warn).then((code) => (process.exitCode = code));
  else void runAsync(process.argv.slice(2), write, warn).then((code) => (process.exitCode = code));
}
