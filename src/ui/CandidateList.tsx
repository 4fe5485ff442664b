import { useState } from 'react';
import type { ListFileReport } from '../io/candidate-list-file.ts';
import { selectCandidateTable, selectListYears, selectMissingCount } from '../state/candidate-selectors.ts';
import { useAtlas } from '../state/store.ts';
import { CandidateListTable } from './CandidateListTable.tsx';
import { CandidateListTools } from './CandidateListTools.tsx';
import { fmtInt } from './format.ts';
import { ListImportReport } from './ListImportReport.tsx';
import './candidate-list.css';

/**
 * The candidate list (项目库) per community, like the published plan tables, for one plan year or
 * all; kept in the browser as the user works. Contract for tests: `candidate-list` rows carry
 * data-key (community, `<街道>小计`, 合计) and data-kind; cells data-field and data-value;
 * `list-status` says data-storage (loading / stored / memory) and data-saved.
 */
export function CandidateList() {
  const entries = useAtlas((s) => s.candidates);
  const rows = useAtlas(selectCandidateTable);
  const years = useAtlas(selectListYears);
  const year = useAtlas((s) => s.candidateYear);
  const setYear = useAtlas((s) => s.setCandidateYear);
  const missing = useAtlas(selectMissingCount);
  const storage = useAtlas((s) => s.listStorage);
  const saved = useAtlas((s) => s.listSaved === s.listRevision);
  const [report, setReport] = useState<ListFileReport | null>(null);
  const shown = rows.at(-1)?.buildings ?? 0;
  const status = storage === 'loading' ? '正在读取…' : storage === 'memory' ? '仅保存在本页（请导出）' : saved ? '已保存在本机浏览器' : '正在保存…';
  return (
    <section className="panel list-panel" aria-label="项目库 Candidate list">
      <div className="panel-head">
        <h2>
          项目库 · {year === null ? '全部年度' : `${year}年度`}
          <span className="en">Candidate list</span>
        </h2>
        <div className="panel-tools">
          <label className="group-picker">
            <span className="picker-label">年度 <span className="en">Year</span></span>
            <select data-testid="list-year" value={year === null ? 'all' : String(year)} onChange={(e) => setYear(e.target.value === 'all' ? null : Number(e.target.value))}>
              <option value="all">全部年度</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}年度
                </option>
              ))}
            </select>
          </label>
          <CandidateListTools onImported={setReport} />
        </div>
      </div>
      <p className="list-facts">
        <span data-testid="list-count" data-value={entries.length}>
          共 {fmtInt(entries.length)} 栋{year !== null && `，本年度 ${fmtInt(shown)} 栋`}
        </span>
        {missing > 0 && (
          <span className="list-missing" data-testid="list-missing" data-value={missing}>
            {fmtInt(missing)} 栋不在当前数据中（缺失） <span className="en">not in the data on screen</span>
          </span>
        )}
        <span className={`list-status ${storage}`} data-testid="list-status" data-storage={storage} data-saved={String(saved && storage === 'stored')}>
          {status}
        </span>
      </p>
      {report && <ListImportReport report={report} onClose={() => setReport(null)} />}
      {shown > 0 ? (
        <CandidateListTable rows={rows} />
      ) : (
        <p className="empty" data-testid="candidate-list-empty">
          {entries.length === 0 ? '项目库为空：在地图上选择楼栋后点“加入项目库”。' : '本年度没有楼栋。'}
          <span className="en">{entries.length === 0 ? 'Empty: select buildings on the map, then add them.' : 'Nothing for this year.'}</span>
        </p>
      )}
    </section>
  );
}
