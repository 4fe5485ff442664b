/** The dataset on screen; a new one resets what belonged to the old (the plan year, programme edits). */
import type { StateCreator } from 'zustand';
import { defaultYear } from '../../domain/plan-years.ts';
import type { AtlasState, DataSlice } from '../state-types.ts';

/** No data until the first import arrives; setDataset replaces it (see DataSlice). */
export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataset: null,
  source: null,
  kept: null,
  setKept: (kept) => set({ kept }),
  setDataset: (dataset, source) =>
    set({
      dataset,
      source,
      kept: null,
      year: defaultYear(dataset),
      reportOpen: dataset.report.rejected.length > 0,
      programmeEdits: [],
    }),
});
