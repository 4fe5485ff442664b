/**
 * The brief's page as files: a PNG of the page node at print resolution, and a one-page PDF
 * with that picture full-bleed. html-to-image and jsPDF are loaded on the first export only.
 * The print dialog prints the same node (brief.css, @media print), so all three share one layout.
 */
import { PAPER_MM, type PaperSize } from '../../domain/brief-page.ts';
import type { MadeFile } from '../../io/made-file.ts';

/** Dots per inch of the exported picture: sharp on paper, a few megabytes at most. */
export const EXPORT_DPI = 200;
/** CSS pixels per inch. */
const CSS_DPI = 96;

/** The page node drawn onto a canvas at EXPORT_DPI (the fonts are the browser's own). */
export async function pageCanvas(node: HTMLElement): Promise<HTMLCanvasElement> {
  const { toCanvas } = await import('html-to-image');
  // The pictures in the page (the map) must be decoded before the copy is drawn.
  await Promise.all([...node.querySelectorAll('img')].map((img) => img.decode().catch(() => undefined)));
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

/** The page as a PNG file. */
export async function briefPng(node: HTMLElement, baseName: string): Promise<MadeFile> {
  return {
    content: await canvasBytes(await pageCanvas(node), 'image/png'),
    name: `${baseName}.png`,
    type: 'image/png',
  };
}

export interface PdfInfo {
  title: string;
  subject: string;
}

/** The page as a one-page landscape PDF of the chosen paper, the picture covering the sheet. */
export async function briefPdf(node: HTMLElement, size: PaperSize, baseName: string, info: PdfInfo): Promise<MadeFile> {
  const [{ jsPDF }, canvas] = await Promise.all([import('jspdf'), pageCanvas(node)]);
  const mm = PAPER_MM[size];
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: size.toLowerCase(), compress: true });
  doc.setProperties({ title: info.title, subject: info.subject, creator: '旧改一张图 Renovation Atlas' });
  // JPEG keeps a map picture small; at this quality and resolution the text stays crisp on paper.
  doc.addImage(canvas.toDataURL('image/jpeg', 0.95), 'JPEG', 0, 0, mm.width, mm.height, undefined, 'FAST');
  return { content: new Uint8Array(doc.output('arraybuffer')), name: `${baseName}.pdf`, type: 'application/pdf' };
}
