/** The day the figures stand on, and the programmes loaded or edited in the page. */
import type { StateCreator } from 'zustand';
import type { AtlasState, ScheduleSlice } from '../state-types.ts';

/** As recorded (today), with no programme edits; edits are kept sorted by year. */
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
