/**
 * Small deterministic helpers for data/generate-sample.ts: a seeded PRNG and
 * planar geometry on WGS84 lng/lat (good enough at the scale of one district).
 * No dependency, no Math.random, no clock.
 */

export type Position = [number, number];
/** A closed ring: first position repeated at the end. */
export type Ring = Position[];
/** [outer ring, ...holes] */
export type PolygonCoords = Ring[];

/** Metres per degree at 34.8°N (薛城). */
export const M_PER_DEG_LAT = 110937;
export const M_PER_DEG_LNG = 91510;

// ---------------------------------------------------------------------------
// PRNG

/** mulberry32: 32-bit state, period 2^32; plenty for a sample generator. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** Uniform in [0, 1). */
  float(): number {
    return this.next();
  }

  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number {
    return lo + (hi - lo) * this.next();
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** Pick by weight: entries are [value, weight]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    let u = this.next() * total;
    for (const [v, w] of entries) {
      u -= w;
      if (u < 0) return v;
    }
    return entries[entries.length - 1][0];
  }

  /** Roughly standard normal (Irwin–Hall of 4 uniforms, sd 1), no transcendental functions. */
  normal(): number {
    const s = this.next() + this.next() + this.next() + this.next();
    return (s - 2) * Math.sqrt(3);
  }

  /** Fisher–Yates on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = items.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = out[i];
      out[i] = out[j];
      out[j] = tmp;
    }
    return out;
  }
}

// ---------------------------------------------------------------------------
// Numbers

export function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

export function roundPos(p: Position): Position {
  return [round6(p[0]), round6(p[1])];
}

// ---------------------------------------------------------------------------
// Local metric frame around an origin (equirectangular)

export function offsetMetres(origin: Position, dx: number, dy: number): Position {
  return [origin[0] + dx / M_PER_DEG_LNG, origin[1] + dy / M_PER_DEG_LAT];
}

export function toMetres(origin: Position, p: Position): Position {
  return [(p[0] - origin[0]) * M_PER_DEG_LNG, (p[1] - origin[1]) * M_PER_DEG_LAT];
}

export function distanceMetres(a: Position, b: Position): number {
  const dx = (a[0] - b[0]) * M_PER_DEG_LNG;
  const dy = (a[1] - b[1]) * M_PER_DEG_LAT;
  return Math.sqrt(dx * dx + dy * dy);
}

/** Distance in metres from p to segment ab. */
export function pointSegmentMetres(p: Position, a: Position, b: Position): number {
  const [px, py] = toMetres(a, p);
  const [bx, by] = toMetres(a, b);
  const len2 = bx * bx + by * by;
  let t = len2 === 0 ? 0 : (px * bx + py * by) / len2;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const dx = px - t * bx;
  const dy = py - t * by;
  return Math.sqrt(dx * dx + dy * dy);
}

// ---------------------------------------------------------------------------
// Rings and polygons

/** Shoelace in degrees²: positive when counter-clockwise (lng = x, lat = y). */
export function ringSignedArea(ring: Ring): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/** Close the ring and orient it: ccw for an outer ring, cw for a hole. */
export function orientRing(ring: Ring, ccw: boolean): Ring {
  const open = ring.slice();
  const first = open[0];
  const last = open[open.length - 1];
  if (first[0] === last[0] && first[1] === last[1]) open.pop();
  const closed: Ring = [...open, open[0]];
  const isCcw = ringSignedArea(closed) > 0;
  if (isCcw === ccw) return closed;
  const rev = open.slice().reverse();
  return [...rev, rev[0]];
}

/** Even–odd ray casting; points exactly on the boundary may go either way. */
export function pointInRing(p: Position, ring: Ring): boolean {
  let inside = false;
  const [x, y] = p;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function pointInPolygon(p: Position, poly: PolygonCoords): boolean {
  if (!pointInRing(p, poly[0])) return false;
  for (let h = 1; h < poly.length; h++) if (pointInRing(p, poly[h])) return false;
  return true;
}

function orient(a: Position, b: Position, c: Position): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0], b[0]) <= p[0] &&
    p[0] <= Math.max(a[0], b[0]) &&
    Math.min(a[1], b[1]) <= p[1] &&
    p[1] <= Math.max(a[1], b[1])
  );
}

/** True when segments ab and cd touch or cross. */
export function segmentsIntersect(a: Position, b: Position, c: Position, d: Position): boolean {
  const d1 = orient(c, d, a);
  const d2 = orient(c, d, b);
  const d3 = orient(a, b, c);
  const d4 = orient(a, b, d);
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  if (d1 === 0 && onSegment(c, d, a)) return true;
  if (d2 === 0 && onSegment(c, d, b)) return true;
  if (d3 === 0 && onSegment(a, b, c)) return true;
  if (d4 === 0 && onSegment(a, b, d)) return true;
  return false;
}

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

export function ringsBBox(rings: readonly Ring[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const ring of rings) {
    for (const [x, y] of ring) {
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return { minX, minY, maxX, maxY };
}

/** Grow a bbox by m metres on every side. */
export function expandBBox(b: BBox, m: number): BBox {
  const dx = m / M_PER_DEG_LNG;
  const dy = m / M_PER_DEG_LAT;
  return { minX: b.minX - dx, minY: b.minY - dy, maxX: b.maxX + dx, maxY: b.maxY + dy };
}

export function bboxesOverlap(a: BBox, b: BBox): boolean {
  return a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;
}

/**
 * Minimum distance in metres between the boundaries of two rings, or 0 when they touch or cross.
 * Only the parts of `big` near `small` are examined (big can have hundreds of vertices).
 */
export function ringBoundaryGapMetres(small: Ring, big: Ring, within: number): number {
  const box = expandBBox(ringsBBox([small]), within);
  let best = Infinity;
  for (let j = 0; j + 1 < big.length; j++) {
    const c = big[j];
    const d = big[j + 1];
    const segBox = ringsBBox([[c, d]]);
    if (!bboxesOverlap(box, segBox)) continue;
    for (let i = 0; i + 1 < small.length; i++) {
      const a = small[i];
      const b = small[i + 1];
      if (segmentsIntersect(a, b, c, d)) return 0;
      best = Math.min(best, pointSegmentMetres(a, c, d), pointSegmentMetres(c, a, b), pointSegmentMetres(d, a, b));
    }
  }
  return best;
}

/** Distance in metres from p to the nearest edge of any ring of the polygon. */
export function pointBoundaryMetres(p: Position, poly: PolygonCoords): number {
  let best = Infinity;
  for (const ring of poly) {
    for (let i = 0; i + 1 < ring.length; i++) best = Math.min(best, pointSegmentMetres(p, ring[i], ring[i + 1]));
  }
  return best;
}
