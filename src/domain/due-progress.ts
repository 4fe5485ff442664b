/**
 * What a programme's dated steps ask for by a day, and a street office's light (red, amber,
 * green) from how far it is from that.
 *
 * Due share (dueShares): the share of the programme that should have started (开工: construction
 * or later) and completed (完工) by the day. Each is governed by the earliest-deadline step whose
 * stage implies it (a step to reach 施工, 验收 or 完工 implies started; only a 完工 step implies
 * completed), because every programme building must be there by that step's end. Within the
 * step's window the share rises a day at a time, as the plans say "时间过半、任务过半" (half the
 * time gone, half the task done): on the window's first day 1/n of it, on its last day all of
 * it, where n is the window's length in days counting both ends. Before the window nothing is
 * due; a step with no start date asks for everything on its end day and nothing before. A
 * programme with no step implying a measure asks nothing of it (null).
 *
 * Light (progressLight), per street office, on its household rates as the ranking shows them:
 * - red   (滞后 behind): any building overdue on the day (schedule.ts), or more than
 *         AMBER_POINTS percentage points short of the due share on start or on completion;
 * - amber (偏慢 slipping): short of a due share by no more than AMBER_POINTS points, nothing overdue;
 * - green (正常 on track): at or ahead of both due shares, nothing overdue.
 * An office with nothing to judge (no programme, or a programme with no dated step behind
 * either measure, and nothing overdue) has no light (null).
 */
import type { Programme, ProgrammeStep } from './programme.ts';
import { STAGE_CODE, STAGE_COMPLETED, STAGE_STARTED_MIN } from './vocabulary.ts';

/** Shares (0–1) of the programme due to have started and completed by a day; null: the steps do not say. */
export interface DueShares {
  start: number | null;
  completion: number | null;
}

/** How far behind the due share an office may be, in percentage points, and still be amber rather than red. */
export const AMBER_POINTS = 10;

/** Rates within this of the due share count as on it (float noise of a household ratio). */
const EPSILON = 1e-9;

/** The step that governs a measure: the earliest deadline among the steps whose stage reaches `minStage`. */
function governingStep(steps: readonly ProgrammeStep[], minStage: number): ProgrammeStep | null {
  let best: ProgrammeStep | null = null;
  for (const s of steps) if (STAGE_CODE[s.stage] >= minStage && (best === null || s.endDay < best.endDay)) best = s;
  return best;
}

/**
 * The share of a step's buildings due by `day` (days since 1970-01-01 UTC): nothing before the
 * window, all of it from its end day, and in between the days gone (today counted) over the
 * window's days.
 * @example dueOfStep({ startDay: 100, endDay: 109 }, 104) // 0.5
 */
export function dueOfStep(step: Pick<ProgrammeStep, 'startDay' | 'endDay'>, day: number): number {
  const from = step.startDay ?? step.endDay;
  if (day >= step.endDay) return 1;
  if (day < from) return 0;
  return (day - from + 1) / (step.endDay - from + 1);
}

/**
 * The shares of `programme` due to have started and completed by `day`.
 * @example
 * // 2023 sample: on site 04-16…04-20, completed 04-21…11-30; on 2023-09-30
 * dueShares(p2023, parseDate('2023-09-30')!) // { start: 1, completion: 0.7277 } (163 of 224 days)
 */
export function dueShares(programme: Programme, day: number): DueShares {
  const start = governingStep(programme.steps, STAGE_STARTED_MIN);
  const completion = governingStep(programme.steps, STAGE_COMPLETED);
  return {
    start: start ? dueOfStep(start, day) : null,
    completion: completion ? dueOfStep(completion, day) : null,
  };
}

/** A street office's light: see the module comment for the rule. */
export type ProgressLight = 'green' | 'amber' | 'red';

/** The figures a light is judged on: household rates (0–1) and overdue buildings on the day. */
export interface ProgressFigures {
  startRateHouseholds: number;
  completionRateHouseholds: number;
  overdueBuildings: number;
}

/**
 * Percentage points short of the due shares, the larger of start and completion (0 when at or
 * ahead of both; null when neither is due by the steps).
 * @example
 * const f = { startRateHouseholds: 0.8, completionRateHouseholds: 0.3, overdueBuildings: 0 };
 * pointsBehind(f, { start: 1, completion: 0.25 }) // 20 (start 20 points short; completion ahead)
 */
export function pointsBehind(f: ProgressFigures, due: DueShares): number | null {
  if (due.start === null && due.completion === null) return null;
  const gap = (rate: number, share: number | null): number => (share === null ? 0 : (share - rate) * 100);
  return Math.max(0, gap(f.startRateHouseholds, due.start), gap(f.completionRateHouseholds, due.completion));
}

/**
 * Red, amber or green for a street office's figures against the due shares (module comment);
 * null when there is nothing to judge.
 * @example
 * const f = { startRateHouseholds: 0.95, completionRateHouseholds: 0.7, overdueBuildings: 0 };
 * progressLight(f, { start: 1, completion: 0.73 }) // 'amber' (5 points short at most)
 */
export function progressLight(f: ProgressFigures, due: DueShares | null): ProgressLight | null {
  const behind = due ? pointsBehind(f, due) : null;
  if (behind === null) return f.overdueBuildings > 0 ? 'red' : null;
  if (f.overdueBuildings > 0 || behind > AMBER_POINTS + EPSILON * 100) return 'red';
  return behind > EPSILON * 100 ? 'amber' : 'green';
}
