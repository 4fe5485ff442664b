/**
 * The candidate list kept in the browser's own database (list-db.ts), written as the user works:
 * each edit is queued in the store (listUnsaved) and written at once as an operation on the
 * entries it touches (edits made while a write is under way go together right after it). The
 * status says saved only once the write's transaction has completed, so a reload, a closed tab
 * or a crash loses nothing the page called saved.
 *
 * Several tabs on the same list: each write is announced on a BroadcastChannel; the other tabs
 * read the list again from the database (the source of truth) and show it with their own unsaved
 * edits on top. Two tabs adding different buildings both end with both.
 *
 * Lists are kept per dataset: the identity is each file's name with the number of rows read from
 * it (the same files loaded again give the same identity). When no list is stored for the exact
 * identity but one is for files of the same names (a file edited since), that list is taken
 * over, with a notice: its entries whose buildings are gone show as missing.
 */
import type { Dataset } from '../../domain/dataset.ts';
import { message } from '../../domain/messages/render.ts';
import type { ListChange } from '../state-types.ts';
import { useAtlas } from '../store.ts';
import { loadList, readList, whenBlocked, writeOps } from './list-db.ts';

/**
 * Which data a list belongs to: file names with the rows read from each.
 * @example datasetIdentity(sample) // 'buildings.csv#3951|communities.geojson#56|...'
 */
export function datasetIdentity(d: Pick<Dataset, 'fileNames' | 'report'>): string {
  return d.fileNames.map((n) => `${n}#${d.report.files.find((f) => f.file === n)?.rowsRead ?? 0}`).join('|');
}

/** Where tabs of this origin tell each other a list changed: `{ identity }`. */
const CHANNEL = 'renovation-atlas:candidate-lists';
let channel: BroadcastChannel | null = null;

/** The files of each list this page loaded (a list's record names them). */
const filesOf = new Map<string, readonly string[]>();
/** Edits up to this revision were written or tried: a failed one is tried again with the next edit. */
let attempted = 0;
/** Another tab wrote the list on screen: read it again once this page's writes are done. */
let resyncWanted = false;
let resyncAfterLoad = false;
let busy = false;

/** The oldest unsaved edits that are of one list, in order. */
function firstBatch(todo: readonly ListChange[]): ListChange[] {
  const end = todo.findIndex((c) => c.identity !== todo[0].identity);
  return todo.slice(0, end < 0 ? todo.length : end);
}

/**
 * Write one batch; mark it saved (and tell the other tabs) once its transaction completed. When
 * it fails, every edit queued until now counts as tried (`queuedUpTo`): the next edit tries them
 * again, rather than a loop retrying what the browser refuses.
 */
async function save(batch: readonly ListChange[], queuedUpTo: number): Promise<void> {
  const { identity } = batch[0];
  const revision = batch[batch.length - 1].revision;
  const current = (): boolean => useAtlas.getState().listIdentity === identity;
  try {
    await writeOps(
      identity,
      filesOf.get(identity) ?? [],
      batch.map((c) => c.op),
    );
    attempted = Math.max(attempted, revision);
    useAtlas.getState().markListSaved(revision);
    channel?.postMessage({ identity });
  } catch (e) {
    attempted = Math.max(attempted, queuedUpTo);
    if (current()) useAtlas.getState().markListSaveFailed();
    useAtlas.getState().addNotice({
      id: 'list-save',
      tone: 'warn',
      message: message('list-store.save-failed', { detail: e instanceof Error ? e.message : String(e) }),
    });
  }
}

/** Read the list on screen again and show it with this page's unsaved edits on top. */
async function resync(): Promise<void> {
  const s = useAtlas.getState();
  const identity = s.listIdentity;
  // A list still loading may have been read before the other tab's write: read it once it is here.
  if (s.listStorage === 'loading') resyncAfterLoad = true;
  if (identity === null || s.listStorage !== 'stored') return;
  try {
    useAtlas.getState().listSynced(identity, (await readList(identity)) ?? []);
  } catch {
    // The next message or edit tries again; the list on screen stays as it was.
  }
}

/** Write waiting edits, else read again after another tab's write; false when there is nothing to do. */
async function step(): Promise<boolean> {
  const todo = useAtlas.getState().listUnsaved;
  const last = todo.length > 0 ? todo[todo.length - 1].revision : 0;
  if (last > attempted) {
    await save(firstBatch(todo), last);
    return true;
  }
  if (resyncWanted) {
    resyncWanted = false;
    await resync();
    return true;
  }
  return false;
}

/** Run the write loop unless it runs already (it picks up what came in meanwhile). */
async function flush(): Promise<void> {
  if (busy) return;
  busy = true;
  try {
    while (await step());
  } finally {
    busy = false;
  }
}

async function loadFor(dataset: Dataset): Promise<void> {
  const identity = datasetIdentity(dataset);
  const s = useAtlas.getState();
  // The same files again: the list is already here.
  if (s.listIdentity === identity && s.listStorage !== 'loading') return;
  s.listLoading(identity);
  filesOf.set(identity, [...dataset.fileNames]);
  const stillCurrent = (): boolean => useAtlas.getState().dataset === dataset;
  try {
    const { entries, adoptedFrom } = await loadList(identity, dataset.fileNames);
    if (!stillCurrent()) return;
    useAtlas.getState().listLoaded(identity, entries, 'stored');
    if (resyncAfterLoad) {
      resyncAfterLoad = false;
      resyncSoon();
    }
    if (adoptedFrom) {
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

/** Read the list on screen again (after this page's own writes). */
function resyncSoon(): void {
  resyncWanted = true;
  void flush();
}

/** Another tab wrote a list: when it is the one on screen, read it again. */
function onMessage(ev: MessageEvent<unknown>): void {
  const identity = (ev.data as { identity?: unknown } | null)?.identity;
  if (typeof identity === 'string' && identity === useAtlas.getState().listIdentity) resyncSoon();
}

/**
 * Follow other tabs: their messages, and a read on coming back to this tab (a tab closed
 * mid-write announces nothing).
 */
function followOtherTabs(): void {
  if (typeof BroadcastChannel === 'function') {
    channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = onMessage;
  }
  if (typeof document !== 'undefined')
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') resyncSoon();
    });
  whenBlocked(() =>
    useAtlas.getState().addNotice({ id: 'list-storage', tone: 'warn', message: message('list-store.blocked') }),
  );
}

let started = false;

/** Load the list of each dataset as it arrives, save every edit, follow other tabs (once per page). */
export function startCandidatePersistence(): void {
  if (started) return;
  started = true;
  followOtherTabs();
  useAtlas.subscribe((s, prev) => {
    if (s.dataset && s.dataset !== prev.dataset) void loadFor(s.dataset);
    if (s.listUnsaved !== prev.listUnsaved && s.listUnsaved.length > 0) void flush();
  });
  const d = useAtlas.getState().dataset;
  if (d) void loadFor(d);
}
