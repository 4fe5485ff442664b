/**
 * The brief's page, as laid out by the browser, turned into a PageDrawing for the PDF
 * (src/io/page-pdf.ts): each element's background and borders as boxes, each line of text as a
 * run placed where the browser put it, the map picture as a JPEG, the north arrow's shapes. The
 * PDF thus has the preview's layout with real text, and the page's CSS stays the one layout of
 * all three outputs. Covers what the brief's page uses: solid colours and borders, rounded
 * corners, opacity of a background, text with a text-shadow halo, <img>, SVG <polygon>.
 */
import type { DrawItem, DrawText, PageDrawing, Rgb } from '../../io/page-pdf.ts';

const MM_PER_PX = 25.4 / 96;
const PT_PER_PX = 72 / 96;
/** JPEG quality of the map picture in the PDF: no visible loss at 200 dpi, a fifth of the PNG's size. */
const PICTURE_QUALITY = 0.92;
/** Pixels per CSS pixel of the pictures made of text the PDF's font cannot write. */
const TEXT_PICTURE_SCALE = 4;

interface Place {
  /** The page's box on screen and screen pixels per page CSS pixel (the preview shrinks the page). */
  origin: DOMRect;
  k: number;
  covers: (text: string) => boolean;
  items: DrawItem[];
}

/**
 * The page node as a drawing, millimetres from its top left corner. `covers` says whether the
 * PDF's font has a text's characters: a run it lacks any of is drawn as a picture of the
 * browser's own rendering instead, so nothing is lost (only that run cannot be searched).
 */
export function drawPage(page: HTMLElement, covers: (text: string) => boolean): PageDrawing {
  const origin = page.getBoundingClientRect();
  const place: Place = { origin, k: origin.width / page.offsetWidth, covers, items: [] };
  drawElement(page, place);
  return {
    widthMm: page.offsetWidth * MM_PER_PX,
    heightMm: page.offsetHeight * MM_PER_PX,
    items: place.items,
  };
}

/** A screen rectangle in the page's millimetres. */
function mmBox(r: { left: number; top: number; width: number; height: number }, p: Place) {
  const f = MM_PER_PX / p.k;
  return { x: (r.left - p.origin.left) * f, y: (r.top - p.origin.top) * f, w: r.width * f, h: r.height * f };
}

function drawElement(el: Element, p: Place): void {
  const cs = getComputedStyle(el);
  if (cs.display === 'none' || cs.visibility === 'hidden') return;
  if (el instanceof SVGSVGElement) return drawSvg(el, p);
  const box = mmBox(el.getBoundingClientRect(), p);
  const radius = radiusMm(cs.borderTopLeftRadius, box);
  drawRing(cs, box, radius, p);
  const bg = colour(cs.backgroundColor);
  if (bg) p.items.push({ kind: 'box', ...box, fill: bg.rgb, opacity: bg.alpha, radius });
  drawBorders(cs, box, radius, p);
  if (el instanceof HTMLImageElement) {
    p.items.push({ kind: 'picture', ...box, format: 'JPEG', bytes: jpegOf(el) });
    return;
  }
  for (const child of el.childNodes) {
    if (child instanceof Text) drawTextNode(child, cs, p);
    else if (child instanceof Element) drawElement(child, p);
  }
}

type MmBox = { x: number; y: number; w: number; h: number };

/** A corner radius as computed (px or a percentage of the box), in mm, no more than half the box. */
function radiusMm(css: string, b: MmBox): number {
  const v = parseFloat(css) || 0;
  const mm = css.endsWith('%') ? (v / 100) * Math.min(b.w, b.h) : v * MM_PER_PX;
  return Math.min(mm, b.w / 2, b.h / 2);
}

/** A box-shadow of spread alone, no offset or blur (the ring round a danger swatch), drawn under the box. */
function drawRing(cs: CSSStyleDeclaration, b: MmBox, radius: number, p: Place): void {
  if (cs.boxShadow === 'none' || cs.boxShadow.includes('inset')) return;
  const c = colour(cs.boxShadow);
  const lengths = cs.boxShadow
    .replace(/rgba?\([^)]*\)/, '')
    .trim()
    .split(/\s+/)
    .map(parseFloat);
  const [dx, dy, blur, spread] = lengths;
  if (!c || dx !== 0 || dy !== 0 || blur !== 0 || !(spread > 0)) return;
  const s = spread * MM_PER_PX;
  p.items.push({
    kind: 'box',
    x: b.x - s,
    y: b.y - s,
    w: b.w + 2 * s,
    h: b.h + 2 * s,
    fill: c.rgb,
    opacity: c.alpha,
    radius: radius + s,
  });
}

