/**
 * Selections as index lists: the buildings (row numbers, ascending, no repeats) inside a box or
 * a drawn polygon, clicked one by one, or taken from a filter. Nothing is copied but the list;
 * summaries and exports take it as `rows`, as they take a filter's.
 */
import type { BuildingTable } from './building-table.ts';
import { createPolygonIndex } from './polygon-index.ts';

/** [longitude, latitude] in WGS84 degrees. */
export type LngLat = readonly [number, number];
/** [west, south, east, north] in WGS84 degrees. */
export type LngLatBox = readonly [number, number, number, number];

/** The coordinate columns a selection reads. */
export type PointColumns = Pick<BuildingTable, 'length' | 'lng' | 'lat'>;

/** A drawn area: an axis-aligned box (shift-drag, 框选) or a polygon (圈选, one ring). */
export type SelectionShape = { kind: 'box'; box: LngLatBox } | { kind: 'polygon'; ring: readonly LngLat[] };

/** Rows `among` (every row when null) that pass `keep`, ascending. */
function collect(t: { length: number }, among: Uint32Array | null, keep: (i: number) => boolean): Uint32Array {
  const n = among ? among.length : t.length;
  const out = new Uint32Array(n);
  let k = 0;
  for (let j = 0; j < n; j++) {
    const i = among ? among[j] : j;
    if (keep(i)) out[k++] = i;
  }
  return out.slice(0, k);
}

/**
 * Buildings inside a box, edges included; only those in `among` (a filter's rows) when given.
 * A box drawn right to left (west > east) is turned round.
 * @example rowsInBox(table, [117.2, 34.8, 117.3, 34.9]) // Uint32Array [3, 4, 17, ...]
 */
export function rowsInBox(t: PointColumns, box: LngLatBox, among: Uint32Array | null = null): Uint32Array {
  const w = Math.min(box[0], box[2]);
  const e = Math.max(box[0], box[2]);
  const s = Math.min(box[1], box[3]);
  const n = Math.max(box[1], box[3]);
  const { lng, lat } = t;
  return collect(t, among, (i) => lng[i] >= w && lng[i] <= e && lat[i] >= s && lat[i] <= n);
}

/**
 * Buildings inside a polygon drawn as one ring of vertices (closed or not; concave is fine). The
 * test is the even-odd ray test of polygon-index.ts, so a ring that crosses itself keeps the
 * parts an odd number of loops enclose. Fewer than three distinct vertices select nothing.
 * @example rowsInPolygon(table, [[117.2, 34.8], [117.3, 34.8], [117.25, 34.9]]) // Uint32Array [...]
 */
export function rowsInPolygon(t: PointColumns, ring: readonly LngLat[], among: Uint32Array | null = null): Uint32Array {
  const open =
    ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1]
      ? ring.slice(0, -1)
      : ring;
  if (new Set(open.map((p) => `${p[0]},${p[1]}`)).size < 3) return new Uint32Array(0);
  const closed = [...open, open[0]].map((p) => [p[0], p[1]]);
  const index = createPolygonIndex([{ type: 'Polygon', coordinates: [closed] }]);
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  for (const [x, y] of open) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  const { lng, lat } = t;
  // The box test first: most buildings of a district are far from a lasso.
  return collect(
    t,
    among,
    (i) => lng[i] >= w && lng[i] <= e && lat[i] >= s && lat[i] <= n && index.find(lng[i], lat[i]) === 0,
  );
}

/** Buildings inside a drawn shape. @example rowsInShape(table, { kind: 'box', box: [117.2, 34.8, 117.3, 34.9] }) */
export function rowsInShape(t: PointColumns, shape: SelectionShape, among: Uint32Array | null = null): Uint32Array {
  return shape.kind === 'box' ? rowsInBox(t, shape.box, among) : rowsInPolygon(t, shape.ring, among);
}

/**
 * Of `among` (every row when null), the rows whose colour class is shown on the map: what a box or
 * lasso may select (a hidden class is not drawn, so it is not picked either). `among` itself when
 * every class is shown.
 * @example rowsInClasses(classOf, [0, 2], 4, null) // rows of classes 0 and 2
 */
