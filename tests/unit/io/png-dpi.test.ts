import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pngDpi, withPngDpi } from '../../../src/io/png-dpi.ts';

/** A 2×1 RGB PNG made here with node:zlib, with extra chunks before IEND when given. */
function png(extra: Buffer[] = []): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  const pixels = deflateSync(Buffer.from([0, 255, 0, 0, 0, 0, 255]));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', ihdr),
      ...extra.map((d) => chunk('pHYs', d)),
      chunk('IDAT', pixels),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

/** Chunk types in order, each with its CRC checked by node:zlib. */
function chunkList(bytes: Uint8Array): string[] {
  const b = Buffer.from(bytes);
  const out: string[] = [];
  for (let at = 8; at < b.length;) {
    const len = b.readUInt32BE(at);
    const type = b.toString('latin1', at + 4, at + 8);
    expect(b.readUInt32BE(at + 8 + len), `${type} CRC`).toBe(crc32(b.subarray(at + 4, at + 8 + len)));
    out.push(type);
    at += 12 + len;
  }
  return out;
}

describe('withPngDpi', () => {
  test('puts a pHYs chunk after IHDR saying 200 dpi (7874 pixels a metre), the picture unchanged', () => {
    const before = png();
    expect(pngDpi(before)).toBeNull();
    const after = withPngDpi(before, 200);
    expect(chunkList(after)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    const b = Buffer.from(after);
    const at = b.indexOf('pHYs', 0, 'latin1');
    expect([b.readUInt32BE(at - 4), b.readUInt32BE(at + 4), b.readUInt32BE(at + 8), b[at + 12]]).toEqual([
      9, 7874, 7874, 1,
    ]);
    expect(pngDpi(after)).toBeCloseTo(200, 1);
    const idat = (x: Uint8Array) => {
      const buf = Buffer.from(x);
      const i = buf.indexOf('IDAT', 0, 'latin1');
      return inflateSync(buf.subarray(i + 4, i + 4 + buf.readUInt32BE(i - 4)));
    };
    expect(idat(after).equals(idat(before))).toBe(true);
    // The input is left as it was.
    expect(chunkList(before)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  test('replaces a pHYs the PNG had instead of adding a second one', () => {
    const old = Buffer.from([0, 0, 0x0e, 0xc3, 0, 0, 0x0e, 0xc3, 1]); // 3779 px/m = 96 dpi
    const before = png([old]);
    expect(pngDpi(before)).toBeCloseTo(96, 0);
    const after = withPngDpi(before, 300);
    expect(chunkList(after)).toEqual(['IHDR', 'pHYs', 'IDAT', 'IEND']);
    expect(pngDpi(after)).toBeCloseTo(300, 1);
  });

  test('a pHYs without a unit states no dpi; bytes that are not a PNG are refused', () => {
    expect(pngDpi(png([Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 0])]))).toBeNull();
    expect(() => withPngDpi(new Uint8Array([1, 2, 3]), 200)).toThrow('not a PNG');
  });
});
