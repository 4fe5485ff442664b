/**
 * Changes to the candidate list (项目库) as operations, not as whole lists: what a user's edit
 * did, so that it can be replayed on another copy of the list. The browser's database applies
 * them entry by entry (two tabs' edits both land), and a tab shows the stored list with its own
 * edits not yet stored replayed on top.
 *
 * Every operation is idempotent: applied twice it gives what it gave once, so an edit that is
 * already stored and also still waiting does no harm when replayed.
 */
import { mergeEntries, removeEntries, retypeEntries, type CandidateEntry } from './candidate-list.ts';

/** One edit of the list. */
export type ListOp =
  /** Add entries; one with a key already in the list replaces it in place. */
  | { kind: 'put'; entries: readonly CandidateEntry[] }
  /** Take out the entries of these keys. */
  | { kind: 'remove'; keys: readonly string[] }
  /** New types (a TYPE_BIT mask) for these keys, changed at `updated` (ISO 8601). */
  | { kind: 'retype'; keys: readonly string[]; types: number; updated: string }
  /** Empty the list. */
  | { kind: 'clear' };

/**
 * The list after one operation; the input is not changed.
 * @example applyListOp([], { kind: 'put', entries: [a] }) // [a]
 */
export function applyListOp(list: readonly CandidateEntry[], op: ListOp): CandidateEntry[] {
  switch (op.kind) {
    case 'put':
      return mergeEntries(list, op.entries).entries;
    case 'remove':
      return removeEntries(list, op.keys);
    case 'retype':
      return retypeEntries(list, op.keys, op.types, op.updated);
    case 'clear':
      return [];
  }
}

/**
 * The list after each operation in turn: a stored list with the edits not yet stored on top.
 * @example applyListOps(stored, [{ kind: 'remove', keys: ['A1'] }]) // stored without A1
 */
export function applyListOps(list: readonly CandidateEntry[], ops: readonly ListOp[]): CandidateEntry[] {
  return ops.reduce<CandidateEntry[]>((l, op) => applyListOp(l, op), [...list]);
}

/**
 * The keys an operation reads or writes; null for one that touches every entry (clear).
 * @example touchedKeys({ kind: 'remove', keys: ['A1'] }) // ['A1']
 */
export function touchedKeys(op: ListOp): readonly string[] | null {
  switch (op.kind) {
    case 'put':
      return op.entries.map((e) => e.key);
    case 'remove':
    case 'retype':
      return op.keys;
    case 'clear':
      return null;
  }
}
