import { useEffect, useRef } from 'react';
import { Trans } from 'react-i18next';
import type { GradeDMode } from '../../domain/eligibility.ts';
import { useT } from '../../i18n/index.ts';
import { selectTotal } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';
import { fmtArea, fmtInt } from '../format.ts';
import { ReserveRules } from './ReserveRules.tsx';
import { useDraft } from '../use-draft.ts';
import './rules.css';

/** Grade D treatments, in order; each one's words are gradeDMode.* in the `rules` catalogue. */
const GRADE_D: readonly GradeDMode[] = ['flag', 'eligible', 'exclude'];

const readCutoff = (t: string): number | undefined =>
  /^\d{4}$/.test(t.trim()) && Number(t) >= 1950 && Number(t) <= 2030 ? Number(t) : undefined;

/**
 * The eligibility rules (规则), a drawer from the header: cut-off year, the grade C and
 * non-complete rules, grade D, the reserve tier. Every change recolours the map, re-totals the
 * page and rewrites each building's reasons at once; the address keeps what differs from the
 * defaults. Escape or × closes it.
 */
export function RulesPanel() {
  const open = useAtlas((s) => s.rulesOpen);
  const setOpen = useAtlas((s) => s.setRulesOpen);
  const close = useRef<HTMLButtonElement>(null);
  const { t } = useT(['rules', 'common']);
  useEffect(() => {
    if (!open) return;
    close.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, setOpen]);
  if (!open) return null;
  return (
    <aside id="rules-panel" className="rules-panel" data-testid="rules-panel" aria-label={t('title')}>
      <button
        ref={close}
        type="button"
        className="detail-close"
        data-testid="rules-close"
        aria-label={t('common:close')}
        onClick={() => setOpen(false)}
      >
        ×
      </button>
      <h2 className="detail-title">{t('title')}</h2>
      <RuleSwitches />
      <ReserveRules />
      <RulesTotals />
    </aside>
  );
}

function RuleSwitches() {
  const rules = useAtlas((s) => s.rules);
  const setRules = useAtlas((s) => s.setRules);
  const [text, setText] = useDraft(rules.cutoffYear, String, readCutoff);
  const { t } = useT('rules');
  return (
    <section className="detail-section rules-section">
      <p className="rule-combine" data-testid="rules-combine">
        {t('combine')}
      </p>
      <label className="rule-line">
        <input
          type="checkbox"
          data-testid="rules-year"
          checked={rules.byYear}
          onChange={(e) => setRules({ byYear: e.target.checked })}
        />
        <span>
          {t('cutoffBefore')}
          <input
            type="number"
            className="year-input"
            data-testid="rules-cutoff"
            min={1950}
            max={2030}
            aria-label={t('cutoffYear')}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              const y = readCutoff(e.target.value);
              if (y !== undefined && y !== rules.cutoffYear) setRules({ cutoffYear: y });
            }}
          />
          {t('cutoffAfter')}
        </span>
      </label>
      <label className="rule-line">
        <input
          type="checkbox"
          data-testid="rules-grade-c"
          checked={rules.byGradeC}
          onChange={(e) => setRules({ byGradeC: e.target.checked })}
        />
        <span>{t('gradeC')}</span>
      </label>
      <label className="rule-line">
        <input
          type="checkbox"
          data-testid="rules-non-complete"
          checked={rules.byNonComplete}
          onChange={(e) => setRules({ byNonComplete: e.target.checked })}
        />
        <span>{t('nonComplete')}</span>
      </label>
      <fieldset className="rule-choice" data-testid="rules-grade-d" data-value={rules.gradeD}>
        <legend>{t('gradeD')}</legend>
        {GRADE_D.map((mode) => (
          <label key={mode} className="rule-line">
            <input
              type="radio"
              name="grade-d"
              value={mode}
              checked={rules.gradeD === mode}
              onChange={() => setRules({ gradeD: mode })}
            />
            <span>{t(`gradeDMode.${mode}`)}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** What the rules make of the buildings shown: eligible, and the backlog among them. */
function RulesTotals() {
  const total = useAtlas(selectTotal);
  const resetRules = useAtlas((s) => s.resetRules);
  const { t, lang } = useT('rules');
  if (!total) return null;
  return (
    <section
      className="detail-section rules-totals"
      data-testid="rules-eligible"
      data-buildings={total.eligibleBuildings}
      data-households={total.eligibleHouseholds}
    >
      <h3>{t('totalsTitle')}</h3>
      <p>
        <Trans
          ns="rules"
          i18nKey="eligibleLine"
          values={{
            buildings: fmtInt(total.eligibleBuildings),
            households: fmtInt(total.eligibleHouseholds),
            area: fmtArea(total.eligibleFloorAreaM2, lang),
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      <p>
        <Trans
          ns="rules"
          i18nKey="backlogLine"
          values={{
            buildings: fmtInt(total.backlogBuildings),
            households: fmtInt(total.backlogHouseholds),
            area: fmtArea(total.backlogFloorAreaM2, lang),
          }}
          components={{ strong: <strong /> }}
        />
      </p>
      <button type="button" className="button small" data-testid="rules-reset" onClick={resetRules}>
        {t('reset')}
      </button>
    </section>
  );
}
