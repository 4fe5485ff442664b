/**
 * The candidate lists in the browser's own database (IndexedDB, through idb), entry by entry:
 * an edit is written as a transaction that reads and writes only the entries it touches, so two
 * tabs editing the same list both keep their edits (IndexedDB runs their transactions one after
 * the other). A write resolves when its transaction has completed, written through to disk
 * (durability 'strict'): only then may the page say the list is saved.
 *
 * Version 1 kept a list whole in one record; opening the database as version 2 moves each such
 * list into per-entry records in the same upgrade transaction (all or nothing).
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { CandidateEntry } from '../../domain/candidate-list.ts';
import { touchedKeys, type ListOp } from '../../domain/candidate-list-ops.ts';
import {
  adoptable,
  entriesInOrder,
  migrateV1,
  planListWrite,
  type ListMeta,
  type StoredEntry,
  type StoredListV1,
} from './list-records.ts';

const DB_NAME = 'renovation-atlas';
const LISTS = 'candidate-lists';
const ENTRIES = 'candidate-entries';
const BY_ORDER = 'by-order';

interface AtlasDb extends DBSchema {
  [LISTS]: { key: string; value: ListMeta };
  [ENTRIES]: { key: [string, string]; value: StoredEntry; indexes: { [BY_ORDER]: [string, number] } };
}

type UpgradeTx = IDBPTransaction<AtlasDb, (typeof LISTS | typeof ENTRIES)[], 'versionchange'>;

/** Move every version 1 list into per-entry records. */
async function migrate(tx: UpgradeTx): Promise<void> {
  const lists = tx.objectStore(LISTS);
  const entries = tx.objectStore(ENTRIES);
  const old = (await lists.getAll()) as unknown as Partial<StoredListV1>[];
  const writes: Promise<unknown>[] = [];
  for (const record of old) {
    const moved = migrateV1(record);
    if (!moved) continue;
    writes.push(lists.put(moved.meta), ...moved.entries.map((e) => entries.put(e)));
  }
  await Promise.all(writes);
}

let dbPromise: Promise<IDBPDatabase<AtlasDb>> | null = null;
let onBlocked: () => void = () => undefined;

/** Say when opening waits for a tab of an older version of the page to let go of the database. */
export function whenBlocked(listener: () => void): void {
  onBlocked = listener;
}

function db(): Promise<IDBPDatabase<AtlasDb>> {
  dbPromise ??= openDB<AtlasDb>(DB_NAME, 2, {
    upgrade(d, oldVersion, _v, tx) {
      if (oldVersion < 1) d.createObjectStore(LISTS, { keyPath: 'identity' });
      if (oldVersion < 2) {
        d.createObjectStore(ENTRIES, { keyPath: ['identity', 'key'] }).createIndex(BY_ORDER, ['identity', 'order']);
        // A failed move aborts the upgrade: version 1 stays as it was, and the page says storage is unavailable.
        migrate(tx).catch(() => abortQuietly(tx));
      }
    },
    blocked() {
      onBlocked();
    },
    // A newer version of the page wants the database: let it upgrade, and open afresh next time.
    blocking(_v, _b, event) {
      (event.target as IDBDatabase).close();
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  });
  return dbPromise;
}

function abortQuietly(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => undefined);
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** Every entry of a list's records, [identity, -∞] … [identity, +∞] by order. */
const byOrder = (identity: string): IDBKeyRange => IDBKeyRange.bound([identity, -Infinity], [identity, Infinity]);
/** Every entry of a list by key: [identity] sorts before [identity, any string] and [identity, []] after. */
const byKey = (identity: string): IDBKeyRange => IDBKeyRange.bound([identity], [identity, []]);

/** A list's entries as stored, in their order; null when no list is stored for the identity. */
export async function readList(identity: string): Promise<CandidateEntry[] | null> {
  const tx = (await db()).transaction([LISTS, ENTRIES], 'readonly');
  const [meta, records] = await Promise.all([
    tx.objectStore(LISTS).get(identity),
    tx.objectStore(ENTRIES).index(BY_ORDER).getAll(byOrder(identity)),
  ]);
  return meta ? entriesInOrder(records) : null;
}

/**
 * The stored list of a dataset; when there is none, the newest non-empty one of files with the
 * same names is copied to this identity (one transaction) and named in `adoptedFrom`.
 */
export async function loadList(
  identity: string,
  files: readonly string[],
): Promise<{ entries: CandidateEntry[]; adoptedFrom: ListMeta | null }> {
  const tx = (await db()).transaction([LISTS, ENTRIES], 'readwrite');
  const lists = tx.objectStore(LISTS);
  const store = tx.objectStore(ENTRIES);
  const index = store.index(BY_ORDER);
  if (await lists.get(identity))
    return { entries: entriesInOrder(await index.getAll(byOrder(identity))), adoptedFrom: null };
  for (const from of adoptable(await lists.getAll(), files)) {
    const records = await index.getAll(byOrder(from.identity));
    if (records.length === 0) continue;
    await Promise.all([
      ...records.map((r) => store.put({ ...r, identity })),
      lists.put({ ...from, identity, files: [...files], savedAt: new Date().toISOString() }),
      tx.done,
    ]);
    return { entries: entriesInOrder(records), adoptedFrom: from };
  }
  return { entries: [], adoptedFrom: null };
}

/**
 * Apply edits to a stored list in one transaction: read the entries they touch, write those
 * alone. Resolves once the transaction has completed (on disk); rejects, with nothing written,
 * when it fails.
 */
export async function writeOps(identity: string, files: readonly string[], ops: readonly ListOp[]): Promise<void> {
  const tx = (await db()).transaction([LISTS, ENTRIES], 'readwrite', { durability: 'strict' });
  try {
    const lists = tx.objectStore(LISTS);
    const store = tx.objectStore(ENTRIES);
    const keys = [...new Set(ops.flatMap((op) => touchedKeys(op) ?? []))];
    const [meta, ...found] = await Promise.all([lists.get(identity), ...keys.map((k) => store.get([identity, k]))]);
    const existing = new Map(found.filter((r) => r !== undefined).map((r) => [r.key, r]));
    const plan = planListWrite(identity, existing, meta?.nextOrder ?? 0, ops);
    const writes: Promise<unknown>[] = [];
    if (plan.clear) writes.push(store.delete(byKey(identity)));
    for (const key of plan.deletes) writes.push(store.delete([identity, key]));
    for (const r of plan.puts) writes.push(store.put(r));
    writes.push(
      lists.put({ identity, files: [...files], savedAt: new Date().toISOString(), nextOrder: plan.nextOrder }),
    );
    await Promise.all([...writes, tx.done]);
  } catch (e) {
    abortQuietly(tx);
    throw e;
  }
}
