/**
 * The brief's page as files: a PNG of the page node at print resolution (its dpi written in
 * it), and a one-page PDF drawn from the same node with real text (page-drawing.ts,
 * src/io/page-pdf.ts) in the font that ships with the app, embedded as a subset. html-to-image,
 * jsPDF, the font (2 MB, src/ui/brief/font) and the code that draws the page are fetched from
 * the app's own files on the first export only: none of it on the page's first load. The print
 * dialog prints the same node (brief.css, @media print), so all three share one layout.
 */
import { PAPER_MM, type PaperSize } from '../../domain/brief-page.ts';
import type { MadeFile } from '../../io/made-file.ts';
import type { PdfFont } from '../../io/page-pdf.ts';
import fontUrl from './font/NotoSansSC-Brief.ttf?url';

/** Dots per inch of the exported picture: sharp on paper, a few megabytes at most. */
export const EXPORT_DPI = 200;
/** CSS pixels per inch. */
const CSS_DPI = 96;

/** The page node drawn onto a canvas at EXPORT_DPI (the fonts are the browser's own). */
export async function pageCanvas(node: HTMLElement): Promise<HTMLCanvasElement> {
  const { toCanvas } = await import('html-to-image');
  // The pictures in the page (the map) must be decoded before the copy is drawn.
  await picturesDecoded(node);
  return toCanvas(node, {
    pixelRatio: EXPORT_DPI / CSS_DPI,
    backgroundColor: '#ffffff',
    width: node.offsetWidth,
    height: node.offsetHeight,
    // Nothing to fetch: the page names local fonts only, and the app works offline.
    skipFonts: true,
    // The preview shrinks the page on screen from outside; the copy is drawn at its own size.
    style: { transform: 'none', margin: '0', boxShadow: 'none' },
  });
}

async function canvasBytes(canvas: HTMLCanvasElement, type: string, quality?: number): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((ok) => canvas.toBlob(ok, type, quality));
  if (!blob) throw new Error('the page could not be drawn');
  return new Uint8Array(await blob.arrayBuffer());
}

/** The pictures in the page (the map) decoded, so a copy of the page has them. */
async function picturesDecoded(node: HTMLElement): Promise<void> {
  await Promise.all([...node.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
}

/** The page as a PNG file that says its resolution (so it prints at its paper size). */
export async function briefPng(node: HTMLElement, baseName: string): Promise<MadeFile> {
  const [{ withPngDpi }, canvas] = await Promise.all([import('../../io/png-dpi.ts'), pageCanvas(node)]);
  return {
    content: withPngDpi(await canvasBytes(canvas, 'image/png'), EXPORT_DPI),
    name: `${baseName}.png`,
    type: 'image/png',
  };
}

export interface PdfInfo {
  title: string;
  subject: string;
}

let font: Promise<PdfFont> | null = null;

/** The PDF's font, fetched from the app's own files once (a failed fetch is tried again next time). */
function pdfFontOnce(read: (bytes: Uint8Array) => PdfFont): Promise<PdfFont> {
  font ??= fetch(fontUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`${fontUrl}: ${r.status} ${r.statusText}`);
      return r.arrayBuffer();
    })
    .then((b) => read(new Uint8Array(b)));
  font.catch(() => {
    font = null;
  });
  return font;
}

/** The page as a one-page landscape PDF of the chosen paper, its text as text and the map as a picture. */
export async function briefPdf(node: HTMLElement, size: PaperSize, baseName: string, info: PdfInfo): Promise<MadeFile> {
  const [{ pagePdf, pdfFont }, { drawPage }] = await Promise.all([
    import('../../io/page-pdf.ts'),
    import('./page-drawing.ts'),
  ]);
  const [f] = await Promise.all([pdfFontOnce(pdfFont), picturesDecoded(node)]);
  const mm = PAPER_MM[size];
  const drawing = { ...drawPage(node, f.covers), widthMm: mm.width, heightMm: mm.height };
  const content = pagePdf(drawing, f, { ...info, creator: '旧改一张图 Renovation Atlas' });
  return { content, name: `${baseName}.pdf`, type: 'application/pdf' };
}
