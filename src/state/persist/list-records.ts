/**
 * How the candidate lists lie in the browser's database, and the pure steps between them and the
 * list: the version 1 record (a whole list in one record) turned into version 2 records (one per
 * entry, and one per list that says which files it is for), and a batch of edits turned into the
 * records to write. No IndexedDB here: list-db.ts does the reading and writing.
 */
import { retypeEntries, type CandidateEntry } from '../../domain/candidate-list.ts';
import type { ListOp } from '../../domain/candidate-list-ops.ts';

/** Version 1 (store `candidate-lists`): one record a list, its entries inside, rewritten whole on each change. */
export interface StoredListV1 {
  /** datasetIdentity() of the data the list was made on. */
  identity: string;
  /** Those files' names, in load order. */
  files: string[];
  entries: CandidateEntry[];
  /** ISO time of the last write. */
  savedAt: string;
}

/** Version 2, store `candidate-lists`: what a list is for; its entries are in `candidate-entries`. */
export interface ListMeta {
  /** datasetIdentity() of the data the list was made on. */
  identity: string;
  /** Those files' names, in load order. */
  files: string[];
  /** ISO time of the last write. */
  savedAt: string;
  /** The `order` the next new entry of this list gets. */
  nextOrder: number;
}

/** Version 2, store `candidate-entries`, keyed [identity, key]: one entry of one list. */
export interface StoredEntry {
  identity: string;
  /** The entry's building key (CandidateEntry.key). */
  key: string;
  /** Where the entry stands in its list: entries are read back in this order. */
  order: number;
  entry: CandidateEntry;
}

/**
 * A version 1 list as version 2 records: its entries in their order, nothing dropped. A record
 * that is not a list as version 1 wrote it (no identity) gives nothing; entries without a key are
 * left out (no version 1 code wrote one).
 * @example migrateV1({ identity: 'b.csv#7', files: ['b.csv'], entries: [a], savedAt }).entries[0].order // 0
 */
export function migrateV1(old: Partial<StoredListV1>): { meta: ListMeta; entries: StoredEntry[] } | null {
  if (typeof old.identity !== 'string') return null;
  const identity = old.identity;
  const list = (Array.isArray(old.entries) ? old.entries : []).filter((e) => typeof e?.key === 'string');
  const entries = list.map((entry, order) => ({ identity, key: entry.key, order, entry }));
  const meta = {
    identity,
    files: Array.isArray(old.files) ? [...old.files] : [],
    savedAt: typeof old.savedAt === 'string' ? old.savedAt : '',
    nextOrder: entries.length,
  };
  return { meta, entries };
}

/** The records a batch of edits writes to one list. */
export interface WritePlan {
  /** Delete every entry of the list first (a clear among the edits). */
  clear: boolean;
  /** Keys whose records are deleted (after the clear). */
  deletes: string[];
  /** Records written (after the deletes). */
  puts: StoredEntry[];
  /** The list's nextOrder afterwards. */
  nextOrder: number;
}

/**
 * What to write for `ops` applied in turn to a stored list, given the stored records of the keys
 * they touch (`existing`, by key; a key not there is not stored) and the list's nextOrder. An
 * entry replaced keeps its place; a new one goes last. Only the touched entries are written, so
 * another tab's entries stored meanwhile stay.
 * @example planListWrite('b.csv#7', new Map(), 0, [{ kind: 'put', entries: [a] }]).puts[0].order // 0
 */
export function planListWrite(
  identity: string,
  existing: ReadonlyMap<string, StoredEntry>,
  nextOrder: number,
  ops: readonly ListOp[],
): WritePlan {
  /** Records as the edits left them so far: null = deleted. */
  const now = new Map<string, StoredEntry | null>();
  let clear = false;
  let next = nextOrder;
  const lookup = (key: string): StoredEntry | null =>
    now.has(key) ? (now.get(key) ?? null) : clear ? null : (existing.get(key) ?? null);
  for (const op of ops) {
    if (op.kind === 'clear') {
      clear = true;
      now.clear();
    } else if (op.kind === 'remove') {
      for (const key of op.keys) now.set(key, null);
    } else if (op.kind === 'put') {
      for (const entry of op.entries) {
        const order = lookup(entry.key)?.order ?? next++;
        now.set(entry.key, { identity, key: entry.key, order, entry });
      }
    } else {
      for (const key of op.keys) {
        const old = lookup(key);
        const entry = old && retypeEntries([old.entry], [key], op.types, op.updated)[0];
        if (old && entry && entry !== old.entry) now.set(key, { ...old, entry });
      }
    }
  }
  const deletes = [...now].filter(([, r]) => r === null).map(([k]) => k);
  const puts = [...now.values()].filter((r): r is StoredEntry => r !== null);
  return { clear, deletes, puts, nextOrder: next };
}

/**
 * A list's entries from its records, in their order.
 * @example entriesInOrder([{ order: 1, entry: b }, { order: 0, entry: a }]) // [a, b]
 */
export function entriesInOrder(records: readonly Pick<StoredEntry, 'order' | 'entry'>[]): CandidateEntry[] {
  return [...records].sort((a, b) => a.order - b.order).map((r) => r.entry);
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * The lists that may be taken over by data of these file names (a file edited since): those of
 * the same names, newest first.
 * @example adoptable(metas, ['buildings.csv'])[0].savedAt // the newest
 */
export function adoptable(metas: readonly ListMeta[], files: readonly string[]): ListMeta[] {
  return metas.filter((m) => sameNames(m.files, files)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}
