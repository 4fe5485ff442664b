import { rulesChanged } from '../state/rules-slice.ts';
import { useAtlas } from '../state/store.ts';

/** Opens the rules panel (规则); marked when the rules differ from the defaults. */
export function RulesButton() {
  const open = useAtlas((s) => s.rulesOpen);
  const setOpen = useAtlas((s) => s.setRulesOpen);
  const changed = useAtlas((s) => rulesChanged(s.rules));
  const cutoff = useAtlas((s) => s.rules.cutoffYear);
  return (
    <button
      type="button"
      className={`button rules-button${changed ? ' changed' : ''}`}
      data-testid="rules-button"
      aria-expanded={open}
      aria-controls="rules-panel"
      aria-label="规则 Rules"
      title={changed ? '纳入改造范围的规则（已调整） Eligibility rules, changed' : '纳入改造范围的规则 Eligibility rules'}
      onClick={() => setOpen(!open)}
    >
      规则
      <span className="rules-badge">≤{cutoff}</span>
    </button>
  );
}
