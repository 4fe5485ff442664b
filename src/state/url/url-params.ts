/**
 * The page's address holds the view, so that a copied link opens the same page: `?data=` loads
 * those files instead of the sample; the filter (`street`, `shequ`, `community`, `built`, `grade`,
 * `complete`, `type`, `stage`, `elig`, `backlog`), the plan year (`year`), the colouring
 * (`colour`), the table grouping (`by`) and the eligibility rules that differ from the defaults
 * (`cutoff`, `yearRule`, `gradeC`, `nonComplete`, `gradeD`, `reserveTo`, `reserveShare`), the
 * language (`lang=en`; absent = Chinese), the day the figures stand on (`asof=YYYY-MM-DD`); the map
 * position is MapLibre's `#map=zoom/lat/lng`. Every parameter is documented in docs/data-format.md.
 *
 * Parsing is pure (parseViewParams, viewHref); a bad or stale value is left out and reported as a
 * ParamProblem, shown as a notice once the data is there — never a blank page. The address then
 * follows the store (history.replaceState, at most one write per WRITE_EVERY_MS).
 */
import { GROUP_BYS, type GroupBy } from '../../domain/aggregate.ts';
import {
  COMPLETE_KEYS,
  ELIGIBILITY_KEYS,
  EMPTY_FILTER,
  GRADE_KEYS,
  STAGE_KEYS,
  TYPE_KEYS,
  type BuildingFilter,
} from '../../domain/building-filter.ts';
import { COLOUR_MODES, type ColourMode } from '../../domain/colour-classes.ts';
import { DEFAULT_ELIGIBILITY, GRADE_D_MODES, type GradeDMode } from '../../domain/eligibility.ts';
import { isoDate, parseDate } from '../../domain/parse-values.ts';
import { DEFAULT_LANG, isLang, type Lang } from '../../i18n/index.ts';
import type { Rules } from '../state-types.ts';
import { DEFAULT_SAMPLE, isSampleKey, type SampleKey } from '../load/sample-files.ts';

export interface AtlasParams {
  /** Absolute URLs of the files to load; empty = the sample. */
  data: string[];
  /** Street office asked for; null = the whole district. */
  street: string | null;
  /** Which bundled sample opens when no `data` is given (`sample=lishu`); unknown values: the default. */
  sample: SampleKey;
}

/**
 * Read the loading parameters from an address. `data` entries are split on commas, trimmed, and
 * resolved against the page's address.
 * @example parseAtlasParams('https://x.cn/atlas/?data=a.csv,b.geojson&street=临城街道').data[0] // 'https://x.cn/atlas/a.csv'
 */
export function parseAtlasParams(href: string): AtlasParams {
  const url = new URL(href);
  const data = url.searchParams
    .getAll('data')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => new URL(v, url).href);
  const street = url.searchParams.get('street')?.trim() || null;
  const asked = url.searchParams.get('sample')?.trim();
  return { data, street, sample: isSampleKey(asked) ? asked : DEFAULT_SAMPLE };
}

/**
 * The address with `street` set to a street office, or removed for the whole district; the
 * other parameters and the hash are kept.
 * @example withStreetParam('https://x.cn/?data=a.csv', '临城街道') // 'https://x.cn/?data=a.csv&street=%E4%B8%B4...'
 */
export function withStreetParam(href: string, street: string | null): string {
  const url = new URL(href);
  if (street) url.searchParams.set('street', street);
  else url.searchParams.delete('street');
  return url.href;
}

/** A parameter left out: which, as written, and why (Chinese and English). */
export interface ParamProblem {
  param: string;
  value: string;
  zh: string;
  en: string;
}

/** What an address asks of the view; a field is absent when the address does not say (or said it badly). */
export interface ViewParams {
  filter: Partial<BuildingFilter>;
  /** Plan year; null = every year (`year=all`). */
  year?: number | null;
  /** `meeting=1`: open in meeting mode (large type for a projector). */
  meeting?: boolean;
  colour?: ColourMode;
  groupBy?: GroupBy;
  /** Interface language (`lang=en`). */
  lang?: Lang;
  rules: Partial<Rules>;
  /** `asof=YYYY-MM-DD`: the day the figures stand on (days since 1970-01-01 UTC). */
  asOfDay?: number;
  problems: ParamProblem[];
}

