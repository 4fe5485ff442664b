import { useEffect } from 'react';
import { startFromUrl } from '../state/load/load-data.ts';
import { startCandidatePersistence } from '../state/persist/persist-idb.ts';
import { useAtlas } from '../state/store.ts';
import { AsOfControl } from './schedule/AsOfControl.tsx';
import { CandidateList } from './candidates/CandidateList.tsx';
import { DetailPanel } from './map-panel/DetailPanel.tsx';
import { ColumnMatchDialog } from './import/ColumnMatchDialog.tsx';
import { CrsSuggestions } from './import/CrsSuggestions.tsx';
import { DropOverlay } from './import/DropOverlay.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { HeaderBar } from './header/HeaderBar.tsx';
import { ImportReportPanel } from './import/ImportReportPanel.tsx';
import { KpiCards } from './figures/KpiCards.tsx';
import { useLayoutKeys } from './map-panel/LayoutButtons.tsx';
import { MapPanel } from './map-panel/MapPanel.tsx';
import { MeetingView } from './meeting/MeetingView.tsx';
import { Notices } from './header/Notices.tsx';
import { RulesPanel } from './rules/RulesPanel.tsx';
import { StageChart } from './figures/StageChart.tsx';
import { StatusLine } from './header/StatusLine.tsx';
import { SummaryTable } from './figures/SummaryTable.tsx';

export function App() {
  useEffect(() => {
    // Open as the address asks (?data=, ?street=), else on the sample district; twice-run
    // effects (StrictMode) find it already loading.
    const s = useAtlas.getState();
    startCandidatePersistence();
    if (!s.dataset && !s.loading) void startFromUrl();
  }, []);
  // Meeting mode re-lays the same components (meeting.css), so the map is never remade.
  const meeting = useAtlas((s) => s.meeting);
  const panels = useAtlas((s) => s.panels);
  useLayoutKeys();
  const layoutClass = meeting
    ? 'layout'
    : `layout${panels.fullMap ? ' full-map' : panels.figuresCollapsed ? ' figures-collapsed' : ''}`;
  return (
    <div className={meeting ? 'app meeting' : panels.fullMap ? 'app full-map' : 'app'}>
      <HeaderBar />
      <StatusLine />
      <Notices />
      <CrsSuggestions />
      <ErrorBoundary area="as-of">
        <AsOfControl />
      </ErrorBoundary>
      {/* Map first: the map column takes most of the width and the rest of the window's height;
          the figures column beside it scrolls on its own, and folds away (B) or the whole page
          gives way to the map (F). */}
      <main className={layoutClass}>
        <ErrorBoundary area="kpis">
          <KpiCards />
        </ErrorBoundary>
        <div className="map-column">
          <ErrorBoundary area="map">
            <MapPanel />
          </ErrorBoundary>
        </div>
        <div className="figures-column" data-testid="figures-column">
          <ErrorBoundary area="filters">
            <FilterPanel />
          </ErrorBoundary>
          <ErrorBoundary area="summary-table">
            <SummaryTable />
          </ErrorBoundary>
          <ErrorBoundary area="candidates">
            <CandidateList />
          </ErrorBoundary>
          <ErrorBoundary area="stage-chart">
            <StageChart />
          </ErrorBoundary>
          <ErrorBoundary area="import-report">
            <ImportReportPanel />
          </ErrorBoundary>
        </div>
        <ErrorBoundary area="meeting">
          <MeetingView />
        </ErrorBoundary>
      </main>
      <ErrorBoundary area="detail">
        <DetailPanel />
      </ErrorBoundary>
      <ErrorBoundary area="rules">
        <RulesPanel />
      </ErrorBoundary>
      <DropOverlay />
      <ColumnMatchDialog />
    </div>
  );
}
