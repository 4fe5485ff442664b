import { useMemo, useState } from 'react';
import { TYPE_BIT, TYPE_LABEL_EN, TYPE_LABEL_ZH, RENOVATION_TYPES } from '../../domain/vocabulary.ts';
import { useT } from '../../i18n/index.ts';
import { addSelectionToList } from '../../state/actions/candidate-actions.ts';
import { listPlanYears } from '../../domain/plan-years.ts';
import { selectListYears, selectNextPlanYear } from '../../state/selectors/candidate-selectors.ts';
import { useAtlas } from '../../state/store.ts';

/**
 * Add the selection to the candidate list: for a plan year (next year by default: the year after
 * the newest programme) with one or more renovation types.
 */
export function AddToListForm({ onDone }: { onDone: () => void }) {
  const next = useAtlas(selectNextPlanYear);
  const listYears = useAtlas(selectListYears);
  const loading = useAtlas((s) => s.listStorage === 'loading');
  const [year, setYear] = useState(next);
  const { t, lang } = useT(['map', 'common']);
  const [types, setTypes] = useState<number>(TYPE_BIT.basic);
  const years = useMemo(() => listPlanYears(next, listYears, new Date().getFullYear()), [next, listYears]);
  return (
    <form
      className="add-to-list"
      data-testid="add-to-list-form"
      onSubmit={(e) => {
        e.preventDefault();
        addSelectionToList(year, types);
        onDone();
      }}
    >
      <label>
        {t('planYear')}
        <select data-testid="add-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {t('common:yearOption', { year: y })}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="type-checks">
        <legend>{t('types')}</legend>
        {RENOVATION_TYPES.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              data-testid={`add-type-${k}`}
              checked={(types & TYPE_BIT[k]) !== 0}
              onChange={() => setTypes(types ^ TYPE_BIT[k])}
            />
            {(lang === 'en' ? TYPE_LABEL_EN : TYPE_LABEL_ZH)[k]}
          </label>
        ))}
      </fieldset>
      <button
        type="submit"
        className="button small primary-action"
        data-testid="add-to-list"
        disabled={types === 0 || loading}
      >
        {t('add')}
      </button>
      <button type="button" className="button small" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}
