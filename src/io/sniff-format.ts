/**
 * What a file is, told from its bytes first and its name only when the bytes do not say: an old
 * Excel workbook (.xls: an OLE2/CFB file with a Workbook or Book stream), KML, a zip (opened by
 * expand-containers.ts, which asks zipFormat what it holds), a format the importer cannot read
 * (Word, PowerPoint, PDF, images, WPS, RAR/7z, Access, and the web pages and XML that systems
 * export as ".xls": rejected whole, never read as CSV text), or text (CSV or JSON, as before).
 *
 * The CFB directory is read from the file's own sectors (a few ranges of a ByteSource, never the
 * whole file): the header's FAT sector list, then the directory's sector chain.
 */
import type { UnreadFormat } from '../domain/messages/formats.ts';
import { readRange, type FileContent } from './byte-source.ts';
import { isXlsxZip } from './read-shapefile-zip.ts';

export type { UnreadFormat };

export type SniffedFormat =
  | { kind: 'xls' }
  | { kind: 'kml' }
  | { kind: 'zip' }
  | { kind: 'unread'; format: UnreadFormat; by: 'bytes' | 'name' }
  | { kind: 'text' };

const ascii = (b: Uint8Array, at: number, s: string): boolean =>
  b.length >= at + s.length && [...s].every((ch, i) => b[at + i] === ch.charCodeAt(0));
const bytesAt = (b: Uint8Array, at: number, xs: readonly number[]): boolean =>
  b.length >= at + xs.length && xs.every((x, i) => b[at + i] === x);
