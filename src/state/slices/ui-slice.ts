import type { StateCreator } from 'zustand';
import type { CrsKey } from '../../domain/crs.ts';
import type { ColumnMatchRequest } from '../../workers/protocol.ts';
import type { AtlasState } from '../store.ts';

/** A load under way: fetching the sample, then reading in the worker. */
export interface LoadProgress {
  phase: 'fetching' | 'reading';
  /** What is being loaded, for the status line (e.g. "示例数据"). */
  label: string;
  doneBytes: number;
  totalBytes: number;
  /** File being read, '' before the worker's first message. */
  file: string;
}

/** A line for the user about the last load: a remembered column map used, a file that could not be fetched. */
export interface Notice {
  id: string;
  tone: 'info' | 'warn';
  text: string;
}

export interface UiSlice {
  loading: LoadProgress | null;
  /** A failure to show (a fetch or a bug); problems in files are in the import report instead. */
  error: string | null;
  /** Is the import report panel open? A new dataset opens it when rows were rejected. */
  reportOpen: boolean;
  /** Notices about the last load; a new load clears them. */
  notices: Notice[];
  /** A CSV whose columns the user is asked to match (the dialog is open while this is set). */
  columnMatch: ColumnMatchRequest | null;
  /** The coordinate system building exports are written in (the export menu's choice); WGS84 by default. */
  exportCrs: CrsKey;
  setExportCrs: (crs: CrsKey) => void;
  setReportOpen: (open: boolean) => void;
  startLoading: (label: string, phase: LoadProgress['phase']) => void;
  setProgress: (p: Partial<Omit<LoadProgress, 'label'>>) => void;
  /** End the load, with an error message when it failed. */
  endLoading: (error?: string | null) => void;
  dismissError: () => void;
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
  setColumnMatch: (request: ColumnMatchRequest | null) => void;
}

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
