/**
 * The display coordinate system: the system the map draws in. The data are WGS84 throughout;
 * most base maps are too (offline, OpenStreetMap, 天地图), but 高德 tiles are GCJ-02, about 500 m
 * off. Over 高德, everything drawn is shifted WGS84 → GCJ-02 on its way to the map, and
 * everything read off the screen (a drawn selection, the view's centre) is shifted back before it
 * meets the data. These helpers do both; with 'wgs84' each one hands back its input, the same
 * object, so the offline map pays nothing.
 *
 * The shift itself is crs.ts's (gcoord). For many points (a million buildings) it is taken on a
 * grid of exact values over the points' extent and interpolated (see shiftedPositions).
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { fromWgs84, toWgs84, transformGeometry } from '../domain/crs.ts';
import type { LngLat, SelectionShape } from '../domain/selection.ts';

/** What the map draws in: WGS84 (the data's own system) or GCJ-02 (under 高德 tiles). */
export type DisplayCrs = 'wgs84' | 'gcj02';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

type Transform = (x: number, y: number) => [number, number];

const identity: Transform = (x, y) => [x, y];

/**
 * WGS84 degrees → display degrees.
 * @example toDisplay('gcj02')(117.3, 34.8) // about [117.3047, 34.8009]
 */
export function toDisplay(crs: DisplayCrs): Transform {
  return crs === 'wgs84' ? identity : fromWgs84('gcj02');
}

/**
 * Display degrees (a point on the screen, unprojected) → WGS84 degrees.
 * @example toData('gcj02')(...toDisplay('gcj02')(117.3, 34.8)) // [117.3, 34.8] within 0.2 m
 */
export function toData(crs: DisplayCrs): Transform {
  return crs === 'wgs84' ? identity : toWgs84('gcj02');
}

/** A GeoJSON geometry as drawn: a new geometry under GCJ-02, the same one under WGS84. */
export function displayGeometry<G extends Geometry>(crs: DisplayCrs, g: G): G {
  return crs === 'wgs84' ? g : transformGeometry(g, toDisplay(crs));
}

/** A feature collection as drawn: new features with shifted geometries, properties shared. */
export function displayFeatures<G extends Geometry, P>(
  crs: DisplayCrs,
  fc: FeatureCollection<G, P>,
): FeatureCollection<G, P> {
  if (crs === 'wgs84') return fc;
  return {
    ...fc,
    features: fc.features.map((f) => ({ ...f, geometry: f.geometry && displayGeometry(crs, f.geometry) })),
  };
}

/**
 * WGS84 bounds as drawn: the box around the shifted corners and edge midpoints (the shift is
 * nearly uniform over a district, so the box keeps its size).
 */
export function displayBounds(crs: DisplayCrs, b: Bounds): Bounds;
export function displayBounds(crs: DisplayCrs, b: Bounds | null): Bounds | null;
export function displayBounds(crs: DisplayCrs, b: Bounds | null): Bounds | null {
  if (crs === 'wgs84' || !b) return b;
  const f = toDisplay(crs);
  const [w, s, e, n] = b;
  const mx = (w + e) / 2,
    my = (s + n) / 2;
  const pts = [f(w, s), f(e, s), f(e, n), f(w, n), f(mx, s), f(e, my), f(mx, n), f(w, my)];
  return [
    Math.min(...pts.map((p) => p[0])),
    Math.min(...pts.map((p) => p[1])),
    Math.max(...pts.map((p) => p[0])),
    Math.max(...pts.map((p) => p[1])),
  ];
}

/**
 * Display degrees between added vertices of a drawn edge: ~100 m, so the shift's bend along an
 * edge stays far under a metre.
 */
const EDGE_STEP_DEG = 0.001;
/** At most this many pieces an edge (a lasso across a whole city still stays small). */
const MAX_EDGE_PIECES = 64;

/**
 * A ring drawn on the screen (display degrees, straight edges there) → WGS84. Under GCJ-02 each
 * edge gets vertices every ~100 m before the shift back, since a straight edge on the screen is
 * a slightly bent one in WGS84.
 */
export function dataRing(crs: DisplayCrs, ring: readonly LngLat[]): LngLat[] {
  if (crs === 'wgs84') return ring.slice();
  const f = toData(crs);
  const out: LngLat[] = [];
  for (let k = 0; k < ring.length; k++) {
    const a = ring[k];
    const b = ring[(k + 1) % ring.length];
    const pieces = Math.min(
      MAX_EDGE_PIECES,
      Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) / EDGE_STEP_DEG)),
    );
    // The closing edge is walked too, except when the ring already repeats its first vertex.
    const last = k === ring.length - 1;
    if (last && a[0] === ring[0][0] && a[1] === ring[0][1] && ring.length > 1) break;
    for (let j = 0; j < pieces; j++)
      out.push(f(a[0] + ((b[0] - a[0]) * j) / pieces, a[1] + ((b[1] - a[1]) * j) / pieces));
  }
  return out;
}

