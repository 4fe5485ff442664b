/**
 * The dashboard's store: sources of truth only (the dataset, what is loading, what the user
 * chose to see). Figures are derived in selectors/, never stored.
 */
import { create } from 'zustand';
import { createCandidateSlice, type CandidateSlice } from './slices/candidate-slice.ts';
import { createDataSlice, type DataSlice } from './slices/data-slice.ts';
import { createFilterSlice, type FilterSlice } from './slices/filter-slice.ts';
import { createMapSlice, type MapSlice } from './slices/map-slice.ts';
import { createPresentationSlice, type PresentationSlice } from './slices/presentation-slice.ts';
import { createRulesSlice, type RulesSlice } from './slices/rules-slice.ts';
import { createScheduleSlice, type ScheduleSlice } from './slices/schedule-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice.ts';
import { createUiSlice, type UiSlice } from './slices/ui-slice.ts';
import { createViewSlice, type ViewSlice } from './slices/view-slice.ts';

export type AtlasState = DataSlice &
  UiSlice &
  ViewSlice &
  FilterSlice &
  RulesSlice &
  MapSlice &
  SelectionSlice &
  CandidateSlice &
  ScheduleSlice &
  PresentationSlice;

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
