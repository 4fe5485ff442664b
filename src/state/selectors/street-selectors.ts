/**
 * The filter, derived: the street office the page shows (resolved against the data's names),
 * the buildings and communities every figure counts (one BuildingFilter, the street office one
 * of its fields, applied by src/domain/building-filter.ts), where the map should zoom, the
 * shown count, and the progress by stage per office. Every figure on screen reads the same
 * selection.
 */
import { applyFilter, filterBuildings } from '../../domain/filter-apply.ts';
import { EMPTY_FILTER, filterNeeds, isEmptyFilter, type BuildingFilter } from '../../domain/building-filter.ts';
import { communityOptions, shequOptions } from '../../domain/filter-options.ts';
import { filterByStreet, resolveStreet, streetNames, type RowSelection } from '../../domain/filter-rows.ts';
import { stageCountsByStreet, type StageCountRow } from '../../domain/stage-counts.ts';
import { rowsBounds, streetBounds, type LngLatBounds } from '../../domain/street-bounds.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { memoLast } from '../memo-last.ts';
import { selectEligibilityCodes } from './rules-selectors.ts';
import { selectViewDataset } from './schedule-selectors.ts';
import type { AtlasState } from '../state-types.ts';

const NO_NAMES: string[] = [];
const namesOf = memoLast((dataset: Dataset): string[] => streetNames(dataset));

/** Street offices to pick from, sorted as the summary table sorts them. */
export const selectStreetNames = (s: AtlasState): string[] => (s.dataset ? namesOf(s.dataset) : NO_NAMES);

/** The street office the page is filtered to, named as the data names it; null = the whole district. */
export const selectStreet = (s: AtlasState): string | null =>
  s.filter.street && s.dataset ? resolveStreet(s.filter.street, selectStreetNames(s)) : null;

/** A street office asked for (URL, picker) that the loaded data does not have; null when none. */
export const selectUnknownStreet = (s: AtlasState): string | null =>
  s.filter.street && s.dataset && selectStreet(s) === null ? s.filter.street : null;

const resolvedOf = memoLast((f: BuildingFilter, street: string | null): BuildingFilter =>
  f.street === street ? f : { ...f, street },
);

/** The filter as applied: the street office resolved (an unknown one dropped). */
export const selectActiveFilter = (s: AtlasState): BuildingFilter => resolvedOf(s.filter, selectStreet(s));

const selectionOf = memoLast(
  (dataset: Dataset, f: BuildingFilter, codes: Uint16Array | null, year: number | null): RowSelection | null =>
    isEmptyFilter(f) ? null : applyFilter(dataset, f, codes, year),
);

/**
 * Buildings and communities the figures count; null = all of them. The codes and the plan year
 * are passed only when a field reads them, so that a rules or year change filters again only then.
 */
export const selectRowSelection = (s: AtlasState): RowSelection | null => {
  const d = selectViewDataset(s);
  if (!d) return null;
  const f = selectActiveFilter(s);
  const needs = filterNeeds(f);
  return selectionOf(d, f, needs.codes ? selectEligibilityCodes(s) : null, needs.year ? s.year : null);
};

/** Row numbers of the buildings the figures count (for map layers that dim the rest); null = all. */
export const selectRows = (s: AtlasState): Uint32Array | null => selectRowSelection(s)?.rows ?? null;

export interface ShownCount {
  /** Buildings the filter keeps. */
  shown: number;
  /** Buildings loaded. */
  total: number;
}

const shownOf = memoLast((total: number, shown: number): ShownCount => ({ shown, total }));

/** "显示 N / 共 M 栋": buildings kept out of those loaded. */
export const selectShownCount = (s: AtlasState): ShownCount => {
  const total = s.dataset?.buildings.length ?? 0;
  return shownOf(total, selectRows(s)?.length ?? total);
};

const boundsOf = memoLast((dataset: Dataset, street: string | null, sel: RowSelection | null): LngLatBounds | null =>
  street && sel ? streetBounds(dataset, street, sel.rows) : null,
);

const streetSelectionOf = memoLast((dataset: Dataset, street: string | null): RowSelection | null =>
  street ? filterByStreet(dataset, street) : null,
);

/** A chosen community's place: its polygon and its buildings (whatever the other filters keep). */
const communityBoundsOf = memoLast((dataset: Dataset, community: string | null): LngLatBounds | null =>
  community
    ? rowsBounds(dataset, filterBuildings(dataset.buildings, dataset.communities, { ...EMPTY_FILTER, community }, null))
    : null,
);

/**
 * Where the map should be: the chosen community's bounds, else the filtered street office's,
 * [west, south, east, north] in WGS84 degrees, or null for the whole district. The map fits to it
 * whenever it changes (a new array means a new request; the same community or street keeps the
 * same array, whatever the other fields).
 */
export const selectFocusBounds = (s: AtlasState): LngLatBounds | null => {
  if (!s.dataset) return null;
  const community = communityBoundsOf(s.dataset, s.filter.community);
  if (community) return community;
  const street = selectStreet(s);
  return boundsOf(s.dataset, street, streetSelectionOf(s.dataset, street));
};

const NO_COUNTS: StageCountRow[] = [];
const stageCountsOf = memoLast((dataset: Dataset, year: number | null, sel: RowSelection | null): StageCountRow[] =>
  stageCountsByStreet(dataset, { year, rows: sel?.rows, communityRows: sel?.communities }),
);

/** Programme buildings and households per street office and stage, for the chosen year and filter. */
export const selectStageCounts = (s: AtlasState): StageCountRow[] => {
  const d = selectViewDataset(s);
  return d ? stageCountsOf(d, s.year, selectRowSelection(s)) : NO_COUNTS;
};

const NO_OPTIONS: string[] = [];
const shequOptionsOf = memoLast((dataset: Dataset, street: string | null): string[] => shequOptions(dataset, street));
const communityOptionsOf = memoLast((dataset: Dataset, street: string | null, shequ: string | null): string[] =>
  communityOptions(dataset, street, shequ),
);

/** 社区 to pick from: those of the street office shown (every one for the whole district). */
export const selectShequOptions = (s: AtlasState): string[] =>
  s.dataset ? shequOptionsOf(s.dataset, selectStreet(s)) : NO_OPTIONS;

/** Communities to search among: those of the street office and 社区 chosen. */
export const selectCommunityOptions = (s: AtlasState): string[] =>
  s.dataset ? communityOptionsOf(s.dataset, selectStreet(s), s.filter.shequ) : NO_OPTIONS;
