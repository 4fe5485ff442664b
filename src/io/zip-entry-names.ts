/**
 * Zip entry names as they were meant. A zip made on a Chinese Windows (its Explorer, WinRAR,
 * 360压缩, 好压) writes names in GBK without the UTF-8 flag (bit 11 of the general-purpose flags);
 * fflate reads such a name as Latin-1, so 小区.shp came out as "Ð¡Çø.shp". The central directory
 * keeps each name's bytes and flag: a name without the flag whose bytes are not ASCII is read as
 * UTF-8 when they are valid UTF-8 (some tools leave the flag off), else as GB18030.
 */
import { isValidUtf8 } from './detect-encoding.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const UTF8_FLAG = 0x0800;

/** Offset of the end-of-central-directory record, searched back over a comment of up to 64 KB; -1 if none. */
function endOfCentralDirectory(v: DataView): number {
  const last = v.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) if (v.getUint32(at, true) === EOCD) return at;
  return -1;
}

/** A name's raw bytes as fflate gives a name without the UTF-8 flag: each byte a Latin-1 character. */
function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

/**
 * The entries whose names fflate read as Latin-1 but were written in another encoding: fflate's
 * name -> the name as meant. Empty for an archive whose names are ASCII or flagged UTF-8, and for
 * one whose central directory cannot be read (fflate's names are kept then).
 * @example zipNameFixes(zipWithGbkName).get('Ð¡Çø.shp') // '小区.shp'
 */
export function zipNameFixes(zip: Uint8Array): Map<string, string> {
  const fixes = new Map<string, string>();
  const v = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = endOfCentralDirectory(v);
  if (end < 0) return fixes;
  const count = v.getUint16(end + 10, true);
  let at = v.getUint32(end + 16, true);
  const gb = new TextDecoder('gb18030');
  for (let i = 0; i < count && at + 46 <= zip.length && v.getUint32(at, true) === CENTRAL; i++) {
    const flags = v.getUint16(at + 8, true);
    const nameLength = v.getUint16(at + 28, true);
    const skip = nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
    const raw = zip.subarray(at + 46, Math.min(at + 46 + nameLength, zip.length));
    if (!(flags & UTF8_FLAG) && raw.some((b) => b >= 0x80)) {
      const meant = isValidUtf8(raw) ? new TextDecoder().decode(raw) : gb.decode(raw);
      fixes.set(latin1(raw), meant);
    }
    at += 46 + skip;
  }
  return fixes;
}

/**
 * The entries of an unzipped archive under the names they were meant to have (zipNameFixes).
 * @example renameEntries({ 'Ð¡Çø.shp': shp }, fixes) // { '小区.shp': shp }
 */
export function renameEntries<T>(entries: Record<string, T>, fixes: ReadonlyMap<string, string>): Record<string, T> {
  if (fixes.size === 0) return entries;
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(entries)) out[fixes.get(k) ?? k] = v;
  return out;
}
