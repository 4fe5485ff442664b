/**
 * Module worker: reads the user's files with the same importFiles the command line runs,
 * so parsing a large CSV never freezes the page. Started by import-client.ts.
 */
import { tableBuffers } from '../domain/building-table.ts';
import { importFiles } from '../io/import-files.ts';
import type { FromWorker, ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Fewest milliseconds between two progress messages: the page needs no more. */
const PROGRESS_INTERVAL_MS = 50;

function post(msg: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

scope.onmessage = (ev: MessageEvent<ToWorker>) => {
  const req = ev.data;
  if (req.type !== 'import') return;
  const t0 = performance.now();
  let lastPost = -Infinity;
  try {
    const dataset = importFiles(
      req.files.map((f) => ({ name: f.name, bytes: new Uint8Array(f.bytes) })),
      {
        onProgress(doneBytes, totalBytes, file) {
          const now = performance.now();
          if (now - lastPost < PROGRESS_INTERVAL_MS && doneBytes < totalBytes) return;
          lastPost = now;
          post({ type: 'progress', id: req.id, doneBytes, totalBytes, file });
        },
      },
    );
    post({ type: 'done', id: req.id, dataset, ms: performance.now() - t0 }, tableBuffers(dataset.buildings));
  } catch (e) {
    post({ type: 'failed', id: req.id, message: e instanceof Error ? `${e.message}` : String(e) });
  }
};
