/**
 * Derived values. Every figure comes from summarize() in src/domain/aggregate.ts, the same code
 * the command line runs; components only format what these return.
 */
import { summarize, type Summary, type SummaryRow } from '../../domain/aggregate.ts';
import type { RowSelection } from '../../domain/filter-rows.ts';
import { streetTargets, type Programme, type TargetFigures } from '../../domain/programme.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { offeredPlanYears, planYears } from '../../domain/plan-years.ts';
import { memoLast } from '../memo-last.ts';
import { selectEligibilityCodes } from './rules-selectors.ts';
import { selectRowSelection, selectStreet } from './street-selectors.ts';
import { selectOverdueMask, selectProgrammes, selectViewDataset } from './schedule-selectors.ts';
import type { AtlasState, Rules } from '../state-types.ts';

/** Plan years to pick from (domain/plan-years.ts), worked out once per dataset. */
export const planYearsOf = memoLast(planYears);

const summaryOf = memoLast(
  (
    dataset: Dataset,
    year: number | null,
    by: AtlasState['groupBy'],
    sel: RowSelection | null,
    rules: Rules,
    codes: Uint16Array | null,
    overdue: Uint8Array | null,
  ): Summary =>
    summarize(dataset, {
      by,
      year,
      rows: sel?.rows,
      communityRows: sel?.communities,
      eligibility: rules,
      codes: codes ?? undefined,
      overdue,
    }),
);

/**
 * Totals for the chosen year and the rules in force, of the buildings the filter keeps
 * (street-selectors.ts), on the chosen day, with what is overdue (schedule-selectors.ts).
 */
export const selectSummary = (s: AtlasState): Summary | null => {
  const d = selectViewDataset(s);
  return d
    ? summaryOf(d, s.year, s.groupBy, selectRowSelection(s), s.rules, selectEligibilityCodes(s), selectOverdueMask(s))
    : null;
};

/** District totals for the KPI cards. */
export const selectTotal = (s: AtlasState): SummaryRow | null => selectSummary(s)?.total ?? null;

const withEditYears = memoLast((years: number[], edits: readonly Programme[]): number[] =>
  edits.every((p) => years.includes(p.year))
    ? years
    : [...new Set([...years, ...edits.map((p) => p.year)])].sort((a, b) => b - a),
);

const offeredOf = memoLast((years: number[], thisYear: number): number[] => offeredPlanYears(years, thisYear));

/**
 * Plan years to pick from: the data's, the years of programmes loaded or edited in the page, and
 * next calendar year and the one after (to draw up next year's programme).
 */
export const selectPlanYears = (s: AtlasState): number[] =>
  s.dataset ? offeredOf(withEditYears(planYearsOf(s.dataset), s.programmeEdits), new Date().getFullYear()) : NO_YEARS;
const NO_YEARS: number[] = [];

/** The loaded programme file for the chosen year, if any. */
export const selectProgramme = (s: AtlasState): Programme | null =>
  s.year === null ? null : (selectProgrammes(s).find((p) => p.year === s.year) ?? null);

/** Which summary field each programme target stands beside. */
const TARGET_FIELDS = {
  communities: 'programmeCommunities',
  buildings: 'programmeBuildings',
  households: 'programmeHouseholds',
  floorAreaM2: 'programmeFloorAreaM2',
} as const satisfies Record<string, keyof SummaryRow>;

export type Targets = Partial<Record<keyof SummaryRow, number>>;

/** The summary fields a programme can set a target for (the KPI cards' 计划 figures). */
export const TARGETED_FIELDS: readonly (keyof SummaryRow)[] = Object.values(TARGET_FIELDS);

/** Target figures keyed by the summary field they compare with. */
function byField(figures: TargetFigures | null): Targets {
  const out: Targets = {};
  if (!figures) return out;
  for (const [k, field] of Object.entries(TARGET_FIELDS) as [keyof typeof TARGET_FIELDS, keyof SummaryRow][]) {
    const v = figures[k];
    if (v !== undefined) out[field] = v;
  }
  return out;
}

const targetsOf = memoLast((p: Programme | null): Targets => byField(p ? p.targets : null));

/** The chosen year's programme targets (the district's), keyed by the summary field they compare with. */
export const selectTargets = (s: AtlasState): Targets => targetsOf(selectProgramme(s));

const scopeTargetsOf = memoLast((p: Programme | null, street: string | null): Targets =>
  street === null ? targetsOf(p) : byField(p ? streetTargets(p.targets, street) : null),
);

/**
 * The targets of what the page shows: the district's, or the street office's own from the
 * programme (targets.byStreet) — empty where the programme sets the office none, never the
 * district's handed down.
 */
export const selectScopeTargets = (s: AtlasState): Targets => scopeTargetsOf(selectProgramme(s), selectStreet(s));

export interface DatasetInfo {
  buildings: number;
  communities: number;
  streets: number;
  files: number;
  rejected: number;
  warnings: number;
}

const infoOf = memoLast((dataset: Dataset, total: SummaryRow): DatasetInfo => ({
  buildings: total.buildings,
  communities: total.communities,
  streets: dataset.streets.length,
  files: dataset.fileNames.length,
  rejected: dataset.report.rejected.length,
  warnings: dataset.report.warnings.length + dataset.report.files.reduce((s, f) => s + f.warningsNotListed, 0),
}));

const wholeOf = memoLast((dataset: Dataset): SummaryRow => summarize(dataset).total);

/** What is loaded, for the status line: the whole dataset, whatever the filter shows (the shown count says that). */
export const selectDatasetInfo = (s: AtlasState): DatasetInfo | null =>
  s.dataset ? infoOf(s.dataset, wholeOf(s.dataset)) : null;

/** 0–1 share of the bytes read, or null before the size is known. */
export const selectLoadFraction = (s: AtlasState): number | null =>
  s.loading && s.loading.totalBytes > 0 ? Math.min(1, s.loading.doneBytes / s.loading.totalBytes) : null;
