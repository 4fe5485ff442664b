import type { StateCreator } from 'zustand';
import type { GroupBy } from '../../domain/aggregate.ts';
import type { SortOrder } from '../../domain/sort-summary.ts';
import type { AtlasState } from '../store.ts';

export interface ViewSlice {
  /** Plan year the figures are for; null = every year (全部年度). */
  year: number | null;
  /** What the summary table groups by. */
  groupBy: GroupBy;
  /** How the summary table is sorted; null = by name, as summarize() returns it. */
  tableSort: SortOrder | null;
  setYear: (year: number | null) => void;
  setGroupBy: (by: GroupBy) => void;
  setTableSort: (sort: SortOrder | null) => void;
}

/** The street office lives in the filter (filter-slice.ts): it is one of its fields. */
export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  year: null,
  groupBy: 'street',
  tableSort: null,
  setYear: (year) => set({ year }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setTableSort: (tableSort) => set({ tableSort }),
});
