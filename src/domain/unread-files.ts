/**
 * Files that never reached the importer (a URL that could not be fetched, a file the browser
 * could not read) still belong in the import report, each with its reason, so a failed load
 * shows why instead of showing nothing.
 */
import { newFileReport, type ImportReport } from './import-report.ts';
import type { Message } from './messages/template.ts';

export interface UnreadFile {
  /** File name (or the URL's last part) as the user gave it. */
  name: string;
  /** Why it could not be read, Chinese then English in brackets (as the CLI would print it). */
  reason: string;
  /** The same as a message, when the reason is one of the catalogue's (a file too big to read). */
  message?: Message;
}

/**
 * The report with one more file entry per unread file (after the files that were read, so the
 * report's file order still matches the dataset's fileNames), each with one rejection, code
 * 'unread-file', line 0. Returns a new report; the given one is not changed.
 * @example addUnreadFiles(report, [{ name: 'a.csv', reason: 'HTTP 404' }]).rejected.at(-1)?.code // 'unread-file'
 */
export function addUnreadFiles(report: ImportReport, unread: readonly UnreadFile[]): ImportReport {
  if (unread.length === 0) return report;
  const extra = unread.map((u) => {
    const f = newFileReport(u.name, 'unknown', 'content', '');
    f.rejected.push({
      file: u.name,
      line: 0,
      code: 'unread-file',
      reason: u.reason,
      ...(u.message && { message: u.message }),
    });
    return f;
  });
  return {
    ...report,
    files: [...report.files, ...extra],
    rejected: [...report.rejected, ...extra.flatMap((f) => f.rejected)],
  };
}
