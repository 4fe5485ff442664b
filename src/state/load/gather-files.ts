/**
 * Getting the bytes of the files to load: the bundled sample, files published at URLs, the
 * user's own files. A file that cannot be had becomes an UnreadFile with its reason, for the
 * import report, instead of failing the whole load.
 */
import type { UnreadFile } from '../../domain/unread-files.ts';
import { browserRefusal, HEAD_BYTES } from '../../io/file-limits.ts';
import type { FileBytes } from '../../workers/protocol.ts';
import { DEFAULT_SAMPLE, SAMPLES, type SampleFile, type SampleKey } from './sample-files.ts';

/** Files to import, and those that could not be had (listed in the report with their reason). */
export interface Gathered {
  files: FileBytes[];
  unread: UnreadFile[];
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

async function fetchSample(f: SampleFile): Promise<FileBytes> {
  let res: Response;
  try {
    res = await fetch(f.url);
  } catch (e) {
    throw new Error(`示例数据 ${f.name} 无法读取：${message(e)} (the sample file could not be fetched)`);
  }
  if (!res.ok)
    throw new Error(`示例数据 ${f.name} 无法读取：HTTP ${res.status} (the sample file could not be fetched)`);
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
    throw new Error(`不支持的地址 ${url.protocol} (only http and https addresses)`);
  let res: Response;
  try {
    res = await fetch(url);
  } catch (e) {
    throw new Error(`无法下载：${message(e)} (could not be fetched)`);
  }
  if (!res.ok)
    throw new Error(`无法下载：HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''} (could not be fetched)`);
  // A server that answers every unknown path with the app's page (a single-page-app fallback)
  // says 200 for a missing file: a web page where a data file was asked for means "not there".
  if (/text\/html/i.test(res.headers.get('content-type') ?? '') && !/\.html?$/i.test(url.pathname)) {
    throw new Error(
      '服务器返回的是网页而不是数据文件，文件可能不存在 (the server answered with a web page, not the file: it may not exist)',
    );
  }
  // As a Blob (which the browser may keep on disk), checked from its head like a picked file.
  const blob = await res.blob();
  const name = nameOfUrl(href);
  const refusal = browserRefusal(name, blob.size, new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()));
  if (refusal) throw new Error(refusal);
  return { name, bytes: blob };
}

/** Files published at these URLs (`?data=`, resolved already). */
export async function gatherUrls(urls: readonly string[]): Promise<Gathered> {
  const settled = await Promise.allSettled(urls.map(fetchFile));
  const got: Gathered = { files: [], unread: [] };
  settled.forEach((r, k) => {
    if (r.status === 'fulfilled') got.files.push(r.value);
    else got.unread.push({ name: nameOfUrl(urls[k]), reason: message(r.reason) });
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
      const refusal = browserRefusal(f.name, f.size, head);
      return refusal ? { name: f.name, reason: refusal } : { name: f.name, bytes: f };
    }),
  );
  const got: Gathered = { files: [], unread: [] };
  settled.forEach((r, k) => {
    if (r.status === 'rejected')
      got.unread.push({
        name: files[k].name,
        reason: `无法读取：${message(r.reason)} (the browser could not read the file)`,
      });
    else if ('reason' in r.value) got.unread.push(r.value);
    else got.files.push(r.value);
  });
  return got;
}
