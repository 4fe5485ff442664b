import { selectPlanYears } from '../state/selectors.ts';
import { useAtlas } from '../state/store.ts';

const ALL = 'all';

/** The plan year the figures are for, or every year (全部年度). */
export function YearPicker() {
  const year = useAtlas((s) => s.year);
  const years = useAtlas(selectPlanYears);
  const setYear = useAtlas((s) => s.setYear);
  const value = year === null ? ALL : String(year);
  return (
    <label className="year-picker">
      <span className="picker-label">
        计划年度 <span className="en">Plan year</span>
      </span>
      <select
        data-testid="year-picker"
        data-value={value}
        value={value}
        onChange={(e) => setYear(e.target.value === ALL ? null : Number(e.target.value))}
      >
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}年度
          </option>
        ))}
        <option value={ALL}>全部年度 All years</option>
      </select>
    </label>
  );
}
