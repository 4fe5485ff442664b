/**
 * The selection on the map: an index list of building rows (ascending), tied to the dataset it
 * points into (a new dataset voids it), and the drawing tool in use. The rows of a drawn shape
 * or of the filters are worked out by src/domain/selection.ts; here they are only combined.
 */
import type { StateCreator } from 'zustand';
import { combineRows, rowsInShape, toggleRow, type CombineMode, type SelectionShape } from '../../domain/selection.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { selectFilterRows, selectSelectableRows } from '../selectors/candidate-selectors.ts';
import type { AtlasState } from '../store.ts';

/**
 * browse: a click opens a building's details (Ctrl/⌘-click selects); pick: a click selects or
 * unselects a building; box: drag a box (shift-drag does so with any tool); lasso: click the
 * corners of a polygon, double-click to close it.
 */
export type SelectTool = 'browse' | 'pick' | 'box' | 'lasso';

export interface MapSelection {
  dataset: Dataset;
  /** Building rows, ascending, no repeats. */
  rows: Uint32Array;
}

export interface SelectionSlice {
  selection: MapSelection | null;
  selectTool: SelectTool;
  setSelectTool: (tool: SelectTool) => void;
  /** Rows (ascending) replace the selection, are added to it, or taken out of it. */
  setSelectedRows: (rows: Uint32Array, mode?: CombineMode) => void;
  /** Add a building to the selection, or take it out when it is in. */
  toggleSelected: (row: number) => void;
  clearSelection: () => void;
  /** Select the buildings inside a drawn box or polygon (of those the filters keep and the legend shows). */
  selectShape: (shape: SelectionShape, mode?: CombineMode) => void;
  /** Select every building the filters keep. */
  selectFiltered: (mode?: CombineMode) => void;
}

const NONE = new Uint32Array(0);

/** The selection's rows when it belongs to the dataset on screen, else none. */
function current(s: AtlasState): Uint32Array {
  return s.selection && s.selection.dataset === s.dataset ? s.selection.rows : NONE;
}

function allRows(n: number): Uint32Array {
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) out[i] = i;
  return out;
}

export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set, get) => ({
  selection: null,
  selectTool: 'browse',
  setSelectTool: (selectTool) => set({ selectTool }),
  setSelectedRows: (rows, mode = 'replace') =>
    set((s) => (s.dataset ? { selection: { dataset: s.dataset, rows: combineRows(current(s), rows, mode) } } : {})),
  toggleSelected: (row) =>
    set((s) => (s.dataset ? { selection: { dataset: s.dataset, rows: toggleRow(current(s), row) } } : {})),
  clearSelection: () => set({ selection: null }),
  selectShape: (shape, mode = 'replace') => {
    const s = get();
    if (s.dataset) s.setSelectedRows(rowsInShape(s.dataset.buildings, shape, selectSelectableRows(s)), mode);
  },
  selectFiltered: (mode = 'replace') => {
    const s = get();
    if (s.dataset) s.setSelectedRows(selectFilterRows(s) ?? allRows(s.dataset.buildings.length), mode);
  },
});
