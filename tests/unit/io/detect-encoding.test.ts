/**
 * Encodings of users' files (DOMAIN.md: Excel/WPS in China write GBK/GB18030, sometimes UTF-8
 * with a BOM). The fixtures were written by real encoders: see tests/fixtures/README.md.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bomLength,
  decodeInChunks,
  decodeText,
  detectEncoding,
  isValidUtf8,
  type TextEncodingName,
} from '../../../src/io/detect-encoding.ts';
import { fixtureBytes } from '../support.ts';

const source = new TextDecoder('utf-8').decode(fixtureBytes('csv/buildings.utf8.csv'));

describe('detectEncoding on the fixture files', () => {
  it.each<[string, TextEncodingName]>([
    ['csv/buildings.utf8.csv', 'utf-8'],
    ['csv/buildings.utf8-bom.csv', 'utf-8-bom'],
    ['csv/buildings.gbk.csv', 'gb18030'],
    ['csv/buildings.crlf.csv', 'utf-8'],
  ])('%s -> %s', (file, enc) => {
    expect(detectEncoding(fixtureBytes(file))).toBe(enc);
  });

  it('UTF-16 with a BOM, either byte order', () => {
    const le = new Uint8Array(Buffer.from('\uFEFF薛城,常庄', 'utf16le'));
    const be = new Uint8Array(le.length);
    for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    expect(detectEncoding(le)).toBe('utf-16le');
    expect(detectEncoding(be)).toBe('utf-16be');
    expect(decodeText(le)).toBe('薛城,常庄');
    expect(decodeText(be)).toBe('薛城,常庄');
  });

  it('ASCII and empty input are UTF-8', () => {
    expect(detectEncoding(new Uint8Array([0x41, 0x2c, 0x42]))).toBe('utf-8');
    expect(detectEncoding(new Uint8Array(0))).toBe('utf-8');
  });

  it('bomLength', () => {
    expect([
      bomLength('utf-8'),
      bomLength('utf-8-bom'),
      bomLength('gb18030'),
      bomLength('utf-16le'),
      bomLength('utf-16be'),
    ]).toEqual([0, 3, 0, 2, 2]);
  });
});

describe('decodeText', () => {
  it('GBK, UTF-8 with BOM and UTF-8 decode to the same text (the BOM is not part of it)', () => {
    expect(decodeText(fixtureBytes('csv/buildings.gbk.csv'))).toBe(source);
    expect(decodeText(fixtureBytes('csv/buildings.utf8-bom.csv'))).toBe(source);
    expect(decodeText(fixtureBytes('csv/buildings.utf8.csv'))).toBe(source);
    expect(decodeText(fixtureBytes('csv/buildings.crlf.csv'))).toBe(source.replace(/\n/g, '\r\n'));
    expect(source).toContain('临城街道');
    expect(source).toContain('Ｃ级');
  });
});

describe('decodeInChunks: multi-byte characters split across slices', () => {
  it.each<[string, TextEncodingName]>([
    ['csv/buildings.utf8.csv', 'utf-8'],
    ['csv/buildings.utf8-bom.csv', 'utf-8-bom'],
    ['csv/buildings.gbk.csv', 'gb18030'],
  ])('%s in 7-byte slices decodes to the source text (%s)', (file, enc) => {
    const bytes = fixtureBytes(file);
    const pieces = [...decodeInChunks(bytes, enc, 7)];
    expect(pieces.length).toBeGreaterThan(50);
    expect(pieces.join('')).toBe(source);
    expect(pieces.join('')).not.toContain('\uFFFD');
  });

  it('a slice boundary really falls inside a character (7 is not a multiple of 3 or 2)', () => {
    const bytes = fixtureBytes('csv/buildings.utf8.csv');
    // 序号,楼栋编号: 编 is bytes 13–15, so the third slice (from byte 14) starts mid-character.
    expect((bytes[14] & 0xc0) === 0x80).toBe(true);
    const boundaries = Array.from({ length: Math.floor(bytes.length / 7) }, (_, k) => 7 * (k + 1));
    expect(boundaries.some((b) => (bytes[b] & 0xc0) === 0x80)).toBe(true);
  });

  it('every slice size from 1 to 16 gives the same text, GBK and UTF-8', () => {
    for (let n = 1; n <= 16; n++) {
      expect([n, [...decodeInChunks(fixtureBytes('csv/buildings.gbk.csv'), 'gb18030', n)].join('')]).toEqual([
        n,
        source,
      ]);
      expect([n, [...decodeInChunks(fixtureBytes('csv/buildings.utf8.csv'), 'utf-8', n)].join('')]).toEqual([
        n,
        source,
      ]);
    }
  });

  it('an empty file and a file that is only a BOM give one empty piece', () => {
    expect([...decodeInChunks(new Uint8Array(0), 'utf-8', 7)]).toEqual(['']);
    expect([...decodeInChunks(new Uint8Array([0xef, 0xbb, 0xbf]), 'utf-8-bom', 7)]).toEqual(['']);
  });

  it('property: any text, UTF-8 encoded, survives any slice size', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 9 }), (text, n) => {
        const bytes = new TextEncoder().encode(text);
        expect([...decodeInChunks(bytes, 'utf-8', n)].join('')).toBe(text);
      }),
    );
  });
});

describe('isValidUtf8', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const reference = (b: Uint8Array): boolean => {
    try {
      strict.decode(b);
      return true;
    } catch {
      return false;
    }
  };

  it.each<[string, number[], boolean]>([
    ['ASCII', [0x41, 0x42], true],
    ['薛', [0xe8, 0x96, 0x9b], true],
    ['an emoji', [0xf0, 0x9f, 0x98, 0x80], true],
    ['a truncated 3-byte sequence', [0xe8, 0x96], false],
    ['an overlong /', [0xc0, 0xaf], false],
    ['a UTF-16 surrogate', [0xed, 0xa0, 0x80], false],
    ['beyond U+10FFFF', [0xf4, 0x90, 0x80, 0x80], false],
    ['GBK 薛城', [0xd1, 0xa6, 0xb3, 0xc7], false],
  ])('%s -> %s', (_name, bytes, expected) => {
    expect(isValidUtf8(new Uint8Array(bytes))).toBe(expected);
  });

  it('property: agrees with a strict TextDecoder on any bytes, at any offset into a larger buffer', () => {
    const bytesArb = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => new TextEncoder().encode(s)),
      fc
        .tuple(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), fc.integer({ min: 0, max: 255 }))
        .map(([s, at, b]) => {
          const bytes = new TextEncoder().encode(s);
          if (bytes.length > 0) bytes[at % bytes.length] = b;
          return bytes;
        }),
    );
    fc.assert(
      fc.property(bytesArb, fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (bytes, before, after) => {
        const buffer = new Uint8Array(before + bytes.length + after).fill(0xff);
        buffer.set(bytes, before);
        const view = buffer.subarray(before, before + bytes.length);
        expect(isValidUtf8(view)).toBe(reference(bytes));
      }),
    );
  });
});
