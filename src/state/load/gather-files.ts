/**
 * Getting the bytes of the files to load: the bundled sample, files published at URLs, the
 * user's own files. A file that cannot be had becomes an UnreadFile with its reason, for the
 * import report, instead of failing the whole load.
 */
import type { SavedColumnMaps } from '../../domain/column-match.ts';
import type { UnreadFile } from '../../domain/unread-files.ts';
import { message, messageText, SaidError, type Message } from '../../domain/messages/render.ts';
import { browserRefusalMessage, HEAD_BYTES } from '../../io/file-limits.ts';
import type { FileBytes } from '../../workers/protocol.ts';
import { DEFAULT_SAMPLE, SAMPLES, type SampleFile, type SampleKey } from './sample-files.ts';

/** Files to import, and those that could not be had (listed in the report with their reason). */
export interface Gathered {
  files: FileBytes[];
  unread: UnreadFile[];
  /** The column maps to read them with; those remembered in this browser when absent. */
  columnMaps?: SavedColumnMaps;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** A file not read, with why: the message and its text in both languages (the report's reason). */
function unreadFile(name: string, why: Message): UnreadFile {
  return { name, reason: messageText(why, 'both'), message: why };
}

async function fetchSample(f: SampleFile): Promise<FileBytes> {
  let res: Response;
  try {
    res = await fetch(f.url);
  } catch (e) {
    throw new SaidError(message('fetch.sample-failed', { name: f.name, detail: errorText(e) }));
  }
  if (!res.ok) throw new SaidError(message('fetch.sample-failed', { name: f.name, detail: `HTTP ${res.status}` }));
  return { name: f.name, bytes: await res.arrayBuffer() };
}

/** The bundled sample district; a sample file that cannot be fetched fails the load (a broken build). */
export async function gatherSample(key: SampleKey = DEFAULT_SAMPLE): Promise<Gathered> {
  return { files: await Promise.all(SAMPLES[key].files.map(fetchSample)), unread: [] };
}

/** A file's name from its URL: the last part of the path, decoded. */
export function nameOfUrl(href: string): string {
  const url = new URL(href);
  const last =
    url.pathname
      .split('/')
      .filter((p) => p !== '')
      .pop() ?? '';
  try {
    return decodeURIComponent(last) || url.href;
  } catch {
    return last || url.href;
  }
}

async function fetchFile(href: string): Promise<FileBytes> {
  const url = new URL(href);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new SaidError(message('fetch.not-http', { protocol: url.protocol }));
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new SaidError(message('fetch.failed', { detail: errorText(e) }));
  }
  if (!res.ok) {
    const detail = `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}`;
    throw new SaidError(message('fetch.failed', { detail }));
  }
  // A server that answers every unknown path with the app's page (a single-page-app fallback)
  // says 200 for a missing file: a web page where a data file was asked for means "not there".
  if (/text\/html/i.test(res.headers.get('content-type') ?? '') && !/\.html?$/i.test(url.pathname)) {
    throw new SaidError(message('fetch.web-page'));
  }
  // As a Blob (which the browser may keep on disk), checked from its head like a picked file.
  const blob = await res.blob();
  const name = nameOfUrl(href);
  const refusal = browserRefusalMessage(name, blob.size, new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()));
  if (refusal) throw new SaidError(refusal);
  return { name, bytes: blob };
}

/** Files published at these URLs (`?data=`, resolved already). */
export async function gatherUrls(urls: readonly string[]): Promise<Gathered> {
  const settled = await Promise.allSettled(urls.map(fetchFile));
  const got: Gathered = { files: [], unread: [] };
  settled.forEach((r, k) => {
    if (r.status === 'fulfilled') got.files.push(r.value);
    else if (r.reason instanceof SaidError) got.unread.push(unreadFile(nameOfUrl(urls[k]), r.reason.said));
    else got.unread.push({ name: nameOfUrl(urls[k]), reason: errorText(r.reason) });
  });
  return got;
}

/**
 * The user's own files (picked or dropped), as File handles: the worker reads them a slice at a
 * time. Only each file's first 64 KB is read here, to refuse before any parsing a file the
 * browser cannot hold (file-limits.ts); a refused file is listed with its reason.
 */
export async function gatherFiles(files: readonly File[]): Promise<Gathered> {
  const settled = await Promise.allSettled(
    files.map(async (f): Promise<FileBytes | UnreadFile> => {
      const head = new Uint8Array(await f.slice(0, HEAD_BYTES).arrayBuffer());
      const refusal = browserRefusalMessage(f.name, f.size, head);
      return refusal ? unreadFile(f.name, refusal) : { name: f.name, bytes: f };
    }),
  );
  const got: Gathered = { files: [], unread: [] };
  settled.forEach((r, k) => {
    if (r.status === 'rejected')
      got.unread.push(unreadFile(files[k].name, message('pick.unreadable', { detail: errorText(r.reason) })));
    else if ('reason' in r.value) got.unread.push(r.value);
    else got.files.push(r.value);
  });
  return got;
}
