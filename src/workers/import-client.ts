/**
 * The page's side of the import worker: one worker per import, ended when it answers.
 * Starting a new import ends the one under way (its promise rejects with ImportCancelled).
 */
import type { Dataset } from '../io/import-files.ts';
import type { FileBytes, FromWorker, ToWorker } from './protocol.ts';

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled by a newer one');
    this.name = 'ImportCancelled';
  }
}

export type ProgressListener = (doneBytes: number, totalBytes: number, file: string) => void;

let current: { worker: Worker; cancel: () => void } | null = null;
let nextId = 1;

/**
 * Read files in the import worker. The ArrayBuffers are transferred: the caller must not use them after.
 * @example const data = await importInWorker([{ name: 'a.csv', bytes }], (d, t) => console.log(d / t));
 */
export function importInWorker(files: FileBytes[], onProgress?: ProgressListener): Promise<Dataset> {
  current?.cancel();
  const id = nextId++;
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'atlas-import' });
  return new Promise<Dataset>((resolve, reject) => {
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
      if (msg.type === 'progress') onProgress?.(msg.doneBytes, msg.totalBytes, msg.file);
      else if (msg.type === 'done') {
        finish();
        resolve(msg.dataset);
      } else {
        finish();
        reject(new Error(msg.message));
      }
    };
    worker.onerror = (ev: ErrorEvent) => {
      ev.preventDefault();
      finish();
      reject(new Error(ev.message || '导入线程无法启动 (the import worker failed to start)'));
    };
    worker.onmessageerror = () => {
      finish();
      reject(new Error('导入结果无法传回页面 (the import result could not be passed back)'));
    };
    const req: ToWorker = { type: 'import', id, files };
    worker.postMessage(req, [...new Set(files.map((f) => f.bytes))]);
  });
}
