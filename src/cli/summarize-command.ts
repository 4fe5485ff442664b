/**
 * `npm run cli -- summarize FILES...`: the dashboard's summary per street office, community, 社区,
 * 片区 or plan year, as a text table or as the JSON the issue tracker names as a contract.
 */
import { summarize, type Summary } from '../domain/aggregate.ts';
import { isoDate } from '../domain/parse-values.ts';
import { overdueMask, scheduleOf, tableAsOf } from '../domain/schedule.ts';
import type { Dataset } from '../domain/dataset.ts';
import { GROUP_LABELS } from '../domain/summary-fields.ts';
import type { SummarizeArgs } from './args.ts';
import { nothingLoaded } from './nothing-loaded.ts';
import { summaryTable } from './summary-text.ts';

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
      skipped: data.report.files.flatMap((f) => f.skipped.map((r) => ({ file: f.file, ...r }))),
      conflicts: data.report.conflicts,
      files: data.report.files.map((f) => ({
        file: f.file,
        kind: f.kind,
        encoding: f.encoding,
        rowsRead: f.rowsRead,
        rowsLoaded: f.rowsLoaded,
        rejected: f.rejected.length,
        warnings: f.warnings.length + f.warningsNotListed,
        skipped: f.skipped.length,
        ...(f.headerLine !== undefined ? { headerLine: f.headerLine } : {}),
        crs: f.crs ?? 'wgs84',
        ...(f.crsSuggestion ? { crsSuggestion: f.crsSuggestion } : {}),
      })),
    },
    by: s.by,
    year: s.year,
    programmes: data.programmes,
  };
}

/**
 * Print the summary of the files read, as the arguments ask; the exit code: 1 with nothing to
 * count (no building loaded; communities alone count), the summary printed all the same (its
 * JSON report says why), else 0.
 */
export function runSummarize(
  args: SummarizeArgs,
  data: Dataset,
  out: (s: string) => void,
  err: (s: string) => void,
): number {
  // The same steps as the dashboard's selectors (src/state/selectors/schedule-selectors.ts).
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
    const title =
      `按${GROUP_LABELS[s.by].zh}汇总${s.year ? `（${s.year}年度计划）` : ''}` +
      `  建成年代截止 cut-off ${e.cutoffYear}${reserve}${asOf}`;
    out(`${title}\n\n${summaryTable(s, schedule.programmes.size > 0)}\n`);
    err(
      `\n导入 import: 读取 ${data.report.rowsRead}, 载入 ${data.report.rowsLoaded}, ` +
        `拒绝 ${data.report.rejected.length}, 警告 ${data.report.warnings.length}（详见 validate / see validate）\n`,
    );
  }
  const none = nothingLoaded(data, true);
  if (none) err(`错误 error: ${none.reason}\n`);
  return none ? 1 : 0;
}
