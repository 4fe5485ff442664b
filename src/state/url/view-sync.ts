/**
 * The address and the store kept in step (once per page): what the address asked is applied
 * (what needs no data at once, the plan year, 社区 and community when the data arrives, with a
 * notice for each value left out), and from then on the address follows the view
 * (history.replaceState). Changes made together are written once, at the end of the task
 * that made them, so the address is right as soon as the page shows the change; a burst of
 * changes (more than BURST a second) is written at most once per WRITE_EVERY_MS, the last one
 * always. A later dataset drops a 社区 or community it does not have, with a notice.
 */
import type { BuildingFilter } from '../../domain/building-filter.ts';
import { hasCommunity, shequOptions } from '../../domain/filter-options.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { defaultYear } from '../../domain/plan-years.ts';
import { selectPlanYears } from '../selectors/figure-selectors.ts';
import type { AtlasState } from '../state-types.ts';
import { useAtlas } from '../store.ts';
import type { ParamProblem, ViewParams } from './parse-view-params.ts';
import { viewHref, type ViewState } from './write-view-params.ts';
import { message } from '../../domain/messages/render.ts';

/** Writes a second before the address is written less often (browsers limit replaceState calls). */
export const BURST = 8;
/** In a burst, writes are at least this far apart. */
export const WRITE_EVERY_MS = 250;

/**
 * A 社区 or community the data does not have: left out of the filter, each with a problem to show.
 * @example checkAgainstData({ ...filter, community: '无此小区' }, dataset).patch // { community: null }
 */
export function checkAgainstData(
  f: BuildingFilter,
  dataset: Dataset,
): { patch: Partial<BuildingFilter>; problems: ParamProblem[] } {
  const patch: Partial<BuildingFilter> = {};
  const problems: ParamProblem[] = [];
  if (f.shequ !== null && !shequOptions(dataset, null).includes(f.shequ)) {
    patch.shequ = null;
    problems.push({ param: 'shequ', value: f.shequ, message: message('param.no-shequ', { shequ: f.shequ }) });
  }
  if (f.community !== null && !hasCommunity(dataset.communities, f.community)) {
    patch.community = null;
    problems.push({
      param: 'community',
      value: f.community,
      message: message('param.no-community', { community: f.community }),
    });
  }
  return { patch, problems };
}

function notify(problems: readonly ParamProblem[]): void {
  const s = useAtlas.getState();
  for (const p of problems) s.addNotice({ id: `param:${p.param}`, tone: 'warn', message: p.message });
}

/** The view as the address writes it. */
function viewOf(s: AtlasState): ViewState {
  return {
    filter: s.filter,
    year: s.year,
    defaultYear: s.dataset ? defaultYear(s.dataset) : null,
    colour: s.colourBy,
    groupBy: s.groupBy,
    columnSet: s.columnSet,
    rules: s.rules,
    meeting: s.meeting,
    lang: s.lang,
    asOfDay: s.asOfDay,
  };
}

/** Did anything the address holds change? */
function viewChanged(s: AtlasState, prev: AtlasState): boolean {
  return (
    s.filter !== prev.filter ||
    s.year !== prev.year ||
    s.colourBy !== prev.colourBy ||
    s.groupBy !== prev.groupBy ||
    s.columnSet !== prev.columnSet ||
    s.rules !== prev.rules ||
    s.meeting !== prev.meeting ||
    s.lang !== prev.lang ||
    s.asOfDay !== prev.asOfDay ||
    s.dataset !== prev.dataset
  );
}

let started = false;
let queued = false;
/** When the last writes happened (performance.now()), newest last, at most BURST kept. */
const writes: number[] = [];

function write(): void {
  queued = false;
  const next = viewHref(window.location.href, viewOf(useAtlas.getState()));
  if (next === window.location.href) return;
  window.history.replaceState(window.history.state, '', next);
  writes.push(performance.now());
  if (writes.length > BURST) writes.shift();
}

function scheduleWrite(): void {
  if (queued) return;
  queued = true;
  const now = performance.now();
  const burst = writes.length === BURST && now - writes[0] < 1000;
  if (burst) setTimeout(write, Math.max(0, writes[writes.length - 1] + WRITE_EVERY_MS - now));
  else queueMicrotask(write);
}

/** When a dataset arrives: the plan year asked for (the first time) and the 社区 / community checked. */
function onDataset(dataset: Dataset, asked: ViewParams | null): void {
  const s = useAtlas.getState();
  const problems: ParamProblem[] = asked ? [...asked.problems] : [];
  if (asked && asked.year !== undefined) {
    if (asked.year === null || selectPlanYears(useAtlas.getState()).includes(asked.year)) s.setYear(asked.year);
    else
      problems.push({
        param: 'year',
        value: String(asked.year),
        message: message('param.no-year', { year: asked.year }),
      });
  }
  const { patch, problems: stale } = checkAgainstData(s.filter, dataset);
  if (Object.keys(patch).length > 0) s.setFilter(patch);
  notify([...problems, ...stale]);
}

/**
 * Apply what the address asks and keep it in step with the view from now on (once per page).
 * Call before the first load: the filter, rules and colouring are in force for its first render.
 */
export function startViewSync(asked: ViewParams): void {
  if (started) return;
  started = true;
  const s = useAtlas.getState();
  s.setFilter(asked.filter);
  if (Object.keys(asked.rules).length > 0) s.setRules(asked.rules);
  if (asked.colour) s.setColourBy(asked.colour);
  if (asked.groupBy) s.setGroupBy(asked.groupBy);
  if (asked.columnSet) s.setColumnSet(asked.columnSet);
  if (asked.meeting) s.setMeeting(true);
  if (asked.asOfDay !== undefined) s.setAsOfDay(asked.asOfDay);
  if (asked.lang) s.setLang(asked.lang);
  let pending: ViewParams | null = asked;
  useAtlas.subscribe((next, prev) => {
    if (next.dataset && next.dataset !== prev.dataset) {
      const first = pending;
      pending = null;
      onDataset(next.dataset, first);
    }
    // Nothing is written before the first dataset: until then the address is still being read.
    if (pending === null && viewChanged(useAtlas.getState(), prev)) scheduleWrite();
  });
}
