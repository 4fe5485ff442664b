/**
 * Module worker: reads the user's files with the same steps the command line runs — containers
 * opened (expand-containers.ts), then the import — so parsing a large CSV never freezes the page.
 * Started by import-client.ts.
 *
 * Between the two, each CSV's header line is read and a remembered column map for exactly
 * those headers is applied; after it, each CSV that still has no coordinate columns is sent
 * back as a column-matching request with a preview of its first rows.
 */
import { autoColumnMap, needsColumnMatch, savedColumnMapFor } from '../domain/column-match.ts';
import { tableBuffers } from '../domain/building-table.ts';
import type { FileReport } from '../domain/import-report.ts';
import { addUnreadFiles } from '../domain/unread-files.ts';
import { blobSource, type FileContent } from '../io/byte-source.ts';
import type { TextEncodingName } from '../io/detect-encoding.ts';
import { BROWSER_LIMITS } from '../io/file-limits.ts';
import { expandContainers } from '../io/expand-containers.ts';
import { importExpandedFiles } from '../io/import-files.ts';
import type { InputFile } from '../io/input-file.ts';
import { csvHead } from './csv-head.ts';
import {
  transferables,
  type AppliedColumnMap,
  type ColumnMatchRequest,
  type FileBytes,
  type FromWorker,
  type ImportRequest,
  type ToWorker,
} from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

/** Fewest milliseconds between two progress messages: the page needs no more. */
const PROGRESS_INTERVAL_MS = 50;
/** Rows the column-matching dialog previews. */
const PREVIEW_ROWS = 5;
const ENCODINGS: readonly string[] = ['utf-8', 'utf-8-bom', 'gb18030', 'utf-16le', 'utf-16be'];

/** A fetched file's bytes as they are; a picked File read a slice at a time (byte-source.ts). */
function contentOf(f: FileBytes): FileContent {
  return f.bytes instanceof Blob ? blobSource(f.bytes) : new Uint8Array(f.bytes);
}

function post(msg: FromWorker, transfer: Transferable[] = []): void {
  scope.postMessage(msg, transfer);
}

/**
 * The request's files as importer inputs (containers already opened: workbooks turned into CSV,
 * Shapefile zips into layers), each CSV with its remembered column map if any.
 */
function inputsOf(
  req: ImportRequest,
  files: readonly InputFile[],
): { inputs: InputFile[]; applied: AppliedColumnMap[] } {
  const applied: AppliedColumnMap[] = [];
  const inputs = files.map((f): InputFile => {
    if (f.problems) return f;
    const head = csvHead(f.name, f.bytes, 0, undefined, f.headerLine);
    const map = head ? savedColumnMapFor(req.columnMaps, head.headers) : null;
    if (!head || !map) return f;
    applied.push({ file: f.name, headers: head.headers, map });
    return { ...f, columnMap: map };
  });
  return { inputs, applied };
}

function matchRequests(inputs: readonly InputFile[], reports: readonly FileReport[]): ColumnMatchRequest[] {
  const out: ColumnMatchRequest[] = [];
  inputs.forEach((input) => {
    // By name: each input (a zip's layer too, once opened) has its report under its own name.
    const report = reports.find((r) => r.file === input.name);
    if (!report || !needsColumnMatch(report)) return;
    const enc = ENCODINGS.includes(report.encoding) ? (report.encoding as TextEncodingName) : undefined;
    const headerLine = report.headerLine ?? 1;
    const head = csvHead(input.name, input.bytes, PREVIEW_ROWS, enc, headerLine);
    const headers = report.columns.map((c) => c.header);
    out.push({
      file: input.name,
      headers,
      preview: head?.rows ?? [],
      initial: input.columnMap ? { ...input.columnMap } : autoColumnMap(headers),
      headerLine,
      head: report.head?.rows ?? [],
    });
  });
  return out;
}

scope.onmessage = async (ev: MessageEvent<ToWorker>) => {
  const req = ev.data;
  if (req.type !== 'import') return;
  const t0 = performance.now();
  let lastPost = -Infinity;
  try {
    const files = await expandContainers(
      req.files.map((f): InputFile => ({ name: f.name, bytes: contentOf(f), ...f.options })),
    );
    const { inputs, applied } = inputsOf(req, files);
    const dataset = importExpandedFiles(inputs, {
      maxRows: BROWSER_LIMITS.rows,
      onProgress(doneBytes, totalBytes, file) {
        const now = performance.now();
        if (now - lastPost < PROGRESS_INTERVAL_MS && doneBytes < totalBytes) return;
        lastPost = now;
        post({ type: 'progress', id: req.id, doneBytes, totalBytes, file });
      },
    });
    const needsMatching = matchRequests(inputs, dataset.report.files);
    const withUnread = { ...dataset, report: addUnreadFiles(dataset.report, req.unread) };
    const transfer = new Set<Transferable>([...tableBuffers(dataset.buildings), ...transferables(req.files)]);
    post(
      {
        type: 'done',
        id: req.id,
        dataset: withUnread,
        files: req.files,
        applied,
        needsMatching,
        ms: performance.now() - t0,
      },
      [...transfer],
    );
  } catch (e) {
    post({ type: 'failed', id: req.id, message: e instanceof Error ? `${e.message}` : String(e) });
  }
};
