/**
 * The brief's page turned into a PDF drawing (src/ui/brief/page-drawing.ts) in real Chromium:
 * text runs where the browser laid them out (the page shrunk by a transform, as the preview
 * shrinks it), a character the shipped font lacks drawn as a picture in its place, bold, boxes,
 * rounded outlines, and the north arrow's polygon through its rotation.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { pagePdf, pdfFont, type DrawItem, type DrawText } from '../../src/io/page-pdf.ts';
import { drawPage } from '../../src/ui/brief/page-drawing.ts';
import fontUrl from '../../src/ui/brief/font/NotoSansSC-Brief.ttf?url';

const MM = 25.4 / 96;

function mount(html: string): HTMLElement {
  const host = document.createElement('div');
  // Shrunk to 60%, as the preview shrinks the sheet to the window.
  host.style.cssText = 'position:absolute;left:30px;top:20px;transform:scale(0.6);transform-origin:0 0';
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const PAGE = `
<article style="width:400px;height:300px;background:#fff;font:16px 'Noto Sans CJK SC',sans-serif;color:rgb(28,40,51)">
  <h1 style="margin:0;font-size:24px;font-weight:700;color:rgb(11,74,120)">薛城区 工作简报</h1>
  <p style="margin:0;width:150px">堃园小区 1,766 户</p>
  <span style="display:block;margin:10px;width:20px;height:20px;border-radius:50%;background:rgb(30,90,160);border:2px solid rgba(0,0,0,0.35)"></span>
  <div style="margin:10px;width:40px;height:40px;transform:rotate(90deg)">
    <svg viewBox="0 0 20 20" width="40" height="40"><polygon points="10,0 20,20 0,20" fill="#1c2833"/></svg>
  </div>
</article>`;

describe('drawPage', () => {
  it('places text where the browser put it, a run the font lacks as a picture, and the shapes', async () => {
    const font = pdfFont(new Uint8Array(await (await fetch(fontUrl)).arrayBuffer()));
    const page = mount(PAGE);
    const drawing = drawPage(page, font.covers);
    expect(drawing.widthMm).toBeCloseTo(400 * MM, 3);
    const texts = drawing.items.filter((i): i is DrawText => i.kind === 'text');
    expect(texts.map((t) => t.text)).toEqual(['薛城区 工作简报', '园小区 1,766 户']);

    // The title: bold, 18pt, its box where the browser laid it out, in the page's own millimetres.
    const [title, line] = texts;
    expect(title.bold).toBe(true);
    expect(title.sizePt).toBeCloseTo(18, 3);
    expect(title.colour).toEqual([11, 74, 120]);
    const h1 = page.querySelector('h1') as HTMLElement;
    const range = document.createRange();
    range.selectNodeContents(h1);
    const r = range.getBoundingClientRect();
    const p = page.getBoundingClientRect();
    expect(title.x).toBeCloseTo(((r.left - p.left) / 0.6) * MM, 1);
    expect(title.w).toBeCloseTo((r.width / 0.6) * MM, 1);
    expect(line.bold).toBe(false);

    // 堃 is not in the font: a picture where it stood, just left of the rest of its line.
    const pictures = drawing.items.filter((i) => i.kind === 'picture');
    expect(pictures).toHaveLength(1);
    const kun = pictures[0] as Extract<DrawItem, { kind: 'picture' }>;
    expect(kun.format).toBe('PNG');
    expect(kun.x + kun.w).toBeLessThanOrEqual(line.x + 0.05);
    expect(kun.w).toBeGreaterThan(3);

    // The swatch: a round fill and a round outline; the arrow: a triangle turned a quarter.
    const round = drawing.items.filter((i) => i.kind === 'box' && (i.radius ?? 0) > 0);
    expect(round.map((b) => (b.kind === 'box' ? [b.fill, b.stroke ?? null] : null))).toEqual([
      [[30, 90, 160], null],
      [null, [0, 0, 0]],
    ]);
    const shapes = drawing.items.filter((i) => i.kind === 'shape');
    expect(shapes).toHaveLength(1);
    const pts = shapes[0].kind === 'shape' ? shapes[0].points : [];
    // The tip (10, 0) turned 90° clockwise points right: it has the largest x of the three.
    expect(pts[0][0]).toBeCloseTo(Math.max(...pts.map((q) => q[0])), 3);

    // And the drawing makes a PDF (the picture and the text in it).
    const pdf = pagePdf(drawing, font, { title: 't', subject: 's', creator: 'c' });
    expect(new TextDecoder('latin1').decode(pdf.subarray(0, 5))).toBe('%PDF-');
  });
});
