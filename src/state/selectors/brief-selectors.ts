/**
 * What the one-page brief shows, derived from the store: the same summarize() call as the page's
 * figures (the filter, the rules, the chosen day and what is overdue), but always per street
 * office, whatever the summary table is grouped by.
 */
import { summarize, type Summary } from '../../domain/aggregate.ts';
import type { RowSelection } from '../../domain/filter-rows.ts';
import type { Programme } from '../../domain/programme.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { lateCommunities, type LateCommunity } from '../../domain/late-communities.ts';
import { memoLast } from '../memo-last.ts';
import { selectEligibilityCodes } from './rules-selectors.ts';
import { selectOverdueMask, selectProgrammes, selectViewDataset } from './schedule-selectors.ts';
import { selectProgramme } from './figure-selectors.ts';
import type { AtlasState, Rules } from '../state-types.ts';
import { selectRowSelection } from './street-selectors.ts';

const byStreetOf = memoLast(
  (
    dataset: Dataset,
    year: number | null,
    sel: RowSelection | null,
    rules: Rules,
    codes: Uint16Array | null,
    overdue: Uint8Array | null,
  ): Summary =>
    summarize(dataset, {
      by: 'street',
      year,
      rows: sel?.rows,
      communityRows: sel?.communities,
      eligibility: rules,
      codes: codes ?? undefined,
      overdue,
    }),
);

/** The brief's per-street totals (and the district total) for the view in force; null before data. */
export const selectBriefSummary = (s: AtlasState): Summary | null => {
  const d = selectViewDataset(s);
  return d
    ? byStreetOf(d, s.year, selectRowSelection(s), s.rules, selectEligibilityCodes(s), selectOverdueMask(s))
    : null;
};

const districtOf = memoLast(
  (dataset: Dataset, programme: Programme | null, programmes: Programme[]): string =>
    programme?.district || dataset.outlines[0]?.name || programmes.find((p) => p.district)?.district || '',
);

/** The district's name: the chosen year's programme's, else the outline's, else any programme's; '' when none says. */
export const selectDistrict = (s: AtlasState): string =>
  s.dataset ? districtOf(s.dataset, selectProgramme(s), selectProgrammes(s)) : '';

const boundaryFilesOf = memoLast((dataset: Dataset): string[] => [
  ...new Set([...dataset.streets.filter((x) => x.geometry).map((x) => x.file), ...dataset.outlines.map((x) => x.file)]),
]);

/** Files the street office and district boundaries on the map came from, for the brief's sources. */
export const selectBoundaryFiles = (s: AtlasState): string[] => (s.dataset ? boundaryFilesOf(s.dataset) : NO_FILES);
const NO_FILES: string[] = [];

const lateOf = memoLast(
  (
    dataset: Dataset,
    year: number | null,
    sel: RowSelection | null,
    rules: Rules,
    codes: Uint16Array | null,
    overdue: Uint8Array | null,
  ): LateCommunity[] =>
    overdue
      ? lateCommunities(
          summarize(dataset, {
            by: 'community',
            year,
            rows: sel?.rows,
            communityRows: sel?.communities,
            eligibility: rules,
            codes: codes ?? undefined,
            overdue,
          }),
          dataset.communities,
        )
      : NO_LATE,
);
const NO_LATE: LateCommunity[] = [];

/** The communities behind schedule in the view in force, most overdue first. */
export const selectLateCommunities = (s: AtlasState): LateCommunity[] => {
  const d = selectViewDataset(s);
  return d
    ? lateOf(d, s.year, selectRowSelection(s), s.rules, selectEligibilityCodes(s), selectOverdueMask(s))
    : NO_LATE;
};
