/**
 * A PNG's resolution in its own bytes: the pHYs chunk, which says how many pixels make a metre,
 * so that an image viewer, Word or WPS places a 200 dpi picture at its paper size rather than
 * at 96 dpi (a canvas's PNG carries no pHYs).
 */

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Metres per inch. */
const INCH_M = 0.0254;

let crcTable: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as PNG chunks use) of `bytes`. */
function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A chunk's bytes: length, type, data, CRC of type and data. */
function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * The PNG `png` with its resolution set to `dpi` in both directions: a pHYs chunk (unit: metre)
 * put right after IHDR, in place of any pHYs it had. A new array; `png` is left as it was.
 * Throws when `png` is not a PNG (a programmer error: the bytes come from a canvas).
 * @example pngDpi(withPngDpi(canvasPng, 200)) // 200
 */
export function withPngDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new Error('not a PNG');
  const ppm = Math.round(dpi / INCH_M);
  const data = new Uint8Array(9);
  const view = new DataView(data.buffer);
  view.setUint32(0, ppm);
  view.setUint32(4, ppm);
  data[8] = 1;
  const parts: Uint8Array[] = [png.subarray(0, 8)];
  for (const c of chunks(png)) {
    if (c.type === 'pHYs') continue;
    parts.push(png.subarray(c.start, c.end));
    if (c.type === 'IHDR') parts.push(chunk('pHYs', data));
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The resolution a PNG states in its pHYs chunk, in dots per inch (rounded to 0.01), or null
 * when it states none in metres.
 * @example pngDpi(withPngDpi(canvasPng, 200)) // 200
 */
export function pngDpi(png: Uint8Array): number | null {
  for (const c of chunks(png)) {
    if (c.type !== 'pHYs') continue;
    const view = new DataView(png.buffer, png.byteOffset + c.start + 8, 9);
    if (view.getUint8(8) !== 1) return null;
    return Math.round(view.getUint32(0) * INCH_M * 100) / 100;
  }
  return null;
}

/** The chunks of a PNG: type, and where each starts and ends (length field to CRC, inclusive). */
function* chunks(png: Uint8Array): Generator<{ type: string; start: number; end: number }> {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  while (at + 12 <= png.length) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const end = at + 12 + length;
    if (end > png.length) throw new Error(`PNG chunk ${type} runs past the end of the file`);
    yield { type, start: at, end };
    at = end;
  }
}