/** The view as the address writes it. */
export interface ViewState {
  filter: BuildingFilter;
  year: number | null;
  /** The year a fresh page opens on for this data: `year=` is written only when the view differs. */
  defaultYear: number | null;
  colour: ColourMode;
  groupBy: GroupBy;
  rules: Rules;
  /** Meeting mode; absent or off writes no `meeting=`. */
  meeting?: boolean;
  /** The day the figures stand on; null or absent = as recorded (no `asof=`). */
  asOfDay?: number | null;
  /** Interface language; absent or Chinese (the default) writes no `lang=`. */
  lang?: Lang;
}

/** Parameters this module reads and writes, in the order it writes them (`data` is left alone). */
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
const YEAR_RE = /^\d{4}$/;
const bad = (param: string, value: string, zhWhy: string, enWhy: string): ParamProblem => ({
  param,
  value,
  zh: `链接参数 ${param}=${value} ${zhWhy}，已忽略。`,
  en: `Link parameter ${param}=${value} ${enWhy}: ignored.`,
});

/** A comma list of known words (case as written or lower case); unknown words are problems. */
function readList<T extends string>(param: string, raw: string, allowed: readonly T[], problems: ParamProblem[]): T[] {
  const out: T[] = [];
  const unknown: string[] = [];
  for (const word of raw
    .split(/[,，]/)
    .map((w) => w.trim())
    .filter((w) => w !== '')) {
    const hit = allowed.find((a) => a === word || a.toLowerCase() === word.toLowerCase());
    if (hit === undefined) unknown.push(word);
    else if (!out.includes(hit)) out.push(hit);
  }
  if (unknown.length > 0)
    problems.push(
      bad(
        param,
        unknown.join(','),
        `中的“${unknown.join('、')}”无法识别（可用：${allowed.join(', ')}）`,
        `has unknown values (use ${allowed.join(', ')})`,
      ),
    );
  return out;
}

function readBool(param: string, raw: string, problems: ParamProblem[]): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  problems.push(bad(param, raw, '应为 1 或 0', 'should be 1 or 0'));
  return undefined;
}

function readYear(param: string, raw: string, problems: ParamProblem[]): number | undefined {
  const v = raw.trim();
  if (YEAR_RE.test(v)) return Number(v);
  problems.push(bad(param, raw, '不是四位年份', 'is not a four-digit year'));
  return undefined;
}

/** `built=1980-1999`, `built=1990-`, `built=-2000`, `built=1995`. */
function readBuilt(raw: string, problems: ParamProblem[]): Pick<BuildingFilter, 'builtFrom' | 'builtTo'> | undefined {
  const v = raw.trim();
  const m = /^(\d{4})?\s*[-–~]\s*(\d{4})?$/.exec(v) ?? (YEAR_RE.test(v) ? [v, v, v] : null);
  const from = m?.[1] ? Number(m[1]) : null;
  const to = m?.[2] ? Number(m[2]) : null;
  if (!m || (from === null && to === null) || (from !== null && to !== null && from > to)) {
    problems.push(bad('built', raw, '不是年份范围（如 1980-1999）', 'is not a year range (e.g. 1980-1999)'));
    return undefined;
  }
  return { builtFrom: from, builtTo: to };
}

/**
 * What an address asks of the view. Values that cannot be read are left out and listed in
 * `problems`; values that need the data to be judged (a 社区, a community, a plan year) are
 * checked by checkAgainstData once it is loaded.
 * @example parseViewParams('https://x.cn/?grade=C,D&year=2022&cutoff=2005').filter.grades // ['C', 'D']
 */
