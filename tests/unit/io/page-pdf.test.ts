import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { pagePdf, pdfFont, type DrawItem, type DrawText } from '../../../src/io/page-pdf.ts';
import { embeddedFontSizes, hasPdftotext, pdfContent, pdftotext, pdfTextJs } from '../../pdf-text.ts';

const ROOT = join(import.meta.dirname, '../../..');
const FONT_PATH = join(ROOT, 'src/ui/brief/font/NotoSansSC-Brief.ttf');
const fontBytes = new Uint8Array(readFileSync(FONT_PATH));
const font = pdfFont(fontBytes);
const INFO = { title: '薛城区 工作简报', subject: '数据截至 2023-09-30', creator: 'test' };

/** A 2×2 red PNG. */
function redPng(): Uint8Array {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const rows = Buffer.from([0, 255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 2, 0, 0, 0])),
      chunk('IDAT', deflateSync(rows)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

const text = (t: string, x: number, y: number, extra: Partial<DrawText> = {}): DrawText => ({
  kind: 'text',
  text: t,
  x,
  y,
  w: 0,
  h: 6,
  sizePt: 12,
  colour: [28, 40, 51],
  bold: false,
  ...extra,
});

const ITEMS: DrawItem[] = [
  { kind: 'box', x: 0, y: 0, w: 297, h: 210, fill: [255, 255, 255] },
  { kind: 'box', x: 9, y: 20, w: 60, h: 0.8, fill: [11, 74, 120] },
  { kind: 'box', x: 100, y: 100, w: 20, h: 10, fill: [255, 255, 255], opacity: 0.85, radius: 1 },
  text('薛城区2023年老旧小区改造（示例） 工作简报', 9, 8, { sizePt: 17, bold: true, colour: [11, 74, 120] }),
  text('1,766', 9, 30, { w: 12 }),
  text('/ 8,346 户', 22, 30),
  text('59.49 万㎡', 9, 40),
  text('临城街道', 150, 80, { halo: [255, 255, 255], bold: true }),
  {
    kind: 'shape',
    points: [
      [200, 20],
      [204, 30],
      [200, 28],
    ],
    fill: [28, 40, 51],
    stroke: [28, 40, 51],
    lineWidth: 0.2,
  },
  { kind: 'picture', x: 150, y: 60, w: 40, h: 40, format: 'PNG', bytes: redPng() },
];

/** Every file under `dir` whose name matches. */
function* files(dir: string, name: RegExp): Generator<string> {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p, name);
    else if (name.test(f)) yield p;
  }
}

describe('pagePdf', () => {
  const pdf = pagePdf({ widthMm: 297, heightMm: 210, items: ITEMS }, font, INFO);

  test('one landscape A4 page whose text a reader finds: the title, the figures, the map label', () => {
    const raw = Buffer.from(pdf).toString('latin1');
    expect(raw.match(/\/Type\s*\/Page(?![a-zA-Z])/g)).toHaveLength(1);
    const box = /\/MediaBox\s*\[\s*([\d.\s-]+)\]/.exec(raw)?.[1].trim().split(/\s+/).map(Number);
    expect(box?.[2]).toBeCloseTo(841.89, 1);
    expect(box?.[3]).toBeCloseTo(595.28, 1);
    const found = pdfTextJs(pdf);
    for (const t of ['薛城区2023年老旧小区改造（示例） 工作简报', '1,766', '/ 8,346 户', '59.49 万㎡', '临城街道'])
      expect(found).toContain(t);
    expect(found).not.toContain('\ufffd');
    // The picture is in it, as an image.
    expect(raw).toMatch(/\/Subtype\s*\/Image/);
  });

  test.runIf(hasPdftotext())('poppler’s pdftotext finds the same text', () => {
    const found = pdftotext(pdf) ?? '';
    for (const t of ['薛城区2023年老旧小区改造（示例） 工作简报', '1,766', '8,346', '59.49 万㎡', '临城街道'])
      expect(found).toContain(t);
  });

  test('the font is embedded as a subset of the glyphs used, not the 2 MB file', () => {
    const sizes = embeddedFontSizes(pdf);
    expect(sizes).toHaveLength(1);
    expect(sizes[0]).toBeLessThan(60_000);
    expect(fontBytes.length).toBeGreaterThan(1_000_000);
  });

  test('a run is squeezed to the width the page gave it, and the next run is not squeezed with it', () => {
    const probe = pagePdf({ widthMm: 100, heightMm: 50, items: [text('临城街道', 5, 5)] }, font, INFO);
    const natural = /([\d.]+) Tz/.exec(pdfContent(probe));
    expect(Number(natural?.[1])).toBe(100);
    // 临城街道 at 12pt: 4 em = 16.93 mm; given 90% of that, it is drawn at 90%.
    const two = pagePdf(
      { widthMm: 100, heightMm: 50, items: [text('临城街道', 5, 5, { w: 16.933 * 0.9 }), text('1,766', 5, 15)] },
      font,
      INFO,
    );
    expect([...pdfContent(two).matchAll(/([\d.]+) Tz/g)].map((m) => Math.round(Number(m[1])))).toEqual([90, 100]);
  });

  test('text the font cannot write is refused, not cut short', () => {
    expect(font.covers('薛城区')).toBe(true);
    expect(font.covers('堃园小区')).toBe(false);
    expect(font.covers('𠀀')).toBe(false);
    expect(() => pagePdf({ widthMm: 297, heightMm: 210, items: [text('堃园小区', 9, 9)] }, font, INFO)).toThrow(
      '堃园小区',
    );
  });
});

describe('the brief’s font (src/ui/brief/font, made by scripts/make-brief-font.py)', () => {
  test('has every character of GB 2312 level 1 and 2 hanzi and of printable ASCII', () => {
    const gb = new TextDecoder('gb18030');
    const missing: string[] = [];
    for (let hi = 0xb0; hi <= 0xf7; hi++)
      for (let lo = 0xa1; lo <= 0xfe; lo++) {
        if (hi === 0xd7 && lo > 0xf9) continue; // the end of level 1
        const c = gb.decode(new Uint8Array([hi, lo]));
        if (!font.covers(c)) missing.push(c);
      }
    expect(missing).toEqual([]);
    for (let c = 0x20; c < 0x7f; c++) expect(font.covers(String.fromCharCode(c))).toBe(true);
  });

  test('has every character written in the app’s sources and sample data (else: run the script again)', () => {
    // Noto Sans CJK SC itself has no glyph for these (superscripts and arrows of the page's own
    // controls, never on the brief); page-drawing.ts draws any such text as a picture.
    const notInNoto = new Set('⁶⁸✗❚▾▸');
    const missing = new Set<string>();
    const sources = [...files(join(ROOT, 'src'), /\.(ts|tsx)$/), ...files(join(ROOT, 'data'), /\.(csv|geojson|json)$/)];
    for (const f of sources)
      for (const c of readFileSync(f, 'utf8'))
        if (c.codePointAt(0)! > 0x7f && c !== '\ufeff' && !notInNoto.has(c) && !font.covers(c)) missing.add(c);
    expect([...missing].join('')).toBe('');
  });
});
