/**
 * Which text encoding a user's file is in. A BOM decides; otherwise a file that is valid
 * UTF-8 throughout is UTF-8, and anything else is read as GB18030 (a superset of GBK and
 * GB2312, which Excel and WPS write in China).
 */

import { readRange, sizeOf, type FileContent } from './byte-source.ts';

export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * True when every byte sequence is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
 * A plain loop over the bytes: no string is made, so a 100 MB file costs no extra memory.
 * @example isValidUtf8(new TextEncoder().encode('薛城')) // true
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  const n = bytes.length;
  // ASCII runs four bytes at a time through an aligned 32-bit view.
  const wordStart = (4 - (bytes.byteOffset & 3)) & 3;
  const wordCount = n > wordStart ? (n - wordStart) >> 2 : 0;
  const words =
    wordCount > 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset + wordStart, wordCount) : new Uint32Array(0);
  let i = 0;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      if ((i - wordStart) % 4 === 0 && i >= wordStart) {
        let w = (i - wordStart) >> 2;
        while (w < words.length && (words[w] & 0x80808080) === 0) w++;
        const next = wordStart + (w << 2);
        i = next > i ? next : i + 1;
      } else i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      if (i + 1 >= n || (bytes[i + 1] & 0xc0) !== 0x80) return false;
      i += 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      if (i + 2 >= n) return false;
      const b1 = bytes[i + 1];
      if ((b1 & 0xc0) !== 0x80 || (bytes[i + 2] & 0xc0) !== 0x80) return false;
      if (b === 0xe0 && b1 < 0xa0) return false; // overlong
      if (b === 0xed && b1 >= 0xa0) return false; // surrogate
      i += 3;
    } else if (b >= 0xf0 && b <= 0xf4) {
      if (i + 3 >= n) return false;
      const b1 = bytes[i + 1];
      if ((b1 & 0xc0) !== 0x80 || (bytes[i + 2] & 0xc0) !== 0x80 || (bytes[i + 3] & 0xc0) !== 0x80) return false;
      if (b === 0xf0 && b1 < 0x90) return false;
      if (b === 0xf4 && b1 >= 0x90) return false;
      i += 4;
    } else return false;
  }
  return true;
}

/**
 * The encoding of a file's bytes.
 * @example detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])) // 'utf-8-bom'
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isValidUtf8(bytes) ? 'utf-8' : 'gb18030';
}

/** An encoding guessed from a file's first bytes; `certain` when the guess covers the whole file. */
export interface SniffedEncoding {
  encoding: TextEncodingName;
  certain: boolean;
}

/**
 * A quick guess from the BOM or the first `sampleBytes`: `certain` is false when the sample is
 * valid UTF-8 but the rest has not been checked. The reader then decodes strictly and, should a
 * later byte not be UTF-8, starts the file again as GB18030 (see read-csv-file.ts). This saves a
 * second pass over every byte of the common UTF-8 file.
 * @example sniffEncoding(new TextEncoder().encode('楼栋编号')) // { encoding: 'utf-8', certain: false }
 */
export function sniffEncoding(content: FileContent, sampleBytes = 1 << 16): SniffedEncoding {
  const bytes = readRange(content, 0, sampleBytes + 1);
  const bom = detectEncoding(bytes.subarray(0, 3));
  if (bom === 'utf-8-bom' || bom === 'utf-16le' || bom === 'utf-16be') return { encoding: bom, certain: true };
  if (sizeOf(content) <= sampleBytes) return { encoding: detectEncoding(bytes), certain: true };
  // Cut the sample before a character that the sample's end splits.
  let end = sampleBytes;
  for (let back = 0; back < 3 && end > 0 && (bytes[end - 1] & 0xc0) === 0x80; back++) end--;
  if (end > 0 && bytes[end - 1] >= 0xc0) end--;
  return isValidUtf8(bytes.subarray(0, end))
    ? { encoding: 'utf-8', certain: false }
    : { encoding: 'gb18030', certain: true };
}

/** Thrown by a strict UTF-8 decode when the bytes are not UTF-8 after all. */
export class NotUtf8Error extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/** Bytes of the BOM that `detectEncoding` found. */
export function bomLength(enc: TextEncodingName): number {
  return enc === 'utf-8-bom' ? 3 : enc === 'utf-16le' || enc === 'utf-16be' ? 2 : 0;
}

/**
 * Decode bytes in slices of `chunkBytes`, yielding text pieces; multi-byte characters split
 * across slices are carried over by the streaming decoder. `strict` throws NotUtf8Error on a
 * byte sequence the encoding does not allow, instead of writing U+FFFD. A ByteSource is read one
 * slice at a time, so the whole file is never in memory.
 */
export function* decodeInChunks(
  content: FileContent,
  enc: TextEncodingName,
  chunkBytes = 1 << 20,
  strict = false,
): Generator<string> {
  const label = enc === 'utf-8-bom' ? 'utf-8' : enc;
  const decoder = new TextDecoder(label, { ignoreBOM: true, fatal: strict });
  const start = bomLength(enc);
  const size = sizeOf(content);
  for (let p = start; p < size; p += chunkBytes) {
    const end = Math.min(size, p + chunkBytes);
    let text: string;
    try {
      text = decoder.decode(readRange(content, p, end), { stream: end < size });
    } catch {
      throw new NotUtf8Error();
    }
    yield text;
  }
  if (size <= start) yield '';
}

/** Decode a whole (small) file to one string. */
export function decodeText(bytes: Uint8Array, enc: TextEncodingName = detectEncoding(bytes)): string {
  let s = '';
  for (const piece of decodeInChunks(bytes, enc)) s += piece;
  return s;
}
