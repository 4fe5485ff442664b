import type { ListFileReport } from '../io/candidate-list-file.ts';
import { fmtInt } from './format.ts';

/** Most problems listed on screen. */
const MAX_LISTED = 50;

/** What an imported list file gave: entries taken, rows rejected (line, reason), entries not in the data. */
export function ListImportReport({ report, onClose }: { report: ListFileReport; onClose: () => void }) {
  const bad = report.rejected.length > 0;
  return (
    <div className={bad ? 'list-import-report warn' : 'list-import-report'} role="status" data-testid="list-import-report" data-entries={report.entries} data-rejected={report.rejected.length} data-unmatched={report.unmatched.length}>
      <p>
        已导入 {report.file}：读取 {fmtInt(report.rowsRead)} 行，导入 {fmtInt(report.entries)} 栋
        {report.rejected.length > 0 && `，${fmtInt(report.rejected.length)} 行无法使用`}
        {report.unmatched.length > 0 && `，${fmtInt(report.unmatched.length)} 栋不在当前数据中（保留并标为缺失）`}。
        <button type="button" className="link-button" onClick={onClose}>
          关闭 <span className="en">Close</span>
        </button>
      </p>
      {(report.rejected.length > 0 || report.unmatched.length > 0 || report.warnings.length > 0) && (
        <ol className="issues">
          {report.rejected.slice(0, MAX_LISTED).map((r, k) => (
            <li key={`r${k}`} className="bad">
              {r.line > 0 ? `第 ${r.line} 行` : '文件'}：{r.reason}
              {r.value ? `（${r.value}）` : ''}
            </li>
          ))}
          {report.unmatched.slice(0, MAX_LISTED).map((u) => (
            <li key={`u${u.key}`} className="warn">
              第 {u.line} 行：{u.key}
              {u.community ? `（${u.community}）` : ''} 不在当前数据中 <span className="en">not in the data on screen</span>
            </li>
          ))}
          {report.warnings.slice(0, MAX_LISTED).map((w, k) => (
            <li key={`w${k}`}>
              第 {w.line} 行：{w.reason}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
