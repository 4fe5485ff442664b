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
  return (
    <div className={meeting ? 'app meeting' : 'app'}>
      <HeaderBar />
      <StatusLine />
      <Notices />
      <CrsSuggestions />
      <ErrorBoundary area="as-of">
        <AsOfControl />
      </ErrorBoundary>
      <main className="layout">
        <ErrorBoundary area="kpis">
          <KpiCards />
        </ErrorBoundary>
        <div className="main-column">
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
        </div>
        <aside className="side-column">
          <ErrorBoundary area="map">
            <MapPanel />
          </ErrorBoundary>
          <ErrorBoundary area="import-report">
            <ImportReportPanel />
          </ErrorBoundary>
        </aside>
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