/**
 * Solid borders: as thin boxes along the element's sides, or, on a rounded element with the same
 * border all round, as the rounded box's outline.
 */
function drawBorders(cs: CSSStyleDeclaration, b: MmBox, radius: number, p: Place): void {
  const side = (name: 'Top' | 'Right' | 'Bottom' | 'Left') => {
    const width = (parseFloat(cs.getPropertyValue(`border-${name.toLowerCase()}-width`)) || 0) * MM_PER_PX;
    const c = colour(cs.getPropertyValue(`border-${name.toLowerCase()}-color`));
    const style = cs.getPropertyValue(`border-${name.toLowerCase()}-style`);
    return width > 0 && c && style !== 'none' && style !== 'hidden' ? { width, c } : null;
  };
  const top = side('Top');
  const right = side('Right');
  const bottom = side('Bottom');
  const left = side('Left');
  if (
    radius > 0 &&
    top &&
    [right, bottom, left].every((o) => o && o.width === top.width && o.c.rgb.join() === top.c.rgb.join())
  ) {
    const h = top.width / 2;
    p.items.push({
      kind: 'box',
      x: b.x + h,
      y: b.y + h,
      w: b.w - top.width,
      h: b.h - top.width,
      fill: null,
      stroke: top.c.rgb,
      lineWidth: top.width,
      opacity: top.c.alpha,
      radius: Math.max(0, radius - h),
    });
    return;
  }
  const add = (x: number, y: number, w: number, h: number, s: { c: { rgb: Rgb; alpha: number } }) =>
    p.items.push({ kind: 'box', x, y, w, h, fill: s.c.rgb, opacity: s.c.alpha });
  if (top) add(b.x, b.y, b.w, top.width, top);
  if (bottom) add(b.x, b.y + b.h - bottom.width, b.w, bottom.width, bottom);
  if (left) add(b.x, b.y, left.width, b.h, left);
  if (right) add(b.x + b.w - right.width, b.y, right.width, b.h, right);
}

/**
 * A text node's characters grouped into runs, one per line (and per change between text the
 * font has and text it lacks), each placed from the boxes the browser gave its characters.
 */
function drawTextNode(node: Text, cs: CSSStyleDeclaration, p: Place): void {
  const data = node.data;
  if (data.trim() === '') return;
  const style = textStyle(cs);
  const range = document.createRange();
  const runs: Run[] = [];
  let space = false;
  for (let i = 0; i < data.length;) {
    const n = (data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    const ch = data.slice(i, i + n);
    range.setStart(node, i);
    range.setEnd(node, i + n);
    i += n;
    const r = range.getClientRects()[0];
    if (/\s/.test(ch) || !r || r.width === 0) {
      // Collapsed or kept, white space is one space between the words of a run.
      if (/\s/.test(ch)) space = true;
      continue;
    }
    const covered = p.covers(ch);
    const run = runs.at(-1);
    const sameLine = run && Math.abs(r.top - run.top) < r.height / 2 && r.left >= run.right - r.width / 2;
    if (!run || !sameLine || run.covered !== covered) {
      runs.push({ text: ch, left: r.left, right: r.right, top: r.top, bottom: r.bottom, covered });
    } else {
      run.text += (space ? ' ' : '') + ch;
      run.right = r.right;
      run.top = Math.min(run.top, r.top);
      run.bottom = Math.max(run.bottom, r.bottom);
    }
    space = false;
  }
  for (const run of runs) drawRun(run, style, p);
}

/** Characters of one line drawn together: their text, their box on screen, and whether the PDF's font has them. */
interface Run {
  text: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
  covered: boolean;
}

type TextStyle = Pick<DrawText, 'sizePt' | 'colour' | 'bold' | 'halo'> & { font: string };

function textStyle(cs: CSSStyleDeclaration): TextStyle {
  const halo = cs.textShadow !== 'none' ? colour(/rgba?\([^)]*\)/.exec(cs.textShadow)?.[0] ?? '') : null;
  return {
    sizePt: parseFloat(cs.fontSize) * PT_PER_PX,
    colour: colour(cs.color)?.rgb ?? [0, 0, 0],
    bold: (parseInt(cs.fontWeight, 10) || 400) >= 600,
    halo: halo?.rgb,
    font: `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`,
  };
}

