/**
 * The dashboard's store: sources of truth only (the dataset, what is loading, what the user
 * chose to see). Figures are derived in selectors/, never stored. Its shape is AtlasState
 * (state-types.ts); each slice (slices/) makes its part.
 */
import { create } from 'zustand';
import { createCandidateSlice } from './slices/candidate-slice.ts';
import { createDataSlice } from './slices/data-slice.ts';
import { createFilterSlice } from './slices/filter-slice.ts';
import { createMapSlice } from './slices/map-slice.ts';
import { createPresentationSlice } from './slices/presentation-slice.ts';
import { createRulesSlice } from './slices/rules-slice.ts';
import { createScheduleSlice } from './slices/schedule-slice.ts';
import { createSelectionSlice } from './slices/selection-slice.ts';
import { createUiSlice } from './slices/ui-slice.ts';
import { createViewSlice } from './slices/view-slice.ts';
import type { AtlasState } from './state-types.ts';

/** The one store of the page; components read it through selectors, actions change it. */
export const useAtlas = create<AtlasState>()((...a) => ({
  ...createDataSlice(...a),
  ...createUiSlice(...a),
  ...createViewSlice(...a),
  ...createFilterSlice(...a),
  ...createRulesSlice(...a),
  ...createMapSlice(...a),
  ...createSelectionSlice(...a),
  ...createCandidateSlice(...a),
  ...createScheduleSlice(...a),
  ...createPresentationSlice(...a),
}));
