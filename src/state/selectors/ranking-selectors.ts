/**
 * The street offices ranked for meeting mode (src/domain/ranking.ts): a by-street summary of the
 * chosen year, rules and day, of the buildings the filter keeps — except its street office
 * field, so that every office stays in the ranking while the page is filtered to one of them.
 */
import { summarize, type SummaryRow } from '../../domain/aggregate.ts';
import { applyFilter } from '../../domain/filter-apply.ts';
import { activeFields, filterNeeds, isEmptyFilter, type BuildingFilter } from '../../domain/building-filter.ts';
import { rankStreets, type RankMeasure, type StreetRank } from '../../domain/ranking.ts';
import { progressLight, type DueShares, type ProgressLight } from '../../domain/due-progress.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { memoLast } from '../memo-last.ts';
import { selectEligibilityCodes } from './rules-selectors.ts';
import { selectOverdueMask, selectViewDataset } from './schedule-selectors.ts';
import { selectDueShares } from './due-selectors.ts';
import type { AtlasState, Rules } from '../state-types.ts';

const withoutStreet = memoLast((f: BuildingFilter): BuildingFilter => (f.street === null ? f : { ...f, street: null }));

const groupsOf = memoLast(
  (
    d: Dataset,
    year: number | null,
    f: BuildingFilter,
    rules: Rules,
    codes: Uint16Array | null,
    overdue: Uint8Array | null,
  ): SummaryRow[] => {
    const needs = filterNeeds(f);
    const sel = isEmptyFilter(f) ? null : applyFilter(d, f, needs.codes ? codes : null, needs.year ? year : null);
    return summarize(d, {
      by: 'street',
      year,
      rows: sel?.rows,
      communityRows: sel?.communities,
      eligibility: rules,
      codes: codes ?? undefined,
      overdue,
    }).groups;
  },
);

/** One memo per order, so that the panel and the arrow keys asking for different orders do not undo each other. */
const ranked: Record<RankMeasure, (groups: SummaryRow[]) => StreetRank[]> = {
  start: memoLast((groups: SummaryRow[]) => rankStreets(groups, 'start')),
  completion: memoLast((groups: SummaryRow[]) => rankStreets(groups, 'completion')),
};

const NO_RANKS: StreetRank[] = [];

/** Street offices ranked by start and completion rate, in the order of `order`; empty before data. */
export function selectStreetRanking(s: AtlasState, order: RankMeasure): StreetRank[] {
  const d = selectViewDataset(s);
  if (!d) return NO_RANKS;
  return ranked[order](
    groupsOf(d, s.year, withoutStreet(s.filter), s.rules, selectEligibilityCodes(s), selectOverdueMask(s)),
  );
}

const lightsOf = memoLast((ranks: StreetRank[], due: DueShares | null): ReadonlyMap<string, ProgressLight | null> => {
  const out = new Map<string, ProgressLight | null>();
  for (const r of ranks) out.set(r.row.key, r.noProgramme ? null : progressLight(r.row, due));
  return out;
});

/**
 * Each ranked street office's light (red, amber, green; src/domain/due-progress.ts) on its
 * household rates and overdue buildings against what is due by the check day; null for an office
 * with no programme or nothing to judge. Keyed by the office's name as the ranking rows are.
 */
export function selectStreetLights(s: AtlasState, order: RankMeasure): ReadonlyMap<string, ProgressLight | null> {
  return lightsOf(selectStreetRanking(s, order), selectDueShares(s));
}

/** Does the filter hold anything besides the street office (hidden in meeting mode, so said there)? */
export const selectOtherFilters = (s: AtlasState): boolean => activeFields(s.filter).some((k) => k !== 'street');
