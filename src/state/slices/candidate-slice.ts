/**
 * The candidate list (项目库) in the store: its entries (the source of truth, saved to IndexedDB
 * by persist/persist-idb.ts as they change), which stored list they are, and the year the list
 * panel shows. Changes go through the pure functions of src/domain/candidate-list.ts; adding the
 * selection (which reads selectors) is actions/candidate-actions.ts.
 */
import type { StateCreator } from 'zustand';
import { mergeEntries, removeEntries, retypeEntries, type CandidateEntry } from '../../domain/candidate-list.ts';
import type { AtlasState, CandidateSlice } from '../state-types.ts';

const now = (): string => new Date().toISOString();

/** An empty list, loading until persist/persist-idb.ts says which stored list goes with the data. */
export const createCandidateSlice: StateCreator<AtlasState, [], [], CandidateSlice> = (set, get) => {
  /** Apply a change to the entries as one user edit (a new revision to save). */
  const change = (entries: CandidateEntry[]): void =>
    set((s) => ({ candidates: entries, listRevision: s.listRevision + 1 }));
  return {
    candidates: [],
    listIdentity: null,
    listStorage: 'loading',
    listRevision: 0,
    listSaved: 0,
    listSaveFailed: false,
    candidateYear: null,
    setCandidateYear: (candidateYear) => set({ candidateYear }),
    mergeIntoList: (incoming) => {
      const r = mergeEntries(get().candidates, incoming);
      change(r.entries);
      return { added: r.added, updated: r.updated };
    },
    removeFromList: (keys) => change(removeEntries(get().candidates, keys)),
    retypeInList: (keys, types) => change(retypeEntries(get().candidates, keys, types, now())),
    clearList: () => change([]),
    listLoading: (listIdentity) => set({ listIdentity, listStorage: 'loading', candidates: [] }),
    listLoaded: (listIdentity, entries, listStorage) =>
      set((s) => ({
        listIdentity,
        listStorage,
        candidates: [...entries],
        listSaved: s.listRevision,
        listSaveFailed: false,
      })),
    markListSaved: (listSaved) => set((s) => ({ listSaved: Math.max(s.listSaved, listSaved), listSaveFailed: false })),
    markListSaveFailed: () => set({ listSaveFailed: true }),
  };
};
