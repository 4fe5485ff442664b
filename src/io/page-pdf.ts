/**
 * A page drawn as a PDF with real text: boxes, lines, shapes, pictures and text runs placed in
 * millimetres (a PageDrawing, made from the laid-out page by src/ui/brief/page-drawing.ts) are
 * written with jsPDF, the text in a TrueType font embedded as a subset of the glyphs used (jsPDF
 * does the subsetting when it writes the file). So the figures can be searched, copied and read
 * by pdftotext, and the page stays sharp at any zoom.
 */
import { jsPDF } from 'jspdf';

/** A colour, 0–255 each. */
export type Rgb = readonly [number, number, number];

/**
 * A box, filled and/or outlined (the outline `lineWidth` mm wide, centred on the box's edge), its
 * corners rounded by `radius` (mm) when given. `opacity` 0–1 (fill and outline), 1 when absent.
 */
export interface DrawBox {
  kind: 'box';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: Rgb | null;
  stroke?: Rgb;
  lineWidth?: number;
  opacity?: number;
  radius?: number;
}

/** A closed shape (the north arrow), filled and/or outlined. */
export interface DrawShape {
  kind: 'shape';
  points: readonly (readonly [number, number])[];
  fill: Rgb | null;
  stroke: Rgb | null;
  /** Outline width, mm. */
  lineWidth: number;
}

/**
 * One line of text as the page laid it out: its box (x, y the top left, w the width the page
 * gave it, h the line's height, mm), size in points, colour, weight. Written on the box's middle
 * line, squeezed or stretched to the page's width, so the PDF's text lands where the page's did
 * whatever font the browser used. `halo` outlines the letters in that colour first (map labels).
 */
export interface DrawText {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
  sizePt: number;
  colour: Rgb;
  bold: boolean;
  halo?: Rgb;
}

/** A picture: JPEG or PNG bytes, placed in the box. */
export interface DrawPicture {
  kind: 'picture';
  x: number;
  y: number;
  w: number;
  h: number;
  format: 'JPEG' | 'PNG';
  bytes: Uint8Array;
}

export type DrawItem = DrawBox | DrawShape | DrawText | DrawPicture;

/** A page: its size in millimetres and what is drawn on it, in painting order. */
export interface PageDrawing {
  widthMm: number;
  heightMm: number;
  items: readonly DrawItem[];
}

/** The font the text is written in, read once. */
export interface PdfFont {
  /** The file as jsPDF's virtual file system takes it (one character a byte). */
  binary: string;
  /** Does the font have a glyph for every character of `text`? (jsPDF cuts a run short at the first it lacks.) */
  covers: (text: string) => boolean;
  /** Ascender and descender as shares of the em (the descender positive). */
  ascent: number;
  descent: number;
}

const FONT_FILE = 'brief-font.ttf';
const FONT_NAME = 'BriefSans';
const MM_PER_PT = 25.4 / 72;
/** Stroke width of the drawn bold, as a share of the text size (one weight ships; bold is drawn). */
const BOLD_STROKE = 0.035;
/** Halo width around map labels, as a share of the text size. */
const HALO_STROKE = 0.22;

/**
 * A TrueType font file read for pagePdf: which characters it has (its Unicode cmap) and its
 * vertical metrics. Throws on a file that is not TrueType with a Unicode cmap (a programmer
 * error: the font ships with the app).
 */
export function pdfFont(bytes: Uint8Array): PdfFont {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(0) !== 0x00010000) throw new Error('not a TrueType font');
  const tables = new Map<string, number>();
  for (let i = 0, n = view.getUint16(4); i < n; i++) {
    const at = 12 + i * 16;
    tables.set(String.fromCharCode(...bytes.subarray(at, at + 4)), view.getUint32(at + 8));
  }
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  const cmap = tables.get('cmap');
  if (head === undefined || hhea === undefined || cmap === undefined)
    throw new Error('font without head, hhea or cmap');
  const em = view.getUint16(head + 18);
  const has = unicodeCmap(view, cmap);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return {
    binary,
    covers: (text) => [...text].every((c) => has(c.codePointAt(0) ?? 0)),
    ascent: view.getInt16(hhea + 4) / em,
    descent: -view.getInt16(hhea + 6) / em,
  };
}

