/**
 * The candidate list (项目库) in the store: its entries (what the page shows: the stored list
 * with this page's unsaved edits on top), which stored list they are, the edits waiting to be
 * written (persist/persist-idb.ts writes them entry by entry) and the year the list panel shows.
 * Changes go through the pure operations of src/domain/candidate-list-ops.ts; adding the
 * selection (which reads selectors) is actions/candidate-actions.ts.
 */
import type { StateCreator } from 'zustand';
import { mergeEntries, type CandidateEntry } from '../../domain/candidate-list.ts';
import { applyListOp, applyListOps, type ListOp } from '../../domain/candidate-list-ops.ts';
import type { AtlasState, CandidateSlice, ListChange } from '../state-types.ts';

const now = (): string => new Date().toISOString();

/** The unsaved edits of one list, as operations. */
const opsOf = (changes: readonly ListChange[], identity: string): ListOp[] =>
  changes.filter((c) => c.identity === identity).map((c) => c.op);

/** An empty list, loading until persist/persist-idb.ts says which stored list goes with the data. */
export const createCandidateSlice: StateCreator<AtlasState, [], [], CandidateSlice> = (set, get) => {
  /**
   * Apply an edit as one user change (a new revision); a stored list queues it to be written.
   * `entries`: the list after it, when the caller has it already.
   */
  const change = (op: ListOp, entries?: CandidateEntry[]): void =>
    set((s) => {
      const revision = s.listRevision + 1;
      const stored = s.listStorage === 'stored' && s.listIdentity !== null;
      return {
        candidates: entries ?? applyListOp(s.candidates, op),
        listRevision: revision,
        listUnsaved: stored ? [...s.listUnsaved, { revision, identity: s.listIdentity ?? '', op }] : s.listUnsaved,
      };
    });
  return {
    candidates: [],
    listIdentity: null,
    listStorage: 'loading',
    listRevision: 0,
    listSaved: 0,
    listUnsaved: [],
    listSaveFailed: false,
    candidateYear: null,
    setCandidateYear: (candidateYear) => set({ candidateYear }),
    mergeIntoList: (incoming) => {
      const r = mergeEntries(get().candidates, incoming);
      change({ kind: 'put', entries: [...incoming] }, r.entries);
      return { added: r.added, updated: r.updated };
    },
    removeFromList: (keys) => change({ kind: 'remove', keys: [...keys] }),
    retypeInList: (keys, types) => change({ kind: 'retype', keys: [...keys], types, updated: now() }),
    clearList: () => change({ kind: 'clear' }),
    listLoading: (listIdentity) => set({ listIdentity, listStorage: 'loading', candidates: [] }),
    listLoaded: (listIdentity, entries, listStorage) =>
      set((s) => ({
        listIdentity,
        listStorage,
        candidates: applyListOps(entries, opsOf(s.listUnsaved, listIdentity)),
        listSaved: s.listRevision,
        listSaveFailed: false,
      })),
    listSynced: (identity, stored) =>
      set((s) =>
        s.listIdentity === identity && s.listStorage === 'stored'
          ? { candidates: applyListOps(stored, opsOf(s.listUnsaved, identity)) }
          : {},
      ),
    markListSaved: (listSaved) =>
      set((s) => ({
        listSaved: Math.max(s.listSaved, listSaved),
        listSaveFailed: false,
        listUnsaved: s.listUnsaved.filter((c) => c.revision > listSaved),
      })),
    markListSaveFailed: () => set({ listSaveFailed: true }),
  };
};
