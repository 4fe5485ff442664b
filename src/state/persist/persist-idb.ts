/**
 * The candidate list kept in the browser's own database (IndexedDB, through idb), written as
 * the user works: every change is saved at once (changes made while a write is under way are
 * written together right after it), so a reload, a closed tab or a crash loses nothing.
 *
 * Lists are kept per dataset: the identity is each file's name with the number of rows read
 * from it (the same files loaded again give the same identity). When no list is stored for the
 * exact identity but one is for files of the same names (a file edited since), that list is
 * taken over, with a notice: its entries whose buildings are gone show as missing.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { CandidateEntry } from '../../domain/candidate-list.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { useAtlas } from '../store.ts';
import { message } from '../../domain/messages/render.ts';

const DB_NAME = 'renovation-atlas';
const LISTS = 'candidate-lists';

export interface StoredList {
  /** datasetIdentity() of the data the list was made on. */
  identity: string;
  /** Those files' names, in load order. */
  files: string[];
  entries: CandidateEntry[];
  /** ISO time of the last write. */
  savedAt: string;
}

interface AtlasDb extends DBSchema {
  [LISTS]: { key: string; value: StoredList };
}

let dbPromise: Promise<IDBPDatabase<AtlasDb>> | null = null;

function db(): Promise<IDBPDatabase<AtlasDb>> {
  dbPromise ??= openDB<AtlasDb>(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(LISTS, { keyPath: 'identity' });
    },
  });
  return dbPromise;
}

/**
 * Which data a list belongs to: file names with the rows read from each.
 * @example datasetIdentity(sample) // 'buildings.csv#3951|communities.geojson#56|...'
 */
export function datasetIdentity(d: Pick<Dataset, 'fileNames' | 'report'>): string {
  return d.fileNames.map((n) => `${n}#${d.report.files.find((f) => f.file === n)?.rowsRead ?? 0}`).join('|');
}

const sameNames = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** The stored list of a dataset; else the newest non-empty one of files with the same names. */
export async function readStoredList(
  identity: string,
  files: readonly string[],
): Promise<{ entries: CandidateEntry[]; adoptedFrom: StoredList | null }> {
  const d = await db();
  const exact = await d.get(LISTS, identity);
  if (exact) return { entries: exact.entries, adoptedFrom: null };
  const all = await d.getAll(LISTS);
  const same = all
    .filter((l) => l.entries.length > 0 && sameNames(l.files, files))
    .sort((a, b) => b.savedAt.localeCompare(a.savedAt))[0];
  return same ? { entries: same.entries, adoptedFrom: same } : { entries: [], adoptedFrom: null };
}

export async function writeStoredList(
  identity: string,
  files: readonly string[],
  entries: readonly CandidateEntry[],
): Promise<void> {
  const d = await db();
  await d.put(LISTS, { identity, files: [...files], entries: [...entries], savedAt: new Date().toISOString() });
}

interface Pending {
  identity: string;
  files: string[];
  entries: readonly CandidateEntry[];
  revision: number;
}

let pending: Pending | null = null;
let writing = false;

/** Write the newest pending list, then any that came in meanwhile. */
async function flush(): Promise<void> {
  if (writing) return;
  writing = true;
  try {
    while (pending) {
      const p = pending;
      pending = null;
      try {
        await writeStoredList(p.identity, p.files, p.entries);
        if (useAtlas.getState().listIdentity === p.identity) useAtlas.getState().markListSaved(p.revision);
      } catch (e) {
        if (useAtlas.getState().listIdentity === p.identity) useAtlas.getState().markListSaveFailed();
        useAtlas.getState().addNotice({
          id: 'list-save',
          tone: 'warn',
          message: message('list-store.save-failed', { detail: e instanceof Error ? e.message : String(e) }),
        });
      }
    }
  } finally {
    writing = false;
  }
}

async function loadFor(dataset: Dataset): Promise<void> {
  const identity = datasetIdentity(dataset);
  const s = useAtlas.getState();
  // The same files again: the list is already here.
  if (s.listIdentity === identity && s.listStorage !== 'loading') return;
  s.listLoading(identity);
  const stillCurrent = (): boolean => useAtlas.getState().dataset === dataset;
  try {
    const { entries, adoptedFrom } = await readStoredList(identity, dataset.fileNames);
    if (!stillCurrent()) return;
    useAtlas.getState().listLoaded(identity, entries, 'stored');
    if (adoptedFrom) {
      await writeStoredList(identity, dataset.fileNames, entries);
      useAtlas.getState().addNotice({
        id: 'list-adopted',
        tone: 'info',
        message: message('list-store.adopted', {
          n: entries.length,
          savedAt: adoptedFrom.savedAt.slice(0, 16).replace('T', ' '),
        }),
      });
    }
  } catch (e) {
    if (!stillCurrent()) return;
    useAtlas.getState().listLoaded(identity, [], 'memory');
    useAtlas.getState().addNotice({
      id: 'list-storage',
      tone: 'warn',
      message: message('list-store.unavailable', { detail: e instanceof Error ? e.message : String(e) }),
    });
  }
}

let started = false;

/** Load the list of each dataset as it arrives and save every change (once per page). */
export function startCandidatePersistence(): void {
  if (started) return;
  started = true;
  useAtlas.subscribe((s, prev) => {
    if (s.dataset && s.dataset !== prev.dataset) void loadFor(s.dataset);
    if (s.listRevision !== prev.listRevision && s.listIdentity && s.listStorage === 'stored' && s.dataset) {
      pending = {
        identity: s.listIdentity,
        files: s.dataset.fileNames,
        entries: s.candidates,
        revision: s.listRevision,
      };
      void flush();
    }
  });
  const d = useAtlas.getState().dataset;
  if (d) void loadFor(d);
}
