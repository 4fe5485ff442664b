/**
 * The dashboard's store: sources of truth only (the dataset, what is loading, what the user
 * chose to see). Figures are derived in selectors.ts, never stored.
 */
import { create } from 'zustand';
import { createCandidateSlice, type CandidateSlice } from './candidate-slice.ts';
import { createDataSlice, type DataSlice } from './data-slice.ts';
import { createFilterSlice, type FilterSlice } from './filter-slice.ts';
import { createMapSlice, type MapSlice } from './map-slice.ts';
import { createPresentationSlice, type PresentationSlice } from './presentation-slice.ts';
import { createRulesSlice, type RulesSlice } from './rules-slice.ts';
import { createScheduleSlice, type ScheduleSlice } from './schedule-slice.ts';
import { createSelectionSlice, type SelectionSlice } from './selection-slice.ts';
import { createUiSlice, type UiSlice } from './ui-slice.ts';
import { createViewSlice, type ViewSlice } from './view-slice.ts';

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