function drawRun(run: Run, style: TextStyle, p: Place): void {
  const box = mmBox({ left: run.left, top: run.top, width: run.right - run.left, height: run.bottom - run.top }, p);
  if (run.covered) {
    const { sizePt, colour, bold, halo } = style;
    p.items.push({ kind: 'text', text: run.text, ...box, sizePt, colour, bold, halo });
  } else {
    p.items.push({ kind: 'picture', ...box, format: 'PNG', bytes: textPicture(run.text, style, box) });
  }
}

/** Text the PDF's font lacks, as the browser draws it: a transparent PNG of the run's box. */
function textPicture(text: string, style: TextStyle, box: { w: number; h: number }): Uint8Array {
  const c = document.createElement('canvas');
  c.width = Math.max(1, Math.ceil((box.w / MM_PER_PX) * TEXT_PICTURE_SCALE));
  c.height = Math.max(1, Math.ceil((box.h / MM_PER_PX) * TEXT_PICTURE_SCALE));
  const g = c.getContext('2d');
  if (g) {
    g.scale(TEXT_PICTURE_SCALE, TEXT_PICTURE_SCALE);
    g.font = style.font;
    g.textBaseline = 'middle';
    g.fillStyle = `rgb(${style.colour.join(',')})`;
    g.fillText(text, 0, box.h / MM_PER_PX / 2);
  }
  return dataUrlBytes(c.toDataURL('image/png'));
}

/** The SVG's polygons (the north arrow), placed through their screen transform (the arrow turns with the map). */
function drawSvg(svg: SVGSVGElement, p: Place): void {
  for (const shape of svg.querySelectorAll('*')) {
    if (!(shape instanceof SVGPolygonElement))
      throw new Error(`the brief's PDF draws SVG polygons only, not <${shape.tagName}>`);
    const m = shape.getScreenCTM();
    if (!m) continue;
    const cs = getComputedStyle(shape);
    const points = [...shape.points].map((pt): [number, number] => {
      const s = new DOMPoint(pt.x, pt.y).matrixTransform(m);
      const b = mmBox({ left: s.x, top: s.y, width: 0, height: 0 }, p);
      return [b.x, b.y];
    });
    const strokeWidth = (parseFloat(cs.strokeWidth) || 0) * Math.hypot(m.a, m.b);
    p.items.push({
      kind: 'shape',
      points,
      fill: colour(cs.fill)?.rgb ?? null,
      stroke: cs.stroke !== 'none' ? (colour(cs.stroke)?.rgb ?? null) : null,
      lineWidth: (strokeWidth / p.k) * MM_PER_PX,
    });
  }
}

/** The picture as a JPEG on white, at its own resolution. */
function jpegOf(img: HTMLImageElement): Uint8Array {
  const c = document.createElement('canvas');
  c.width = img.naturalWidth || 1;
  c.height = img.naturalHeight || 1;
  const g = c.getContext('2d');
  if (g) {
    g.fillStyle = '#fff';
    g.fillRect(0, 0, c.width, c.height);
    g.drawImage(img, 0, 0);
  }
  return dataUrlBytes(c.toDataURL('image/jpeg', PICTURE_QUALITY));
}

function dataUrlBytes(url: string): Uint8Array {
  const bin = atob(url.slice(url.indexOf(',') + 1));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A CSS colour as computed ("rgb(…)" or "rgba(…)"): its RGB and alpha; null when fully transparent or not a colour. */
function colour(css: string): { rgb: Rgb; alpha: number } | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(css);
  if (!m) return null;
  const a = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (a <= 0) return null;
  return { rgb: [Number(m[1]), Number(m[2]), Number(m[3])].map((v) => Math.round(v)) as unknown as Rgb, alpha: a };
}
