import { useT } from '../../i18n/index.ts';
import { useAtlas } from '../../state/store.ts';
import { selectStreet, selectStreetNames } from '../../state/selectors/street-selectors.ts';

const ALL = '';

/** The street office the page shows, or the whole district (全区). The address follows it. */
export function StreetPicker() {
  const names = useAtlas(selectStreetNames);
  const street = useAtlas(selectStreet);
  const setStreet = useAtlas((s) => s.setStreet);
  const { t } = useT('header');
  const value = street ?? ALL;
  return (
    <label className="year-picker street-picker">
      <span className="picker-label">{t('street')}</span>
      <select
        data-testid="street-picker"
        data-value={value}
        value={value}
        onChange={(e) => setStreet(e.target.value === ALL ? null : e.target.value)}
      >
        <option value={ALL}>{t('wholeDistrict')}</option>
        {names.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
    </label>
  );
}
