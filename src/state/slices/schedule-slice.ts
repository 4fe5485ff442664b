import type { StateCreator } from 'zustand';
import type { Programme } from '../../domain/programme.ts';
import type { AtlasState } from '../store.ts';

export interface ScheduleSlice {
  /** The day the figures stand on (days since 1970-01-01 UTC); null = as the files record it (today). */
  asOfDay: number | null;
  /**
   * Programmes the user loaded or edited in the app, by year; they replace the dataset's
   * programme of the same year (schedule-selectors.ts selectProgrammes).
   */
  programmeEdits: Programme[];
  setAsOfDay: (day: number | null) => void;
  /** Put in (or replace, by year) a loaded or edited programme. */
  putProgramme: (p: Programme) => void;
  /** Forget the edit of a year: the dataset's own programme shows again. */
  resetProgramme: (year: number) => void;
}

export const createScheduleSlice: StateCreator<AtlasState, [], [], ScheduleSlice> = (set) => ({
  asOfDay: null,
  programmeEdits: [],
  setAsOfDay: (asOfDay) => set({ asOfDay }),
  putProgramme: (p) =>
    set((s) => ({
      programmeEdits: [...s.programmeEdits.filter((x) => x.year !== p.year), p].sort((a, b) => a.year - b.year),
    })),
  resetProgramme: (year) => set((s) => ({ programmeEdits: s.programmeEdits.filter((x) => x.year !== year) })),
});
