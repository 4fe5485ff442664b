/**
 * Loading: fetch the sample or the `?data=` URLs, or take the user's files, read them in the
 * import worker, replace the dataset. The newest load wins; an older one still under way is
 * dropped. A CSV whose columns name no coordinates holds the load back and opens the
 * column-matching dialog; matching reads the same files again with the user's column map. The
 * user's own files are kept in the browser once on screen (keep-files.ts), and a page opened
 * without `?data=` or `?sample=` opens on them again.
 */
import { headerSignature, type ColumnMap } from '../../domain/column-match.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import { ImportCancelled, importInWorker, type ImportResult } from '../../workers/import-client.ts';
import { fileSize, type ColumnMatchRequest, type FileBytes, type FileOptions } from '../../workers/protocol.ts';
import { message, SaidError, type Message } from '../../domain/messages/render.ts';
import { rememberMap, savedColumnMaps } from './column-memory.ts';
import type { DataSource } from '../state-types.ts';
import { gatherFiles, gatherSample, gatherUrls, nameOfUrl, type Gathered } from './gather-files.ts';
import { forgetKeptFiles, keepLoad, keptToOpen } from './keep-files.ts';
import { loadNotices, unreadWhy } from './load-notices.ts';
import { reopenInputs } from '../persist/kept-records.ts';
import { useAtlas } from '../store.ts';
import { openingOf, parseAtlasParams, withSampleParam } from '../url/atlas-params.ts';
import { parseViewParams } from '../url/parse-view-params.ts';
import { startViewSync } from '../url/view-sync.ts';
import { DEFAULT_SAMPLE, SAMPLES, type SampleKey } from './sample-files.ts';

/** Performance marks: from the start of a load to its dataset arriving. */
export const MARK_LOAD_START = 'atlas:load-start';
export const MARK_DATA_READY = 'atlas:data-ready';

/**
 * Where a load's files came from, which decides whether they are kept for the next visit: the
 * user's own ('user') are; those reopened from the last visit ('kept', loaded then) are already.
 */
type Origin = { kind: 'sample' | 'urls' | 'user' } | { kind: 'kept'; savedAt: string; files: number };

/** What a load is: its label for the status line, the source it shows as, where its files came from. */
interface Asked {
  label: string | Message;
  source: DataSource;
  origin: Origin;
}

/** A load held back until the user matches a CSV's columns. */
interface Pending {
  asked: Asked;
  result: ImportResult;
  unread: UnreadFile[];
}

let loadToken = 0;
let pending: Pending | null = null;

/** The files on screen, kept to read again with a file's options changed (rereadWith). */
interface LastLoad {
  asked: Asked;
  files: FileBytes[];
  unread: UnreadFile[];
}
let last: LastLoad | null = null;

/** Why a load failed: the error's message when it carries one, else its text as it is. */
function why(e: unknown): string | Message {
  return e instanceof SaidError ? e.said : e instanceof Error ? e.message : String(e);
}

async function readAll(asked: Asked, gather: () => Promise<Gathered>, matchedNow: string | null = null): Promise<void> {
  const token = ++loadToken;
  const isCurrent = (): boolean => token === loadToken;
  const store = useAtlas.getState();
  pending = null;
  performance.mark(MARK_LOAD_START);
  store.startLoading(asked.label, 'fetching');
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
      columnMaps: got.columnMaps ?? savedColumnMaps(),
      unread: got.unread,
      onProgress: (doneBytes, total, file) => {
        if (isCurrent()) useAtlas.getState().setProgress({ doneBytes, totalBytes: total, file });
      },
    });
    if (!isCurrent()) return;
    if (result.needsMatching.length > 0) {
      pending = { asked, result, unread: got.unread };
      // Reopened files whose columns were not matched last time: shown as they were then, no dialog.
      if (asked.origin.kind === 'kept') return finishUnmatched(result.needsMatching[0]);
      useAtlas.getState().endLoading();
      useAtlas.getState().setColumnMatch(result.needsMatching[0]);
      return;
    }
    finish(asked, result, got.unread, matchedNow);
  } catch (e) {
    if (e instanceof ImportCancelled || !isCurrent()) return;
    if (asked.origin.kind === 'kept') return reopenFailed(why(e), true);
    useAtlas.getState().endLoading(message('load.failed', { detail: why(e) }));
  }
}

/**
 * Show the dataset, with notices for remembered column maps used and files not read; the user's
 * own files are then kept for the next visit.
 */
function finish(asked: Asked, result: ImportResult, unread: readonly UnreadFile[], matchedNow: string | null): void {
  const s = useAtlas.getState();
  const { dataset } = result;
  last = { asked, files: result.files, unread: [...unread] };
  s.setDataset(dataset, asked.source);
  performance.mark(MARK_DATA_READY);
  s.endLoading();
  const { origin } = asked;
  if (origin.kind === 'user') void keepLoad(dataset, result.files, unread, result.applied);
  if (origin.kind === 'kept') s.setKept({ state: 'reopened', savedAt: origin.savedAt, files: origin.files });
  for (const n of loadNotices(result.applied, unread, matchedNow)) s.addNotice(n);
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
  return readAll(p.asked, () => Promise.resolve({ files, unread: p.unread }), headerSignature(headers));
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
  // Reopened files read another way are the user's new choice: kept again, with it.
  const asked: Asked = l.asked.origin.kind === 'kept' ? { ...l.asked, origin: { kind: 'user' } } : l.asked;
  return readAll(asked, () => Promise.resolve({ files, unread: l.unread }));
}

