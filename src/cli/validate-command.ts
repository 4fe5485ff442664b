/**
 * `npm run cli -- validate FILES...`: the import report as text; exit 1 when any row was rejected.
 */
import { FIELD_BY_KEY, type FieldKey } from '../domain/fields.ts';
import type { Conflict, ImportReport } from '../domain/import-report.ts';
import type { Dataset } from '../domain/dataset.ts';
import { skippedText } from './skipped-text.ts';

export function reportText(report: ImportReport): string {
  const out: string[] = [];
  for (const f of report.files) {
    out.push(
      `${f.file}  [${f.kind}${f.kindFrom === 'flag' ? ', --kind' : ''}, ${f.encoding}${f.crs ? `, ${f.crs}` : ''}]` +
        `  读取 read ${f.rowsRead}  载入 loaded ${f.rowsLoaded}  拒绝 rejected ${f.rejected.length}` +
        `  警告 warnings ${f.warnings.length + f.warningsNotListed}` +
        (f.skipped.length > 0 ? `  跳过 skipped ${f.skipped.length}` : ''),
    );
  }
  const skipped = skippedText(report.files);
  if (skipped.length > 0) out.push('', ...skipped);
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
  if (report.conflicts.length > 0) out.push('', ...conflictLines(report.conflicts));
  out.push(
    '',
    `合计 total: 读取 read ${report.rowsRead}, 载入 loaded ${report.rowsLoaded}, ` +
      `拒绝 rejected ${report.rejected.length}, 重复编号 duplicate ids ${report.duplicateIds.length}` +
      (report.conflicts.length > 0 ? `, 冲突 conflicts ${report.conflicts.length}` : ''),
  );
  return out.join('\n');
}

/**
 * One line per field on which rows of one building id disagree: each value with its place, and
 * the value kept (the later row's).
 * @example '  B1  改造进度 stage: 已开工 (a.csv:2) | 已完工 (b.csv:3)  → 已完工'
 */
function conflictLines(conflicts: readonly Conflict[]): string[] {
  const label = (field: string): string => {
    const def = FIELD_BY_KEY[field as FieldKey] as (typeof FIELD_BY_KEY)[FieldKey] | undefined;
    return def ? `${def.zh} ${field}` : field;
  };
  return [
    `同一楼栋编号的行不一致 conflicts (${conflicts.length})，采用后读入的行 the later row wins:`,
    ...conflicts.map(
      (c) =>
        `  ${c.id}  ${label(c.field)}: ${c.values.map((v) => `${v.value} (${v.file}:${v.line})`).join(' | ')}` +
        `  → ${c.kept}`,
    ),
  ];
}

/** Print the report of the files read; the exit code. */
export function runValidate(data: Dataset, out: (s: string) => void): number {
  out(reportText(data.report) + '\n');
  return data.report.rejected.length === 0 ? 0 : 1;
}
