import type { StateCreator } from 'zustand';
import type { GroupBy } from '../domain/aggregate.ts';
import type { SortOrder } from '../domain/sort-summary.ts';
import type { AtlasState } from './store.ts';

export interface ViewSlice {
  /** Plan year the figures are for; null = every year (全部年度). */
  year: number | null;
  /** What the summary table groups by. */
  groupBy: GroupBy;
  /**
   * The street office the page is filtered to, as asked for (`?street=`, the picker, a table
   * row); null = the whole district. Resolved against the data in street-selectors.ts: a name
   * the data does not know shows the whole district and a notice. The URL follows it.
   */
  street: string | null;
  /** How the summary table is sorted; null = by name, as summarize() returns it. */
  tableSort: SortOrder | null;
  setYear: (year: number | null) => void;
  setGroupBy: (by: GroupBy) => void;
  setStreet: (street: string | null) => void;
  setTableSort: (sort: SortOrder | null) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  year: null,
  groupBy: 'street',
  street: null,
  tableSort: null,
  setYear: (year) => set({ year }),
  setGroupBy: (groupBy) => set({ groupBy }),
  setStreet: (street) => set({ street: street?.trim() || null }),
  setTableSort: (tableSort) => set({ tableSort }),
});
