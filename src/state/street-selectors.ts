/**
 * The street-office filter, derived: which office the page shows (resolved against the data's
 * names), its buildings and communities as index lists, where the map should zoom, and the
 * progress by stage per office. Every figure on screen reads the same selection.
 */
import { filterByStreet, resolveStreet, streetNames, type RowSelection } from '../domain/filter-rows.ts';
import { stageCountsByStreet, type StageCountRow } from '../domain/stage-counts.ts';
import { streetBounds, type LngLatBounds } from '../domain/street-bounds.ts';
import type { Dataset } from '../io/import-files.ts';
import { memoLast } from './memo-last.ts';
import type { AtlasState } from './store.ts';

const NO_NAMES: string[] = [];
const namesOf = memoLast((dataset: Dataset): string[] => streetNames(dataset));

/** Street offices to pick from, sorted as the summary table sorts them. */
export const selectStreetNames = (s: AtlasState): string[] => (s.dataset ? namesOf(s.dataset) : NO_NAMES);

/** The street office the page is filtered to, named as the data names it; null = the whole district. */
export const selectStreet = (s: AtlasState): string | null => (s.street && s.dataset ? resolveStreet(s.street, selectStreetNames(s)) : null);

/** A street office asked for (URL, picker) that the loaded data does not have; null when none. */
export const selectUnknownStreet = (s: AtlasState): string | null => (s.street && s.dataset && selectStreet(s) === null ? s.street : null);

const selectionOf = memoLast((dataset: Dataset, street: string | null): RowSelection | null => (street ? filterByStreet(dataset, street) : null));

/** Buildings and communities the figures count; null = all of them. */
export const selectRowSelection = (s: AtlasState): RowSelection | null => (s.dataset ? selectionOf(s.dataset, selectStreet(s)) : null);

/** Row numbers of the buildings the figures count (for map layers that dim the rest); null = all. */
export const selectRows = (s: AtlasState): Uint32Array | null => selectRowSelection(s)?.rows ?? null;

const boundsOf = memoLast((dataset: Dataset, street: string | null, sel: RowSelection | null): LngLatBounds | null =>
  street && sel ? streetBounds(dataset, street, sel.rows) : null,
);

/**
 * Where the map should be: the filtered street office's bounds, [west, south, east, north] in
 * WGS84 degrees, or null for the whole district. The map fits to it whenever it changes (a new
 * array means a new request; the same street keeps the same array).
 */
export const selectFocusBounds = (s: AtlasState): LngLatBounds | null => (s.dataset ? boundsOf(s.dataset, selectStreet(s), selectRowSelection(s)) : null);

const NO_COUNTS: StageCountRow[] = [];
const stageCountsOf = memoLast((dataset: Dataset, year: number | null, sel: RowSelection | null): StageCountRow[] =>
  stageCountsByStreet(dataset, { year, rows: sel?.rows, communityRows: sel?.communities }),
);

/** Programme buildings and households per street office and stage, for the chosen year and filter. */
export const selectStageCounts = (s: AtlasState): StageCountRow[] => (s.dataset ? stageCountsOf(s.dataset, s.year, selectRowSelection(s)) : NO_COUNTS);