export function rowsInClasses(
  classOf: Uint8Array,
  shown: readonly number[],
  classCount: number,
  among: Uint32Array | null,
): Uint32Array | null {
  const keep = new Uint8Array(256);
  for (const j of shown) keep[j] = 1;
  let all = true;
  for (let j = 0; j < classCount; j++) all &&= keep[j] === 1;
  if (all) return among;
  return collect(classOf, among, (i) => keep[classOf[i]] === 1);
}

/** Is `i` in the ascending list? (binary search) */
export function hasRow(rows: Uint32Array, i: number): boolean {
  let lo = 0,
    hi = rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (rows[mid] === i) return true;
    if (rows[mid] < i) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * The list with `i` added, or removed when it was there (a click on a building). A new array.
 * @example toggleRow(Uint32Array.of(1, 5), 3) // Uint32Array [1, 3, 5]
 */
export function toggleRow(rows: Uint32Array, i: number): Uint32Array {
  return hasRow(rows, i) ? subtractRows(rows, Uint32Array.of(i)) : unionRows(rows, Uint32Array.of(i));
}

/**
 * Every row of either ascending list, ascending.
 * @example unionRows(Uint32Array.of(1, 3), Uint32Array.of(2, 3)) // [1, 2, 3]
 */
export function unionRows(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0,
    j = 0,
    k = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[k++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[k++] = b[j++];
    else {
      out[k++] = a[i++];
      j++;
    }
  }
  return out.slice(0, k);
}

/**
 * Rows of `a` not in `b` (both ascending).
 * @example subtractRows(Uint32Array.of(1, 2, 3), Uint32Array.of(2)) // [1, 3]
 */
export function subtractRows(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length);
  let j = 0,
    k = 0;
  for (let i = 0; i < a.length; i++) {
    while (j < b.length && b[j] < a[i]) j++;
    if (j >= b.length || b[j] !== a[i]) out[k++] = a[i];
  }
  return out.slice(0, k);
}

/** How a new set of rows meets the selection: replaces it, adds to it, or is taken out of it. */
export type CombineMode = 'replace' | 'add' | 'remove';

/** The selection after a new set of rows (ascending) comes in. */
export function combineRows(current: Uint32Array, rows: Uint32Array, mode: CombineMode): Uint32Array {
  return mode === 'replace' ? rows : mode === 'add' ? unionRows(current, rows) : subtractRows(current, rows);
}

/** A selection's headline figures, as the ministry counts them. */
export interface SelectionTotals {
  buildings: number;
  /** Distinct communities the buildings belong to (buildings linked to none are not counted here). */
  communities: number;
  /** Sum of the known households; a building without a figure counts 0. */
  households: number;
  /** Sum of the known floor areas, m². */
  floorAreaM2: number;
  /** Buildings without a households figure. */
  withoutHouseholds: number;
}

/**
 * Buildings, communities, households and floor area of the rows.
 * @example
 * selectionTotals(table, Uint32Array.of(0, 1))
 * // { buildings: 2, communities: 1, households: 69, floorAreaM2: 9243.8, withoutHouseholds: 0 }
 */
export function selectionTotals(
  t: Pick<BuildingTable, 'households' | 'floorAreaM2' | 'communityIndex'>,
  rows: Uint32Array,
): SelectionTotals {
  let households = 0,
    floorAreaM2 = 0,
    withoutHouseholds = 0;
  const communities = new Set<number>();
  for (const i of rows) {
    const hh = t.households[i];
    if (hh === hh) households += hh;
    else withoutHouseholds++;
    const fa = t.floorAreaM2[i];
    if (fa === fa) floorAreaM2 += fa;
    if (t.communityIndex[i] >= 0) communities.add(t.communityIndex[i]);
  }
  return {
    buildings: rows.length,
    communities: communities.size,
    households: Math.round(households * 100) / 100,
    floorAreaM2: Math.round(floorAreaM2 * 100) / 100,
    withoutHouseholds,
  };
}
