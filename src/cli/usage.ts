/**
 * The usage text, and how a usage error is told: the message, then the usage (exit 2); --help
 * prints the usage alone (exit 0).
 */
import type { Command, UsageError } from './options.ts';

export const EXPORT_USAGE = `  npm run cli -- export FILES... --out OUT.csv|OUT.xlsx|OUT.geojson [--year YYYY]
      楼栋清单（给出 --year 时为该年度计划内的楼栋）。 The building list (with --year, that year's programme).
  npm run cli -- export FILES... --table --out OUT.csv|OUT.xlsx [--by street|community|shequ|area|year] [--year YYYY]
                                 [--columns stock|programme|progress|all]
      汇总表；--columns 与页面的列组相同（现状/计划/进度/全部），默认为计划及进度。
      The summary table; --columns as the page's column sets, by default the programme and its progress.
  npm run cli -- export FILES... --list 项目库.json|.csv --out OUT.csv|OUT.xlsx|OUT.geojson [--year YYYY]
      项目库按小区的计划表（Excel 另含楼栋清单；GeoJSON 为楼栋点）。 A candidate list file as the plan table.
  --out-crs gcj02|bd09|EPSG:4491…4554  坐标按该坐标系写出（列名注明坐标系）。 Coordinates written in that system
      (the column headers say which).
`;

export const USAGE = `旧改一张图 Renovation Atlas — 命令行 command line

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
summarize 与 export 在没有载入任何楼栋时（楼栋行全部被拒绝，或没有楼栋文件）退出码为 1，并列出文件；只有小区文件时按小区
自身属性汇总（export 仅 --table）。 summarize and export exit 1, naming the files, when no building was loaded (every
building row rejected, or no building file); communities alone are summarised from their own attributes
(export: --table).
文件类型按内容判断；在文件前加 --kind KIND 可强制指定（buildings, communities, streets, district, programme, auto）。
Files are told apart by content; --kind KIND before files forces their kind (auto resets).
坐标系默认 WGS84/CGCS2000；在文件前加 --crs gcj02|bd09|EPSG:4527 等（高斯-克吕格 EPSG:4491–4554）指定其后文件的坐标系，
--swap-xy 表示经纬度写反。 Coordinates are WGS84/CGCS2000 unless --crs before files says otherwise (gcj02, bd09,
EPSG:4491–4554 Gauss-Krüger); --swap-xy: latitude and longitude written the other way round.
`;

/**
 * Tell a usage error on `err` and give the exit code: 2 with the message and the usage (for
 * export, its own part of it, as export has always printed), 0 for --help.
 */
export function usageFailure(e: UsageError, command: Command | undefined, err: (s: string) => void): number {
  if (!e.message) {
    err(USAGE);
    return 0;
  }
  err(`错误 error: ${e.message}\n`);
  err(command === 'export' ? `\n用法 usage:\n${EXPORT_USAGE}` : USAGE);
  return 2;
}
