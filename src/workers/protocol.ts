/**
 * Messages between the page and the import worker. Files go in as ArrayBuffers (transferred,
 * so the page gives them up); the dataset comes back with its building columns transferred.
 */
import type { Dataset } from '../io/import-files.ts';

/** One file to read: its name as the user gave it and its bytes. */
export interface FileBytes {
  name: string;
  bytes: ArrayBuffer;
}

/** Page -> worker. `id` ties the answers to the request. */
export interface ImportRequest {
  type: 'import';
  id: number;
  files: FileBytes[];
}

export type ToWorker = ImportRequest;

/** Bytes read so far over all files of the request. */
export interface ImportProgress {
  type: 'progress';
  id: number;
  doneBytes: number;
  totalBytes: number;
  /** File being read. */
  file: string;
}

export interface ImportDone {
  type: 'done';
  id: number;
  dataset: Dataset;
  /** Time spent in importFiles, ms. */
  ms: number;
}

/** A bug, not a bad file: bad files are reported inside the dataset's import report. */
export interface ImportFailed {
  type: 'failed';
  id: number;
  message: string;
}

export type FromWorker = ImportProgress | ImportDone | ImportFailed;
