import { useT } from '../../i18n/index.ts';
import { rulesChanged } from '../../state/selectors/rules-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import './rules.css';

/** Opens the rules panel (规则); marked when the rules differ from the defaults. */
export function RulesButton() {
  const open = useAtlas((s) => s.rulesOpen);
  const setOpen = useAtlas((s) => s.setRulesOpen);
  const changed = useAtlas((s) => rulesChanged(s.rules));
  const cutoff = useAtlas((s) => s.rules.cutoffYear);
  const { t } = useT('header');
  return (
    <button
      type="button"
      className={`button rules-button${changed ? ' changed' : ''}`}
      data-testid="rules-button"
      aria-expanded={open}
      aria-controls="rules-panel"
      aria-label={t('rules')}
      title={changed ? t('rulesTitleChanged') : t('rulesTitle')}
      onClick={() => setOpen(!open)}
    >
      {t('rules')}
      <span className="rules-badge">≤{cutoff}</span>
    </button>
  );
}
