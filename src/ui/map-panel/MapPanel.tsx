import { lazy, Suspense, useCallback } from 'react';
import { useT } from '../../i18n/index.ts';
import type { PickTarget } from '../../map/deck-layers.ts';
import {
  selectClassification,
  selectCommunityStages,
  selectSelectedBuilding,
  selectVisibleClasses,
} from '../../state/selectors/map-selectors.ts';
import { selectSelectedRows } from '../../state/selectors/candidate-selectors.ts';
import { selectShape } from '../../state/actions/selection-actions.ts';
import { useAtlas } from '../../state/store.ts';
import { selectFocusBounds, selectRowSelection } from '../../state/selectors/street-selectors.ts';
import { BaseMapPicker } from './BaseMapPicker.tsx';
import { ColourPicker } from './ColourPicker.tsx';
import { LayoutButtons } from './LayoutButtons.tsx';
import { Legend } from './Legend.tsx';
import { SelectionBar, SelectionHint } from './SelectionBar.tsx';
import { MapTooltip } from './Tooltip.tsx';
import './map-panel.css';

// MapLibre and deck.gl are most of the bundle: load them after the figures are on screen.
const AtlasMap = lazy(() => import('../../map/AtlasMap.tsx'));

/**
 * Street office labels in meeting mode: 14px becomes 20px at 1280×720, and grows with the screen
 * as the page's type does (meeting.css).
 */
const meetingLabelScale = (): number => 1.4 * Math.max(1, Math.min(window.innerWidth / 1280, window.innerHeight / 720));

/** The map of street offices, communities and buildings, its colouring picker and its legend. */
export function MapPanel() {
  const dataset = useAtlas((s) => s.dataset);
  const classification = useAtlas(selectClassification);
  const visible = useAtlas(selectVisibleClasses);
  const communityStages = useAtlas(selectCommunityStages);
  const selectedBuilding = useAtlas(selectSelectedBuilding);
  const filter = useAtlas(selectRowSelection);
  const focusBounds = useAtlas(selectFocusBounds);
  const baseMap = useAtlas((s) => s.baseMap);
  const tiandituKey = useAtlas((s) => s.tiandituKey);
  const selectTool = useAtlas((s) => s.selectTool);
  const selection = useAtlas(selectSelectedRows);
  const onToggle = useAtlas((s) => s.toggleSelected);
  const meeting = useAtlas((s) => s.meeting);
  const panels = useAtlas((s) => s.panels);
  const fitKey = meeting ? 'meeting' : panels.fullMap ? 'full-map' : panels.figuresCollapsed ? 'wide' : 'page';
  const { t } = useT('map');
  const onHover = useCallback((t: (PickTarget & { x: number; y: number }) | null) => {
    const s = useAtlas.getState();
    s.setHovered(t && s.dataset ? { ...t, dataset: s.dataset } : null);
  }, []);
  const onPick = useCallback((t: PickTarget | null) => {
    const s = useAtlas.getState();
    s.select(t && s.dataset ? { ...t, dataset: s.dataset } : null);
  }, []);
  return (
    <section className="panel map-panel" aria-label={t('map')}>
      <div className="map-toolbar">
        <ColourPicker />
        <LayoutButtons />
      </div>
      <SelectionBar />
      <div className="map-frame" onMouseLeave={() => onHover(null)}>
        <Suspense fallback={<p className="map-wait">{t('loadingMap')}</p>}>
          <AtlasMap
            dataset={dataset}
            classification={classification}
            visible={visible}
            communityStages={communityStages}
            selectedBuilding={selectedBuilding}
            filter={filter}
            focusBounds={focusBounds}
            baseMap={baseMap}
            tiandituKey={tiandituKey}
            onHover={onHover}
            onPick={onPick}
            selectTool={selectTool}
            selection={selection}
            onToggle={onToggle}
            onShape={selectShape}
            fitKey={fitKey}
            labelScale={meeting ? meetingLabelScale() : 1}
          />
        </Suspense>
        <BaseMapPicker />
        <SelectionHint />
        <MapTooltip />
      </div>
      <Legend />
    </section>
  );
}
