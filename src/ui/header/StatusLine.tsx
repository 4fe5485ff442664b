import { messageText } from '../../domain/messages/render.ts';
import { useT } from '../../i18n/index.ts';
import { selectDatasetInfo, selectLoadFraction } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtInt } from '../format.ts';
import { KeptFiles } from './KeptFiles.tsx';
import { SamplePicker } from './SamplePicker.tsx';
import './header.css';

/** One line under the header: the load under way, a failure, or what is loaded. */
export function StatusLine() {
  const loading = useAtlas((s) => s.loading);
  const fraction = useAtlas(selectLoadFraction);
  const error = useAtlas((s) => s.error);
  const dismiss = useAtlas((s) => s.dismissError);
  const info = useAtlas(selectDatasetInfo);
  const source = useAtlas((s) => s.source);
  const reopened = useAtlas((s) => s.kept?.state === 'reopened');
  const { t, lang } = useT(['status', 'common', 'samples']);

  if (loading) {
    const pct = fraction === null ? null : Math.round(fraction * 100);
    return (
      <div className="status-line" aria-live="polite">
        <span className="status-text">
          {t(loading.phase === 'fetching' ? 'opening' : 'reading', {
            name:
              loading.file || (typeof loading.label === 'string' ? loading.label : messageText(loading.label, lang)),
          })}
        </span>
        <div
          className="progress"
          role="progressbar"
          data-testid="load-progress"
          aria-label={t('progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct ?? undefined}
        >
          <div
            className={pct === null ? 'progress-fill indeterminate' : 'progress-fill'}
            style={pct === null ? undefined : { width: `${pct}%` }}
          />
        </div>
        <span className="status-pct">{pct === null ? '' : `${pct}%`}</span>
      </div>
    );
  }
  if (error) {
    return (
      <div className="status-line error" role="alert" data-testid="load-error">
        <span className="status-text">{messageText(error, lang)}</span>
        <button type="button" className="link-button" onClick={dismiss}>
          {t('common:dismiss')}
        </button>
      </div>
    );
  }
  if (!info) return <div className="status-line" />;
  return (
    <div className="status-line" data-testid="dataset-info">
      <span className="status-text">
        {source?.kind === 'sample' ? (
          <>
            <SamplePicker /> <span className="sample-note">{t('samples:synthetic')}</span>
          </>
        ) : (
          <KeptFiles />
        )}
      </span>
      <span className="status-facts">
        {t('buildings', { n: fmtInt(info.buildings) })} · {t('communities', { n: fmtInt(info.communities) })}
        {info.streets > 0 && ` · ${t('streets', { n: fmtInt(info.streets) })}`}
        {/* Reopened files: their number is said at the start of the line already. */}
        {!reopened && ` · ${t('files', { n: fmtInt(info.files) })}`}
        {info.rejected > 0 && <span className="bad"> · {t('rejected', { n: fmtInt(info.rejected) })}</span>}
        {info.warnings > 0 && <span className="warn"> · {t('warnings', { n: fmtInt(info.warnings) })}</span>}
      </span>
    </div>
  );
}
