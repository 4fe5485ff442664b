/**
 * Writing the view into the page's address: each parameter at its default is left out, so a
 * link is as short as the view allows; parse-view-params.ts reads them back.
 */
import type { GroupBy } from '../../domain/aggregate.ts';
import { DEFAULT_COLUMN_SET, type ColumnSet } from '../../domain/column-sets.ts';
import type { BuildingFilter } from '../../domain/building-filter.ts';
import type { ColourMode } from '../../domain/colour-classes.ts';
import { DEFAULT_ELIGIBILITY } from '../../domain/eligibility.ts';
import { isoDate } from '../../domain/parse-values.ts';
import { DEFAULT_LANG, type Lang } from '../../i18n/index.ts';
import type { Rules } from '../state-types.ts';

/** The view as the address writes it. */
export interface ViewState {
  filter: BuildingFilter;
  year: number | null;
  /** The year a fresh page opens on for this data: `year=` is written only when the view differs. */
  defaultYear: number | null;
  colour: ColourMode;
  groupBy: GroupBy;
  /** The table's column set; absent or the default writes no `cols=`. */
  columnSet?: ColumnSet;
  rules: Rules;
  /** Meeting mode; absent or off writes no `meeting=`. */
  meeting?: boolean;
  /** The day the figures stand on; null or absent = as recorded (no `asof=`). */
  asOfDay?: number | null;
  /** Interface language; absent or Chinese (the default) writes no `lang=`. */
  lang?: Lang;
}

/** The view's parameters (parse-view-params.ts reads them), in the order viewHref writes them. */
export const VIEW_PARAMS = [
  'street',
  'shequ',
  'community',
  'built',
  'grade',
  'complete',
  'type',
  'stage',
  'elig',
  'backlog',
  'year',
  'colour',
  'by',
  'cols',
  'cutoff',
  'yearRule',
  'gradeC',
  'nonComplete',
  'gradeD',
  'reserveTo',
  'reserveShare',
  'lang',
  'asof',
  'meeting',
] as const;

const DEFAULT_COLOUR: ColourMode = 'stage';
const DEFAULT_GROUP: GroupBy = 'street';

/**
 * The address of a view: this module's parameters set from `view` (a field at its default is
 * left out), every other parameter (`data`) and the hash (`#map=`) kept.
 * @example viewHref('https://x.cn/?data=a.csv#map=12/34.8/117.3', view)
 *   // 'https://x.cn/?data=a.csv&grade=D&year=2022#map=12/34.8/117.3'
 */
export function viewHref(href: string, view: ViewState): string {
  const url = new URL(href);
  const q = url.searchParams;
  for (const p of VIEW_PARAMS) q.delete(p);
  const f = view.filter;
  const put = (p: string, value: string | null): void => {
    if (value !== null && value !== '') q.append(p, value);
  };
  const list = (xs: readonly string[]): string | null => (xs.length > 0 ? xs.join(',') : null);
  put('street', f.street);
  put('shequ', f.shequ);
  put('community', f.community);
  put('built', f.builtFrom === null && f.builtTo === null ? null : `${f.builtFrom ?? ''}-${f.builtTo ?? ''}`);
  put('grade', list(f.grades));
  put('complete', list(f.complete));
  put('type', list(f.types));
  put('stage', list(f.stages));
  put('elig', list(f.eligibility));
  put('backlog', f.backlog ? '1' : null);
  put('year', view.year === view.defaultYear ? null : view.year === null ? 'all' : String(view.year));
  put('colour', view.colour === DEFAULT_COLOUR ? null : view.colour);
  put('by', view.groupBy === DEFAULT_GROUP ? null : view.groupBy);
  put('cols', view.columnSet === undefined || view.columnSet === DEFAULT_COLUMN_SET ? null : view.columnSet);
  const r = view.rules;
  const d = DEFAULT_ELIGIBILITY;
  put('cutoff', r.cutoffYear === d.cutoffYear ? null : String(r.cutoffYear));
  put('yearRule', r.byYear === d.byYear ? null : r.byYear ? '1' : '0');
  put('gradeC', r.byGradeC === d.byGradeC ? null : r.byGradeC ? '1' : '0');
  put('nonComplete', r.byNonComplete === d.byNonComplete ? null : r.byNonComplete ? '1' : '0');
  put('gradeD', r.gradeD === d.gradeD ? null : r.gradeD);
  put('reserveTo', r.reserveTo === d.reserveTo ? null : r.reserveTo === null ? 'off' : String(r.reserveTo));
  put('reserveShare', r.reserveShare === d.reserveShare ? null : String(r.reserveShare));
  put('asof', view.asOfDay === undefined || view.asOfDay === null ? null : isoDate(view.asOfDay));
  put('lang', view.lang === undefined || view.lang === DEFAULT_LANG ? null : view.lang);
  put('meeting', view.meeting ? '1' : null);
  return url.href;
}