export function parseViewParams(href: string): ViewParams {
  const q = new URL(href).searchParams;
  const problems: ParamProblem[] = [];
  const filter: Partial<BuildingFilter> = {};
  const rules: Partial<Rules> = {};
  const out: ViewParams = { filter, rules, problems };
  const get = (p: string): string | null => {
    const v = q.get(p);
    return v === null || v.trim() === '' ? null : v;
  };
  let v: string | null;
  if ((v = get('street'))) filter.street = v.trim();
  if ((v = get('shequ'))) filter.shequ = v.trim();
  if ((v = get('community'))) filter.community = v.trim();
  if ((v = get('built'))) Object.assign(filter, readBuilt(v, problems));
  if ((v = get('grade'))) filter.grades = readList('grade', v, GRADE_KEYS, problems);
  if ((v = get('complete'))) filter.complete = readList('complete', v, COMPLETE_KEYS, problems);
  if ((v = get('type'))) filter.types = readList('type', v, TYPE_KEYS, problems);
  if ((v = get('stage'))) filter.stages = readList('stage', v, STAGE_KEYS, problems);
  if ((v = get('elig'))) filter.eligibility = readList('elig', v, ELIGIBILITY_KEYS, problems);
  if ((v = get('backlog'))) {
    const b = readBool('backlog', v, problems);
    if (b !== undefined) filter.backlog = b;
  }
  if ((v = get('year'))) {
    if (v.trim().toLowerCase() === 'all') out.year = null;
    else {
      const y = readYear('year', v, problems);
      if (y !== undefined) out.year = y;
    }
  }
  if ((v = get('colour'))) {
    const [mode] = readList('colour', v, COLOUR_MODES, problems);
    if (mode) out.colour = mode;
  }
  if ((v = get('by'))) {
    const [by] = readList('by', v === 'year' ? 'planYear' : v, GROUP_BYS, problems);
    if (by) out.groupBy = by;
  }
  if ((v = get('cutoff'))) {
    const y = readYear('cutoff', v, problems);
    if (y !== undefined) rules.cutoffYear = y;
  }
  for (const [param, key] of [
    ['yearRule', 'byYear'],
    ['gradeC', 'byGradeC'],
    ['nonComplete', 'byNonComplete'],
  ] as const) {
    if ((v = get(param))) {
      const b = readBool(param, v, problems);
      if (b !== undefined) rules[key] = b;
    }
  }
  if ((v = get('gradeD'))) {
    const [mode] = readList<GradeDMode>('gradeD', v, GRADE_D_MODES, problems);
    if (mode) rules.gradeD = mode;
  }
  if ((v = get('reserveTo'))) {
    if (v.trim().toLowerCase() === 'off') rules.reserveTo = null;
    else {
      const y = readYear('reserveTo', v, problems);
      if (y !== undefined) rules.reserveTo = y;
    }
  }
  if ((v = get('reserveShare'))) {
    const share = /^\s*(0(\.\d+)?|1(\.0+)?|\.\d+)\s*$/.test(v) ? Number(v) : NaN;
    if (Number.isNaN(share))
      problems.push(
        bad('reserveShare', v, '应为 0 到 1 之间的比例（如 0.2）', 'should be a share from 0 to 1 (e.g. 0.2)'),
      );
    else rules.reserveShare = share;
  }
  if ((v = get('meeting'))) {
    const b = readBool('meeting', v, problems);
    if (b !== undefined) out.meeting = b;
  }
  if ((v = get('asof'))) {
    const day = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(v) ? parseDate(v.trim()) : null;
    if (day === null)
      problems.push(
        bad('asof', v, '不是日期（应为 YYYY-MM-DD，如 2023-05-10）', 'is not a date (use YYYY-MM-DD, e.g. 2023-05-10)'),
      );
    else out.asOfDay = day;
  }
  if ((v = get('lang'))) {
    const lang = v.trim().toLowerCase();
    if (isLang(lang)) out.lang = lang;
    else problems.push(bad('lang', v, '应为 zh 或 en', 'should be zh or en'));
  }
  return out;
}

/**
 * The address of a view: this module's parameters set from `view` (a field at its default is
 * left out), every other parameter (`data`) and the hash (`#map=`) kept.
 * @example viewHref('https://x.cn/?data=a.csv#map=12/34.8/117.3', view) // 'https://x.cn/?data=a.csv&grade=D&year=2022#map=12/34.8/117.3'
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

/** An empty filter patched with what an address asked (the fields it did not mention stay empty). */
export function filterOf(view: ViewParams): BuildingFilter {
  return { ...EMPTY_FILTER, ...view.filter };
}
