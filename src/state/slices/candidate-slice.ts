/**
 * The candidate list (项目库) in the store: its entries (the source of truth, saved to IndexedDB
 * by persist-idb.ts as they change), which stored list they are, and the year the list panel
 * shows. Changes go through the pure functions of src/domain/candidate-list.ts.
 */
import type { StateCreator } from 'zustand';
import {
  makeEntries,
  mergeEntries,
  removeEntries,
  retypeEntries,
  type CandidateEntry,
} from '../../domain/candidate-list.ts';
import { keysOf, selectSelectedRows } from '../selectors/candidate-selectors.ts';
import type { AtlasState } from '../store.ts';

/** Where the list is kept: loading it, kept in IndexedDB, or only in this page (no IndexedDB). */
export type ListStorage = 'loading' | 'stored' | 'memory';

export interface CandidateSlice {
  candidates: readonly CandidateEntry[];
  /** The stored list these entries are (see persist-idb.ts); null before a dataset. */
  listIdentity: string | null;
  listStorage: ListStorage;
  /** Counts the user's changes; persist-idb.ts saves each and sets listSaved to it. */
  listRevision: number;
  listSaved: number;
  /** The last save to the browser failed (the list is then on this page only until a save works). */
  listSaveFailed: boolean;
  /** The plan year the list panel shows; null = every year. */
  candidateYear: number | null;
  setCandidateYear: (year: number | null) => void;
  /** Add the selected buildings for a plan year with types (TYPE_BIT mask); how many were new or changed. */
  addSelectionToList: (planYear: number, types: number) => { added: number; updated: number };
  /** Add entries read from a list file (replacing those with the same keys). */
  mergeIntoList: (entries: readonly CandidateEntry[]) => { added: number; updated: number };
  removeFromList: (keys: Iterable<string>) => void;
  retypeInList: (keys: Iterable<string>, types: number) => void;
  clearList: () => void;
  /** persist-idb.ts: the stored list for a dataset arrived (or storage is unavailable). */
  listLoaded: (identity: string, entries: readonly CandidateEntry[], storage: ListStorage) => void;
  listLoading: (identity: string) => void;
  markListSaved: (revision: number) => void;
  markListSaveFailed: () => void;
}

const now = (): string => new Date().toISOString();

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
    addSelectionToList: (planYear, types) => {
      const s = get();
      const rows = selectSelectedRows(s);
      if (!s.dataset || rows.length === 0 || s.listStorage === 'loading') return { added: 0, updated: 0 };
      const r = mergeEntries(
        s.candidates,
        makeEntries(s.dataset.buildings, keysOf(s.dataset), rows, planYear, types, now()),
      );
      change(r.entries);
      // Show the year just added to, so the rows appear.
      if (s.candidateYear !== null && s.candidateYear !== planYear) set({ candidateYear: planYear });
      return { added: r.added, updated: r.updated };
    },
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
