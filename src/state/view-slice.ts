import type { StateCreator } from 'zustand';
import type { GroupBy } from '../domain/aggregate.ts';
import type { AtlasState } from './store.ts';

export interface ViewSlice {
  /** Plan year the figures are for; null = every year (全部年度). */
  year: number | null;
  /** What the summary table groups by. */
  groupBy: GroupBy;
  setYear: (year: number | null) => void;
  setGroupBy: (by: GroupBy) => void;
}

export const createViewSlice: StateCreator<AtlasState, [], [], ViewSlice> = (set) => ({
  year: null,
  groupBy: 'street',
  setYear: (year) => set({ year }),
  setGroupBy: (groupBy) => set({ groupBy }),
});
