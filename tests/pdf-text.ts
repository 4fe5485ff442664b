/**
 * The text of a PDF as a reader finds it, with no system tool: the content streams' text-showing
 * operators (Tj, TJ) decoded through the fonts' ToUnicode maps, one line per text object. Made
 * for the PDFs this app writes (jsPDF, Identity-H fonts with hex strings), so the tests check
 * the brief's PDF where poppler's pdftotext is not installed; pdfText runs pdftotext as well
 * where it is. Also: the embedded fonts' file sizes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

interface PdfStream {
  dict: string;
  data: Buffer;
}

/** Every stream of the file, inflated where it is FlateDecode. */
function streams(pdf: Uint8Array): PdfStream[] {
  const buf = Buffer.from(pdf);
  const text = buf.toString('latin1');
  const out: PdfStream[] = [];
  const re = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const dict = m[1];
    const start = m.index + m[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
    const end = length ? start + Number(length[1]) : text.indexOf('endstream', start);
    const raw = buf.subarray(start, end);
    out.push({ dict, data: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
    re.lastIndex = end;
  }
  return out;
}

/** Code → text from every ToUnicode CMap's bfchar and bfrange entries (one font's codes in practice). */
function toUnicode(all: PdfStream[]): Map<string, string> {
  const map = new Map<string, string>();
  const hexText = (h: string): string => String.fromCharCode(...(h.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));
  for (const s of all) {
    const cmap = s.data.toString('latin1');
    if (!cmap.includes('begincmap')) continue;
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
      for (const [, code, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        map.set(code.toLowerCase(), hexText(uni));
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
      for (const [, lo, hi, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g))
        for (let c = parseInt(lo, 16), u = parseInt(uni, 16); c <= parseInt(hi, 16); c++, u++)
          map.set(c.toString(16).padStart(lo.length, '0'), String.fromCharCode(u));
  }
  return map;
}

/**
 * The text of `pdf` found by reading it here: one line for each text object (BT … ET), in the
 * order the page draws them. Codes the ToUnicode maps lack come out as U+FFFD.
 */
export function pdfTextJs(pdf: Uint8Array): string {
  const all = streams(pdf);
  const map = toUnicode(all);
  const lines: string[] = [];
  for (const s of all) {
    const content = s.data.toString('latin1');
    if (!/\bBT\b/.test(content)) continue;
    for (const [, body] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const [, hex] of body.matchAll(/<([0-9a-fA-F]*)>/g))
        for (const code of hex.match(/.{4}/g) ?? []) line += map.get(code.toLowerCase()) ?? '\ufffd';
      lines.push(line);
    }
  }
  return lines.join('\n');
}

/** The page-drawing operators of `pdf`: its content streams, inflated, one after another. */
export function pdfContent(pdf: Uint8Array): string {
  return streams(pdf)
    .map((s) => s.data.toString('latin1'))
    .filter((s) => /\bBT\b|\bre\b/.test(s) && !s.includes('begincmap'))
    .join('\n');
}

/** Whether poppler's pdftotext is on this machine. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The text poppler's pdftotext finds in `pdf` (null where it is not installed). */
export function pdftotext(pdf: Uint8Array): string | null {
  if (!hasPdftotext()) return null;
  const dir = mkdtempSync(join(tmpdir(), 'pdf-text-'));
  try {
    const file = join(dir, 'in.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Sizes in bytes (as stored, before inflating) of the font files embedded in `pdf` (FontFile2 streams). */
export function embeddedFontSizes(pdf: Uint8Array): number[] {
  return streams(pdf)
    .filter((s) => /\/Length1\s+\d+/.test(s.dict) && !s.data.toString('latin1').includes('begincmap'))
    .map((s) => Number(/\/Length\s+(\d+)/.exec(s.dict)?.[1] ?? 0));
}
