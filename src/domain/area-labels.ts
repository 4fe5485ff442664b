/**
 * Where to write each area's name on a map picture so that every area visible gets one and no
 * two overlap: the brief's map labels its street offices itself (MapLibre drops a label that
 * collides with another, which left 常庄街道, the office around 临城街道, unnamed on the district
 * map). Pure geometry in the picture's own units (the brief uses millimetres): no map, no DOM.
 */

/** A point [x, y], y downwards. */
export type Point = readonly [number, number];

export interface LabelArea {
  /** The text written. */
  name: string;
  /** Its rings (outer rings and holes of every polygon), in picture units; inside = even-odd. */
  rings: readonly (readonly Point[])[];
  /** The label's box, width and height in picture units. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  name: string;
  /** The label's centre, in picture units. */
  x: number;
  y: number;
  /** False when no spot inside the area was free and the label overlaps another. */
  clear: boolean;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Candidate spots per side of an area's visible box. */
const GRID = 28;

/**
 * A spot for every area that shows in a `width` × `height` picture, in the order given (the first
 * chosen first: put the area the map is about first): the spot inside the area farthest from its
 * edges (its visual centre) among those whose label stays inside the picture and clear of the
 * labels already placed, `gap` apart. An area without a free spot inside it takes its best spot
 * all the same (clear: false); an area that does not show in the picture gets no label.
 * @example placeAreaLabels([{ name: '临城街道', rings: [square], width: 12, height: 4 }], 100, 100)
 */
export function placeAreaLabels(areas: readonly LabelArea[], width: number, height: number, gap = 1): PlacedLabel[] {
  const placed: Box[] = [];
  const out: PlacedLabel[] = [];
  const tolerance = Math.max(width, height) / 400;
  for (const area of areas) {
    const spots = spotsInside({ ...area, rings: area.rings.map((r) => thin(r, tolerance)) }, width, height);
    if (spots.length === 0) continue;
    const boxOf = ([x, y]: Point): Box => ({
      x0: x - area.width / 2 - gap,
      y0: y - area.height / 2 - gap,
      x1: x + area.width / 2 + gap,
      y1: y + area.height / 2 + gap,
    });
    const free = spots.find((s) => !placed.some((b) => overlaps(b, boxOf(s.at))));
    const spot = free ?? spots[0];
    placed.push(boxOf(spot.at));
    out.push({ name: area.name, x: spot.at[0], y: spot.at[1], clear: free !== undefined });
  }
  return out;
}

/**
 * Spots inside the area where its label lies wholly in the picture, deepest first (distance to
 * the nearest edge of the area or the picture; a small area's label may stick out of the area,
 * never out of the picture).
 */
function spotsInside(area: LabelArea, width: number, height: number): { at: Point; depth: number }[] {
  const hw = area.width / 2;
  const hh = area.height / 2;
  const b = ringsBox(area.rings);
  const x0 = Math.max(b.x0, hw);
  const x1 = Math.min(b.x1, width - hw);
  const y0 = Math.max(b.y0, hh);
  const y1 = Math.min(b.y1, height - hh);
  if (!(x0 <= x1 && y0 <= y1)) return [];
  const spots: { at: Point; depth: number }[] = [];
  const dx = (x1 - x0) / GRID;
  const dy = (y1 - y0) / GRID;
  for (let i = 0; i <= GRID; i++)
    for (let j = 0; j <= GRID; j++) {
      const at: Point = [x0 + i * dx, y0 + j * dy];
      if (!inside(area.rings, at)) continue;
      // The picture's edge counts as an edge: a half-shown area is named in the middle of what shows.
      const frame = Math.min(at[0], width - at[0], at[1], height - at[1]);
      spots.push({ at, depth: Math.min(edgeDistance(area.rings, at), frame) });
    }
  // Deepest first; among equals, nearer the visible box's middle (a stable, central choice).
  const mid: Point = [(x0 + x1) / 2, (y0 + y1) / 2];
  const off = (p: Point): number => Math.hypot(p[0] - mid[0], p[1] - mid[1]);
  return spots.sort((a, c) => c.depth - a.depth || off(a.at) - off(c.at));
}

/** The ring without the vertices closer than `tolerance` to the last one kept (for speed; ≤ tolerance off). */
function thin(ring: readonly Point[], tolerance: number): readonly Point[] {
  if (ring.length <= 8) return ring;
  const out: Point[] = [ring[0]];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (Math.abs(p[0] - last[0]) + Math.abs(p[1] - last[1]) >= tolerance) out.push(p);
  }
  return out.length >= 3 ? out : ring;
}

function ringsBox(rings: readonly (readonly Point[])[]): Box {
  const b = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity };
  for (const r of rings)
    for (const [x, y] of r) {
      if (x < b.x0) b.x0 = x;
      if (x > b.x1) b.x1 = x;
      if (y < b.y0) b.y0 = y;
      if (y > b.y1) b.y1 = y;
    }
  return b;
}

const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Even-odd point in rings (a ray to the right). */
function inside(rings: readonly (readonly Point[])[], [x, y]: Point): boolean {
  let odd = false;
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [xi, yi] = r[i];
      const [xj, yj] = r[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
    }
  return odd;
}

/** Distance from a point to the nearest edge of the rings. */
function edgeDistance(rings: readonly (readonly Point[])[], [x, y]: Point): number {
  let best = Infinity;
  for (const r of rings)
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const [ax, ay] = r[j];
      const ex = r[i][0] - ax;
      const ey = r[i][1] - ay;
      const len2 = ex * ex + ey * ey;
      const t = len2 > 0 ? Math.max(0, Math.min(1, ((x - ax) * ex + (y - ay) * ey) / len2)) : 0;
      const d = Math.hypot(x - (ax + t * ex), y - (ay + t * ey));
      if (d < best) best = d;
    }
  return best;
}
