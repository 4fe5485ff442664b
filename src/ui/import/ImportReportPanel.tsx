import type { FileReport, ImportReport, RowIssue } from '../../domain/import-report.ts';
import { issueText, useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { ConflictList } from './ConflictList.tsx';
import { CrsChoice } from './CrsChoice.tsx';
import { SkippedRows } from './SkippedRows.tsx';
import { downloadText } from '../download.ts';
import { fmtInt } from '../format.ts';
import './import-report.css';

/** Most rejected rows and warnings listed on screen; the downloaded JSON has them all. */
const MAX_LISTED = 300;

function downloadJson(report: ImportReport, fileNames: readonly string[]): void {
  downloadText(JSON.stringify({ fileNames, ...report }, null, 2), 'import-report.json', 'application/json');
}

/**
 * What every file gave: rows read, loaded, rejected (with line and reason) and warnings; and the
 * coordinate system (and workbook sheet) each was read in, to set by hand (CrsChoice).
 */
export function ImportReportPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const open = useAtlas((s) => s.reportOpen);
  const setOpen = useAtlas((s) => s.setReportOpen);
  const report = dataset?.report ?? null;
  const { t } = useT('report');
  return (
    <section className={open ? 'panel report-panel open' : 'panel report-panel'} data-testid="import-report">
      <div className="panel-head">
        <h2>
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls="import-report-body"
            data-testid="import-report-toggle"
            onClick={() => setOpen(!open)}
          >
            <span className="chevron" aria-hidden="true">
              {open ? '▾' : '▸'}
            </span>
            {t('title')}
          </button>
        </h2>
        {report && (
          <span className="report-counts">
            {t('counts', { read: fmtInt(report.rowsRead), loaded: fmtInt(report.rowsLoaded) })}
            <span className={report.rejected.length > 0 ? 'bad' : undefined}>
              {t('rejectedCount', { n: fmtInt(report.rejected.length) })}
            </span>
          </span>
        )}
      </div>
      {open && report && dataset && (
        <div id="import-report-body" className="report-body">
          <ReportFiles files={report.files} />
          <IssueList titleKey="rejectedRows" issues={report.rejected} testId="rejected-rows" tone="bad" />
          <IssueList titleKey="warningRows" issues={report.warnings} testId="warnings" tone="warn" />
          <SkippedRows files={report.files} />
          {report.duplicateIds.length > 0 && (
            <p className="warn">{t('duplicates', { n: fmtInt(report.duplicateIds.length) })}</p>
          )}
          <ConflictList conflicts={report.conflicts} />
          <button
            type="button"
            className="button"
            data-testid="download-report"
            onClick={() => downloadJson(report, dataset.fileNames)}
          >
            {t('download')}
          </button>
        </div>
      )}
    </section>
  );
}

/** The report's file table: each file's kind, rows read, loaded and rejected, warnings, coordinate system. */
function ReportFiles({ files }: { files: readonly FileReport[] }) {
  const { t } = useT('report');
  return (
    <table className="report-files">
      <thead>
        <tr>
          <th scope="col">{t('file')}</th>
          <th scope="col">{t('kindCol')}</th>
          <th scope="col">{t('read')}</th>
          <th scope="col">{t('loaded')}</th>
          <th scope="col" title={t('rejectedTitle')}>
            {t('rejected')}
          </th>
          <th scope="col" title={t('warningsTitle')}>
            {t('warnings')}
          </th>
          <th scope="col" className="crs-col">
            {t('crs.column')}
          </th>
        </tr>
      </thead>
      <tbody>
        {files.map((f, i) => (
          <tr key={`${i}-${f.file}`} data-file={f.file}>
            <th scope="row" className="file-name" title={`${f.file}（${f.encoding}）`}>
              {f.file}
            </th>
            <td>{t(`kind.${f.kind}`, { defaultValue: f.kind })}</td>
            <td data-field="rowsRead" data-value={f.rowsRead}>
              {fmtInt(f.rowsRead)}
            </td>
            <td data-field="rowsLoaded" data-value={f.rowsLoaded}>
              {fmtInt(f.rowsLoaded)}
            </td>
            <td
              data-field="rejected"
              data-value={f.rejected.length}
              className={f.rejected.length > 0 ? 'bad' : undefined}
            >
              {fmtInt(f.rejected.length)}
            </td>
            <td data-field="warnings" data-value={f.warnings.length + f.warningsNotListed}>
              {fmtInt(f.warnings.length + f.warningsNotListed)}
            </td>
            <CrsChoice file={f} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function IssueList({
  titleKey,
  issues,
  testId,
  tone,
}: {
  titleKey: 'rejectedRows' | 'warningRows';
  issues: readonly RowIssue[];
  testId: string;
  tone: 'bad' | 'warn';
}) {
  const { t, lang } = useT('report');
  if (issues.length === 0) return null;
  const listed = issues.slice(0, MAX_LISTED);
  return (
    <div className="issues" data-testid={testId}>
      <h3 className={tone}>{t(titleKey, { n: fmtInt(issues.length) })}</h3>
      <ol>
        {listed.map((r, i) => (
          <li key={i} data-file={r.file} data-line={r.line} data-code={r.code}>
            <span className="where">
              {r.file}:{r.line}
            </span>{' '}
            <span className="reason">{issueText(r, lang)}</span>
            {r.value !== undefined && <span className="value">「{r.value}」</span>}
          </li>
        ))}
      </ol>
      {issues.length > listed.length && (
        <p className="more">{t('more', { n: fmtInt(issues.length - listed.length) })}</p>
      )}
    </div>
  );
}
