import { useT } from '../../i18n/index.ts';
import { selectPlanYears } from '../../state/selectors/figure-selectors.ts';
import { useAtlas } from '../../state/store.ts';

const ALL = 'all';

/** The plan year the figures are for, or every year (全部年度). */
export function YearPicker() {
  const year = useAtlas((s) => s.year);
  const years = useAtlas(selectPlanYears);
  const setYear = useAtlas((s) => s.setYear);
  const { t } = useT(['header', 'common']);
  const value = year === null ? ALL : String(year);
  return (
    <label className="year-picker">
      <span className="picker-label">{t('planYear')}</span>
      <select
        data-testid="year-picker"
        data-value={value}
        value={value}
        onChange={(e) => setYear(e.target.value === ALL ? null : Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {t('common:yearOption', { year: y })}
          </option>
        ))}
        <option value={ALL}>{t('common:allYears')}</option>
      </select>
    </label>
  );
}
