import { lazy, Suspense } from 'react';
import { MAX_BUILDING_POINTS, STATUS_COLOURS, STATUS_LABELS, type BuildingStatus } from '../map/atlas-style.ts';
import { useAtlas } from '../state/store.ts';

// MapLibre is most of the bundle: load it after the figures are on screen.
const AtlasMap = lazy(() => import('../map/AtlasMap.tsx'));

const LEGEND: readonly BuildingStatus[] = [3, 2, 1, 0];

/** The map of street offices, communities and buildings, with its legend. */
export function MapPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const year = useAtlas((s) => s.year);
  const tooManyBuildings = (dataset?.buildings.length ?? 0) > MAX_BUILDING_POINTS;
  return (
    <section className="panel map-panel" aria-label="地图 Map">
      <div className="map-frame">
        <Suspense fallback={<p className="map-wait">正在加载地图… <span className="en">Loading the map…</span></p>}>
          <AtlasMap dataset={dataset} year={year} />
        </Suspense>
      </div>
      <ul className="legend" aria-label="图例 Legend">
        <li className="legend-title">
          楼栋 <span className="en">Buildings</span>
        </li>
        {tooManyBuildings && (
          <li className="warn">
            楼栋过多，地图暂不显示 <span className="en">too many to draw for now</span>
          </li>
        )}
        {!tooManyBuildings && LEGEND.map((s) => (
          <li key={s}>
            <span className="swatch" style={{ background: STATUS_COLOURS[s] }} />
            {STATUS_LABELS[s].zh}
            <span className="en">{STATUS_LABELS[s].en}</span>
          </li>
        ))}
        <li>
          <span className="swatch area" />
          小区 <span className="en">Community</span>
        </li>
      </ul>
    </section>
  );
}