/**
 * A selection drawn on the screen → the same selection over the data (WGS84). Under GCJ-02 a box
 * becomes the polygon its corners make once shifted back (no longer exactly a lng/lat box).
 */
export function dataShape(crs: DisplayCrs, shape: SelectionShape): SelectionShape {
  if (crs === 'wgs84') return shape;
  if (shape.kind === 'polygon') return { kind: 'polygon', ring: dataRing(crs, shape.ring) };
  const [w, s, e, n] = shape.box;
  return {
    kind: 'polygon',
    ring: dataRing(crs, [
      [w, s],
      [e, s],
      [e, n],
      [w, n],
    ]),
  };
}

/** gcoord's box for China: outside it GCJ-02 is WGS84 (no shift), a jump a grid must not straddle. */
const CHINA = { w: 72.004, e: 137.8347, s: 0.8293, n: 55.8271 };
/**
 * Grid spacing in degrees (~1 km): the shift's bends are tens of kilometres long, so
 * interpolation is exact to centimetres.
 */
const GRID_STEP_DEG = 0.01;
/** More grid nodes than this (an extent wider than ~5° × 5°): shift every point exactly instead. */
const MAX_GRID_NODES = 250_000;

/** Each WGS84 position array's GCJ-02 copy (GCJ-02 is the one shifted system). */
const shiftedCache = new WeakMap<Float64Array, Float64Array>();

/**
 * Interleaved lng/lat (WGS84) → a new array of the same points as drawn, kept per input array
 * (a dataset's positions are shifted once). Under WGS84, the input itself. NaN stays NaN.
 *
 * A million exact shifts cost ~2.4 s (gcoord checks its input on each call), so the shift is
 * computed exactly on a 0.01° grid over the points' extent and interpolated bilinearly between
 * (~0.02 s for a million; under 0.1 m from the exact shift, tests/unit/map/display-crs.test.ts).
 * Extents wider than ~5° or crossing gcoord's China box are shifted point by point.
 * @example shiftedPositions('gcj02', Float64Array.of(117.3, 34.8)) // Float64Array [117.3047.., 34.8009..]
 */
export function shiftedPositions(crs: DisplayCrs, lngLat: Float64Array): Float64Array {
  if (crs === 'wgs84') return lngLat;
  let out = shiftedCache.get(lngLat);
  if (!out) shiftedCache.set(lngLat, (out = shiftPositions(toDisplay(crs), lngLat)));
  return out;
}

function shiftPositions(f: Transform, p: Float64Array): Float64Array {
  const out = new Float64Array(p.length);
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i],
      y = p[i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  if (w === Infinity) return out.fill(NaN);
  const cols = Math.floor((e - w) / GRID_STEP_DEG) + 2;
  const rows = Math.floor((n - s) / GRID_STEP_DEG) + 2;
  const inChina = w > CHINA.w && e + GRID_STEP_DEG < CHINA.e && s > CHINA.s && n + GRID_STEP_DEG < CHINA.n;
  const few = p.length / 2 <= cols * rows;
  if (!inChina || few || cols * rows > MAX_GRID_NODES) {
    for (let i = 0; i < p.length; i += 2) {
      if (!Number.isFinite(p[i]) || !Number.isFinite(p[i + 1])) {
        out[i] = out[i + 1] = NaN;
        continue;
      }
      const q = f(p[i], p[i + 1]);
      out[i] = q[0];
      out[i + 1] = q[1];
    }
    return out;
  }
  // The shift (dx, dy) at each node, row by row from the south-west corner.
  const dx = new Float64Array(cols * rows);
  const dy = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const x = w + c * GRID_STEP_DEG,
        y = s + r * GRID_STEP_DEG;
      const q = f(x, y);
      dx[r * cols + c] = q[0] - x;
      dy[r * cols + c] = q[1] - y;
    }
  }
  for (let i = 0; i < p.length; i += 2) {
    const x = p[i],
      y = p[i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) {
      out[i] = out[i + 1] = NaN;
      continue;
    }
    const gx = (x - w) / GRID_STEP_DEG,
      gy = (y - s) / GRID_STEP_DEG;
    const c = Math.min(cols - 2, Math.floor(gx)),
      r = Math.min(rows - 2, Math.floor(gy));
    const u = gx - c,
      v = gy - r;
    const k = r * cols + c;
    const a = (1 - u) * (1 - v),
      b = u * (1 - v),
      cc = (1 - u) * v,
      d = u * v;
    out[i] = x + a * dx[k] + b * dx[k + 1] + cc * dx[k + cols] + d * dx[k + cols + 1];
    out[i + 1] = y + a * dy[k] + b * dy[k + 1] + cc * dy[k + cols] + d * dy[k + cols + 1];
  }
  return out;
}
