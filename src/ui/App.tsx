import { useEffect } from 'react';
import { startFromUrl } from '../state/load-data.ts';
import { startCandidatePersistence } from '../state/persist-idb.ts';
import { useAtlas } from '../state/store.ts';
import { AsOfControl } from './AsOfControl.tsx';
import { CandidateList } from './CandidateList.tsx';
import { DetailPanel } from './DetailPanel.tsx';
import { ColumnMatchDialog } from './ColumnMatchDialog.tsx';
import { CrsSuggestions } from './CrsSuggestions.tsx';
import { DropOverlay } from './DropOverlay.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { HeaderBar } from './HeaderBar.tsx';
import { ImportReportPanel } from './ImportReportPanel.tsx';
import { KpiCards } from './KpiCards.tsx';
import { MapPanel } from './MapPanel.tsx';
import { MeetingView } from './MeetingView.tsx';
import { Notices } from './Notices.tsx';
import { RulesPanel } from './RulesPanel.tsx';
import { StageChart } from './StageChart.tsx';
import { StatusLine } from './StatusLine.tsx';
import { SummaryTable } from './SummaryTable.tsx';

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
