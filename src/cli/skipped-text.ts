/**
 * The rows of the files that are not buildings (a title, 合计 rows, a footer …), as validate lists
 * them: each by file and line with what it is, so a user sees nothing was dropped unsaid.
 */
import { headerLinesText, type FileReport } from '../domain/import-report.ts';
import { said } from '../domain/messages/render.ts';

/** One line per file whose header was not on line 1, then the skipped rows; empty when none. */
export function skippedText(files: readonly FileReport[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const lines = headerLinesText(f);
    if (lines !== null) out.push(`表头 header: ${f.file} 第 ${lines} 行 (line ${lines})`);
  }
  const skipped = files.flatMap((f) => f.skipped.map((s) => ({ ...s, file: f.file })));
  if (skipped.length > 0) {
    out.push(`跳过的行（不是楼栋） skipped rows, not buildings (${skipped.length}):`);
    for (const s of skipped)
      out.push(`  ${s.file}:${s.line}  ${said('csv.skipped-row', { code: s.code }).reason}  「${s.value}」`);
  }
  return out;
}
