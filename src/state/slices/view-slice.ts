import type { StateCreator } from 'zustand';
import { DEFAULT_COLUMN_SET } from '../../domain/column-sets.ts';
import type { AtlasState, ViewSlice } from '../state-types.ts';

/**
 * The plan year and the summary table's grouping, column set and order. The street office lives in the filter
 * (filter-slice.ts): it is one of its fields.
 */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  year: null,
  groupBy: 'street',
  tableSort: null,
  columnSet: DEFAULT_COLUMN_SET,
  setColumnSet: (columnSet) => set({ columnSet }),
  setYear: (year) => set({ year }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setTableSort: (tableSort) => set({ tableSort }),
});
