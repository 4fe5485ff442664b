import { issueText, useT } from '../../i18n/index.ts';
import type { ListFileReport } from '../../io/candidate-list-file.ts';
import { fmtInt } from '../format.ts';

/** Most problems listed on screen. */
const MAX_LISTED = 50;

/** What an imported list file gave: entries taken, rows rejected (line, reason), entries not in the data. */
export function ListImportReport({ report, onClose }: { report: ListFileReport; onClose: () => void }) {
  const bad = report.rejected.length > 0;
  const { t, lang } = useT('candidates');
  const where = (line: number): string => (line > 0 ? t('report.line', { line }) : t('report.file'));
  const colon = lang === 'zh' ? '：' : ': ';
  return (
    <div
      className={bad ? 'list-import-report warn' : 'list-import-report'}
      role="status"
      data-testid="list-import-report"
      data-entries={report.entries}
      data-rejected={report.rejected.length}
      data-unmatched={report.unmatched.length}
    >
      <p>
        {t('report.summary', { file: report.file, read: fmtInt(report.rowsRead), n: fmtInt(report.entries) })}
        {report.rejected.length > 0 && t('report.rejected', { n: fmtInt(report.rejected.length) })}
        {report.unmatched.length > 0 && t('report.unmatched', { n: fmtInt(report.unmatched.length) })}
        {t('report.end')}
        <button type="button" className="link-button" onClick={onClose}>
          {t('report.close')}
        </button>
      </p>
      {(report.rejected.length > 0 || report.unmatched.length > 0 || report.warnings.length > 0) && (
        <ol className="issues">
          {report.rejected.slice(0, MAX_LISTED).map((r, k) => (
            <li key={`r${k}`} className="bad">
              {where(r.line)}
              {colon}
              {issueText(r, lang)}
              {r.value ? (lang === 'zh' ? `（${r.value}）` : ` (${r.value})`) : ''}
            </li>
          ))}
          {report.unmatched.slice(0, MAX_LISTED).map((u) => (
            <li key={`u${u.key}`} className="warn">
              {where(u.line)}
              {colon}
              {u.key}
              {u.community ? (lang === 'zh' ? `（${u.community}）` : ` (${u.community})`) : ''} {t('report.notInData')}
            </li>
          ))}
          {report.warnings.slice(0, MAX_LISTED).map((w, k) => (
            <li key={`w${k}`}>
              {where(w.line)}
              {colon}
              {issueText(w, lang)}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
