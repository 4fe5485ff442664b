import { useMemo, useState } from 'react';
import { TYPE_BIT, TYPE_LABEL_ZH, RENOVATION_TYPES } from '../domain/vocabulary.ts';
import { selectListYears, selectNextPlanYear } from '../state/candidate-selectors.ts';
import { useAtlas } from '../state/store.ts';

/**
 * Add the selection to the candidate list: for a plan year (next year by default: the year after
 * the newest programme) with one or more renovation types.
 */
export function AddToListForm({ onDone }: { onDone: () => void }) {
  const next = useAtlas(selectNextPlanYear);
  const listYears = useAtlas(selectListYears);
  const add = useAtlas((s) => s.addSelectionToList);
  const loading = useAtlas((s) => s.listStorage === 'loading');
  const [year, setYear] = useState(next);
  const [types, setTypes] = useState<number>(TYPE_BIT.basic);
  const years = useMemo(() => [...new Set([next - 1, next, next + 1, next + 2, ...listYears])].sort((a, b) => a - b), [next, listYears]);
  return (
    <form
      className="add-to-list"
      data-testid="add-to-list-form"
      onSubmit={(e) => {
        e.preventDefault();
        add(year, types);
        onDone();
      }}
    >
      <label>
        计划年度
        <select data-testid="add-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}年度
            </option>
          ))}
        </select>
      </label>
      <fieldset className="type-checks">
        <legend>改造类型</legend>
        {RENOVATION_TYPES.map((t) => (
          <label key={t}>
            <input type="checkbox" data-testid={`add-type-${t}`} checked={(types & TYPE_BIT[t]) !== 0} onChange={() => setTypes(types ^ TYPE_BIT[t])} />
            {TYPE_LABEL_ZH[t]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button small primary-action" data-testid="add-to-list" disabled={types === 0 || loading}>
        加入
      </button>
      <button type="button" className="button small" onClick={onDone}>
        取消
      </button>
    </form>
  );
}
