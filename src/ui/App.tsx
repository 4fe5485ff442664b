import { useEffect } from 'react';
import { loadSample } from '../state/load-data.ts';
import { useAtlas } from '../state/store.ts';
import { DropOverlay } from './DropOverlay.tsx';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { HeaderBar } from './HeaderBar.tsx';
import { ImportReportPanel } from './ImportReportPanel.tsx';
import { KpiCards } from './KpiCards.tsx';
import { MapPanel } from './MapPanel.tsx';
import { StatusLine } from './StatusLine.tsx';
import { SummaryTable } from './SummaryTable.tsx';

export function App() {
  useEffect(() => {
    // Open on the sample district; twice-run effects (StrictMode) find it already loading.
    const s = useAtlas.getState();
    if (!s.dataset && !s.loading) void loadSample();
  }, []);
  return (
    <div className="app">
      <HeaderBar />
      <StatusLine />
      <main className="layout">
        <ErrorBoundary area="指标卡">
          <KpiCards />
        </ErrorBoundary>
        <div className="main-column">
          <ErrorBoundary area="汇总表">
            <SummaryTable />
          </ErrorBoundary>
        </div>
        <aside className="side-column">
          <ErrorBoundary area="地图">
            <MapPanel />
          </ErrorBoundary>
          <ErrorBoundary area="导入报告">
            <ImportReportPanel />
          </ErrorBoundary>
        </aside>
      </main>
      <DropOverlay />
    </div>
  );
}
