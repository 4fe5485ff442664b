/**
 * Loading: fetch the sample or the `?data=` URLs, or take the user's files, read them in the
 * import worker, replace the dataset. The newest load wins; an older one still under way is
 * dropped. A CSV whose columns name no coordinates holds the load back and opens the
 * column-matching dialog; matching reads the same files again with the user's column map.
 */
import { describeColumnMap, headerSignature, type ColumnMap } from '../../domain/column-match.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { ImportCancelled, importInWorker, type ImportResult } from '../../workers/import-client.ts';
import { fileSize, type FileBytes, type FileOptions } from '../../workers/protocol.ts';
import { message, SaidError, type Message } from '../../domain/messages/render.ts';
import { rememberMap, savedColumnMaps } from './column-memory.ts';
import type { DataSource } from '../state-types.ts';
import { gatherFiles, gatherSample, gatherUrls, nameOfUrl, type Gathered } from './gather-files.ts';
import { useAtlas } from '../store.ts';
import { parseAtlasParams } from '../url/atlas-params.ts';
import { parseViewParams } from '../url/parse-view-params.ts';
import { startViewSync } from '../url/view-sync.ts';
import { DEFAULT_SAMPLE, SAMPLES, type SampleKey } from './sample-files.ts';

/** Performance marks: from the start of a load to its dataset arriving. */
export const MARK_LOAD_START = 'atlas:load-start';
export const MARK_DATA_READY = 'atlas:data-ready';

/** A load held back until the user matches a CSV's columns. */
interface Pending {
  label: string | Message;
  source: DataSource;
  result: ImportResult;
  unread: UnreadFile[];
}

let loadToken = 0;
let pending: Pending | null = null;

/** The files on screen, kept to read again with a file's options changed (rereadWith). */
interface LastLoad {
  label: string | Message;
  source: DataSource;
  files: FileBytes[];
  unread: UnreadFile[];
}
let last: LastLoad | null = null;

/** Why a load failed: the error's message when it carries one, else its text as it is. */
function why(e: unknown): string | Message {
  return e instanceof SaidError ? e.said : e instanceof Error ? e.message : String(e);
}

/** Why a file could not be read, as a message where it has one. */
const unreadWhy = (u: UnreadFile): string | Message => u.message ?? u.reason;

async function readAll(
  label: string | Message,
  source: DataSource,
  gather: () => Promise<Gathered>,
  matchedNow: string | null = null,
): Promise<void> {
  const token = ++loadToken;
  const isCurrent = (): boolean => token === loadToken;
  const store = useAtlas.getState();
  pending = null;
  performance.mark(MARK_LOAD_START);
  store.startLoading(label, 'fetching');
  let got: Gathered;
  try {
    got = await gather();
  } catch (e) {
    if (isCurrent()) store.endLoading(e instanceof SaidError ? e.said : message('load.failed', { detail: why(e) }));
    return;
  }
  if (!isCurrent()) return;
  if (got.files.length === 0 && got.unread.length > 0 && store.dataset) {
    // Nothing new could be read (a file too big for the browser, say): keep what is on screen.
    store.endLoading(message('load.none-read', { reasons: got.unread.map(unreadWhy) }));
    return;
  }
  const totalBytes = got.files.reduce((s, f) => s + fileSize(f), 0);
  store.setProgress({ phase: 'reading', doneBytes: 0, totalBytes });
  try {
    const result = await importInWorker(got.files, {
      columnMaps: savedColumnMaps(),
      unread: got.unread,
      onProgress: (doneBytes, total, file) => {
        if (isCurrent()) useAtlas.getState().setProgress({ doneBytes, totalBytes: total, file });
      },
    });
    if (!isCurrent()) return;
    if (result.needsMatching.length > 0) {
      pending = { label, source, result, unread: got.unread };
      useAtlas.getState().endLoading();
      useAtlas.getState().setColumnMatch(result.needsMatching[0]);
      return;
    }
    finish(label, result.dataset, source, result, got.unread, matchedNow);
  } catch (e) {
    if (e instanceof ImportCancelled || !isCurrent()) return;
    useAtlas.getState().endLoading(message('load.failed', { detail: why(e) }));
  }
}

/** Show the dataset, with notices for remembered column maps used and files not read. */
function finish(
  label: string | Message,
  dataset: Dataset,
  source: DataSource,
  result: ImportResult,
  unread: readonly UnreadFile[],
  matchedNow: string | null,
): void {
  const s = useAtlas.getState();
  last = { label, source, files: result.files, unread: [...unread] };
  s.setDataset(dataset, source);
  performance.mark(MARK_DATA_READY);
  s.endLoading();
  for (const a of result.applied) {
    const how = describeColumnMap(a.headers, a.map);
    const now = headerSignature(a.headers) === matchedNow;
    s.addNotice({
      id: `columns:${a.file}`,
      tone: 'info',
      message: message(now ? 'load.columns-matched' : 'load.columns-remembered', { file: a.file, how }),
    });
  }
  if (unread.length > 0) {
    s.addNotice({
      id: 'unread',
      tone: 'warn',
      message: message('load.unread', {
        files: unread.map((u) => message('load.unread-file', { name: u.name, reason: unreadWhy(u) })),
      }),
    });
  }
}

