import { useState, type FormEvent } from 'react';
import { useT } from '../../i18n/index.ts';
import type { BaseMap } from '../../state/state-types.ts';
import { useAtlas } from '../../state/store.ts';

/** The base maps offered; each one's name is its key in the `map` catalogue. */
const CHOICES: readonly BaseMap[] = ['offline', 'osm', 'tianditu', 'amap'];

/**
 * The base map under the district: offline by default (nothing fetched); OpenStreetMap, 天地图 or
 * 高德 only when the user picks them. 天地图 needs the user's own key, kept in this browser.
 */
export function BaseMapPicker() {
  const baseMap = useAtlas((s) => s.baseMap);
  const setBaseMap = useAtlas((s) => s.setBaseMap);
  const savedKey = useAtlas((s) => s.tiandituKey);
  const setKey = useAtlas((s) => s.setTiandituKey);
  const [draft, setDraft] = useState(savedKey);
  const { t } = useT('map');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setKey(draft);
  };
  return (
    <div className="basemap-picker">
      <label>
        <span className="picker-label">{t('baseMap')}</span>
        <select
          data-testid="basemap-picker"
          data-value={baseMap}
          value={baseMap}
          onChange={(e) => setBaseMap(e.target.value as BaseMap)}
        >
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(c)}
            </option>
          ))}
        </select>
      </label>
      {baseMap === 'tianditu' && (
        <form className="tianditu-key" onSubmit={submit}>
          <input
            data-testid="tianditu-key"
            aria-label={t('tiandituKey')}
            placeholder={t('tiandituKey')}
            autoComplete="off"
            spellCheck={false}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button small" data-testid="tianditu-key-apply">
            {t('apply')}
          </button>
          {!savedKey && <span className="warn">{t('keyNeeded')}</span>}
        </form>
      )}
    </div>
  );
}
