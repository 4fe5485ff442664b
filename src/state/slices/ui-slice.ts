/** What the page tells the user about loading: progress, the error, notices and the dialogs a load opens. */
import type { StateCreator } from 'zustand';
import type { AtlasState, UiSlice } from '../state-types.ts';

/** Loading, errors, notices, the import report and column-matching dialog, the export's coordinate system. */
export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  loading: null,
  error: null,
  reportOpen: false,
  notices: [],
  columnMatch: null,
  exportCrs: 'wgs84',
  setExportCrs: (exportCrs) => set({ exportCrs }),
  setReportOpen: (reportOpen) => set({ reportOpen }),
  startLoading: (label, phase) =>
    set({
      loading: { phase, label, doneBytes: 0, totalBytes: 0, file: '' },
      error: null,
      notices: [],
      columnMatch: null,
    }),
  setProgress: (p) => set((s) => (s.loading ? { loading: { ...s.loading, ...p } } : {})),
  endLoading: (error = null) => set({ loading: null, error }),
  dismissError: () => set({ error: null }),
  addNotice: (notice) => set((s) => ({ notices: [...s.notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  setColumnMatch: (columnMatch) => set({ columnMatch }),
});
