/**
 * The programme as it stood on a given day, and what is overdue.
 *
 * Stage on a day (stagesAsOf): a building's stage dates are the evidence. A start (开工) date
 * after the day caps the stage at 招标 (tender: works not begun); a completion (完工) date after
 * it caps it at 施工 (construction: works under way); a completion or acceptance date on or
 * before it means completed, and a start date on or before it means at least started. Stages
 * before the works carry no dates in the files, so a building that had not started by the day
 * keeps its recorded stage up to 招标, and a building with no dates keeps its recorded stage on
 * every day.
 *
 * Overdue (scheduleOf): a programme building whose stage on the day is below a step's stage
 * after that step's deadline (the day is later than `endDay`). A building with a plan year but
 * no stage counts as planned. Completed buildings are never overdue.
 */
import type { BuildingTable } from './building-table.ts';
import { inProgramme } from './in-programme.ts';
import type { Programme, ProgrammeStep } from './programme.ts';
import { STAGE_CODE, STAGE_COMPLETED, STAGE_NONE, STAGE_STARTED_MIN } from './vocabulary.ts';

const TENDER = STAGE_CODE.tender;
const CONSTRUCTION = STAGE_CODE.construction;

/** Schedule status codes, one per building (Uint8Array), also the map's colour classes. */
export const SCHEDULE_OUTSIDE = 0;
export const SCHEDULE_ON_TIME = 1;
export const SCHEDULE_OVERDUE = 2;
export const SCHEDULE_COMPLETED = 3;

/**
 * One building's stage code on `day` (days since 1970-01-01 UTC), from its recorded stage and dates.
 * @example stageOnDay(STAGE_CODE.completed, 19400, 19500, NaN, 19450) // STAGE_CODE.construction
 */
export function stageOnDay(
  recorded: number,
  startDay: number,
  completionDay: number,
  acceptanceDay: number,
  day: number,
): number {
  if (completionDay <= day || acceptanceDay <= day) return STAGE_COMPLETED;
  let s = recorded;
  if (startDay > day) {
    if (s > TENDER) s = TENDER;
    return s;
  }
  if (completionDay > day || acceptanceDay > day) {
    if (s > CONSTRUCTION) s = CONSTRUCTION;
  }
  if (startDay <= day && s < STAGE_STARTED_MIN) s = CONSTRUCTION;
  return s;
}

/**
 * The stage column as it stood on `day`.
 * @example stagesAsOf(table, parseDate('2023-05-01')!)[0]
 */
export function stagesAsOf(t: BuildingTable, day: number): Uint8Array {
  const out = new Uint8Array(t.length);
  const { stage, startDay, completionDay, acceptanceDay } = t;
  for (let i = 0; i < t.length; i++)
    out[i] = stageOnDay(stage[i], startDay[i], completionDay[i], acceptanceDay[i], day);
  return out;
}

/**
 * The table as it stood on `day`: the same columns, the stage column replaced. Everything that
 * reads stages (totals, colours, filters, eligibility's backlog) then shows that day.
 */
export function tableAsOf(t: BuildingTable, day: number | null): BuildingTable {
  return day === null ? t : { ...t, stage: stagesAsOf(t, day) };
}

export interface Schedule {
  /** SCHEDULE_* per building. */
  status: Uint8Array;
  /** 1 + index into the programme's steps of the first step overdue (earliest deadline); 0 none. */
  overdueStep: Uint8Array;
  /** The programme each plan year was checked against (years without one have no schedule). */
  programmes: ReadonlyMap<number, Programme>;
  /** Number of buildings overdue. */
  overdueCount: number;
}

/** Steps by deadline, earliest first, with their index in the programme. */
function stepsByDeadline(p: Programme): { step: ProgrammeStep; index: number; stage: number }[] {
  return p.steps
    .map((step, index) => ({ step, index, stage: STAGE_CODE[step.stage] }))
    .sort((a, b) => a.step.endDay - b.step.endDay || a.index - b.index);
}

/**
 * Each building's schedule status on `day` against its plan year's programme. `stages` is the
 * stage column on that day (stagesAsOf), `year` limits it to one plan year (null: every year
 * that has a programme).
 * @example scheduleOf(table, stagesAsOf(table, day), programmes, day, 2023).overdueCount
 */
export function scheduleOf(
  t: BuildingTable,
  stages: Uint8Array,
  programmes: readonly Programme[],
  day: number,
  year: number | null,
): Schedule {
  const byYear = new Map<number, Programme>();
  for (const p of programmes) if ((year === null || p.year === year) && !byYear.has(p.year)) byYear.set(p.year, p);
  const steps = new Map([...byYear].map(([y, p]) => [y, stepsByDeadline(p)]));
  const status = new Uint8Array(t.length);
  const overdueStep = new Uint8Array(t.length);
  let overdueCount = 0;
  for (let i = 0; i < t.length; i++) {
    const py = t.planYear[i];
    const list = steps.get(py);
    if (!list) continue;
    const recorded = stages[i];
    if (!inProgramme(recorded, py, null)) continue;
    const s = recorded === 0 ? STAGE_NONE + 1 : recorded;
    if (s === STAGE_COMPLETED) {
      status[i] = SCHEDULE_COMPLETED;
      continue;
    }
    status[i] = SCHEDULE_ON_TIME;
    for (const x of list) {
      if (x.step.endDay >= day) break;
      if (s < x.stage) {
        status[i] = SCHEDULE_OVERDUE;
        overdueStep[i] = Math.min(255, x.index + 1);
        overdueCount++;
        break;
      }
    }
  }
  return { status, overdueStep, programmes: byYear, overdueCount };
}

/** 0/1 per building: overdue in `schedule`, for summarize()'s `overdue` option. */
export function overdueMask(schedule: Schedule): Uint8Array {
  const out = new Uint8Array(schedule.status.length);
  for (let i = 0; i < out.length; i++) out[i] = schedule.status[i] === SCHEDULE_OVERDUE ? 1 : 0;
  return out;
}

/** The step a building is overdue on, or null. */
export function overdueStepOf(schedule: Schedule, planYear: number, i: number): ProgrammeStep | null {
  const k = schedule.overdueStep[i];
  const p = schedule.programmes.get(planYear);
  return k > 0 && p ? (p.steps[k - 1] ?? null) : null;
}

/** First and last day worth showing on a date control: the programmes' steps and every stage date. */
export function scheduleSpan(
  t: BuildingTable,
  programmes: readonly Programme[],
): { first: number; last: number } | null {
  let first = Infinity;
  let last = -Infinity;
  const see = (d: number): void => {
    if (!Number.isFinite(d)) return;
    if (d < first) first = d;
    if (d > last) last = d;
  };
  for (const p of programmes)
    for (const s of p.steps) {
      see(s.endDay);
      if (s.startDay !== null) see(s.startDay);
    }
  for (let i = 0; i < t.length; i++) {
    see(t.startDay[i]);
    see(t.completionDay[i]);
    see(t.acceptanceDay[i]);
  }
  return first <= last ? { first, last } : null;
}