/** The characters a cmap's Windows Unicode BMP subtable (format 4) maps to a glyph other than .notdef. */
function unicodeCmap(view: DataView, cmap: number): (code: number) => boolean {
  for (let i = 0, n = view.getUint16(cmap + 2); i < n; i++) {
    const rec = cmap + 4 + i * 8;
    const sub = cmap + view.getUint32(rec + 4);
    if (view.getUint16(rec) !== 3 || view.getUint16(rec + 2) !== 1 || view.getUint16(sub) !== 4) continue;
    const segs = view.getUint16(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segs * 2 + 2;
    const deltas = starts + segs * 2;
    const offsets = deltas + segs * 2;
    return (code) => {
      if (code > 0xffff) return false;
      for (let s = 0; s < segs; s++) {
        if (code > view.getUint16(ends + s * 2)) continue;
        const start = view.getUint16(starts + s * 2);
        if (code < start) return false;
        const off = view.getUint16(offsets + s * 2);
        const delta = view.getInt16(deltas + s * 2);
        if (off === 0) return ((code + delta) & 0xffff) !== 0;
        const glyph = view.getUint16(offsets + s * 2 + off + (code - start) * 2);
        return glyph !== 0;
      }
      return false;
    };
  }
  throw new Error('font without a Unicode (3, 1, format 4) cmap');
}

export interface PdfInfo {
  title: string;
  subject: string;
  creator: string;
}

/**
 * The drawing as a one-page PDF of its size, text in `font`. Every text item must be one the
 * font covers (page-drawing.ts turns what it lacks into pictures); one it does not is a
 * programmer error and throws, rather than let jsPDF cut the text short.
 * @example const bytes = pagePdf({ widthMm: 297, heightMm: 210, items }, pdfFont(ttf), info);
 */
export function pagePdf(drawing: PageDrawing, font: PdfFont, info: PdfInfo): Uint8Array {
  const landscape = drawing.widthMm > drawing.heightMm;
  const doc = new jsPDF({
    orientation: landscape ? 'landscape' : 'portrait',
    unit: 'mm',
    format: [drawing.widthMm, drawing.heightMm],
    compress: true,
  });
  doc.setProperties(info);
  doc.addFileToVFS(FONT_FILE, font.binary);
  doc.addFont(FONT_FILE, FONT_NAME, 'normal', 'normal', 'Identity-H');
  doc.setFont(FONT_NAME, 'normal');
  for (const item of drawing.items) {
    if (item.kind === 'box') drawBox(doc, item);
    else if (item.kind === 'shape') drawShape(doc, item);
    else if (item.kind === 'picture') doc.addImage(item.bytes, item.format, item.x, item.y, item.w, item.h);
    else drawText(doc, item, font);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawBox(doc: jsPDF, b: DrawBox): void {
  const stroke = b.stroke && (b.lineWidth ?? 0) > 0 ? b.stroke : null;
  if (!b.fill && !stroke) return;
  const see = b.opacity !== undefined && b.opacity < 1;
  if (see) {
    doc.saveGraphicsState();
    doc.setGState(doc.GState({ opacity: b.opacity, 'stroke-opacity': b.opacity }));
  }
  if (b.fill) doc.setFillColor(...b.fill);
  if (stroke) {
    doc.setDrawColor(...stroke);
    doc.setLineWidth(b.lineWidth ?? 0);
  }
  const style = b.fill && stroke ? 'FD' : b.fill ? 'F' : 'S';
  if (b.radius && b.radius > 0) doc.roundedRect(b.x, b.y, b.w, b.h, b.radius, b.radius, style);
  else doc.rect(b.x, b.y, b.w, b.h, style);
  if (see) doc.restoreGraphicsState();
}

function drawShape(doc: jsPDF, s: DrawShape): void {
  if (s.points.length < 3 || (!s.fill && !s.stroke)) return;
  const [x0, y0] = s.points[0];
  const steps = s.points.slice(1).map(([x, y], i) => [x - s.points[i][0], y - s.points[i][1]]);
  if (s.fill) doc.setFillColor(...s.fill);
  if (s.stroke) {
    doc.setDrawColor(...s.stroke);
    doc.setLineWidth(s.lineWidth);
  }
  doc.lines(steps, x0, y0, [1, 1], s.fill && s.stroke ? 'FD' : s.fill ? 'F' : 'S', true);
}

function drawText(doc: jsPDF, t: DrawText, font: PdfFont): void {
  if (!font.covers(t.text)) throw new Error(`the PDF font lacks a character of "${t.text}"`);
  const sizeMm = t.sizePt * MM_PER_PT;
  doc.setFontSize(t.sizePt);
  // The line's middle is the em box's middle: the baseline sits (ascent − descent) / 2 below it.
  const baseline = t.y + t.h / 2 + ((font.ascent - font.descent) / 2) * sizeMm;
  const natural = doc.getTextWidth(t.text);
  // The page's width for the run, unless the two are far apart (then the page's font was far off).
  const squeeze = natural > 0 && t.w > 0 ? Math.min(1.25, Math.max(0.75, t.w / natural)) : 1;
  // Always said: jsPDF leaves Tz set for the text after, which would inherit a run's squeeze.
  const options = { baseline: 'alphabetic' as const, horizontalScale: Math.round(squeeze * 1000) / 1000 };
  if (t.halo) {
    doc.setDrawColor(...t.halo);
    doc.setLineWidth(sizeMm * HALO_STROKE);
    doc.setLineJoin('round');
    doc.text(t.text, t.x, baseline, { ...options, renderingMode: 'stroke' });
  }
  doc.setTextColor(...t.colour);
  if (t.bold) {
    doc.setDrawColor(...t.colour);
    doc.setLineWidth(sizeMm * BOLD_STROKE);
    doc.setLineJoin('round');
  }
  doc.text(t.text, t.x, baseline, { ...options, renderingMode: t.bold ? 'fillThenStroke' : 'fill' });
}
