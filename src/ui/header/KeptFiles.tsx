import { messageText } from '../../domain/messages/render.ts';
import { megabytes } from '../../io/file-limits.ts';
import { useT } from '../../i18n/index.ts';
import { backToSample } from '../../state/load/load-data.ts';
import { KEPT_LIMIT_BYTES } from '../../state/persist/kept-records.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtLocalMinute } from '../format.ts';

/**
 * The start of the status line for the user's own files: reopened from the last visit (when
 * loaded, how many files, and 返回示例数据), or loaded now and whether this browser keeps them for
 * the next visit (and if not, why: over the size limit, no room).
 */
export function KeptFiles() {
  const kept = useAtlas((s) => s.kept);
  const loading = useAtlas((s) => s.loading !== null);
  const { t, lang } = useT('status');
  const limit = megabytes(KEPT_LIMIT_BYTES);
  const back = (
    <button
      type="button"
      className="link-button"
      data-testid="back-to-sample"
      title={t('backToSampleTitle')}
      disabled={loading}
      onClick={() => void backToSample()}
    >
      {t('backToSample')}
    </button>
  );
  if (kept?.state === 'reopened') {
    return (
      <>
        <span data-testid="kept-status" data-state="reopened" title={t('keptReopenedTitle', { limit })}>
          {t('keptReopened', { when: fmtLocalMinute(kept.savedAt), n: kept.files })}
        </span>{' '}
        {back}
      </>
    );
  }
  // The way back to the sample is here, not in the title bar: there it pushed the controls onto a
  // second row at 1280 px, taking the map's height.
  return (
    <>
      {t('yourFiles')}
      {kept?.state === 'saved' && (
        <span className="kept-note" data-testid="kept-status" data-state="saved" title={t('keptSavedTitle', { limit })}>
          {' · '}
          {t('keptSaved')}
        </span>
      )}
      {kept?.state === 'not-kept' && (
        <span className="kept-note warn" data-testid="kept-status" data-state="not-kept">
          {' · '}
          {t('notKept', { why: messageText(kept.why, lang) })}
        </span>
      )}{' '}
      {back}
    </>
  );
}
