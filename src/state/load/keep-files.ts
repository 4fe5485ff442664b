/**
 * The user's own files kept for the next visit (persist/kept-db.ts): each load of them is written
 * once it is on screen, and the store says whether it was kept, or why not (over the size limit,
 * no room, storage refused), for the status line. A load that is not kept also forgets the one
 * before it, so that a reload never opens data older than what the user last saw. Choosing the
 * sample forgets them. load-data.ts reads them back on a page's first load.
 */
import type { Dataset } from '../../domain/dataset.ts';
import { message, type Message } from '../../domain/messages/render.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import { megabytes } from '../../io/file-limits.ts';
import type { AppliedColumnMap, FileBytes } from '../../workers/protocol.ts';
import { forgetKept, readKept, writeKept } from '../persist/kept-db.ts';
import { keptRecord, type KeepDecision, type KeptLoad } from '../persist/kept-records.ts';
import { useAtlas } from '../store.ts';

/** How long the first load waits for the kept files' record before it opens the sample instead. */
export const KEPT_READ_TIMEOUT_MS = 10_000;

const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/** Why a load was not kept, for the status line. */
function notKeptWhy(e: unknown): Message {
  const quota = e instanceof DOMException && e.name === 'QuotaExceededError';
  return quota ? message('kept.quota') : message('kept.failed', { detail: errorText(e) });
}

function tooBig(d: Extract<KeepDecision, { why: 'too-big' }>): Message {
  return message('kept.too-big', { size: megabytes(d.totalBytes), limit: megabytes(d.limitBytes) });
}

/** Forget the kept files; a failure leaves them (the next load replaces them), said nowhere. */
export function forgetKeptFiles(): Promise<void> {
  return forgetKept().catch(() => undefined);
}

/**
 * Keep a load of the user's files for the next visit, in place of the last. The store's `kept`
 * follows while `dataset` is still the one on screen: saving, then saved or not kept and why.
 */
export async function keepLoad(
  dataset: Dataset,
  files: readonly FileBytes[],
  unread: readonly UnreadFile[],
  applied: readonly AppliedColumnMap[],
): Promise<void> {
  const shown = (): boolean => useAtlas.getState().dataset === dataset;
  const { record, decision } = keptRecord(files, unread, applied, new Date());
  if (!record) {
    await forgetKeptFiles();
    if (shown() && !decision.keep && decision.why === 'too-big')
      useAtlas.getState().setKept({ state: 'not-kept', why: tooBig(decision) });
    return;
  }
  useAtlas.getState().setKept({ state: 'saving' });
  try {
    await writeKept(record);
    if (shown()) useAtlas.getState().setKept({ state: 'saved', savedAt: record.savedAt });
  } catch (e) {
    await forgetKeptFiles();
    if (shown()) useAtlas.getState().setKept({ state: 'not-kept', why: notKeptWhy(e) });
  }
}

/**
 * The kept load to open the page on, or null when none is kept. Rejects when the browser's
 * database cannot be read or does not answer within KEPT_READ_TIMEOUT_MS.
 */
export function keptToOpen(): Promise<KeptLoad | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer from IndexedDB in ${KEPT_READ_TIMEOUT_MS / 1000} s`)),
      KEPT_READ_TIMEOUT_MS,
    );
    readKept().then(
      (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}
