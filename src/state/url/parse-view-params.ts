/**
 * The page's address holds the view, so that a copied link opens the same page: `?data=` loads
 * those files instead of the sample; the filter (`street`, `shequ`, `community`, `built`, `grade`,
 * `complete`, `type`, `stage`, `elig`, `backlog`), the plan year (`year`), the colouring
 * (`colour`), the table grouping (`by`) and the eligibility rules that differ from the defaults
 * (`cutoff`, `yearRule`, `gradeC`, `nonComplete`, `gradeD`, `reserveTo`, `reserveShare`), the
 * language (`lang=en`; absent = Chinese), the day the figures stand on (`asof=YYYY-MM-DD`); the map
 * position is MapLibre's `#map=zoom/lat/lng`. Every parameter is documented in docs/data-format.md.
 *
 * Reading the view is here (parseViewParams), writing it in write-view-params.ts (viewHref), the
 * loading parameters in atlas-params.ts; all pure. A bad or stale value is left out and reported as a
 * ParamProblem, shown as a notice once the data is there — never a blank page. The address then
 * follows the store (view-sync.ts: history.replaceState, at most one write per WRITE_EVERY_MS).
 */
import { GROUP_BYS, type GroupBy } from '../../domain/aggregate.ts';
import { COLUMN_SETS, type ColumnSet } from '../../domain/column-sets.ts';
import {
  COMPLETE_KEYS,
  ELIGIBILITY_KEYS,
  GRADE_KEYS,
  STAGE_KEYS,
  TYPE_KEYS,
  type BuildingFilter,
} from '../../domain/building-filter.ts';
import { COLOUR_MODES, type ColourMode } from '../../domain/colour-classes.ts';
import { GRADE_D_MODES, type GradeDMode } from '../../domain/eligibility.ts';
import { parseDate } from '../../domain/parse-values.ts';
import { isLang, type Lang } from '../../i18n/index.ts';
import type { Rules } from '../state-types.ts';
import { message, type Message } from '../../domain/messages/render.ts';

/** A parameter left out: which, as written, and why (a message, shown in the language in force). */
export interface ParamProblem {
  param: string;
  value: string;
  message: Message;
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
  /** The summary table's column set (`cols=stock`). */
  columnSet?: ColumnSet;
  /** Interface language (`lang=en`). */
  lang?: Lang;
  rules: Partial<Rules>;
  /** `asof=YYYY-MM-DD`: the day the figures stand on (days since 1970-01-01 UTC). */
  asOfDay?: number;
  problems: ParamProblem[];
}

const YEAR_RE = /^\d{4}$/;
/** Why a value that cannot be read is left out (domain/messages/params.ts). */
type Unreadable =
  | 'param.not-bool'
  | 'param.not-year'
  | 'param.not-year-range'
  | 'param.not-share'
  | 'param.not-date'
  | 'param.not-lang';
const bad = (param: string, value: string, why: Unreadable): ParamProblem => ({
  param,
  value,
  message: message(why, { param, value }),
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
    problems.push({
      param,
      value: unknown.join(','),
      message: message('param.unknown-values', { param, words: unknown, allowed }),
    });
  return out;
}

function readBool(param: string, raw: string, problems: ParamProblem[]): boolean | undefined {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  problems.push(bad(param, raw, 'param.not-bool'));
  return undefined;
}

function readYear(param: string, raw: string, problems: ParamProblem[]): number | undefined {
  const v = raw.trim();
  if (YEAR_RE.test(v)) return Number(v);
  problems.push(bad(param, raw, 'param.not-year'));
  return undefined;
}

/** `built=1980-1999`, `built=1990-`, `built=-2000`, `built=1995`. */
function readBuilt(raw: string, problems: ParamProblem[]): Pick<BuildingFilter, 'builtFrom' | 'builtTo'> | undefined {
  const v = raw.trim();
  const m = /^(\d{4})?\s*[-–~]\s*(\d{4})?$/.exec(v) ?? (YEAR_RE.test(v) ? [v, v, v] : null);
  const from = m?.[1] ? Number(m[1]) : null;
  const to = m?.[2] ? Number(m[2]) : null;
  if (!m || (from === null && to === null) || (from !== null && to !== null && from > to)) {
    problems.push(bad('built', raw, 'param.not-year-range'));
    return undefined;
  }
  return { builtFrom: from, builtTo: to };
}

/** A parameter's value as written, or null when it is absent or blank. */
type ReadParam = (param: string) => string | null;

/** The filter's parameters (`street` … `backlog`). */
function readFilterParams(get: ReadParam, problems: ParamProblem[]): Partial<BuildingFilter> {
  const filter: Partial<BuildingFilter> = {};
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
  return filter;
}

/** The eligibility rules' parameters (`cutoff` … `reserveShare`). */
function readRulesParams(get: ReadParam, problems: ParamProblem[]): Partial<Rules> {
  const rules: Partial<Rules> = {};
  let v: string | null;
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
    if (Number.isNaN(share)) problems.push(bad('reserveShare', v, 'param.not-share'));
    else rules.reserveShare = share;
  }
  return rules;
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
  const get: ReadParam = (p) => {
    const v = q.get(p);
    return v === null || v.trim() === '' ? null : v;
  };
  const filter = readFilterParams(get, problems);
  const out: ViewParams = { filter, rules: {}, problems };
  let v: string | null;
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
  if ((v = get('cols'))) {
    const [set] = readList('cols', v, COLUMN_SETS, problems);
    if (set) out.columnSet = set;
  }
  out.rules = readRulesParams(get, problems);
  if ((v = get('meeting'))) {
    const b = readBool('meeting', v, problems);
    if (b !== undefined) out.meeting = b;
  }
  if ((v = get('asof'))) {
    const day = /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(v) ? parseDate(v.trim()) : null;
    if (day === null) problems.push(bad('asof', v, 'param.not-date'));
    else out.asOfDay = day;
  }
  if ((v = get('lang'))) {
    const lang = v.trim().toLowerCase();
    if (isLang(lang)) out.lang = lang;
    else problems.push(bad('lang', v, 'param.not-lang'));
  }
  return out;
}