/** The dialog's 载入: remember the map for these headers and read the held-back files again with it. */
export function applyColumnMatch(
  map: ColumnMap,
  header: { headers: readonly string[]; line: number } | null = null,
): Promise<void> {
  const p = pending;
  const request = useAtlas.getState().columnMatch;
  if (!p || !request) return Promise.resolve();
  const headers = header?.headers ?? request.headers;
  rememberMap(headers, map);
  useAtlas.getState().setColumnMatch(null);
  // Another header row picked in the dialog: the file is read with its header on that line.
  const line = header && header.line !== request.headerLine ? header.line : null;
  const target = line === null ? undefined : inputOf(p.result.files, request.file);
  const files = p.result.files.map((f) =>
    f === target && line !== null ? { ...f, options: { ...f.options, headerLine: line } } : f,
  );
  return readAll(p.label, p.source, () => Promise.resolve({ files, unread: p.unread }), headerSignature(headers));
}

/** The input file a report entry comes from: itself, or the zip a Shapefile layer (`a.zip/b.shp`) was in. */
function inputOf(files: readonly FileBytes[], reportFile: string): FileBytes | undefined {
  return files.find((f) => f.name === reportFile) ?? files.find((f) => reportFile.startsWith(`${f.name}/`));
}

/** How the file behind this report entry was asked to be read, or null when it is not on screen. */
export function fileOptionsOf(reportFile: string): FileOptions | null {
  const f = last && inputOf(last.files, reportFile);
  return f ? { ...f.options } : null;
}

/**
 * Read the files on screen again with one file's options changed: its coordinate system (the
 * import report's 坐标系 choice or a suggested conversion), its axes swapped, its workbook sheet.
 * `crs: 'wgs84'` reads it as WGS84 whatever its .prj or headers say; `swapXY: false` unswaps. The
 * view is kept where the new data allow; the report then shows the file as read.
 * @example rereadWith('楼栋.csv', { crs: 'gcj02' })
 */
export function rereadWith(reportFile: string, change: FileOptions): Promise<void> {
  const l = last;
  const target = l && inputOf(l.files, reportFile);
  if (!l || !target) return Promise.resolve();
  // An explicit 'wgs84' stays: it overrides a .prj or coordinate headers that name another system.
  const options: FileOptions = { ...target.options, ...change };
  if (!options.swapXY) delete options.swapXY;
  const files = l.files.map((f) => (f === target ? { ...f, options } : f));
  return readAll(l.label, l.source, () => Promise.resolve({ files, unread: l.unread }));
}

/** The dialog's 取消: show what could be read; the report says why the CSV's rows were not loaded. */
export function cancelColumnMatch(): void {
  const p = pending;
  const request = useAtlas.getState().columnMatch;
  pending = null;
  useAtlas.getState().setColumnMatch(null);
  if (!p) return;
  finish(p.label, p.result.dataset, p.source, p.result, p.unread, null);
  if (request) {
    useAtlas.getState().addNotice({
      id: `columns:${request.file}`,
      tone: 'warn',
      message: message('load.columns-not-matched', { file: request.file }),
    });
  }
}

/**
 * Load a bundled sample district; the address says which (`?sample=lishu`; none for the
 * default), so that a copied link opens the same sample.
 */
export function loadSample(key: SampleKey = DEFAULT_SAMPLE): Promise<void> {
  if (typeof window !== 'undefined' && window.history) {
    const url = new URL(window.location.href);
    if (key === DEFAULT_SAMPLE) url.searchParams.delete('sample');
    else url.searchParams.set('sample', key);
    if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url.href);
  }
  return readAll(
    message('load.sample', { district: SAMPLES[key].district, districtEn: SAMPLES[key].districtEn }),
    { kind: 'sample', sample: key },
    () => gatherSample(key),
  );
}

/** Load files published at these URLs (`?data=`); those that fail are listed in the report with why. */
export function loadUrls(urls: readonly string[]): Promise<void> {
  const names = urls.map(nameOfUrl);
  return readAll(names.join('、'), { kind: 'files', names }, () => gatherUrls(urls));
}

/** Load the user's own files, replacing the dataset. */
export function loadUserFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const names = files.map((f) => f.name);
  return readAll(names.join('、'), { kind: 'files', names }, () => gatherFiles(files));
}

/**
 * Open the page as its address asks: the view (filter, street office, plan year, colouring,
 * rules: url/parse-view-params.ts) and `?data=`, which loads those files instead of the sample; from then on
 * the address follows the view.
 */
export function startFromUrl(): Promise<void> {
  const params = parseAtlasParams(window.location.href);
  startViewSync(parseViewParams(window.location.href));
  return params.data.length > 0 ? loadUrls(params.data) : loadSample(params.sample);
}
