import type { FileReport, ImportReport, RowIssue } from '../domain/import-report.ts';
import { useAtlas } from '../state/store.ts';
import { downloadText } from './download.ts';
import { fmtInt } from './format.ts';

/** Most rejected rows and warnings listed on screen; the downloaded JSON has them all. */
const MAX_LISTED = 300;

const KIND_LABELS: Record<FileReport['kind'], string> = {
  buildings: '楼栋',
  communities: '小区',
  streets: '街道',
  district: '区界',
  programme: '改造计划',
  unknown: '未识别',
};

function downloadJson(report: ImportReport, fileNames: readonly string[]): void {
  downloadText(JSON.stringify({ fileNames, ...report }, null, 2), 'import-report.json', 'application/json');
}

/** What every file gave: rows read, loaded, rejected (with line and reason) and warnings. */
export function ImportReportPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const open = useAtlas((s) => s.reportOpen);
  const setOpen = useAtlas((s) => s.setReportOpen);
  const report = dataset?.report ?? null;
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
            <span className="chevron" aria-hidden="true">{open ? '▾' : '▸'}</span>
            导入报告 <span className="en">Import report</span>
          </button>
        </h2>
        {report && (
          <span className="report-counts">
            读取 {fmtInt(report.rowsRead)} · 载入 {fmtInt(report.rowsLoaded)} ·{' '}
            <span className={report.rejected.length > 0 ? 'bad' : undefined}>拒绝 {fmtInt(report.rejected.length)}</span>
          </span>
        )}
      </div>
      {open && report && dataset && (
        <div id="import-report-body" className="report-body">
          <table className="report-files">
            <thead>
              <tr>
                <th scope="col">文件 <span className="en">File</span></th>
                <th scope="col">类型</th>
                <th scope="col">读取</th>
                <th scope="col">载入</th>
                <th scope="col">拒绝</th>
                <th scope="col">警告</th>
              </tr>
            </thead>
            <tbody>
              {report.files.map((f, i) => (
                <tr key={`${i}-${f.file}`} data-file={f.file}>
                  <th scope="row" className="file-name" title={`${f.file}（${f.encoding}）`}>{f.file}</th>
                  <td>{KIND_LABELS[f.kind]}</td>
                  <td data-field="rowsRead" data-value={f.rowsRead}>{fmtInt(f.rowsRead)}</td>
                  <td data-field="rowsLoaded" data-value={f.rowsLoaded}>{fmtInt(f.rowsLoaded)}</td>
                  <td data-field="rejected" data-value={f.rejected.length} className={f.rejected.length > 0 ? 'bad' : undefined}>
                    {fmtInt(f.rejected.length)}
                  </td>
                  <td data-field="warnings" data-value={f.warnings.length + f.warningsNotListed}>{fmtInt(f.warnings.length + f.warningsNotListed)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <IssueList title="被拒绝的行" en="Rejected rows" issues={report.rejected} testId="rejected-rows" tone="bad" />
          <IssueList title="警告" en="Warnings" issues={report.warnings} testId="warnings" tone="warn" />
          {report.duplicateIds.length > 0 && (
            <p className="warn">
              重复的楼栋编号 {fmtInt(report.duplicateIds.length)} 个（均已保留，详见警告）
              <span className="en">duplicate building ids, all kept</span>
            </p>
          )}
          <button type="button" className="button" data-testid="download-report" onClick={() => downloadJson(report, dataset.fileNames)}>
            下载报告 JSON <span className="en">Download report</span>
          </button>
        </div>
      )}
    </section>
  );
}

function IssueList({ title, en, issues, testId, tone }: { title: string; en: string; issues: readonly RowIssue[]; testId: string; tone: 'bad' | 'warn' }) {
  if (issues.length === 0) return null;
  const listed = issues.slice(0, MAX_LISTED);
  return (
    <div className="issues" data-testid={testId}>
      <h3 className={tone}>
        {title}（{fmtInt(issues.length)}） <span className="en">{en}</span>
      </h3>
      <ol>
        {listed.map((r, i) => (
          <li key={i} data-file={r.file} data-line={r.line} data-code={r.code}>
            <span className="where">
              {r.file}:{r.line}
            </span>{' '}
            <span className="reason">{r.reason}</span>
            {r.value !== undefined && <span className="value">「{r.value}」</span>}
          </li>
        ))}
      </ol>
      {issues.length > listed.length && (
        <p className="more">
          另有 {fmtInt(issues.length - listed.length)} 条未列出，请下载报告查看 <span className="en">more in the downloaded report</span>
        </p>
      )}
    </div>
  );
}
