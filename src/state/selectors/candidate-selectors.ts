/**
 * Derived values of the selection and the candidate list: building keys of the dataset, where
 * each entry's building is, the per-community table, the selection's totals. Memoised on the
 * objects they read.
 */
import {
  buildingKeys,
  listYears,
  resolveEntries,
  type BuildingKeys,
  type CandidateEntry,
} from '../../domain/candidate-list.ts';
import { candidateTable, type CandidateTableRow } from '../../domain/candidate-table.ts';
import { rowsInClasses, selectionTotals, type SelectionTotals } from '../../domain/selection.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { selectClassification, selectVisibleClasses } from './map-selectors.ts';
import { memoLast } from '../memo-last.ts';
import type { AtlasState } from '../state-types.ts';
import { selectRows } from './street-selectors.ts';

/**
 * The buildings the filters keep (null = every building): what "select what matches the
 * filters" takes, and what a box or lasso selects among. The one place the selection reads the
 * filter state.
 */
export const selectFilterRows = (s: AtlasState): Uint32Array | null => selectRows(s);

const selectableOf = memoLast(
  (
    rows: Uint32Array | null,
    classOf: Uint8Array | null,
    shown: readonly number[],
    classCount: number,
  ): Uint32Array | null => (classOf ? rowsInClasses(classOf, shown, classCount, rows) : rows),
);

/**
 * What a box or lasso selects among: the buildings the filters keep whose legend class is shown
 * (null = every building), as on the map.
 */
export const selectSelectableRows = (s: AtlasState): Uint32Array | null => {
  const c = selectClassification(s);
  return selectableOf(selectFilterRows(s), c?.classOf ?? null, selectVisibleClasses(s), c?.classes.length ?? 0);
};

const keysCache = new WeakMap<Dataset, BuildingKeys>();

/** Every building's key (楼栋编号, or file:line), once per dataset. */
export function keysOf(dataset: Dataset): BuildingKeys {
  let k = keysCache.get(dataset);
  if (!k) keysCache.set(dataset, (k = buildingKeys(dataset.buildings, dataset.fileNames)));
  return k;
}

const NO_ROWS = new Uint32Array(0);

/** The selected rows of the dataset on screen (empty when none). */
export const selectSelectedRows = (s: AtlasState): Uint32Array =>
  s.selection && s.selection.dataset === s.dataset ? s.selection.rows : NO_ROWS;

const totalsOf = memoLast((d: Dataset | null, rows: Uint32Array): SelectionTotals =>
  d
    ? selectionTotals(d.buildings, rows)
    : { buildings: 0, communities: 0, households: 0, floorAreaM2: 0, withoutHouseholds: 0 },
);

/** Buildings, communities, households and floor area of the selection. */
export const selectSelectionTotals = (s: AtlasState): SelectionTotals => totalsOf(s.dataset, selectSelectedRows(s));

const resolvedOf = memoLast((d: Dataset | null, entries: readonly CandidateEntry[]): Int32Array | null =>
  d ? resolveEntries(entries, keysOf(d)) : null,
);

/** Row of each entry's building in the dataset on screen, -1 when not there; null without data. */
export const selectResolved = (s: AtlasState): Int32Array | null => resolvedOf(s.dataset, s.candidates);

const tableOf = memoLast(
  (
    d: Dataset | null,
    entries: readonly CandidateEntry[],
    resolved: Int32Array | null,
    year: number | null,
  ): CandidateTableRow[] => candidateTable(entries, d?.buildings ?? null, resolved, year),
);

/** The list per community, with subtotals per street office and 合计, for the list's chosen year. */
export const selectCandidateTable = (s: AtlasState): CandidateTableRow[] =>
  tableOf(s.dataset, s.candidates, selectResolved(s), s.candidateYear);

const yearsOf = memoLast(listYears);

/** Plan years in the list. */
export const selectListYears = (s: AtlasState): number[] => yearsOf(s.candidates);

/** Entries whose building is not in the data on screen. */
export const selectMissingCount = (s: AtlasState): number => {
  const r = selectResolved(s);
  let n = 0;
  if (r) for (const x of r) n += x < 0 ? 1 : 0;
  else n = s.candidates.length;
  return n;
};

/**
 * The plan year a selection is added for by default: the year after the newest programme's (or
 * the newest plan year in the data), else next calendar year.
 */
export const selectNextPlanYear = (s: AtlasState): number => {
  const d = s.dataset;
  let newest = d ? d.programmes.reduce((y, p) => Math.max(y, p.year), 0) : 0;
  if (d && newest === 0) for (const y of d.buildings.planYear) if (y > newest) newest = y;
  return newest > 0 ? newest + 1 : new Date().getFullYear() + 1;
};