const u16 = (b: Uint8Array, o: number): number => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number): number => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Is this an OLE2 compound file (.xls, .doc, .ppt, WPS's .et/.wps/.dps)? */
export function isCfb(head: Uint8Array): boolean {
  return bytesAt(head, 0, CFB_MAGIC);
}

/** Formats known by their first bytes alone. */
const MAGIC: readonly [UnreadFormat, (b: Uint8Array) => boolean][] = [
  ['pdf', (b) => ascii(b, 0, '%PDF')],
  ['png', (b) => bytesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['jpeg', (b) => bytesAt(b, 0, [0xff, 0xd8, 0xff])],
  ['gif', (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')],
  // "BM" could begin a line of text; the header's reserved bytes (zeros) never do.
  ['bmp', (b) => ascii(b, 0, 'BM') && bytesAt(b, 6, [0, 0, 0, 0])],
  ['webp', (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP')],
  ['tiff', (b) => bytesAt(b, 0, [0x49, 0x49, 0x2a, 0x00]) || bytesAt(b, 0, [0x4d, 0x4d, 0x00, 0x2a])],
  ['rar', (b) => ascii(b, 0, 'Rar!\x1a\x07')],
  ['7z', (b) => bytesAt(b, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])],
  ['access', (b) => ascii(b, 4, 'Standard Jet DB') || ascii(b, 4, 'Standard ACE DB')],
];

/** Extensions that say a format when the bytes do not (a damaged file, a CFB of unknown streams). */
const BY_NAME: Readonly<Record<string, UnreadFormat>> = {
  doc: 'doc',
  dot: 'doc',
  docx: 'docx',
  ppt: 'ppt',
  pps: 'ppt',
  pptx: 'pptx',
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  bmp: 'bmp',
  webp: 'webp',
  tif: 'tiff',
  tiff: 'tiff',
  et: 'et',
  ett: 'et',
  wps: 'wps',
  wpt: 'wps',
  dps: 'dps',
  dpt: 'dps',
  rar: 'rar',
  '7z': '7z',
  mdb: 'access',
  accdb: 'access',
  ofd: 'ofd',
};

const extension = (name: string): string => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';

function byName(name: string): SniffedFormat | null {
  const format = BY_NAME[extension(name)];
  return format ? { kind: 'unread', format, by: 'name' } : null;
}

/** Sector numbers at or above this end a chain or mark a free sector. */
const END = 0xfffffffa;
/** Most sectors followed in one chain: a broken file's loop ends here. */
const MAX_CHAIN = 4096;

/** The FAT's sector numbers: the header's first 109, then the DIFAT chain's. */
function fatSectors(head: Uint8Array, sector: (n: number) => Uint8Array, size: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = u32(head, 76 + 4 * i);
    if (s >= END) return out;
    out.push(s);
  }
  for (let d = u32(head, 68), k = 0; d < END && k < MAX_CHAIN; k++) {
    const b = sector(d);
    if (b.length < size) break;
    for (let i = 0; i < size / 4 - 1; i++) if (u32(b, 4 * i) < END) out.push(u32(b, 4 * i));
    d = u32(b, size - 4);
  }
  return out;
}

/**
 * The names in a compound file's directory (streams and storages), read from its sectors; empty
 * when the header or the directory cannot be read.
 * @example cfbNames(xlsBytes) // ['Root Entry', 'Workbook', ...]
 */
export function cfbNames(content: FileContent): string[] {
  const head = readRange(content, 0, 512);
  if (!isCfb(head) || head.length < 512) return [];
  const shift = u16(head, 30);
  if (shift !== 9 && shift !== 12) return [];
  const size = 1 << shift;
  const sector = (n: number): Uint8Array => readRange(content, (n + 1) * size, (n + 2) * size);
  const fat = fatSectors(head, sector, size);
  const next = (n: number): number => {
    const at = fat[Math.floor(n / (size / 4))];
    const b = at === undefined ? new Uint8Array(0) : sector(at);
    const o = (n % (size / 4)) * 4;
    return b.length >= o + 4 ? u32(b, o) : END;
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let s = u32(head, 48); s < END && !seen.has(s) && seen.size < MAX_CHAIN; s = next(s)) {
    seen.add(s);
    const dir = sector(s);
    for (let o = 0; o + 128 <= dir.length; o += 128) {
      const len = u16(dir, o + 64);
      if (dir[o + 66] === 0 || len < 2 || len > 64) continue;
      names.push(String.fromCharCode(...Array.from({ length: len / 2 - 1 }, (_, i) => u16(dir, o + 2 * i))));
    }
  }
  return names;
}

/** A compound file by the streams its directory holds, else by its name. */
function cfbFormat(name: string, content: FileContent): SniffedFormat {
  const names = new Set(cfbNames(content).map((n) => n.toLowerCase()));
  if (names.has('workbook') || names.has('book')) return { kind: 'xls' };
  if (names.has('worddocument'))
    return { kind: 'unread', format: extension(name) === 'wps' ? 'wps' : 'doc', by: 'bytes' };
  if (names.has('powerpoint document'))
    return { kind: 'unread', format: extension(name) === 'dps' ? 'dps' : 'ppt', by: 'bytes' };
  // A damaged workbook is still read as one, so that its report says what is wrong with it.
  if (/^xl[st]$/.test(extension(name))) return { kind: 'xls' };
  return byName(name) ?? { kind: 'unread', format: 'cfb', by: 'bytes' };
}

/** A format the first bytes alone tell (no CFB directory, no zip entries), or null. */
export function magicFormat(head: Uint8Array): UnreadFormat | null {
  return MAGIC.find(([, test]) => test(head))?.[0] ?? null;
}

/** The head as ASCII-ish text to look for markup in: BOM and leading spaces gone, UTF-16's zero bytes too. */
function markupHead(head: Uint8Array): string {
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  const bytes = utf16 ? head.subarray(2).filter((b) => b !== 0) : head;
  return String.fromCharCode(...bytes.subarray(0, 1024))
    .replace(/^\xef\xbb\xbf/, '')
    .trimStart();
}

/** KML text: an XML declaration then a <kml> element, or <kml> itself (BOM and spaces allowed). */
export function isKmlHead(head: Uint8Array): boolean {
  const text = markupHead(head);
  return text.startsWith('<kml') || (text.startsWith('<?xml') && /<kml[\s>]/.test(text));
}

/**
 * Markup that is not KML but a table a system exported with an .xls name: a web page (HTML), or
 * Excel 2003's XML spreadsheet. Neither is a CSV.
 */
function tableMarkup(head: Uint8Array): UnreadFormat | null {
  const text = markupHead(head).toLowerCase();
  if (/^<(!doctype html|html|table|meta)[\s>]/.test(text) || (text.startsWith('<?xml') && /<html[\s>]/.test(text)))
    return 'html';
  if (text.startsWith('<?xml') && /urn:schemas-microsoft-com:office:spreadsheet|progid="excel\.sheet"/.test(text))
    return 'xml-spreadsheet';
  return null;
}

/**
 * What the file is, from its bytes, then its name.
 * @example sniffFormat('会议纪要.doc', docBytes) // { kind: 'unread', format: 'doc', by: 'bytes' }
 */
export function sniffFormat(name: string, content: FileContent): SniffedFormat {
  const head = readRange(content, 0, 1024);
  if (bytesAt(head, 0, [0x50, 0x4b, 0x03, 0x04])) return { kind: 'zip' };
  if (isCfb(head)) return cfbFormat(name, content);
  const magic = magicFormat(head);
  if (magic) return { kind: 'unread', format: magic, by: 'bytes' };
  if (isKmlHead(head)) return { kind: 'kml' };
  const markup = tableMarkup(head);
  if (markup) return { kind: 'unread', format: markup, by: 'bytes' };
  return byName(name) ?? { kind: 'text' };
}

export type ZipFormat = 'xlsx' | 'shapefile' | 'kmz' | { kind: 'unread'; format: UnreadFormat; by: 'bytes' | 'name' };

/**
 * What a zip holds, from its entry names: an .xlsx, Shapefiles, KML (a .kmz), an Office or OFD
 * document; a zip of none of these is read as a Shapefile zip (which says it holds no .shp).
 * @example zipFormat('小区.kmz', ['doc.kml', 'files/a.png']) // 'kmz'
 */
export function zipFormat(name: string, entries: readonly string[]): ZipFormat {
  const names = entries.filter((n) => !n.includes('__MACOSX/'));
  if (isXlsxZip(names)) return 'xlsx';
  if (names.some((n) => /\.shp$/i.test(n))) return 'shapefile';
  if (names.some((n) => /\.kml$/i.test(n))) return 'kmz';
  const office = names.includes('[Content_Types].xml');
  if (office && names.some((n) => n.startsWith('word/'))) return { kind: 'unread', format: 'docx', by: 'bytes' };
  if (office && names.some((n) => n.startsWith('ppt/'))) return { kind: 'unread', format: 'pptx', by: 'bytes' };
  if (names.some((n) => /^OFD\.xml$/i.test(n))) return { kind: 'unread', format: 'ofd', by: 'bytes' };
  const named = byName(name);
  return named && named.kind === 'unread' ? named : 'shapefile';
}
