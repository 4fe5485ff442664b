/**
 * The user's last load kept in the browser's own database (IndexedDB, through idb), one record
 * under one key: the newest load of any tab replaces it ("last load wins"). A database of its own,
 * not a store beside the candidate lists (list-db.ts): the two change version on their own, a
 * tab blocking one's upgrade does not hold up the other, and clearing the files never touches a
 * list. Writes and clears run one after the other in the order asked, so a clear asked after a
 * write is never undone by it.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { checkKept, type KeptLoad } from './kept-records.ts';

const DB_NAME = 'renovation-atlas-files';
const LOADS = 'kept-loads';
/** The one record's key. */
const LAST = 'last';

interface FilesDb extends DBSchema {
  [LOADS]: { key: string; value: KeptLoad };
}

let dbPromise: Promise<IDBPDatabase<FilesDb>> | null = null;

function db(): Promise<IDBPDatabase<FilesDb>> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  dbPromise ??= openDB<FilesDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(LOADS);
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
  // A failed open is tried again next time, not remembered.
  dbPromise.catch(() => {
    dbPromise = null;
  });
  return dbPromise;
}

/** Writes and clears, one after the other. */
let queue: Promise<unknown> = Promise.resolve();

function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const run = queue.then(work, work);
  queue = run.catch(() => undefined);
  return run;
}

/** The kept load, or null when none is kept (or the record is not one this build reads). */
export async function readKept(): Promise<KeptLoad | null> {
  return checkKept(await (await db()).get(LOADS, LAST));
}

/**
 * Keep this load in place of the last. Resolves once written through to disk; rejects when the
 * browser refuses it (QuotaExceededError when it has no room), the last load then left as it was.
 */
export function writeKept(record: KeptLoad): Promise<void> {
  return inTurn(async () => {
    const tx = (await db()).transaction(LOADS, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.put(record, LAST), tx.done]);
  });
}

/** Keep nothing: the next visit opens the sample. */
export function forgetKept(): Promise<void> {
  return inTurn(async () => {
    const tx = (await db()).transaction(LOADS, 'readwrite', { durability: 'strict' });
    await Promise.all([tx.store.delete(LAST), tx.done]);
  });
}
