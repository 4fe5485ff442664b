import type { StateCreator } from 'zustand';
import type { Dataset } from '../../domain/dataset.ts';
import type { SampleKey } from '../load/sample-files.ts';
import type { AtlasState } from '../store.ts';
import { defaultYear } from '../selectors/figure-selectors.ts';

/** Where the dataset on screen came from. */
export type DataSource = { kind: 'sample'; sample: SampleKey } | { kind: 'files'; names: string[] };

export interface DataSlice {
  /** The imported, linked dataset; null until the first import arrives. */
  dataset: Dataset | null;
  source: DataSource | null;
  /**
   * Replace the dataset. The view moves to the new data's newest programme year, and the import
   * report opens when rows were rejected, so a failed file shows why; programme edits
   * belonged to the old data and are dropped.
   */
  setDataset: (dataset: Dataset, source: DataSource) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataset: null,
  source: null,
  setDataset: (dataset, source) =>
    set({
      dataset,
      source,
      year: defaultYear(dataset),
      reportOpen: dataset.report.rejected.length > 0,
      programmeEdits: [],
    }),
});
