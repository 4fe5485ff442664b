/**
 * What the one-page brief shows, derived from the store: the same summarize() call as the page's
 * figures (the filter, the rules, the chosen day and what is overdue), but always per street
 * office, whatever the summary table is grouped by.
 */
import { communityKeys, summarize, type Summary } from '../../domain/aggregate.ts';
import type { Community } from '../../domain/community.ts';
import type { RowSelection } from '../../domain/filter-rows.ts';
import type { Programme } from '../../domain/programme.ts';
import type { Dataset } from '../../domain/dataset.ts';
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

/**
 * The brief's file name, without extension: prefix, district, plan year and the day the figures
 * are as of, e.g. "简报-薛城区-2023-2023-12-01". Characters file systems refuse become "_".
 * @example briefFileName('简报', '薛城区', 2023, '2023-12-01') // "简报-薛城区-2023-2023-12-01"
 */
export function briefFileName(prefix: string, district: string, year: number | null, isoDay: string): string {
  const parts = [prefix, district, year === null ? '' : String(year), isoDay].filter((p) => p !== '');
  return parts.join('-').replace(/[\\/:*?"<>|\s]+/g, '_');
}

/** A community behind its programme's schedule, for the brief's list of what is late. */
export interface LateCommunity {
  /** The community as the summary names it (name, with its street office when names repeat). */
  key: string;
  street: string;
  overdueBuildings: number;
  overdueHouseholds: number;
}

/**
 * Communities with overdue buildings, the most overdue buildings first (then households, then
 * name), from summarize() per community with the same filter, rules, day and overdue mask.
 * @example lateCommunities(summarize(d, { by: 'community', year: 2023, overdue }), d.communities)[0].overdueBuildings
 */
export function lateCommunities(byCommunity: Summary, communities: readonly Community[]): LateCommunity[] {
  const keys = communityKeys(communities);
  const streetOf = new Map<string, string>();
  keys.forEach((k, i) => streetOf.set(k, communities[i].street));
  return byCommunity.groups
    .filter((g) => g.overdueBuildings > 0)
    .map((g) => ({
      key: g.key,
      street: streetOf.get(g.key) ?? '',
      overdueBuildings: g.overdueBuildings,
      overdueHouseholds: g.overdueHouseholds,
    }))
    .sort(
      (a, b) =>
        b.overdueBuildings - a.overdueBuildings ||
        b.overdueHouseholds - a.overdueHouseholds ||
        a.key.localeCompare(b.key, 'zh-CN'),
    );
}

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
