import { useState, type FormEvent } from 'react';
import type { BaseMap } from '../state/map-slice.ts';
import { useAtlas } from '../state/store.ts';

const CHOICES: readonly { value: BaseMap; label: string }[] = [
  { value: 'offline', label: '离线底图 Offline' },
  { value: 'osm', label: 'OpenStreetMap' },
  { value: 'tianditu', label: '天地图 Tianditu' },
];

/**
 * The base map under the district: offline by default (nothing fetched); OpenStreetMap or 天地图
 * only when the user picks them. 天地图 needs the user's own key, kept in this browser.
 */
export function BaseMapPicker() {
  const baseMap = useAtlas((s) => s.baseMap);
  const setBaseMap = useAtlas((s) => s.setBaseMap);
  const savedKey = useAtlas((s) => s.tiandituKey);
  const setKey = useAtlas((s) => s.setTiandituKey);
  const [draft, setDraft] = useState(savedKey);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setKey(draft);
  };
  return (
    <div className="basemap-picker">
      <label>
        <span className="picker-label">底图</span>
        <select data-testid="basemap-picker" data-value={baseMap} value={baseMap} onChange={(e) => setBaseMap(e.target.value as BaseMap)}>
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      {baseMap === 'tianditu' && (
        <form className="tianditu-key" onSubmit={submit}>
          <input
            data-testid="tianditu-key"
            aria-label="天地图密钥 Tianditu key"
            placeholder="天地图密钥 key"
            autoComplete="off"
            spellCheck={false}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="button small" data-testid="tianditu-key-apply">
            应用
          </button>
          {!savedKey && <span className="warn">需要密钥 key needed</span>}
        </form>
      )}
    </div>
  );
}
