/**
 * Derived map values: the classification of the buildings for the chosen colouring, its legend,
 * the communities' least-advanced stages, and the live pick (void once the dataset changes).
 * Each is memoised on the objects it reads, so a re-render without a change reuses them.
 */
import { communityTotals, type CommunityTotals } from '../../domain/building-facts.ts';
import { classify, type Classification } from '../../domain/colour-classify.ts';
import { communityStages } from '../../domain/programme-stage.ts';
import type { ColourMode } from '../../domain/colour-classes.ts';
import { legendOf, visibleClasses, type Legend } from '../../domain/legend.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { memoLast } from '../memo-last.ts';
import { selectCheckDay, selectSchedule, selectViewDataset } from './schedule-selectors.ts';
import type { AtlasState, MapHover, MapPick } from '../state-types.ts';
import { selectRows } from './street-selectors.ts';

/** The cut-off year of the eligibility rules in force: the build-year classes move with it. */
export const selectCutoffYear = (s: AtlasState): number => s.rules.cutoffYear;

/**
 * One classification per (dataset, mode, cut-off, year), kept while the dataset stays: switching
 * back to a colouring reuses its arrays, so the map's colour buffer is the same object.
 */
const classificationCache = new WeakMap<Dataset, Map<string, Classification>>();

/** The schedule colouring's input: each building's status on the check day (schedule.ts). */
export interface ScheduleInput {
  /** The day the status was judged on (days since 1970-01-01 UTC). */
  day: number;
  status: Uint8Array;
}

export function classificationOf(
  dataset: Dataset,
  mode: ColourMode,
  cutoffYear: number,
  year: number | null,
  schedule: ScheduleInput | null = null,
): Classification {
  let byKey = classificationCache.get(dataset);
  if (!byKey) classificationCache.set(dataset, (byKey = new Map()));
  // Only the stage colouring depends on the plan year; only the build-year one on the cut-off;
  // the schedule one on the year and the day overdue is judged on.
  const key =
    mode === 'stage'
      ? `stage:${year}`
      : mode === 'buildYear'
        ? `buildYear:${cutoffYear}`
        : mode === 'schedule'
          ? `schedule:${year}:${schedule?.day ?? ''}`
          : mode;
  let c = byKey.get(key);
  if (!c) byKey.set(key, (c = classify(dataset.buildings, mode, { cutoffYear, year, schedule: schedule?.status })));
  return c;
}

export const selectClassification = (s: AtlasState): Classification | null => {
  const d = selectViewDataset(s);
  if (!d) return null;
  const sch = s.colourBy === 'schedule' ? selectSchedule(s) : null;
  return classificationOf(
    d,
    s.colourBy,
    selectCutoffYear(s),
    s.year,
    sch ? { day: selectCheckDay(s), status: sch.status } : null,
  );
};

const legendMemo = memoLast(legendOf);

/** The legend of the colouring on the map; its counts follow the filter. */
export const selectLegend = (s: AtlasState): Legend | null => {
  const c = selectClassification(s);
  return c ? legendMemo(c, s.hiddenClasses[s.colourBy], selectRows(s)) : null;
};

const communityStagesMemo = memoLast((d: Dataset, year: number | null) =>
  communityStages(d.buildings, d.communities, year),
);

/** Each community's least-advanced programme stage in the chosen year (STAGE_NONE when none). */
export const selectCommunityStages = (s: AtlasState): Uint8Array | null => {
  const d = selectViewDataset(s);
  return d ? communityStagesMemo(d, s.year) : null;
};

const totalsMemo = memoLast((d: Dataset): CommunityTotals => communityTotals(d.buildings, d.communities.length));

export const selectCommunityTotals = (s: AtlasState): CommunityTotals | null =>
  s.dataset ? totalsMemo(s.dataset) : null;

/** The pick opened in the detail panel, if it belongs to the dataset on screen. */
export const selectSelected = (s: AtlasState): MapPick | null =>
  s.selected && s.selected.dataset === s.dataset ? s.selected : null;

/** The pick under the pointer, if it belongs to the dataset on screen. */
export const selectHovered = (s: AtlasState): MapHover | null =>
  s.hovered && s.hovered.dataset === s.dataset ? s.hovered : null;

const visibleMemo = memoLast(visibleClasses);

/** Class indices of the current colouring to draw (the legend's shown classes). */
export const selectVisibleClasses = (s: AtlasState): readonly number[] => {
  const c = selectClassification(s);
  return c ? visibleMemo(c, s.hiddenClasses[s.colourBy]) : NONE;
};
const NONE: readonly number[] = [];

/** Row of the building open in the detail panel, or -1. */
export const selectSelectedBuilding = (s: AtlasState): number => {
  const p = selectSelected(s);
  return p && p.kind === 'building' ? p.index : -1;
};
