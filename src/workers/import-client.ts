/**
 * The page's side of the import worker: one worker per import, ended when it answers.
 * Starting a new import ends the one under way (its promise rejects with ImportCancelled).
 */
import type { SavedColumnMaps } from '../domain/column-match.ts';
import { message, SaidError } from '../domain/messages/render.ts';
import type { UnreadFile } from '../domain/unread-files.ts';
import { transferables, type FileBytes, type FromWorker, type ImportDone, type ToWorker } from './protocol.ts';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled by a newer one');
    this.name = 'ImportCancelled';
  }
}

export type ProgressListener = (doneBytes: number, totalBytes: number, file: string) => void;

export interface ImportInWorkerOptions {
  onProgress?: ProgressListener;
  /** Remembered column maps: a CSV with exactly these headers is read with its map. */
  columnMaps?: SavedColumnMaps;
  /** Files that could not be fetched, to list in the report. */
  unread?: UnreadFile[];
}

/** What an import gives back: the dataset, the files (handed back), maps applied, CSVs to match. */
export type ImportResult = Omit<ImportDone, 'type' | 'id'>;

let current: { worker: Worker; cancel: () => void } | null = null;
let nextId = 1;

/**
 * Read files in the import worker. The ArrayBuffers are transferred there and handed back in the
 * result: the caller must use the result's `files`, not the ones it passed.
 * @example
 * const { dataset } = await importInWorker([{ name: 'a.csv', bytes }], { onProgress: (d, t) => console.log(d / t) });
 */
export function importInWorker(files: FileBytes[], opts: ImportInWorkerOptions = {}): Promise<ImportResult> {
  current?.cancel();
  const id = nextId++;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' });
  return new Promise<ImportResult>((resolve, reject) => {
    const finish = (): void => {
      worker.terminate();
      if (current?.worker === worker) current = null;
    };
    current = {
      worker,
      cancel: () => {
        finish();
        reject(new ImportCancelled());
      },
    };
    worker.onmessage = (ev: MessageEvent<FromWorker>) => {
      const msg = ev.data;
      if (msg.id !== id) return;
      if (msg.type === 'progress') opts.onProgress?.(msg.doneBytes, msg.totalBytes, msg.file);
      else if (msg.type === 'done') {
        finish();
        resolve({
          dataset: msg.dataset,
          files: msg.files,
          applied: msg.applied,
          needsMatching: msg.needsMatching,
          ms: msg.ms,
        });
      } else {
        finish();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      finish();
      reject(ev.message ? new Error(ev.message) : new SaidError(message('worker.failed-to-start')));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new SaidError(message('worker.result-lost')));
    };
    const req: ToWorker = { type: 'import', id, files, columnMaps: opts.columnMaps ?? {}, unread: opts.unread ?? [] };
    worker.postMessage(req, transferables(files));
  });
}
