import { sayText, useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { selectUnknownStreet } from '../../state/selectors/street-selectors.ts';
import './notices.css';

/**
 * Lines about the last load (a remembered column map used, a file that could not be fetched)
 * and a street office asked for that the data does not have.
 */
export function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  const unknownStreet = useAtlas(selectUnknownStreet);
  const setStreet = useAtlas((s) => s.setStreet);
  const { t, lang } = useT(['status', 'common']);
  if (notices.length === 0 && !unknownStreet) return null;
  return (
    <div className="notices" data-testid="notices">
      {unknownStreet && (
        <p className="notice warn" role="status" data-testid="notice-unknown-street">
          <span className="notice-text">{t('unknownStreet', { street: unknownStreet })}</span>
          <button type="button" className="link-button" onClick={() => setStreet(null)}>
            {t('common:ok')}
          </button>
        </p>
      )}
      {notices.map((n) => (
        <p key={n.id} className={`notice ${n.tone}`} role="status" data-testid="notice" data-notice={n.id}>
          <span className="notice-text">{sayText(n.message, lang)}</span>
          <button type="button" className="link-button" onClick={() => dismiss(n.id)}>
            {t('common:dismiss')}
          </button>
        </p>
      ))}
    </div>
  );
}
