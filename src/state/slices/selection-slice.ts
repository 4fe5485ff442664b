/**
 * The selection on the map: an index list of building rows (ascending), tied to the dataset it
 * points into (a new dataset voids it), and the drawing tool in use. The rows of a drawn shape
 * or of the filters are worked out by actions/selection-actions.ts (with src/domain/selection.ts);
 * here they are only combined.
 */
import type { StateCreator } from 'zustand';
import { combineRows, toggleRow } from '../../domain/selection.ts';
import type { AtlasState, SelectionSlice } from '../state-types.ts';

const NONE = new Uint32Array(0);

/** The selection's rows when it belongs to the dataset on screen, else none. */
function current(s: AtlasState): Uint32Array {
  return s.selection && s.selection.dataset === s.dataset ? s.selection.rows : NONE;
}

/** Nothing selected, the browse tool in hand; rows only join a selection of the dataset on screen. */
export const createSelectionSlice: StateCreator<AtlasState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  selectTool: 'browse',
  setSelectTool: (selectTool) => set({ selectTool }),
  setSelectedRows: (rows, mode = 'replace') =>
    set((s) => (s.dataset ? { selection: { dataset: s.dataset, rows: combineRows(current(s), rows, mode) } } : {})),
  toggleSelected: (row) =>
    set((s) => (s.dataset ? { selection: { dataset: s.dataset, rows: toggleRow(current(s), row) } } : {})),
  clearSelection: () => set({ selection: null }),
});
