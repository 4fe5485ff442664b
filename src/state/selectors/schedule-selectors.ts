/**
 * The dataset as the figures see it: its buildings' stages as they stood on the chosen day
 * (schedule.ts tableAsOf) and its programmes with the user's loaded or edited ones in place.
 * Totals, colours, filters and the legend read selectViewDataset(); the loaded dataset
 * (s.dataset) stays the identity that picks, selections and the candidate list belong to.
 */
import type { Programme } from '../../domain/programme.ts';
import { overdueMask, scheduleOf, scheduleSpan, tableAsOf, type Schedule } from '../../domain/schedule.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { memoLast } from '../memo-last.ts';
import type { AtlasState } from '../state-types.ts';

const DAY_MS = 86_400_000;

/** Today as a day number (UTC), the day "as recorded" figures are checked against. */
export const todayDay = (): number => Math.floor(Date.now() / DAY_MS);

const programmesOf = memoLast((own: readonly Programme[], edits: readonly Programme[]): Programme[] => {
  if (edits.length === 0) return own as Programme[];
  const editYears = new Set(edits.map((p) => p.year));
  return [...own.filter((p) => !editYears.has(p.year)), ...edits].sort((a, b) => a.year - b.year);
});

const NO_PROGRAMMES: Programme[] = [];

/** The dataset's programmes, a loaded or edited one replacing the file's of the same year. */
export const selectProgrammes = (s: AtlasState): Programme[] =>
  s.dataset ? programmesOf(s.dataset.programmes, s.programmeEdits) : NO_PROGRAMMES;

const viewOf = memoLast((d: Dataset, day: number | null, programmes: Programme[]): Dataset => {
  if (day === null && programmes === d.programmes) return d;
  return { ...d, buildings: tableAsOf(d.buildings, day), programmes };
});

/** The dataset on the chosen day with the programmes in force; null before data. */
export const selectViewDataset = (s: AtlasState): Dataset | null =>
  s.dataset ? viewOf(s.dataset, s.asOfDay, selectProgrammes(s)) : null;

/** The day overdue is judged on: the chosen one, else today. */
export const selectCheckDay = (s: AtlasState): number => s.asOfDay ?? todayDay();

const scheduleMemo = memoLast((d: Dataset, day: number, year: number | null): Schedule =>
  scheduleOf(d.buildings, d.buildings.stage, d.programmes, day, year),
);

/** Each building's schedule status (on time, overdue, completed) on the check day, for the chosen plan year. */
export const selectSchedule = (s: AtlasState): Schedule | null => {
  const d = selectViewDataset(s);
  return d ? scheduleMemo(d, selectCheckDay(s), s.year) : null;
};

const maskMemo = memoLast((sch: Schedule): Uint8Array | null => (sch.overdueCount > 0 ? overdueMask(sch) : null));

/** 1 per overdue building, for summarize(); null when nothing is overdue. */
export const selectOverdueMask = (s: AtlasState): Uint8Array | null => {
  const sch = selectSchedule(s);
  return sch ? maskMemo(sch) : null;
};

const spanMemo = memoLast((d: Dataset, programmes: readonly Programme[]) => scheduleSpan(d.buildings, programmes));

/** The days the date control runs over: every step and stage date of the loaded data. */
export const selectScheduleSpan = (s: AtlasState): { first: number; last: number } | null =>
  s.dataset ? spanMemo(s.dataset, selectProgrammes(s)) : null;

/** Does the view have a programme with dated steps (so on time / overdue mean something)? */
export const selectHasSchedule = (s: AtlasState): boolean => {
  const sch = selectSchedule(s);
  if (!sch) return false;
  for (const p of sch.programmes.values()) if (p.steps.length > 0) return true;
  return false;
};
