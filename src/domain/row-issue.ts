/** A row problem or warning of a building file, as the import report lists it. */
import type { FileReport, RowIssue } from './import-report.ts';
import type { Said } from './messages/render.ts';

export function issue(
  report: FileReport,
  line: number,
  code: string,
  reason: Said,
  field?: string,
  value?: string,
): RowIssue {
  const out: RowIssue = { file: report.file, line, code, ...reason };
  if (field !== undefined) out.field = field;
  if (value !== undefined) out.value = value;
  return out;
}