/** The dialog's 取消: show what could be read; the report says why the CSV's rows were not loaded. */
export function cancelColumnMatch(): void {
  finishUnmatched(useAtlas.getState().columnMatch);
}

/** Show the held-back load without the CSV whose columns are not matched, with a notice naming it. */
function finishUnmatched(request: ColumnMatchRequest | null): void {
  const p = pending;
  pending = null;
  useAtlas.getState().setColumnMatch(null);
  if (!p) return;
  finish(p.asked, p.result, p.unread, null);
  if (request) {
    useAtlas.getState().addNotice({
      id: `columns:${request.file}`,
      tone: 'warn',
      message: message('load.columns-not-matched', { file: request.file }),
    });
  }
}

/** Write which sample is on screen into the address (`?sample=lishu`), or none (the default, or the user's files). */
function setSampleParam(key: SampleKey | null): void {
  const href = typeof window === 'undefined' ? null : withSampleParam(window.location.href, key);
  if (href !== null && href !== window.location.href) window.history.replaceState(window.history.state, '', href);
}

/**
 * Load a bundled sample district; the address says which (`?sample=lishu`; none for the
 * default), so that a copied link opens the same sample. Files kept from the user's last load
 * stay kept (backToSample forgets them).
 */
export function loadSample(key: SampleKey = DEFAULT_SAMPLE): Promise<void> {
  setSampleParam(key);
  const label = message('load.sample', { district: SAMPLES[key].district, districtEn: SAMPLES[key].districtEn });
  return readAll({ label, source: { kind: 'sample', sample: key }, origin: { kind: 'sample' } }, () =>
    gatherSample(key),
  );
}

/**
 * The user's choice of a sample (the picker, 示例数据, 返回示例数据): the files kept from their
 * last load are forgotten, so the next visit opens the sample too.
 */
export function backToSample(key: SampleKey = DEFAULT_SAMPLE): Promise<void> {
  void forgetKeptFiles();
  return loadSample(key);
}

/** Load files published at these URLs (`?data=`); those that fail are listed in the report with why. */
export function loadUrls(urls: readonly string[]): Promise<void> {
  const names = urls.map(nameOfUrl);
  return readAll({ label: names.join('、'), source: { kind: 'files', names }, origin: { kind: 'urls' } }, () =>
    gatherUrls(urls),
  );
}

/**
 * Load the user's own files, replacing the dataset; once on screen they are kept for the next
 * visit, which the address then no longer sends to a sample.
 */
export function loadUserFiles(files: readonly File[]): Promise<void> {
  if (files.length === 0) return Promise.resolve();
  const names = files.map((f) => f.name);
  setSampleParam(null);
  return readAll({ label: names.join('、'), source: { kind: 'files', names }, origin: { kind: 'user' } }, () =>
    gatherFiles(files),
  );
}

/**
 * The kept files could not be opened again: open the sample and say why. Files the import failed
 * on are forgotten (read again they would fail again); a database that did not answer keeps them.
 */
async function reopenFailed(detail: string | Message, forget: boolean): Promise<void> {
  if (forget) void forgetKeptFiles();
  await loadSample();
  const s = useAtlas.getState();
  if (s.source?.kind === 'sample')
    s.addNotice({ id: 'kept-reopen', tone: 'warn', message: message('kept.reopen-failed', { detail }) });
}

/** Open the user's files kept from their last load, as they were read then; the sample when none are kept. */
async function reopenKept(): Promise<void> {
  const token = loadToken;
  let record;
  try {
    record = await keptToOpen();
  } catch (e) {
    if (token === loadToken) await reopenFailed(why(e), false);
    return;
  }
  if (token !== loadToken) return; // the user loaded something meanwhile
  if (!record) return loadSample();
  const got = reopenInputs(record, savedColumnMaps());
  const names = got.files.map((f) => f.name);
  const origin: Origin = { kind: 'kept', savedAt: record.savedAt, files: names.length };
  return readAll({ label: message('kept.label'), source: { kind: 'files', names }, origin }, async () => got);
}

let opened: Promise<void> | null = null;

/**
 * Open the page as its address asks: the view (filter, street office, plan year, colouring,
 * rules: url/parse-view-params.ts), applied to whatever data opens; `?data=`, which loads those
 * files; else `?sample=`; else the user's files kept from their last load, else the sample
 * (url/atlas-params.ts openingOf). From then on the address follows the view. Once per page: a
 * second call (React's StrictMode mounts twice) gets the first one's promise.
 */
export function startFromUrl(): Promise<void> {
  opened ??= openAsAsked();
  return opened;
}

function openAsAsked(): Promise<void> {
  const params = parseAtlasParams(window.location.href);
  startViewSync(parseViewParams(window.location.href));
  const opening = openingOf(params);
  return opening === 'data' ? loadUrls(params.data) : opening === 'sample' ? loadSample(params.sample) : reopenKept();
}
