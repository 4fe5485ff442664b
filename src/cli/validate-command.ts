/**
 * `npm run cli -- validate FILES...`: the import report as text; exit 1 when any row was rejected.
 */
import type { ImportReport } from '../domain/import-report.ts';
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
  out.push(
    '',
    `合计 total: 读取 read ${report.rowsRead}, 载入 loaded ${report.rowsLoaded}, ` +
      `拒绝 rejected ${report.rejected.length}, 重复编号 duplicate ids ${report.duplicateIds.length}`,
  );
  return out.join('\n');
}

/** Print the report of the files read; the exit code. */
export function runValidate(data: Dataset, out: (s: string) => void): number {
  out(reportText(data.report) + '\n');
  return data.report.rejected.length === 0 ? 0 : 1;
}
