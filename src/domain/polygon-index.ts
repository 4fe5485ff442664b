/**
 * Which polygon does a point fall in? A flatbush R-tree over the polygons' bounding boxes
 * narrows the candidates; an even-odd ray test on the candidates' rings decides (holes count).
 * Flatbush rather than a hand-written grid: it is small, typed-array based and well tested.
 */
import Flatbush from 'flatbush';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type AreaGeometry = Polygon | MultiPolygon;

export interface PolygonIndex {
  /** Index (into the array given to createPolygonIndex) of the first polygon containing the point, or -1. */
  find(lng: number, lat: number): number;
  /** Every polygon containing the point (overlapping polygons in bad data). */
  findAll(lng: number, lat: number): number[];
}

/** Rings of a geometry, flattened: each polygon's outer ring followed by its holes. */
function ringsOf(g: AreaGeometry): Position[][] {
  return g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
}

/** Pack rings into one Float64Array of x,y pairs with ring offsets, for a tight test loop. */
export interface PackedRings {
  xy: Float64Array;
  /** Start of ring k in pairs; ringStart[k + 1] is its end. */
  ringStart: Uint32Array;
}

/** Pack a polygon's rings for pointInPackedRings. */
export function pack(g: AreaGeometry): PackedRings {
  const rings = ringsOf(g);
  let n = 0;
  for (const r of rings) n += r.length;
  const xy = new Float64Array(n * 2);
  const ringStart = new Uint32Array(rings.length + 1);
  let p = 0;
  rings.forEach((r, k) => {
    ringStart[k] = p;
    for (const pt of r) {
      xy[2 * p] = pt[0];
      xy[2 * p + 1] = pt[1];
      p++;
    }
  });
  ringStart[rings.length] = p;
  return { xy, ringStart };
}

/**
 * Even-odd test over all rings: inside an outer ring and not in a hole. Works for
 * MultiPolygons too, since their parts do not overlap in valid data.
 */
export function pointInPackedRings(rings: PackedRings, x: number, y: number): boolean {
  const { xy, ringStart } = rings;
  let inside = false;
  for (let k = 0; k + 1 < ringStart.length; k++) {
    const start = ringStart[k];
    const end = ringStart[k + 1];
    for (let i = start, j = end - 1; i < end; j = i++) {
      const yi = xy[2 * i + 1];
      const yj = xy[2 * j + 1];
      if (yi > y !== yj > y) {
        const xi = xy[2 * i];
        const xj = xy[2 * j];
        if (x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
    }
  }
  return inside;
}

/** Cell states of a polygon's raster: decided without a ray test, or on an edge. */
const CELL_OUTSIDE = 0;
const CELL_INSIDE = 1;
const CELL_EDGE = 2;
/** Grid side for polygons with many vertices (street offices drawn at survey detail). */
const GRID = 64;
/** Below this many vertices the plain ray test is as fast as the grid. */
const GRID_MIN_VERTICES = 64;

/**
 * A raster over a polygon's bounding box: cells that no edge touches are wholly inside or wholly
 * outside, so most points are answered by one array lookup; only points in edge cells pay for
 * the ray test. A conservative marking (every cell under an edge's bounding box is an edge cell)
 * keeps the answer exact.
 */
interface CellGrid {
  minX: number;
  minY: number;
  /** Cells per degree. */
  sx: number;
  sy: number;
  cells: Uint8Array;
}

function buildGrid(p: PackedRings, minX: number, minY: number, maxX: number, maxY: number): CellGrid | null {
  if (p.xy.length / 2 < GRID_MIN_VERTICES || maxX <= minX || maxY <= minY) return null;
  const sx = GRID / (maxX - minX);
  const sy = GRID / (maxY - minY);
  const cells = new Uint8Array(GRID * GRID);
  const cx = (x: number): number => Math.min(GRID - 1, Math.max(0, Math.floor((x - minX) * sx)));
  const cy = (y: number): number => Math.min(GRID - 1, Math.max(0, Math.floor((y - minY) * sy)));
  const { xy, ringStart } = p;
  for (let k = 0; k + 1 < ringStart.length; k++) {
    for (let i = ringStart[k], j = ringStart[k + 1] - 1; i < ringStart[k + 1]; j = i++) {
      const x0 = cx(Math.min(xy[2 * i], xy[2 * j]));
      const x1 = cx(Math.max(xy[2 * i], xy[2 * j]));
      const y0 = cy(Math.min(xy[2 * i + 1], xy[2 * j + 1]));
      const y1 = cy(Math.max(xy[2 * i + 1], xy[2 * j + 1]));
      for (let gy = y0; gy <= y1; gy++) for (let gx = x0; gx <= x1; gx++) cells[gy * GRID + gx] = CELL_EDGE;
    }
  }
  for (let gy = 0; gy < GRID; gy++) {
    for (let gx = 0; gx < GRID; gx++) {
      const c = gy * GRID + gx;
      if (cells[c] === CELL_EDGE) continue;
      cells[c] = pointInPackedRings(p, minX + (gx + 0.5) / sx, minY + (gy + 0.5) / sy) ? CELL_INSIDE : CELL_OUTSIDE;
    }
  }
  return { minX, minY, sx, sy, cells };
}

function inside(p: PackedRings, grid: CellGrid | null, x: number, y: number): boolean {
  if (grid) {
    const gx = Math.floor((x - grid.minX) * grid.sx);
    const gy = Math.floor((y - grid.minY) * grid.sy);
    if (gx >= 0 && gx < GRID && gy >= 0 && gy < GRID) {
      const c = grid.cells[gy * GRID + gx];
      if (c !== CELL_EDGE) return c === CELL_INSIDE;
    }
  }
  return pointInPackedRings(p, x, y);
}

/**
 * Build an index over polygons (null entries are skipped and never found).
 * @example
 * const idx = createPolygonIndex([square]);
 * idx.find(0.5, 0.5) // 0
 */
export function createPolygonIndex(geometries: readonly (AreaGeometry | null)[]): PolygonIndex {
  const present: number[] = [];
  const packed: PackedRings[] = [];
  const boxes: [number, number, number, number][] = [];
  const grids: (CellGrid | null)[] = [];
  geometries.forEach((g, i) => {
    if (!g) return;
    const p = pack(g);
    if (p.xy.length === 0) return;
    let minX = Infinity,
      minY = Infinity,
      maxX = -Infinity,
      maxY = -Infinity;
    for (let k = 0; k < p.xy.length; k += 2) {
      const x = p.xy[k];
      const y = p.xy[k + 1];
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    present.push(i);
    packed.push(p);
    grids.push(buildGrid(p, minX, minY, maxX, maxY));
    boxes.push([minX, minY, maxX, maxY]);
  });
  if (present.length === 0) return { find: () => -1, findAll: () => [] };
  const tree = new Flatbush(present.length);
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  tree.finish();
  return {
    find(lng, lat) {
      // Bad data may overlap: the lowest input index wins, so the answer never depends on tree order.
      let best = -1;
      for (const k of tree.search(lng, lat, lng, lat)) {
        if ((best === -1 || present[k] < best) && inside(packed[k], grids[k], lng, lat)) best = present[k];
      }
      return best;
    },
    findAll(lng, lat) {
      const out: number[] = [];
      for (const k of tree.search(lng, lat, lng, lat)) if (inside(packed[k], grids[k], lng, lat)) out.push(present[k]);
      return out.sort((a, b) => a - b);
    },
  };
}
