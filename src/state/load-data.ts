/**
 * Loading: fetch the sample or take the user's files, read them in the import worker, replace
 * the dataset. The newest load wins; an older one still under way is dropped.
 */
import { ImportCancelled, importInWorker } from '../workers/import-client.ts';
import type { FileBytes } from '../workers/protocol.ts';
import type { DataSource } from './data-slice.ts';
import { SAMPLE_FILES, type SampleFile } from './sample-files.ts';
import { useAtlas } from './store.ts';

/** Performance marks: from the start of a load to its dataset arriving. */
export const MARK_LOAD_START = 'atlas:load-start';
export const MARK_DATA_READY = 'atlas:data-ready';

let loadToken = 0;

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function readAll(label: string, source: DataSource, getFiles: () => Promise<FileBytes[]>): Promise<void> {
  const token = ++loadToken;
  const isCurrent = (): boolean => token === loadToken;
  const store = useAtlas.getState();
  performance.mark(MARK_LOAD_START);
  store.startLoading(label, 'fetching');
  let files: FileBytes[];
  try {
    files = await getFiles();
  } catch (e) {
    if (isCurrent()) store.endLoading(message(e));
    return;
  }
  if (!isCurrent()) return;
  const totalBytes = files.reduce((s, f) => s + f.bytes.byteLength, 0);
  store.setProgress({ phase: 'reading', doneBytes: 0, totalBytes });
  try {
    const dataset = await importInWorker(files, (doneBytes, total, file) => {
      if (isCurrent()) useAtlas.getState().setProgress({ doneBytes, totalBytes: total, file });
    });
    if (!isCurrent()) return;
    useAtlas.getState().setDataset(dataset, source);
    performance.mark(MARK_DATA_READY);
    useAtlas.getState().endLoading();
  } catch (e) {
    if (e instanceof ImportCancelled || !isCurrent()) return;
    useAtlas.getState().endLoading(`读取文件时出错：${message(e)} (reading the files failed)`);
  }
}

async function fetchSample(f: SampleFile): Promise<FileBytes> {
  let res: Response;
  try {
    res = await fetch(f.url);
  } catch (e) {
    throw new Error(`示例数据 ${f.name} 无法读取：${message(e)} (the sample file could not be fetched)`);
  }
  if (!res.ok) throw new Error(`示例数据 ${f.name} 无法读取：HTTP ${res.status} (the sample file could not be fetched)`);
  return { name: f.name, bytes: await res.arrayBuffer() };
}

/** Load the bundled sample district. */
export function loadSample(): Promise<void> {
  return readAll('示例数据 sample', { kind: 'sample' }, () => Promise.all(SAMPLE_FILES.map(fetchSample)));
}

/** Load the user's own files, replacing the dataset. */
export function loadUserFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const names = files.map((f) => f.name);
  return readAll(names.join('、'), { kind: 'files', names }, () =>
    Promise.all(files.map(async (f) => ({ name: f.name, bytes: await f.arrayBuffer() }))),
  );
}
