import { useState } from 'react';
import { useT } from '../../i18n/index.ts';
import type { ListFileReport } from '../../io/candidate-list-file.ts';
import {
  selectCandidateTable,
  selectListYears,
  selectMissingCount,
} from '../../state/selectors/candidate-selectors.ts';
import type { ListStorage } from '../../state/state-types.ts';
import { useAtlas } from '../../state/store.ts';
import { CandidateListTable } from './CandidateListTable.tsx';
import { CandidateListTools } from './CandidateListTools.tsx';
import { fmtInt } from '../format.ts';
import { ListImportReport } from './ListImportReport.tsx';
import './candidate-list.css';

/**
 * The candidate list (项目库) per community, like the published plan tables, for one plan year or
 * all; kept in the browser as the user works. Contract for tests: `candidate-list` rows carry
 * data-key (community, `<街道>小计`, 合计) and data-kind; cells data-field and data-value;
 * `list-status` says data-storage (loading / stored / memory), data-saved (true once the last change's
 * IndexedDB transaction has completed; 正在保存… until then), and data-failed when the last save failed.
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
  const failed = useAtlas((s) => s.listSaveFailed);
  const [report, setReport] = useState<ListFileReport | null>(null);
  const shown = rows.at(-1)?.buildings ?? 0;
  const { t } = useT(['candidates', 'common']);
  const status = t(`status.${saveState(storage, saved, failed)}`);
  return (
    <section className="panel list-panel" aria-label={t('panel')}>
      <div className="panel-head">
        <h2>{t('title', { year: year === null ? t('common:allYears') : t('common:yearOption', { year }) })}</h2>
        <div className="panel-tools">
          <label className="group-picker">
            <span className="picker-label">{t('year')}</span>
            <select
              data-testid="list-year"
              value={year === null ? 'all' : String(year)}
              onChange={(e) => setYear(e.target.value === 'all' ? null : Number(e.target.value))}
            >
              <option value="all">{t('common:allYears')}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {t('common:yearOption', { year: y })}
                </option>
              ))}
            </select>
          </label>
          <CandidateListTools onImported={setReport} />
        </div>
      </div>
      <p className="list-facts">
        <span data-testid="list-count" data-value={entries.length}>
          {t('count', { n: fmtInt(entries.length) })}
          {year !== null && t('countYear', { n: fmtInt(shown) })}
        </span>
        {missing > 0 && (
          <span className="list-missing" data-testid="list-missing" data-value={missing}>
            {t('missing', { n: fmtInt(missing) })}
          </span>
        )}
        <span
          className={`list-status ${storage}`}
          data-testid="list-status"
          data-storage={storage}
          data-saved={String(saved && storage === 'stored')}
          data-failed={String(failed && !saved)}
        >
          {status}
        </span>
      </p>
      {report && <ListImportReport report={report} onClose={() => setReport(null)} />}
      {shown > 0 ? (
        <CandidateListTable rows={rows} />
      ) : (
        <p className="empty" data-testid="candidate-list-empty">
          {t(entries.length === 0 ? 'empty' : 'emptyYear')}
        </p>
      )}
    </section>
  );
}

/**
 * What the status line says of the list (its key under status.): still loading, kept on this page
 * only (no IndexedDB), or, stored, whether the last change is saved, failed to save or is saving.
 */
function saveState(
  storage: ListStorage,
  saved: boolean,
  failed: boolean,
): 'loading' | 'memory' | 'saved' | 'failed' | 'saving' {
  if (storage === 'loading' || storage === 'memory') return storage;
  return saved ? 'saved' : failed ? 'failed' : 'saving';
}
